/* solar-share-bar.h: a platform's audience split as a bar, with a text alternative
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "solar-platform.h"

G_BEGIN_DECLS

#define SOLAR_TYPE_SHARE_BAR (solar_share_bar_get_type ())

G_DECLARE_FINAL_TYPE (SolarShareBar, solar_share_bar, SOLAR, SHARE_BAR, GtkWidget)

GtkWidget *solar_share_bar_new          (void);
void       solar_share_bar_set_platform (SolarShareBar *self,
                                         SolarPlatform *platform);

G_END_DECLS
