/* solar-campaign-fields.h: how a plan's JSON members map to its objects' properties
 *
 * Private to solar-campaign-io.c, which deals with the file as a whole (format, version).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "solar-campaign.h"

G_BEGIN_DECLS

gboolean  solar_campaign_fields_read  (const char     *file_name,
                                       JsonObject     *root,
                                       SolarCampaign  *campaign,
                                       GError        **error);
JsonNode *solar_campaign_fields_write (SolarCampaign  *campaign);

G_END_DECLS
