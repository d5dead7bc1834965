/* solar-campaign-io.h: campaign plans to and from their JSON files (*.campaign.json)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "solar-campaign.h"

G_BEGIN_DECLS

#define SOLAR_CAMPAIGN_FORMAT  "social-solar-campaign"
#define SOLAR_CAMPAIGN_VERSION 1

/**
 * SolarCampaignReadFlags:
 * @SOLAR_CAMPAIGN_READ_DEFAULT: a plan to edit
 * @SOLAR_CAMPAIGN_READ_UNWATCHED: a plan only to be read (checked, exported): edits inside
 *   its items (a KOL's fee, a KPI's target) do not emit its "changed", which spares
 *   watching each of them; changes to the plan's own members and lists still do
 */
typedef enum
{
  SOLAR_CAMPAIGN_READ_DEFAULT   = 0,
  SOLAR_CAMPAIGN_READ_UNWATCHED = 1 << 0,
} SolarCampaignReadFlags;

SolarCampaign  *solar_campaign_new_from_bytes    (GBytes         *bytes,
                                                  const char     *file_name,
                                                  GError        **error);
SolarCampaign  *solar_campaign_new_from_bytes_full (GBytes                 *bytes,
                                                    const char             *file_name,
                                                    SolarCampaignReadFlags  flags,
                                                    GError                **error);
GBytes         *solar_campaign_to_bytes          (SolarCampaign  *self);
char          **solar_campaign_list_templates    (void);
SolarCampaign  *solar_campaign_new_from_template (const char     *template_id,
                                                  GError        **error);

G_END_DECLS
