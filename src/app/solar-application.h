/* solar-application.h: start-up, the dataset every window shares, app-wide actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "solar-dataset.h"
#include "solar-drafts.h"
#include "solar-pack-folder.h"

G_BEGIN_DECLS

#define SOLAR_TYPE_APPLICATION (solar_application_get_type ())

G_DECLARE_FINAL_TYPE (SolarApplication, solar_application, SOLAR, APPLICATION, AdwApplication)

SolarApplication *solar_application_new         (void);
SolarDataset     *solar_application_get_dataset (SolarApplication *self);
SolarDrafts      *solar_application_get_drafts  (SolarApplication *self);
SolarPackFolder  *solar_application_get_pack_folder (SolarApplication *self);

G_END_DECLS
