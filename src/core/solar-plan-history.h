/* solar-plan-history.h: what was done to a plan, step by step, to undo and redo it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "solar-campaign.h"

G_BEGIN_DECLS

#define SOLAR_TYPE_PLAN_HISTORY (solar_plan_history_get_type ())

G_DECLARE_FINAL_TYPE (SolarPlanHistory, solar_plan_history, SOLAR, PLAN_HISTORY, GObject)

SolarPlanHistory *solar_plan_history_new           (SolarCampaign    *campaign);
SolarCampaign    *solar_plan_history_get_campaign  (SolarPlanHistory *self);
void              solar_plan_history_begin_step    (SolarPlanHistory *self,
                                                    const char       *name);
void              solar_plan_history_end_step      (SolarPlanHistory *self);
void              solar_plan_history_break         (SolarPlanHistory *self);
gboolean          solar_plan_history_get_can_undo  (SolarPlanHistory *self);
gboolean          solar_plan_history_get_can_redo  (SolarPlanHistory *self);
const char       *solar_plan_history_get_undo_name (SolarPlanHistory *self);
const char       *solar_plan_history_get_redo_name (SolarPlanHistory *self);
gboolean          solar_plan_history_undo          (SolarPlanHistory *self);
gboolean          solar_plan_history_redo          (SolarPlanHistory *self);
guint64           solar_plan_history_get_state     (SolarPlanHistory *self);
gsize             solar_plan_history_get_size      (SolarPlanHistory *self);
guint             solar_plan_history_get_n_steps   (SolarPlanHistory *self);
void              solar_plan_history_set_limit     (SolarPlanHistory *self,
                                                    gsize             max_bytes);
void              solar_plan_history_set_pause     (SolarPlanHistory *self,
                                                    GTimeSpan         pause);

G_END_DECLS
