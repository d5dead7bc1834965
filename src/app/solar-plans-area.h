/* solar-plans-area.h: the open plans, in tabs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "solar-dataset.h"
#include "solar-document.h"
#include "solar-drafts.h"
#include "solar-plan-editor.h"

G_BEGIN_DECLS

#define SOLAR_TYPE_PLANS_AREA (solar_plans_area_get_type ())

G_DECLARE_FINAL_TYPE (SolarPlansArea, solar_plans_area, SOLAR, PLANS_AREA, GtkWidget)

GtkWidget       *solar_plans_area_new              (SolarDataset   *dataset);
void             solar_plans_area_open             (SolarPlansArea *self,
                                                    GFile          *file);
gboolean         solar_plans_area_new_plan         (SolarPlansArea *self,
                                                    const char     *template_id);
void             solar_plans_area_add_document     (SolarPlansArea *self,
                                                    SolarDocument  *document,
                                                    int             position);
SolarDocument   *solar_plans_area_get_document     (SolarPlansArea *self);
SolarPlanEditor *solar_plans_area_get_editor       (SolarPlansArea *self);
const char      *solar_plans_area_get_title        (SolarPlansArea *self);
gboolean         solar_plans_area_is_empty         (SolarPlansArea *self);
void             solar_plans_area_save             (SolarPlansArea *self);
void             solar_plans_area_save_as          (SolarPlansArea *self);
void             solar_plans_area_close            (SolarPlansArea *self);
gboolean         solar_plans_area_ask_to_close_all (SolarPlansArea *self);
void             solar_plans_area_offer_restore    (SolarPlansArea *self,
                                                    SolarDrafts    *drafts);
GtkFileFilter   *solar_plans_area_create_filter    (void);

G_END_DECLS
