/* solar-platform-plan-row.h: a platform of the plan, in the form
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "solar-platform-plan.h"
#include "solar-plan-section.h"

G_BEGIN_DECLS

#define SOLAR_TYPE_PLATFORM_PLAN_ROW (solar_platform_plan_row_get_type ())

G_DECLARE_FINAL_TYPE (SolarPlatformPlanRow, solar_platform_plan_row, SOLAR, PLATFORM_PLAN_ROW, AdwExpanderRow)

GtkWidget         *solar_platform_plan_row_new      (SolarPlanEditor      *editor,
                                                     SolarPlatformPlan    *plan,
                                                     guint                 index);
SolarPlatformPlan *solar_platform_plan_row_get_plan (SolarPlatformPlanRow *self);

G_END_DECLS
