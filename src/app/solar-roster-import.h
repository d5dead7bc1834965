/* solar-roster-import.h: importing a roster from a spreadsheet into a plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "solar-plan-history.h"
#include "solar-dataset.h"
#include "solar-roster-csv.h"

G_BEGIN_DECLS

void solar_roster_import_choose (GtkWidget        *table,
                                 SolarPlanHistory *history,
                                 SolarRosterKind   kind,
                                 SolarDataset     *dataset);
void solar_roster_import_file   (GtkWidget        *table,
                                 SolarPlanHistory *history,
                                 SolarRosterKind   kind,
                                 SolarDataset     *dataset,
                                 GFile            *file);
void solar_roster_import_paste  (GtkWidget        *table,
                                 SolarPlanHistory *history,
                                 SolarRosterKind   kind,
                                 SolarDataset     *dataset);
G_END_DECLS
