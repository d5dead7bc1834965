/* solar-date-picker.h: a calendar to pick a date field's day from, marking China's key dates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "solar-key-dates.h"

G_BEGIN_DECLS

typedef void (*SolarDatePickerChosen) (GtkWidget *picker,
                                       gpointer   user_data);

GtkWidget   *solar_date_picker_new          (GtkEditable *entry,
                                             const char  *field_title);
void         solar_date_picker_set_chosen_func (GtkWidget            *picker,
                                                SolarDatePickerChosen chosen,
                                                gpointer              user_data);
void         solar_date_picker_popup        (GtkWidget   *picker);
GtkCalendar *solar_date_picker_get_calendar (GtkWidget   *picker);
const char  *solar_date_picker_get_month_text (GtkWidget *picker);

G_END_DECLS
