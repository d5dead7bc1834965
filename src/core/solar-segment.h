/* solar-segment.h: a segment of China's social media content creators
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "solar-text.h"

G_BEGIN_DECLS

#define SOLAR_TYPE_SEGMENT (solar_segment_get_type ())

G_DECLARE_FINAL_TYPE (SolarSegment, solar_segment, SOLAR, SEGMENT, GObject)

const char      *solar_segment_get_id           (SolarSegment *self);
const SolarText *solar_segment_get_name         (SolarSegment *self);
const SolarText *solar_segment_get_description  (SolarSegment *self);
double           solar_segment_get_size         (SolarSegment *self);
const char      *solar_segment_get_source_title (SolarSegment *self);

G_END_DECLS
