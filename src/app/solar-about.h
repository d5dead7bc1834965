/* solar-about.h: the About dialog, on any libadwaita
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void       solar_about_present      (GtkWindow *parent);
GtkWidget *solar_about_find_visible (void);
void       solar_about_close        (GtkWidget *about);

G_END_DECLS
