/* solar-plan-table-section.h: a list of the plan shown as a table (KOLs, milestones, KPIs)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SOLAR_TYPE_PLAN_TABLE_SECTION (solar_plan_table_section_get_type ())

G_DECLARE_FINAL_TYPE (SolarPlanTableSection, solar_plan_table_section, SOLAR, PLAN_TABLE_SECTION,
                      AdwPreferencesGroup)

GtkWidget *solar_plan_table_section_get_table (SolarPlanTableSection *self);

G_END_DECLS
