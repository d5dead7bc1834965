/* solar-plan-platforms-section.h: the plan's platforms, a row each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SOLAR_TYPE_PLAN_PLATFORMS_SECTION (solar_plan_platforms_section_get_type ())

G_DECLARE_FINAL_TYPE (SolarPlanPlatformsSection, solar_plan_platforms_section, SOLAR, PLAN_PLATFORMS_SECTION,
                      AdwPreferencesGroup)

G_END_DECLS
