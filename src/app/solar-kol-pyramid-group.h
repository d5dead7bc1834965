/* solar-kol-pyramid-group.h: the plan's KOLs by tier and by platform, against the budget
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "solar-campaign.h"
#include "solar-dataset.h"

G_BEGIN_DECLS

#define SOLAR_TYPE_KOL_PYRAMID_GROUP (solar_kol_pyramid_group_get_type ())

G_DECLARE_FINAL_TYPE (SolarKolPyramidGroup, solar_kol_pyramid_group, SOLAR, KOL_PYRAMID_GROUP, GtkBox)

GtkWidget *solar_kol_pyramid_group_new     (SolarCampaign        *campaign,
                                            SolarDataset         *dataset);
void       solar_kol_pyramid_group_refresh (SolarKolPyramidGroup *self);

G_END_DECLS
