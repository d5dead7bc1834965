/* solar-platform-page.h: what one platform is and what its figures say
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "solar-dataset.h"

G_BEGIN_DECLS

#define SOLAR_TYPE_PLATFORM_PAGE (solar_platform_page_get_type ())

G_DECLARE_FINAL_TYPE (SolarPlatformPage, solar_platform_page, SOLAR, PLATFORM_PAGE, AdwBin)

SolarPlatform *solar_platform_page_get_platform (SolarPlatformPage *self);
void           solar_platform_page_set_platform (SolarPlatformPage *self,
                                                 SolarPlatform     *platform);

gboolean       solar_platform_page_reveal_item  (SolarPlatformPage *self,
                                                 const char        *item_id);
GtkWidget     *solar_platform_page_get_revealed_row (SolarPlatformPage *self);

G_END_DECLS
