/* solar-dataset.h: the platforms and landscape, loaded and validated from JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "solar-landscape.h"
#include "solar-platform.h"

G_BEGIN_DECLS

#define SOLAR_TYPE_DATASET (solar_dataset_get_type ())

G_DECLARE_FINAL_TYPE (SolarDataset, solar_dataset, SOLAR, DATASET, GObject)

SolarDataset    *solar_dataset_new_from_bytes      (GBytes        *platforms_json,
                                                    const char    *platforms_name,
                                                    GBytes        *landscape_json,
                                                    const char    *landscape_name,
                                                    GError       **error);
SolarDataset    *solar_dataset_load_default        (GError       **error);
GListModel      *solar_dataset_get_platforms       (SolarDataset  *self);
GListModel      *solar_dataset_get_tribes          (SolarDataset  *self);
GListModel      *solar_dataset_get_segments        (SolarDataset  *self);
GListModel      *solar_dataset_get_trends          (SolarDataset  *self);
SolarPlatform   *solar_dataset_find_platform       (SolarDataset  *self,
                                                    const char    *platform_id);
SolarItem       *solar_dataset_find_item           (SolarDataset  *self,
                                                    const char    *item_id);
GPtrArray       *solar_dataset_list_tribes_of      (SolarDataset  *self,
                                                    SolarPlatform *platform);
GPtrArray       *solar_dataset_list_similar_platforms (SolarDataset *self,
                                                    SolarPlatform *platform,
                                                    guint          max);
guint            solar_dataset_get_platform_index  (SolarDataset  *self,
                                                    SolarPlatform *platform);
const SolarText *solar_dataset_get_tier_name       (SolarDataset  *self,
                                                    SolarTier      tier);
const SolarText *solar_dataset_get_tier_description (SolarDataset *self,
                                                    SolarTier      tier);

G_END_DECLS
