/* solar-plan-editor-platforms.c: the plan form's platforms, each with its budget, tactics
 * and hashtags
 *
 * A platform's row keeps its budget and hashtag rows for as long as it lives; the tactics
 * under them are rebuilt when tactics come or go, which only a button does, so nobody is
 * typing there when it happens. Its KPIs are in the KPI table below; the row counts them
 * and has Add KPI, which adds one there.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-plan-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "solar-plan-editor-private.h"

static const char * const allocation_labels[] = { N_("Amount"), N_("Share"), NULL };

/* What a platform's row needs to rebuild its tactics and KPIs. */
typedef struct
{
  SolarPlanEditor   *editor;     /* not a ref: the editor owns the row */
  SolarPlatformPlan *plan;
  guint              index;
  char              *name;
  GPtrArray         *parts;      /* the rows of tactics, and "Add KPI" */
  GtkWidget         *add_kpi;
} PlatformRow;

static void
platform_row_free (gpointer data)
{
  PlatformRow *platform = data;

  g_clear_object (&platform->plan);
  g_clear_pointer (&platform->name, g_free);
  g_clear_pointer (&platform->parts, g_ptr_array_unref);
  g_free (platform);
}

static PlatformRow *
get_platform_row (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "solar-platform-row");
}

static char *
field_of (PlatformRow *platform,
          const char  *member)
{
  return g_strdup_printf ("platforms[%u].%s", platform->index, member);
}

static void
on_mode_changed (GtkWidget         *row,
                 GParamSpec        *pspec,
                 SolarPlatformPlan *plan)
{
  gboolean share = solar_platform_plan_get_allocation_mode (plan) == SOLAR_ALLOCATION_SHARE;
  const char *name = g_object_get_data (G_OBJECT (row), "platform-name");
  g_autofree char *label = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 share ? _("Share of the Budget (%)") : _("Amount"));
  label = share ? g_strdup_printf (_("Share of the budget for %s, in percent"), name)
                : g_strdup_printf (_("Amount for %s"), name);
  solar_plan_rows_set_label (g_object_get_data (G_OBJECT (row), "spin"), label);
}

static GtkWidget *
create_value_row (PlatformRow *platform)
{
  GtkWidget *row = solar_plan_rows_new_spin (_("Amount"), 1, platform->plan, "allocation-value");
  g_autofree char *field = field_of (platform, "allocation");

  g_object_set_data_full (G_OBJECT (row), "platform-name", g_strdup (platform->name), g_free);
  on_mode_changed (row, NULL, platform->plan);
  g_signal_connect_object (platform->plan, "notify::allocation-mode",
                           G_CALLBACK (on_mode_changed), row, G_CONNECT_SWAPPED);
  return solar_plan_editor_track (platform->editor, row, field);
}

static gboolean
hashtags_to_text (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  char **hashtags = g_value_get_boxed (from);

  g_value_take_string (to, hashtags ? g_strjoinv (", ", hashtags) : g_strdup (""));
  return TRUE;
}

/* Hashtags are kept as typed ("#topic#" on Weibo, "#topic" on Douyin): the platform rules
 * say which form each platform wants. Chinese keyboards type "，" or "、" for a comma. */
static gboolean
text_to_hashtags (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  const char *text = g_value_get_string (from);
  g_auto(GStrv) parts = g_regex_split_simple ("[,，、]", text ? text : "", 0, 0);
  g_autoptr(GStrvBuilder) hashtags = g_strv_builder_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    if (*g_strstrip (parts[i]) != '\0')
      g_strv_builder_add (hashtags, parts[i]);
  g_value_take_boxed (to, g_strv_builder_end (hashtags));
  return TRUE;
}

static GtkWidget *
create_hashtags_row (PlatformRow *platform)
{
  GtkWidget *row = adw_entry_row_new ();
  g_autofree char *field = field_of (platform, "hashtags");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Hashtags"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Separate hashtags with commas"), -1);
  g_object_bind_property_full (platform->plan, "hashtags", row, "text",
                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                               hashtags_to_text, text_to_hashtags, NULL, NULL);
  return solar_plan_editor_track (platform->editor, row, field);
}

static void
on_remove_tactic (GtkButton         *button,
                  SolarPlatformPlan *plan)
{
  solar_platform_plan_remove_tactic (plan, g_object_get_data (G_OBJECT (button), "item-id"));
}

static GtkWidget *
create_tactic_row (PlatformRow *platform,
                   const char  *item_id,
                   guint        position)
{
  SolarItem *item = solar_dataset_find_item (solar_plan_editor_get_dataset (platform->editor), item_id);
  const char *title = item ? solar_text_get (solar_item_get_title (item)) : item_id;
  g_autofree char *label = g_strdup_printf (_("Remove %s"), title);
  g_autofree char *field = g_strdup_printf ("platforms[%u].tactics[%u]", platform->index, position);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = solar_plan_rows_new_remove ("list-remove-symbolic");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (item != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                 solar_text_get (solar_item_get_description (item)));
  solar_plan_rows_set_label (remove, label);
  g_object_set_data_full (G_OBJECT (remove), "item-id", g_strdup (item_id), g_free);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_tactic), platform->plan);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  return solar_plan_editor_track (platform->editor, row, field);
}

/* The KPIs are a table of their own under the platforms (solar-kpi-table.c): this adds
 * one there for the platform and puts the keyboard in it. */
static void
on_add_kpi (AdwActionRow *row,
            PlatformRow  *platform)
{
  solar_plan_table_add (solar_plan_editor_get_kpi_table (platform->editor),
                        solar_platform_plan_get_platform_id (platform->plan));
}

static void
update_subtitle (GtkWidget   *row,
                 PlatformRow *platform)
{
  guint n_tactics = g_strv_length ((char **)solar_platform_plan_get_tactics (platform->plan));
  guint n_kpis = g_list_model_get_n_items (solar_platform_plan_get_kpis (platform->plan));
  g_autofree char *tactics = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u tactic", "%u tactics", n_tactics), n_tactics);
  g_autofree char *kpis = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u KPI", "%u KPIs", n_kpis), n_kpis);
  /* TRANSLATORS: a platform's row: "2 tactics, 1 KPI" */
  g_autofree char *subtitle = g_strdup_printf (_("%s, %s"), tactics, kpis);

  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
}

static gboolean
parts_have_focus (PlatformRow *platform)
{
  GtkRoot *root = platform->parts->len > 0 ? gtk_widget_get_root (g_ptr_array_index (platform->parts, 0)) : NULL;
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  for (guint i = 0; focus != NULL && i < platform->parts->len; i++)
    {
      GtkWidget *part = g_ptr_array_index (platform->parts, i);

      if (focus == part || gtk_widget_is_ancestor (focus, part))
        return TRUE;
    }
  return FALSE;
}

static void
add_part (GtkWidget   *row,
          PlatformRow *platform,
          GtkWidget   *part)
{
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), part);
  g_ptr_array_add (platform->parts, part);
}

/* Rebuilds the tactics, which only a button removes: if one had the focus, "Add KPI"
 * gets it, the next thing along. */
static void
rebuild_parts (GtkWidget *row)
{
  PlatformRow *platform = get_platform_row (row);
  const char * const *tactics = solar_platform_plan_get_tactics (platform->plan);
  g_autofree char *tactics_prefix = field_of (platform, "tactics[");
  g_autofree char *kpis_field = field_of (platform, "kpis");
  gboolean had_focus = parts_have_focus (platform);

  for (guint i = 0; i < platform->parts->len; i++)
    adw_expander_row_remove (ADW_EXPANDER_ROW (row), g_ptr_array_index (platform->parts, i));
  g_ptr_array_set_size (platform->parts, 0);
  solar_plan_editor_untrack (platform->editor, tactics_prefix);
  solar_plan_editor_untrack (platform->editor, kpis_field);

  for (guint i = 0; tactics[i] != NULL; i++)
    add_part (row, platform, create_tactic_row (platform, tactics[i], i));
  platform->add_kpi = solar_plan_rows_new_add (_("Add KPI"));
  g_signal_connect (platform->add_kpi, "activated", G_CALLBACK (on_add_kpi), platform);
  /* "No KPI for this platform" shows here, where one is added. */
  add_part (row, platform, solar_plan_editor_track (platform->editor, platform->add_kpi, kpis_field));
  update_subtitle (row, platform);

  if (had_focus)
    gtk_widget_grab_focus (platform->add_kpi);
}

static void
on_tactics_changed (GtkWidget *row)
{
  /* A row still alive but out of the form (being replaced) has nothing to show. */
  if (gtk_widget_get_parent (row) != NULL)
    rebuild_parts (row);
}

static void
on_kpis_changed (GListModel *kpis,
                 guint       position,
                 guint       removed,
                 guint       added,
                 GtkWidget  *row)
{
  if (gtk_widget_get_parent (row) != NULL)
    update_subtitle (row, get_platform_row (row));
}

static void
on_remove_platform (GtkButton       *button,
                    SolarPlanEditor *editor)
{
  SolarPlatformPlan *plan = g_object_get_data (G_OBJECT (button), "plan");

  solar_campaign_remove_platform (solar_plan_editor_get_campaign (editor), plan);
}

static GtkWidget *
create_platform_row (SolarPlanEditor *editor,
                     gpointer         item,
                     guint            index)
{
  PlatformRow *platform = g_new0 (PlatformRow, 1);
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *remove = solar_plan_rows_new_remove ("user-trash-symbolic");
  g_autofree char *remove_label = NULL;
  g_autofree char *field = g_strdup_printf ("platforms[%u]", index);
  g_autofree char *mode_field = NULL;

  platform->editor = editor;
  platform->plan = g_object_ref (item);
  platform->index = index;
  platform->name = solar_plan_rows_dup_platform_name (solar_plan_editor_get_dataset (editor),
                                                      solar_platform_plan_get_platform_id (item));
  platform->parts = g_ptr_array_new ();
  g_object_set_data_full (G_OBJECT (row), "solar-platform-row", platform, platform_row_free);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), platform->name);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  remove_label = g_strdup_printf (_("Remove %s From the Plan"), platform->name);
  solar_plan_rows_set_label (remove, remove_label);
  g_object_set_data (G_OBJECT (remove), "plan", item);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_platform), editor);
  solar_plan_rows_add_suffix (ADW_EXPANDER_ROW (row), remove);

  mode_field = field_of (platform, "allocation.mode");
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            solar_plan_editor_track (editor,
                                                     solar_plan_rows_new_choice (_("Allocation"), allocation_labels,
                                                                                 item, "allocation-mode"),
                                                     mode_field));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), create_value_row (platform));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), create_hashtags_row (platform));
  rebuild_parts (row);

  g_signal_connect_object (item, "notify::tactics", G_CALLBACK (on_tactics_changed), row, G_CONNECT_SWAPPED);
  g_signal_connect_object (solar_platform_plan_get_kpis (item), "items-changed",
                           G_CALLBACK (on_kpis_changed), row, 0);
  return solar_plan_editor_track (editor, row, field);
}

GtkWidget *
solar_plan_editor_platforms_new (SolarPlanEditor *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *empty = adw_action_row_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Platforms and Tactics"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Add tactics from a platform's page: each function, kind "
                                           "of content and lever has a + button (Add to Plan)"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (empty), _("No platforms yet"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (empty),
                               _("Open a platform from the diagram and add what you will use"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), empty);

  solar_plan_rows_show_list (self, ADW_PREFERENCES_GROUP (group),
                             solar_campaign_get_platforms (solar_plan_editor_get_campaign (self)),
                             "platforms", create_platform_row, empty, NULL);
  return group;
}
