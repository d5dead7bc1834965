/* solar-campaign-private.h: the fields of a plan, shared by the files its class is split into
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "solar-campaign.h"
#include "solar-campaign-parts.h"

G_BEGIN_DECLS

/* The number of properties, for the arrays below indexed by property id. */
#define SOLAR_CAMPAIGN_N_PROPS 17

struct _SolarCampaign
{
  GObject           parent_instance;
  /* Indexed by property id, so one setter serves every text and every list of ids. */
  char             *strings[SOLAR_CAMPAIGN_N_PROPS];
  GStrv             lists[SOLAR_CAMPAIGN_N_PROPS];
  SolarObjective    objective;
  SolarGenderFocus  gender_focus;
  double            total_budget;
  GListStore       *milestones;
  GListStore       *platforms;
  GListStore       *kols;
  SolarListWatch   *watches[3];
  gboolean          items_watched;
};

/* Whether edits inside the plan's items (a KOL's fee, a KPI's target) emit "changed".
 * TRUE unless the plan was read with %SOLAR_CAMPAIGN_READ_UNWATCHED. */
void     solar_campaign_set_items_watched      (SolarCampaign     *self,
                                                gboolean           watched);
gboolean solar_campaign_get_items_watched      (SolarCampaign     *self);
void     solar_platform_plan_set_items_watched (SolarPlatformPlan *self,
                                                gboolean           watched);

G_END_DECLS
