/* solar-figures-packs-dialog.h: the figures packs installed, importing and removing them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "solar-pack-folder.h"

G_BEGIN_DECLS

#define SOLAR_TYPE_FIGURES_PACKS_DIALOG (solar_figures_packs_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SolarFiguresPacksDialog, solar_figures_packs_dialog, SOLAR, FIGURES_PACKS_DIALOG, AdwWindow)

SolarFiguresPacksDialog *solar_figures_packs_dialog_present     (GtkWindow               *parent,
                                                                 SolarPackFolder         *folder);
void                     solar_figures_packs_dialog_import_file (SolarFiguresPacksDialog *self,
                                                                 GFile                   *file);

G_END_DECLS
