/* solar-dataset-private.h: what the dataset object and its JSON reader share
 *
 * The reader (solar-dataset-reader.c) fills the dataset in directly; the rest of the program
 * only sees the getters in solar-dataset.h.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "solar-dataset.h"

G_BEGIN_DECLS

struct _SolarDataset
{
  GObject     parent_instance;
  GListStore *platforms;
  GListStore *tribes;
  GListStore *segments;
  GListStore *trends;
  GHashTable *platforms_by_id;   /* id → SolarPlatform (borrowed) */
  GHashTable *items_by_id;       /* id → SolarItem (borrowed) */
  SolarText  *tier_names[SOLAR_N_TIERS];
  SolarText  *tier_descriptions[SOLAR_N_TIERS];
};

gboolean solar_dataset_read (SolarDataset  *self,
                             GBytes        *platforms_json,
                             const char    *platforms_name,
                             GBytes        *landscape_json,
                             const char    *landscape_name,
                             GError       **error);

G_END_DECLS
