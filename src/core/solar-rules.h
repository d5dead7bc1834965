/* solar-rules.h: live validation of a campaign plan, with platform rules from data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "solar-campaign.h"
#include "solar-dataset.h"
#include "solar-key-dates.h"
#include "solar-problem.h"

G_BEGIN_DECLS

#define SOLAR_TYPE_RULES (solar_rules_get_type ())

G_DECLARE_FINAL_TYPE (SolarRules, solar_rules, SOLAR, RULES, GObject)

SolarRules *solar_rules_new_from_bytes (GBytes         *bytes,
                                        const char     *file_name,
                                        SolarDataset   *dataset,
                                        GError        **error);
SolarRules *solar_rules_load_default   (SolarDataset   *dataset,
                                        GError        **error);
void        solar_rules_set_key_dates  (SolarRules     *self,
                                        SolarKeyDates  *key_dates);
void        solar_rules_set_today      (SolarRules     *self,
                                        const GDate    *today);
guint       solar_rules_get_n_rules    (SolarRules     *self);
GListModel *solar_rules_check          (SolarRules     *self,
                                        SolarCampaign  *campaign);

G_END_DECLS
