/* solar-kpi-table.h: the KPIs of every platform of the plan as one table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "solar-plan-table.h"

G_BEGIN_DECLS

#define SOLAR_TYPE_KPI_TABLE (solar_kpi_table_get_type ())

G_DECLARE_FINAL_TYPE (SolarKpiTable, solar_kpi_table, SOLAR, KPI_TABLE, SolarPlanTable)

GtkWidget *solar_kpi_table_new (SolarPlanHistory *history,
                                SolarDataset     *dataset);

G_END_DECLS
