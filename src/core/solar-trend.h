/* solar-trend.h: one of the Gen Z social media trends
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "solar-text.h"

G_BEGIN_DECLS

#define SOLAR_TYPE_TREND (solar_trend_get_type ())

G_DECLARE_FINAL_TYPE (SolarTrend, solar_trend, SOLAR, TREND, GObject)

const char      *solar_trend_get_id          (SolarTrend *self);
const SolarText *solar_trend_get_title       (SolarTrend *self);
const SolarText *solar_trend_get_description (SolarTrend *self);

G_END_DECLS
