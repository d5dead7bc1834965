/* hko-month-starts.h: the Hong Kong Observatory's lunar month starts, as the tests read them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

typedef struct
{
  guint    lunar_year;
  guint    month;
  gboolean leap;
  GDate    starts;      /* its first day */
  guint    line;
} MonthStart;

GArray     *hko_read_month_starts    (void);
const char *hko_describe_month_start (const MonthStart *start);
