/* solar-tribe.h: an interest tribe or subculture that influencers link to platforms
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "solar-text.h"

G_BEGIN_DECLS

typedef enum
{
  SOLAR_TRIBE_INTEREST,
  SOLAR_TRIBE_SUBCULTURE,
} SolarTribeKind;

#define SOLAR_TYPE_TRIBE (solar_tribe_get_type ())

G_DECLARE_FINAL_TYPE (SolarTribe, solar_tribe, SOLAR, TRIBE, GObject)

const char       *solar_tribe_get_id          (SolarTribe *self);
SolarTribeKind    solar_tribe_get_kind        (SolarTribe *self);
const SolarText  *solar_tribe_get_name        (SolarTribe *self);
const SolarText  *solar_tribe_get_description (SolarTribe *self);
const SolarText  *solar_tribe_get_note        (SolarTribe *self);
/* indices into the dataset's platform list */
const GArray     *solar_tribe_get_platform_indices (SolarTribe *self);

G_END_DECLS
