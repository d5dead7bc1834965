/* solar-plan-editor.h: the form for one campaign plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "solar-dataset.h"
#include "solar-document.h"
#include "solar-rules.h"
#include "solar-timeline-view.h"

G_BEGIN_DECLS

#define SOLAR_TYPE_PLAN_EDITOR (solar_plan_editor_get_type ())

G_DECLARE_FINAL_TYPE (SolarPlanEditor, solar_plan_editor, SOLAR, PLAN_EDITOR, AdwBin)

GtkWidget     *solar_plan_editor_new          (SolarDocument   *document,
                                               SolarDataset    *dataset,
                                               SolarRules      *rules);
SolarDocument *solar_plan_editor_get_document (SolarPlanEditor *self);
GListModel    *solar_plan_editor_get_problems (SolarPlanEditor *self);
void           solar_plan_editor_check_now    (SolarPlanEditor *self);
void           solar_plan_editor_focus_name   (SolarPlanEditor *self);
void           solar_plan_editor_show_timeline (SolarPlanEditor *self,
                                                gboolean         shown);
SolarTimelineView *solar_plan_editor_get_timeline_view (SolarPlanEditor *self);

G_END_DECLS
