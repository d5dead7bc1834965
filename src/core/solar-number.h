/* solar-number.h: numbers as the plan form shows them and reads them back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char     *solar_number_format       (double      value);
char     *solar_number_format_money (double      amount,
                                     const char *currency);
gboolean  solar_number_parse        (const char *text,
                                     double     *value);

G_END_DECLS
