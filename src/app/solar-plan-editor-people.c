/* solar-plan-editor-people.c: the plan form's KOLs and milestones
 *
 * Each KOL and milestone is a row that opens on its fields, titled by its name as it is
 * typed. The rows are rebuilt only when one is added or removed.
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

/* "Douyin · Micro", so a closed row still says who the KOL is. */
static void
describe_kol (GtkWidget *row)
{
  SolarKol *kol = g_object_get_data (G_OBJECT (row), "item");
  SolarDataset *dataset = g_object_get_data (G_OBJECT (row), "dataset");
  g_autofree char *platform = solar_plan_rows_dup_platform_name (dataset, solar_kol_get_platform_id (kol));
  const char *tier = _(solar_kol_tier_get_labels ()[solar_kol_get_tier (kol)]);
  g_autofree char *subtitle = *platform != '\0' ? g_strdup_printf ("%s · %s", platform, tier) : g_strdup (tier);
  const char *name = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
  g_autofree char *remove = g_strdup_printf (_("Remove KOL %s"), name);
  g_autofree char *followers = g_strdup_printf (_("Followers of %s"), name);
  g_autofree char *fee = g_strdup_printf (_("Fee of %s"), name);

  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  solar_plan_rows_set_label (g_object_get_data (G_OBJECT (row), "remove"), remove);
  solar_plan_rows_set_label (g_object_get_data (G_OBJECT (row), "followers"), followers);
  solar_plan_rows_set_label (g_object_get_data (G_OBJECT (row), "fee"), fee);
}

static void
on_remove_kol (GtkButton       *button,
               SolarPlanEditor *editor)
{
  solar_campaign_remove_kol (solar_plan_editor_get_campaign (editor),
                             g_object_get_data (G_OBJECT (button), "kol"));
}

static GtkWidget *
create_kol_row (SolarPlanEditor *editor,
                gpointer         item,
                guint            index)
{
  SolarDataset *dataset = solar_plan_editor_get_dataset (editor);
  GtkWidget *remove = solar_plan_rows_new_remove ("user-trash-symbolic");
  GtkWidget *row = create_item_row (item, _("Unnamed KOL"), remove);
  GtkWidget *name, *followers, *fee;
  g_autofree char *field = g_strdup_printf ("kols[%u]", index);

  g_object_set_data (G_OBJECT (remove), "kol", item);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_kol), editor);

  name = add_field (editor, row, solar_plan_rows_new_entry (_("Name"), item, "name"), "kols", index, "name");
  add_field (editor, row, solar_plan_rows_new_platform (dataset, _("Platform"), NULL, item, "platform-id"),
             "kols", index, "platform");
  add_field (editor, row, solar_plan_rows_new_choice (_("Tier"), solar_kol_tier_get_labels (), item, "tier"), "kols", index, "tier");
  followers = add_field (editor, row, solar_plan_rows_new_spin (_("Followers"), 1000, item, "followers"),
                         "kols", index, "followers");
  fee = add_field (editor, row, solar_plan_rows_new_spin (_("Fee"), 100, item, "fee"), "kols", index, "fee");
  add_field (editor, row, solar_plan_rows_new_entry (_("Deliverables"), item, "deliverables"),
             "kols", index, "deliverables");

  /* The list sets "item" too, after this returns; describe_kol needs it now. */
  g_object_set_data_full (G_OBJECT (row), "item", g_object_ref (item), g_object_unref);
  g_object_set_data (G_OBJECT (row), "dataset", dataset);
  g_object_set_data (G_OBJECT (row), "remove", remove);
  g_object_set_data (G_OBJECT (row), "followers", g_object_get_data (G_OBJECT (followers), "spin"));
  g_object_set_data (G_OBJECT (row), "fee", g_object_get_data (G_OBJECT (fee), "spin"));
  g_object_set_data (G_OBJECT (row), "focus", name);
  describe_kol (row);
  g_signal_connect_object (item, "notify", G_CALLBACK (describe_kol), row, G_CONNECT_SWAPPED);
  return solar_plan_editor_track (editor, row, field);
}

/* A new KOL posts on the plan's first platform, which is the likeliest, and an existing
 * choice keeps the row's platform list honest (it has no "none"). */
static void
on_add_kol (AdwActionRow    *add_row,
            SolarPlanEditor *editor)
{
  SolarCampaign *campaign = solar_plan_editor_get_campaign (editor);
  GListModel *plans = solar_campaign_get_platforms (campaign);
  g_autoptr(GObject) first = g_list_model_get_item (plans, 0);
  g_autoptr(SolarPlatform) fallback = NULL;
  const char *platform_id;
  g_autoptr(SolarKol) kol = NULL;

  if (first != NULL)
    platform_id = solar_platform_plan_get_platform_id (SOLAR_PLATFORM_PLAN (first));
  else
    {
      fallback = g_list_model_get_item (solar_dataset_get_platforms (solar_plan_editor_get_dataset (editor)), 0);
      platform_id = fallback ? solar_platform_get_id (fallback) : "";
    }
  kol = solar_kol_new ("", platform_id, SOLAR_KOL_TIER_MID);
  solar_campaign_add_kol (campaign, kol);
}

GtkWidget *
solar_plan_editor_kols_new (SolarPlanEditor *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *add = solar_plan_rows_new_add (_("Add KOL"));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("KOLs"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("The influencers booked, paid from their platform's budget"));
  g_signal_connect (add, "activated", G_CALLBACK (on_add_kol), self);
  solar_plan_rows_show_list (self, ADW_PREFERENCES_GROUP (group),
                             solar_campaign_get_kols (solar_plan_editor_get_campaign (self)),
                             "kols", create_kol_row, NULL, add);
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
