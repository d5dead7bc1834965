/* solar-date-picker.h: a calendar to pick a date field's day from, marking China's key dates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "solar-key-dates.h"

G_BEGIN_DECLS

GtkWidget   *solar_date_picker_new          (GtkEditable *entry,
                                             const char  *field_title);
GtkCalendar *solar_date_picker_get_calendar (GtkWidget   *picker);
const char  *solar_date_picker_get_month_text (GtkWidget *picker);

G_END_DECLS
