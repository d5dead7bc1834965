/* solar-campaign.h: a campaign plan, the document the campaign builder edits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "solar-kol.h"
#include "solar-kpi.h"
#include "solar-milestone.h"
#include "solar-platform-plan.h"

G_BEGIN_DECLS

typedef enum
{
  SOLAR_OBJECTIVE_AWARENESS,
  SOLAR_OBJECTIVE_ENGAGEMENT,
  SOLAR_OBJECTIVE_CONVERSION,
  SOLAR_OBJECTIVE_LOYALTY,
  SOLAR_OBJECTIVE_LAUNCH,
  SOLAR_OBJECTIVE_REPUTATION,
} SolarObjective;

typedef enum
{
  SOLAR_GENDER_FOCUS_ALL,
  SOLAR_GENDER_FOCUS_FEMALE,
  SOLAR_GENDER_FOCUS_MALE,
} SolarGenderFocus;

#define SOLAR_TYPE_OBJECTIVE (solar_objective_get_type ())
GType solar_objective_get_type (void);
#define SOLAR_TYPE_GENDER_FOCUS (solar_gender_focus_get_type ())
GType solar_gender_focus_get_type (void);

#define SOLAR_TYPE_CAMPAIGN (solar_campaign_get_type ())

G_DECLARE_FINAL_TYPE (SolarCampaign, solar_campaign, SOLAR, CAMPAIGN, GObject)

SolarCampaign      *solar_campaign_new                (void);
const char         *solar_campaign_get_name           (SolarCampaign      *self);
void                solar_campaign_set_name           (SolarCampaign      *self,
                                                       const char         *name);
const char         *solar_campaign_get_brand          (SolarCampaign      *self);
void                solar_campaign_set_brand          (SolarCampaign      *self,
                                                       const char         *brand);
SolarObjective      solar_campaign_get_objective      (SolarCampaign      *self);
void                solar_campaign_set_objective      (SolarCampaign      *self,
                                                       SolarObjective      objective);
const char         *solar_campaign_get_key_message    (SolarCampaign      *self);
void                solar_campaign_set_key_message    (SolarCampaign      *self,
                                                       const char         *key_message);
const char         *solar_campaign_get_notes          (SolarCampaign      *self);
void                solar_campaign_set_notes          (SolarCampaign      *self,
                                                       const char         *notes);
SolarGenderFocus    solar_campaign_get_gender_focus   (SolarCampaign      *self);
void                solar_campaign_set_gender_focus   (SolarCampaign      *self,
                                                       SolarGenderFocus    gender_focus);
const char * const *solar_campaign_get_city_tiers     (SolarCampaign      *self);
void                solar_campaign_set_city_tiers     (SolarCampaign      *self,
                                                       const char * const *city_tiers);
const char * const *solar_campaign_get_segments       (SolarCampaign      *self);
void                solar_campaign_set_segments       (SolarCampaign      *self,
                                                       const char * const *segments);
const char * const *solar_campaign_get_tribes         (SolarCampaign      *self);
void                solar_campaign_set_tribes         (SolarCampaign      *self,
                                                       const char * const *tribes);
const char         *solar_campaign_get_start_date     (SolarCampaign      *self);
void                solar_campaign_set_start_date     (SolarCampaign      *self,
                                                       const char         *start_date);
const char         *solar_campaign_get_end_date       (SolarCampaign      *self);
void                solar_campaign_set_end_date       (SolarCampaign      *self,
                                                       const char         *end_date);
double              solar_campaign_get_total_budget   (SolarCampaign      *self);
void                solar_campaign_set_total_budget   (SolarCampaign      *self,
                                                       double              total_budget);
const char         *solar_campaign_get_currency       (SolarCampaign      *self);
void                solar_campaign_set_currency       (SolarCampaign      *self,
                                                       const char         *currency);

GListModel         *solar_campaign_get_milestones     (SolarCampaign      *self);
void                solar_campaign_add_milestone      (SolarCampaign      *self,
                                                       SolarMilestone     *milestone);
void                solar_campaign_insert_milestone   (SolarCampaign      *self,
                                                       guint               position,
                                                       SolarMilestone     *milestone);
void                solar_campaign_add_milestones     (SolarCampaign      *self,
                                                       SolarMilestone    **milestones,
                                                       guint               n_milestones);
gboolean            solar_campaign_remove_milestone   (SolarCampaign      *self,
                                                       SolarMilestone     *milestone);
GListModel         *solar_campaign_get_platforms      (SolarCampaign      *self);
void                solar_campaign_add_platform       (SolarCampaign      *self,
                                                       SolarPlatformPlan  *platform);
gboolean            solar_campaign_remove_platform    (SolarCampaign      *self,
                                                       SolarPlatformPlan  *platform);
SolarPlatformPlan  *solar_campaign_find_platform      (SolarCampaign      *self,
                                                       const char         *platform_id);
gboolean            solar_campaign_add_tactic         (SolarCampaign      *self,
                                                       const char         *platform_id,
                                                       const char         *item_id);
double              solar_campaign_get_platform_share (SolarCampaign      *self,
                                                       const char         *platform_id);
GListModel         *solar_campaign_get_kols           (SolarCampaign      *self);
void                solar_campaign_add_kol            (SolarCampaign      *self,
                                                       SolarKol           *kol);
void                solar_campaign_insert_kol         (SolarCampaign      *self,
                                                       guint               position,
                                                       SolarKol           *kol);
void                solar_campaign_add_kols           (SolarCampaign      *self,
                                                       SolarKol          **kols,
                                                       guint               n_kols);
gboolean            solar_campaign_remove_kol         (SolarCampaign      *self,
                                                       SolarKol           *kol);
guint               solar_campaign_remove_kols        (SolarCampaign      *self,
                                                       SolarKol          **kols,
                                                       guint               n_kols);

const char * const *solar_objective_get_labels        (void);
const char * const *solar_gender_focus_get_labels     (void);
const char * const *solar_city_tier_list              (void);
const char         *solar_city_tier_get_label         (const char         *city_tier);

G_END_DECLS
