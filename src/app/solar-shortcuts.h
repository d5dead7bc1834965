/* solar-shortcuts.h: the Keyboard Shortcuts window, on any GTK and libadwaita
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void       solar_shortcuts_present      (GtkWindow *window);
GtkWidget *solar_shortcuts_find_visible (void);
void       solar_shortcuts_close        (GtkWidget *shortcuts);

G_END_DECLS
