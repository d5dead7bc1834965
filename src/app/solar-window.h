/* solar-window.h: the main window: the diagram and the pages it opens
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "solar-dataset.h"
#include "solar-drafts.h"

G_BEGIN_DECLS

#define SOLAR_TYPE_WINDOW (solar_window_get_type ())

G_DECLARE_FINAL_TYPE (SolarWindow, solar_window, SOLAR, WINDOW, AdwApplicationWindow)

SolarWindow *solar_window_new           (AdwApplication *application,
                                         SolarDataset   *dataset);
void         solar_window_show_platform (SolarWindow    *self,
                                         SolarPlatform  *platform);
void         solar_window_show_diagram  (SolarWindow    *self);
void         solar_window_offer_restore (SolarWindow    *self,
                                         SolarDrafts    *drafts);
void         solar_window_open_plan     (SolarWindow    *self,
                                         GFile          *file);
gboolean     solar_window_export_plan_to (SolarWindow  *self,
                                          GFile        *file,
                                          GError      **error);
gboolean     solar_window_export_plan_as (SolarWindow  *self,
                                          const char   *format,
                                          GFile        *file,
                                          GError      **error);
void         solar_window_add_toast     (SolarWindow    *self,
                                         AdwToast       *toast);

G_END_DECLS
