/* solar-plan-basics-section.h: the plan's name, brand, objective, key message and notes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SOLAR_TYPE_PLAN_BASICS_SECTION (solar_plan_basics_section_get_type ())

G_DECLARE_FINAL_TYPE (SolarPlanBasicsSection, solar_plan_basics_section, SOLAR, PLAN_BASICS_SECTION, AdwPreferencesGroup)

G_END_DECLS
