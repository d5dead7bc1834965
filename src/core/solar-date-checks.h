/* solar-date-checks.h: the checks that know China's calendar, from key-dates.json
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "solar-campaign.h"
#include "solar-key-dates.h"

G_BEGIN_DECLS

void solar_date_checks_run (SolarKeyDates *key_dates,
                            SolarCampaign *campaign,
                            const GDate   *today,
                            GListStore    *problems);

G_END_DECLS
