/* solar-export-dialog.h: Export Diagram… — size, colours and layers, then a file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "solar-campaign.h"
#include "solar-dataset.h"
#include "solar-orbit.h"

G_BEGIN_DECLS

GtkWidget *solar_export_dialog_new       (GtkWindow      *parent,
                                          SolarDataset   *dataset,
                                          SolarCampaign  *plan,
                                          gboolean        tunnel,
                                          SolarOrbitFigures figures,
                                          int             window_width,
                                          int             window_height);
gboolean   solar_export_dialog_export_to (GtkWidget      *dialog,
                                          GFile          *file,
                                          GError        **error);

G_END_DECLS
