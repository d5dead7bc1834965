/* solar-plan-page.h: one tab of the plans area: a plan being opened, then its editor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "solar-document.h"
#include "solar-plan-editor.h"

G_BEGIN_DECLS

#define SOLAR_TYPE_PLAN_PAGE (solar_plan_page_get_type ())

G_DECLARE_FINAL_TYPE (SolarPlanPage, solar_plan_page, SOLAR, PLAN_PAGE, AdwBin)

GtkWidget       *solar_plan_page_new_loading     (GFile           *file);
GtkWidget       *solar_plan_page_new             (SolarPlanEditor *editor);
void             solar_plan_page_set_editor      (SolarPlanPage   *self,
                                                  SolarPlanEditor *editor);
SolarPlanEditor *solar_plan_page_get_editor      (SolarPlanPage   *self);
SolarDocument   *solar_plan_page_get_document    (SolarPlanPage   *self);
GFile           *solar_plan_page_get_file        (SolarPlanPage   *self);
GCancellable    *solar_plan_page_get_cancellable (SolarPlanPage   *self);

G_END_DECLS
