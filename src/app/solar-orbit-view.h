/* solar-orbit-view.h: the interactive social solar system diagram
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "solar-campaign.h"
#include "solar-dataset.h"
#include "solar-orbit.h"

G_BEGIN_DECLS

#define SOLAR_TYPE_ORBIT_VIEW (solar_orbit_view_get_type ())

G_DECLARE_FINAL_TYPE (SolarOrbitView, solar_orbit_view, SOLAR, ORBIT_VIEW, GtkWidget)

GtkWidget    *solar_orbit_view_new             (void);
SolarDataset *solar_orbit_view_get_dataset     (SolarOrbitView *self);
void          solar_orbit_view_set_dataset     (SolarOrbitView *self,
                                                SolarDataset   *dataset);
GtkWidget    *solar_orbit_view_get_tab_stop    (SolarOrbitView *self);
gboolean      solar_orbit_view_get_show_tunnel (SolarOrbitView *self);
SolarOrbitFigures solar_orbit_view_get_figures (SolarOrbitView *self);
void          solar_orbit_view_set_figures     (SolarOrbitView *self,
                                                SolarOrbitFigures figures);
void          solar_orbit_view_set_show_tunnel (SolarOrbitView *self,
                                                gboolean        show_tunnel);

void          solar_orbit_view_set_plan        (SolarOrbitView *self,
                                                SolarCampaign  *plan);
SolarCampaign *solar_orbit_view_get_plan       (SolarOrbitView *self);

G_END_DECLS
