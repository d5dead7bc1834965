/* solar-timeline-ics.h: a plan's dates as an iCalendar file (RFC 5545) calendars import
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "solar-campaign.h"
#include "solar-dataset.h"
#include "solar-key-dates.h"

G_BEGIN_DECLS

GBytes *solar_timeline_ics_new (SolarDataset   *dataset,
                                SolarCampaign  *campaign,
                                SolarKeyDates  *key_dates,
                                GDateTime      *stamp,
                                GError        **error);

G_END_DECLS
