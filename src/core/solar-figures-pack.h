/* solar-figures-pack.h: a file of later figures a user adds to the dataset, without a release
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "solar-dataset.h"

G_BEGIN_DECLS

#define SOLAR_TYPE_FIGURES_PACK (solar_figures_pack_get_type ())

G_DECLARE_FINAL_TYPE (SolarFiguresPack, solar_figures_pack, SOLAR, FIGURES_PACK, GObject)

SolarFiguresPack *solar_figures_pack_new_from_bytes (SolarDataset     *dataset,
                                                     GBytes           *bytes,
                                                     const char       *file_name,
                                                     GError          **error);
SolarFiguresPack *solar_figures_pack_new_unreadable (const char       *file_name,
                                                     GBytes           *bytes,
                                                     const GError     *error);
const char       *solar_figures_pack_get_file_name  (SolarFiguresPack *self);
const SolarText  *solar_figures_pack_get_title      (SolarFiguresPack *self);
const GError     *solar_figures_pack_get_error      (SolarFiguresPack *self);
GBytes           *solar_figures_pack_get_bytes      (SolarFiguresPack *self);
guint             solar_figures_pack_get_n_figures  (SolarFiguresPack *self);
GStrv             solar_figures_pack_dup_sources    (SolarFiguresPack *self);
GStrv             solar_figures_pack_dup_figure_ids (SolarFiguresPack *self);

void              solar_dataset_add_figures_pack    (SolarDataset     *dataset,
                                                     SolarFiguresPack *pack);
void              solar_dataset_remove_figures_pack (SolarDataset     *dataset,
                                                     SolarFiguresPack *pack);

G_END_DECLS
