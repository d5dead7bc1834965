/* solar-plan-dates-section.h: the campaign's span and budget
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SOLAR_TYPE_PLAN_DATES_SECTION (solar_plan_dates_section_get_type ())

G_DECLARE_FINAL_TYPE (SolarPlanDatesSection, solar_plan_dates_section, SOLAR, PLAN_DATES_SECTION, AdwPreferencesGroup)

G_END_DECLS
