/* solar-budget-csv.h: a plan's budget as a spreadsheet (RFC 4180 CSV)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "solar-campaign.h"
#include "solar-dataset.h"

G_BEGIN_DECLS

GBytes *solar_budget_csv_new (SolarDataset  *dataset,
                              SolarCampaign *campaign);

G_END_DECLS
