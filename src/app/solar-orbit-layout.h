/* solar-orbit-layout.h: places the diagram's body buttons where the geometry puts the bodies
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SOLAR_TYPE_ORBIT_LAYOUT (solar_orbit_layout_get_type ())

G_DECLARE_FINAL_TYPE (SolarOrbitLayout, solar_orbit_layout, SOLAR, ORBIT_LAYOUT, GtkLayoutManager)

G_END_DECLS
