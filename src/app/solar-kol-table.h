/* solar-kol-table.h: the plan's KOL roster as a table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "solar-campaign.h"
#include "solar-plan-history.h"
#include "solar-dataset.h"

G_BEGIN_DECLS

#define SOLAR_TYPE_KOL_TABLE (solar_kol_table_get_type ())

G_DECLARE_FINAL_TYPE (SolarKolTable, solar_kol_table, SOLAR, KOL_TABLE, GtkWidget)

GtkWidget  *solar_kol_table_new           (SolarPlanHistory *history,
                                           SolarDataset     *dataset);
void        solar_kol_table_show_problems (SolarKolTable *self,
                                           GListModel    *problems);
GListModel *solar_kol_table_get_shown     (SolarKolTable *self);
GtkWidget  *solar_kol_table_find_cell     (SolarKolTable *self,
                                           SolarKol      *kol,
                                           const char    *member);
void        solar_kol_table_import_file   (SolarKolTable *self,
                                           GFile         *file);
gboolean    solar_kol_table_scroll_to     (SolarKolTable *self,
                                           SolarKol      *kol);
gboolean    solar_kol_table_focus         (SolarKolTable *self,
                                           SolarKol      *kol);

G_END_DECLS
