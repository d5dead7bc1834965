/* solar-plan-audience-section.h: who the campaign is for
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SOLAR_TYPE_PLAN_AUDIENCE_SECTION (solar_plan_audience_section_get_type ())

G_DECLARE_FINAL_TYPE (SolarPlanAudienceSection, solar_plan_audience_section, SOLAR, PLAN_AUDIENCE_SECTION,
                      AdwPreferencesGroup)

G_END_DECLS
