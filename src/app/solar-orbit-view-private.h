/* solar-orbit-view-private.h: what the layout manager and the tests see of the view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "solar-orbit.h"
#include "solar-orbit-view.h"

G_BEGIN_DECLS

SolarOrbit *solar_orbit_view_get_orbit       (SolarOrbitView *self);
GtkWidget  *solar_orbit_view_get_body_button (SolarOrbitView *self,
                                              guint           platform_index);
GtkWidget  *solar_orbit_view_get_body_button_at (SolarOrbitView *self,
                                                 guint           position);
GtkWidget  *solar_orbit_view_open_context_menu  (SolarOrbitView *self,
                                                 guint           position);
guint       solar_orbit_view_get_n_frames    (SolarOrbitView *self);
int         solar_orbit_view_get_highlighted (SolarOrbitView *self);
gboolean    solar_orbit_view_move_focus      (SolarOrbitView *self,
                                              SolarDirection  direction);

G_END_DECLS
