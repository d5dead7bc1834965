/* solar-table-cell.h: a table cell that shows its text and edits it in place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SOLAR_TYPE_TABLE_CELL (solar_table_cell_get_type ())

G_DECLARE_FINAL_TYPE (SolarTableCell, solar_table_cell, SOLAR, TABLE_CELL, GtkWidget)

GtkWidget  *solar_table_cell_new           (void);
const char *solar_table_cell_get_text      (SolarTableCell *self);
void        solar_table_cell_set_text      (SolarTableCell *self,
                                            const char     *text);
void        solar_table_cell_set_numeric   (SolarTableCell *self,
                                            gboolean        numeric);
void        solar_table_cell_set_date      (SolarTableCell *self,
                                            gboolean        date);
GtkWidget  *solar_table_cell_get_picker    (SolarTableCell *self);
gboolean    solar_table_cell_get_editing   (SolarTableCell *self);
void        solar_table_cell_start_editing (SolarTableCell *self);
void        solar_table_cell_stop_editing  (SolarTableCell *self,
                                            gboolean        commit);

G_END_DECLS
