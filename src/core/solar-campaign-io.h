/* solar-campaign-io.h: campaign plans to and from their JSON files (*.campaign.json)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "solar-campaign.h"

G_BEGIN_DECLS

#define SOLAR_CAMPAIGN_FORMAT  "social-solar-campaign"
#define SOLAR_CAMPAIGN_VERSION 1

SolarCampaign  *solar_campaign_new_from_bytes    (GBytes         *bytes,
                                                  const char     *file_name,
                                                  GError        **error);
GBytes         *solar_campaign_to_bytes          (SolarCampaign  *self);
char          **solar_campaign_list_templates    (void);
SolarCampaign  *solar_campaign_new_from_template (const char     *template_id,
                                                  GError        **error);

G_END_DECLS
