/* solar-plan-timeline-page.h: the plan's timeline beside its form, with its zoom
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "solar-document.h"
#include "solar-timeline-view.h"

G_BEGIN_DECLS

#define SOLAR_TYPE_PLAN_TIMELINE_PAGE (solar_plan_timeline_page_get_type ())

G_DECLARE_FINAL_TYPE (SolarPlanTimelinePage, solar_plan_timeline_page, SOLAR, PLAN_TIMELINE_PAGE, AdwBin)

GtkWidget         *solar_plan_timeline_page_new      (SolarDocument         *document,
                                                      SolarDataset          *dataset);
SolarTimelineView *solar_plan_timeline_page_get_view (SolarPlanTimelinePage *self);

G_END_DECLS
