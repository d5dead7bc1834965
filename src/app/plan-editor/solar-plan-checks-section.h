/* solar-plan-checks-section.h: the checks' findings, at the top of the plan form
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SOLAR_TYPE_PLAN_CHECKS_SECTION (solar_plan_checks_section_get_type ())

G_DECLARE_FINAL_TYPE (SolarPlanChecksSection, solar_plan_checks_section, SOLAR, PLAN_CHECKS_SECTION,
                      AdwPreferencesGroup)

void solar_plan_checks_section_show (SolarPlanChecksSection *self,
                                     GListModel             *problems);

G_END_DECLS
