/* solar-pack-folder.h: the figures packs a user has installed, in their data folder
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "solar-figures-pack.h"

G_BEGIN_DECLS

#define SOLAR_TYPE_PACK_FOLDER (solar_pack_folder_get_type ())

G_DECLARE_FINAL_TYPE (SolarPackFolder, solar_pack_folder, SOLAR, PACK_FOLDER, GObject)

/* A pack is a few kilobytes; this is room for thousands of figures. */
#define SOLAR_PACK_MAX_SIZE (1024 * 1024)

SolarPackFolder  *solar_pack_folder_new              (SolarDataset     *dataset,
                                                      GFile            *directory);
GFile            *solar_pack_folder_dup_default_directory (void);
SolarDataset     *solar_pack_folder_get_dataset      (SolarPackFolder  *self);
void              solar_pack_folder_load             (SolarPackFolder  *self);
GListModel       *solar_pack_folder_get_packs        (SolarPackFolder  *self);
guint             solar_pack_folder_count_unreadable (SolarPackFolder  *self);
char             *solar_pack_folder_name_for         (GFile            *file);
SolarFiguresPack *solar_pack_folder_install          (SolarPackFolder  *self,
                                                      GBytes           *bytes,
                                                      const char       *file_name,
                                                      GError          **error);
gboolean          solar_pack_folder_remove           (SolarPackFolder  *self,
                                                      SolarFiguresPack *pack,
                                                      GError          **error);
gboolean          solar_pack_folder_restore          (SolarPackFolder  *self,
                                                      SolarFiguresPack *pack,
                                                      GError          **error);

G_END_DECLS
