/* solar-accessible.h: names screen readers need that some GTK versions do not give
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

char *solar_accessible_strip_mnemonic  (const char *label);
void  solar_accessible_name_buttons    (GtkWidget  *root);
void  solar_accessible_name_menu_items (GtkPopover *menu);
GtkWidget *solar_accessible_new_decoration (const char *icon_name);
void  solar_accessible_install         (void);

G_END_DECLS
