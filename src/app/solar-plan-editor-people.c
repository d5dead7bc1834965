/* solar-plan-editor-people.c: the plan form's KOLs and milestones
 *
 * The KOLs are a table (solar-kol-table.c). Each milestone is a row that opens on its
 * fields, titled by its name as it is typed; the rows are rebuilt only when one is added
 * or removed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-plan-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "solar-plan-editor-private.h"

static gboolean
name_to_title (GBinding     *binding,
               const GValue *from,
               GValue       *to,
               gpointer      user_data)
{
  const char *name = g_value_get_string (from);

  g_value_set_string (to, name != NULL && *name != '\0' ? name : user_data);
  return TRUE;
}

/* A row titled by the item's name (@unnamed while it has none), with @remove. */
static GtkWidget *
create_item_row (GObject    *item,
                 const char *unnamed,
                 GtkWidget  *remove)
{
  GtkWidget *row = adw_expander_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  g_object_bind_property_full (item, "name", row, "title", G_BINDING_SYNC_CREATE,
                               name_to_title, NULL, g_strdup (unnamed), g_free);
  solar_plan_rows_add_suffix (ADW_EXPANDER_ROW (row), remove);
  return row;
}

static GtkWidget *
add_field (SolarPlanEditor *editor,
           GtkWidget       *row,
           GtkWidget       *field_row,
           const char      *list,
           guint            index,
           const char      *member)
{
  g_autofree char *field = g_strdup_printf ("%s[%u].%s", list, index, member);

  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), field_row);
  return solar_plan_editor_track (editor, field_row, field);
}

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

static void
describe_milestone (GtkWidget *row)
{
  const char *name = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
  g_autofree char *remove = g_strdup_printf (_("Remove Milestone %s"), name);

  solar_plan_rows_set_label (g_object_get_data (G_OBJECT (row), "remove"), remove);
}

static void
on_remove_milestone (GtkButton       *button,
                     SolarPlanEditor *editor)
{
  solar_campaign_remove_milestone (solar_plan_editor_get_campaign (editor),
                                   g_object_get_data (G_OBJECT (button), "milestone"));
}

static GtkWidget *
create_milestone_row (SolarPlanEditor *editor,
                      gpointer         item,
                      guint            index)
{
  GtkWidget *remove = solar_plan_rows_new_remove ("user-trash-symbolic");
  GtkWidget *row = create_item_row (item, _("Unnamed Milestone"), remove);
  GtkWidget *name;
  g_autofree char *field = g_strdup_printf ("milestones[%u]", index);

  g_object_set_data (G_OBJECT (remove), "milestone", item);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_milestone), editor);
  g_object_bind_property (item, "date", row, "subtitle", G_BINDING_SYNC_CREATE);

  name = add_field (editor, row, solar_plan_rows_new_entry (_("Name"), item, "name"), "milestones", index, "name");
  add_field (editor, row, solar_plan_rows_new_entry (_("Date"), item, "date"), "milestones", index, "date");
  add_field (editor, row,
             solar_plan_rows_new_platform (solar_plan_editor_get_dataset (editor), _("Platform"),
                                           _("Any Platform"), item, "platform-id"),
             "milestones", index, "platform");

  g_object_set_data (G_OBJECT (row), "remove", remove);
  g_object_set_data (G_OBJECT (row), "focus", name);
  describe_milestone (row);
  g_signal_connect_object (item, "notify::name", G_CALLBACK (describe_milestone), row, G_CONNECT_SWAPPED);
  return solar_plan_editor_track (editor, row, field);
}

static void
on_add_milestone (AdwActionRow    *add_row,
                  SolarPlanEditor *editor)
{
  g_autoptr(SolarMilestone) milestone = solar_milestone_new ("", "", "");

  solar_campaign_add_milestone (solar_plan_editor_get_campaign (editor), milestone);
}

GtkWidget *
solar_plan_editor_milestones_new (SolarPlanEditor *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *add = solar_plan_rows_new_add (_("Add Milestone"));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Milestones"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("The campaign's dated steps, such as a teaser, the launch and live "
                                           "streams; dates as YYYY-MM-DD"));
  g_signal_connect (add, "activated", G_CALLBACK (on_add_milestone), self);
  solar_plan_rows_show_list (self, ADW_PREFERENCES_GROUP (group),
                             solar_campaign_get_milestones (solar_plan_editor_get_campaign (self)),
                             "milestones", create_milestone_row, NULL, add);
  return group;
}
