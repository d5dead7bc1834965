/* solar-cell-text.h: one line of a table cell's text, which the cell draws itself
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef struct _SolarCellText SolarCellText;

SolarCellText *solar_cell_text_new          (GtkWidget      *widget,
                                             guint           min_chars);
void           solar_cell_text_free         (SolarCellText  *self);
const char    *solar_cell_text_get_text     (SolarCellText  *self);
gboolean       solar_cell_text_set_text     (SolarCellText  *self,
                                             const char     *text);
void           solar_cell_text_set_align_end (SolarCellText *self,
                                             gboolean        align_end);
void           solar_cell_text_measure      (SolarCellText  *self,
                                             GtkOrientation  orientation,
                                             int            *minimum,
                                             int            *natural);
void           solar_cell_text_snapshot     (SolarCellText  *self,
                                             GtkSnapshot    *snapshot);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SolarCellText, solar_cell_text_free)

G_END_DECLS
