/* solar-plan-choices-row.h: a list of ids of the plan, as rows to tick
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SOLAR_TYPE_PLAN_CHOICES_ROW (solar_plan_choices_row_get_type ())

G_DECLARE_FINAL_TYPE (SolarPlanChoicesRow, solar_plan_choices_row, SOLAR, PLAN_CHOICES_ROW, AdwExpanderRow)

void solar_plan_choices_row_add  (SolarPlanChoicesRow *self,
                                  const char          *id,
                                  const char          *label,
                                  const char          *description);
void solar_plan_choices_row_bind (SolarPlanChoicesRow *self,
                                  GObject             *object,
                                  const char          *property);

G_END_DECLS
