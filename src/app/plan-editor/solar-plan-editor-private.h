/* solar-plan-editor-private.h: what the plan form and its sections share
 *
 * The form (solar-plan-editor.c) is a column of sections, each a class of its own with a
 * template (solar-plan-*-section.c), as GNOME Calendar builds its event editor; the rows
 * that are more than a bound field are classes too (solar-platform-plan-row.c,
 * solar-plan-choices-row.c). Every row is bound to the plan and tracked under the field
 * path the checks report problems with.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "solar-campaign.h"
#include "solar-plan-editor.h"
#include "solar-plan-section.h"
#include "solar-plan-table.h"

G_BEGIN_DECLS

/* solar-plan-editor.c */
SolarCampaign  *solar_plan_editor_get_campaign    (SolarPlanEditor *self);
SolarDataset   *solar_plan_editor_get_dataset     (SolarPlanEditor *self);
SolarPlanTable *solar_plan_editor_get_kpi_table   (SolarPlanEditor *self);
GtkWidget      *solar_plan_editor_track           (SolarPlanEditor *self,
                                                   GtkWidget       *row,
                                                   const char      *field);
void            solar_plan_editor_untrack         (SolarPlanEditor *self,
                                                   const char      *prefix);

/* solar-plan-rows.c: rows bound to a property of @object */
void            solar_plan_rows_bind_entry        (AdwEntryRow     *row,
                                                   gpointer         object,
                                                   const char      *property);
void            solar_plan_rows_bind_choice       (AdwComboRow     *row,
                                                   const char * const *labels,
                                                   gpointer         object,
                                                   const char      *property);
GtkWidget      *solar_plan_rows_add_spin          (AdwActionRow    *row,
                                                   const char      *label,
                                                   double           step,
                                                   gpointer         object,
                                                   const char      *property);
GtkWidget      *solar_plan_rows_new_add           (const char      *title);
GtkWidget      *solar_plan_rows_new_remove        (const char      *icon_name);
void            solar_plan_rows_add_suffix        (AdwExpanderRow  *row,
                                                   GtkWidget       *widget);
void            solar_plan_rows_set_label         (GtkWidget       *widget,
                                                   const char      *label);
char           *solar_plan_rows_dup_platform_name (SolarDataset    *dataset,
                                                   const char      *platform_id);

G_END_DECLS
