/* solar-plan-checks.h: the rules every plan follows, whatever its platforms
 *
 * Private to solar-rules.c, which adds the platform rules of rules.json.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "solar-campaign.h"
#include "solar-dataset.h"
#include "solar-problem.h"

G_BEGIN_DECLS

void     solar_plan_checks_run   (SolarCampaign *campaign,
                                  SolarDataset  *dataset,
                                  GListStore    *problems);
gboolean solar_plan_is_valid_date (const char   *date);
int      solar_plan_compare_dates (const char   *a,
                                   const char   *b);
gboolean solar_plan_parse_date    (const char   *text,
                                   GDate        *date);
char    *solar_plan_format_number (double        value);
char    *solar_plan_platform_name (SolarDataset *dataset,
                                   const char   *platform_id);

G_END_DECLS
