/* solar-plan-editor-tables.c: the plan form's tables: KOLs, milestones and KPIs
 *
 * Each is a table of its own (solar-kol-table.c, solar-milestone-table.c,
 * solar-kpi-table.c) in a group of the form: a plan may book a thousand KOCs and have
 * hundreds of milestones and KPIs, and a table builds only the rows on screen.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-plan-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "solar-kpi-table.h"
#include "solar-milestone-table.h"
#include "solar-plan-editor-private.h"

/* KOLs
 * ====
 */

/* The roster is a table of its own (solar-kol-table.c): a plan may book a thousand KOCs. */
GtkWidget *
solar_plan_editor_kols_new (SolarPlanEditor  *self,
                            SolarKolTable   **table)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("KOLs"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("The influencers booked, paid from their platform's budget. "
                                           "Double click a cell or press Enter to change it."));
  *table = SOLAR_KOL_TABLE (solar_kol_table_new (solar_plan_editor_get_campaign (self),
                                                 solar_plan_editor_get_dataset (self)));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (*table));
  return group;
}

/* Milestones
 * ==========
 */

/* A plan may have hundreds of dated steps: a table too (solar-milestone-table.c). */
GtkWidget *
solar_plan_editor_milestones_new (SolarPlanEditor  *self,
                                  SolarPlanTable  **table)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Milestones"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("The campaign's dated steps, such as a teaser, the launch and live "
                                           "streams; dates as YYYY-MM-DD"));
  *table = SOLAR_PLAN_TABLE (solar_milestone_table_new (solar_plan_editor_get_campaign (self),
                                                        solar_plan_editor_get_dataset (self)));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (*table));
  return group;
}

/* KPIs
 * ====
 */

/* Every platform's KPIs in one table (solar-kpi-table.c), under the platforms. */
GtkWidget *
solar_plan_editor_kpis_new (SolarPlanEditor  *self,
                            SolarPlanTable  **table)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("KPIs"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("What each platform should reach: a metric, its target and the unit "
                                           "it is counted in"));
  *table = SOLAR_PLAN_TABLE (solar_kpi_table_new (solar_plan_editor_get_campaign (self),
                                                  solar_plan_editor_get_dataset (self)));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (*table));
  return group;
}
