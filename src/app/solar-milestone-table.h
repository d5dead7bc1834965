/* solar-milestone-table.h: the plan's milestones as a table, by date
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "solar-plan-table.h"

G_BEGIN_DECLS

#define SOLAR_TYPE_MILESTONE_TABLE (solar_milestone_table_get_type ())

G_DECLARE_FINAL_TYPE (SolarMilestoneTable, solar_milestone_table, SOLAR, MILESTONE_TABLE, SolarPlanTable)

GtkWidget *solar_milestone_table_new (SolarPlanHistory *history,
                                      SolarDataset     *dataset);

G_END_DECLS
