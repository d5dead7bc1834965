/* solar-plan-editor-private.h: what the parts of the plan form share
 *
 * The form is one class whose sections live in their own files, as Text Editor splits its
 * window: solar-plan-editor-audience.c, -platforms.c and -people.c each build a group of
 * rows, from the row makers of solar-plan-editor-rows.c. Every row is bound to the plan
 * and tracked under the field path the checks report problems with.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "solar-campaign.h"
#include "solar-kol-table.h"
#include "solar-plan-table.h"
#include "solar-plan-editor.h"

G_BEGIN_DECLS

/* solar-plan-editor.c */
SolarCampaign *solar_plan_editor_get_campaign     (SolarPlanEditor *self);
SolarDataset  *solar_plan_editor_get_dataset      (SolarPlanEditor *self);
SolarPlanTable *solar_plan_editor_get_kpi_table   (SolarPlanEditor *self);
GtkWidget     *solar_plan_editor_track            (SolarPlanEditor *self,
                                                   GtkWidget       *row,
                                                   const char      *field);
void           solar_plan_editor_untrack          (SolarPlanEditor *self,
                                                   const char      *prefix);

/* solar-plan-editor-audience.c, -platforms.c, -people.c: each returns its group */
GtkWidget     *solar_plan_editor_audience_new     (SolarPlanEditor *self);
GtkWidget     *solar_plan_editor_platforms_new    (SolarPlanEditor *self);
GtkWidget     *solar_plan_editor_milestones_new   (SolarPlanEditor *self,
                                                   SolarPlanTable **table);
GtkWidget     *solar_plan_editor_kpis_new         (SolarPlanEditor *self,
                                                   SolarPlanTable **table);
GtkWidget     *solar_plan_editor_kols_new         (SolarPlanEditor *self,
                                                   SolarKolTable  **table);

/* solar-plan-editor-rows.c: rows bound to a property of @object */
GtkWidget     *solar_plan_rows_new_entry          (const char      *title,
                                                   gpointer         object,
                                                   const char      *property);
GtkWidget     *solar_plan_rows_new_spin           (const char      *title,
                                                   double           step,
                                                   gpointer         object,
                                                   const char      *property);
GtkWidget     *solar_plan_rows_new_choice         (const char      *title,
                                                   const char * const *labels,
                                                   gpointer         object,
                                                   const char      *property);
GtkWidget     *solar_plan_rows_new_platform       (SolarDataset    *dataset,
                                                   const char      *title,
                                                   const char      *none_label,
                                                   gpointer         object,
                                                   const char      *property);
GtkWidget     *solar_plan_rows_new_add            (const char      *title);
GtkWidget     *solar_plan_rows_new_remove         (const char      *icon_name);
GtkWidget     *solar_plan_rows_new_spin_button    (double           step,
                                                   gpointer         object,
                                                   const char      *property);
void           solar_plan_rows_add_suffix         (AdwExpanderRow  *row,
                                                   GtkWidget       *widget);
void           solar_plan_rows_set_label          (GtkWidget       *widget,
                                                   const char      *label);
void           solar_plan_rows_focus_first        (GtkWidget       *row);
char          *solar_plan_rows_dup_platform_name  (SolarDataset    *dataset,
                                                   const char      *platform_id);

/* A group showing one row per item of a list of the plan, rebuilt when items come or go. */
typedef GtkWidget *(*SolarPlanRowFactory) (SolarPlanEditor *editor,
                                           gpointer         item,
                                           guint            index);

void           solar_plan_rows_show_list          (SolarPlanEditor     *editor,
                                                   AdwPreferencesGroup *group,
                                                   GListModel          *model,
                                                   const char          *field,
                                                   SolarPlanRowFactory  factory,
                                                   GtkWidget           *empty_row,
                                                   GtkWidget           *add_row);

G_END_DECLS
