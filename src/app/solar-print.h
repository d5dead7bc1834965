/* solar-print.h: printing the diagram through GtkPrintOperation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "solar-campaign.h"
#include "solar-dataset.h"
#include "solar-orbit.h"

G_BEGIN_DECLS

GtkPrintOperation *solar_print_operation_new (SolarDataset  *dataset,
                                              SolarCampaign *plan,
                                              gboolean       tunnel,
                                              SolarOrbitFigures figures);
GtkPrintOperation *solar_print_brief_operation_new (SolarDataset  *dataset,
                                                    SolarCampaign *plan);

G_END_DECLS
