/* solar-choice-cell.h: a table cell that shows a choice and opens a list to change it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SOLAR_TYPE_CHOICE_CELL (solar_choice_cell_get_type ())

G_DECLARE_FINAL_TYPE (SolarChoiceCell, solar_choice_cell, SOLAR, CHOICE_CELL, GtkWidget)

GtkWidget *solar_choice_cell_new          (GtkStringList   *choices);
GtkStringList *solar_choice_cell_get_choices (SolarChoiceCell *self);
guint      solar_choice_cell_get_selected (SolarChoiceCell *self);
void       solar_choice_cell_set_selected (SolarChoiceCell *self,
                                           guint            position);
void       solar_choice_cell_popup        (SolarChoiceCell *self);

G_END_DECLS
