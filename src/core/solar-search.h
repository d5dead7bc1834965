/* solar-search.h: one search over platforms, their items, trends, tribes and creator segments
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "solar-dataset.h"

G_BEGIN_DECLS

typedef enum
{
  SOLAR_HIT_PLATFORM,
  SOLAR_HIT_FUNCTION,
  SOLAR_HIT_CONTENT,
  SOLAR_HIT_OTHER_ITEM,    /* levers, formats, tips */
  SOLAR_HIT_TREND,
  SOLAR_HIT_TRIBE,
  SOLAR_HIT_SEGMENT,
  SOLAR_N_HIT_KINDS
} SolarHitKind;

typedef struct
{
  SolarHitKind   kind;
  GObject       *object;     /* the SolarPlatform, SolarItem, SolarTrend, SolarTribe or SolarSegment */
  SolarPlatform *platform;   /* for items: the platform they belong to */
  guint          score;      /* higher is better: a match in the title beats one in the text */
} SolarHit;

GPtrArray  *solar_search            (SolarDataset *dataset,
                                     const char   *query);
const char *solar_hit_kind_to_string (SolarHitKind kind);
void        solar_hit_free          (SolarHit     *hit);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SolarHit, solar_hit_free)

G_END_DECLS
