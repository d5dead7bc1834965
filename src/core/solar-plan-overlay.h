/* solar-plan-overlay.h: what a campaign plan does with each platform, for the drawing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "solar-campaign.h"
#include "solar-dataset.h"
#include "solar-render.h"

G_BEGIN_DECLS

SolarPlanOverlay *solar_plan_overlay_new  (SolarDataset     *dataset,
                                           SolarCampaign    *campaign);
void              solar_plan_overlay_free (SolarPlanOverlay *overlay);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SolarPlanOverlay, solar_plan_overlay_free)

G_END_DECLS
