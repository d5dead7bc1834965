/* solar-landscape-page.h: the landscape around the platforms
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "solar-dataset.h"

G_BEGIN_DECLS

#define SOLAR_TYPE_LANDSCAPE_PAGE (solar_landscape_page_get_type ())

G_DECLARE_FINAL_TYPE (SolarLandscapePage, solar_landscape_page, SOLAR, LANDSCAPE_PAGE, AdwBin)

void       solar_landscape_page_set_dataset      (SolarLandscapePage *self,
                                                  SolarDataset       *dataset);
gboolean   solar_landscape_page_reveal           (SolarLandscapePage *self,
                                                  const char         *target);
GtkWidget *solar_landscape_page_get_revealed_row (SolarLandscapePage *self);

G_END_DECLS
