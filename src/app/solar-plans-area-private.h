/* solar-plans-area-private.h: what the parts of the plans area share
 *
 * The area is one widget split by concern: solar-plans-area.c keeps the tabs and opens
 * plans, solar-plans-area-save.c saves and closes them, solar-plans-area-restore.c brings
 * back what a crash left.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "solar-plans-area.h"
#include "solar-rules.h"

G_BEGIN_DECLS

#define SOLAR_PLAN_SUFFIX ".campaign.json"

struct _SolarPlansArea
{
  GtkWidget     parent_instance;

  SolarDataset *dataset;
  SolarRules   *rules;          /* loaded with the first plan */
  AdwTabBar    *tab_bar;
  AdwTabView   *tab_view;
  gboolean      closing_all;    /* asking about each unsaved plan in turn */
};

/* solar-plans-area.c */
void         solar_plans_area_toast          (SolarPlansArea *self,
                                              const char     *title);
void         solar_plans_area_remember_file  (GFile          *file);
void         solar_plans_area_reload         (SolarPlansArea *self,
                                              SolarDocument  *document);
SolarDrafts *solar_plans_area_get_drafts     (SolarPlansArea *self);
SolarDocument *solar_plans_area_page_document (AdwTabPage    *page);

/* solar-plans-area-save.c */
gboolean     solar_plans_area_on_close_page  (SolarPlansArea *self,
                                              AdwTabPage     *page,
                                              AdwTabView     *view);

G_END_DECLS
