/* solar-reveal.h: scroll a row into view once it has been laid out
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void solar_reveal_in_scroller (GtkScrolledWindow *scroller,
                               GtkWidget         *widget);
void solar_reveal_row         (GtkScrolledWindow *scroller,
                               GtkWidget        **revealed,
                               GtkWidget         *row);

G_END_DECLS
