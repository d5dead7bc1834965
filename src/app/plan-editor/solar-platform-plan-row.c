/* solar-platform-plan-row.c: a platform of the plan, with its budget, tactics and hashtags
 *
 * The row keeps its budget and hashtag rows for as long as it lives; the tactics under
 * them are rebuilt when tactics come or go, which only a button does, so nobody is typing
 * there when it happens. Its KPIs are in the KPI table below; the row counts them and has
 * Add KPI, which adds one there.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-plan-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "solar-plan-editor-private.h"
#include "solar-platform-plan-row.h"
#include "solar-table-view.h"

static const char * const allocation_labels[] = { N_("Amount"), N_("Share"), NULL };

struct _SolarPlatformPlanRow
{
  AdwExpanderRow     parent_instance;

  SolarPlanEditor   *editor;     /* not a ref: the editor owns the row */
  SolarPlatformPlan *plan;
  guint              index;
  char              *name;
  GPtrArray         *parts;      /* the rows of tactics, and "Add KPI" */
  GtkWidget         *add_kpi;
  GtkWidget         *value_spin;

  AdwComboRow       *mode_row;
  AdwActionRow      *value_row;
  AdwEntryRow       *hashtags_row;
};

G_DEFINE_FINAL_TYPE (SolarPlatformPlanRow, solar_platform_plan_row, ADW_TYPE_EXPANDER_ROW)

static char *
field_of (SolarPlatformPlanRow *self,
          const char           *member)
{
  return g_strdup_printf ("platforms[%u].%s", self->index, member);
}

static GtkWidget *
track (SolarPlatformPlanRow *self,
       gpointer              row,
       const char           *member)
{
  g_autofree char *field = member != NULL ? field_of (self, member) : g_strdup_printf ("platforms[%u]", self->index);

  return solar_plan_editor_track (self->editor, GTK_WIDGET (row), field);
}

static void
on_mode_changed (SolarPlatformPlanRow *self)
{
  gboolean share = solar_platform_plan_get_allocation_mode (self->plan) == SOLAR_ALLOCATION_SHARE;
  g_autofree char *label = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->value_row),
                                 share ? _("Share of the Budget (%)") : _("Amount"));
  label = share ? g_strdup_printf (_("Share of the budget for %s, in percent"), self->name)
                : g_strdup_printf (_("Amount for %s"), self->name);
  solar_plan_rows_set_label (self->value_spin, label);
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

typedef struct
{
  SolarPlatformPlan *plan;
  char              *item_id;
} Tactic;

static void
tactic_free (gpointer data,
             GClosure *closure)
{
  Tactic *tactic = data;

  g_object_unref (tactic->plan);
  g_free (tactic->item_id);
  g_free (tactic);
}

static void
on_remove_tactic (GtkButton *button,
                  Tactic    *tactic)
{
  solar_platform_plan_remove_tactic (tactic->plan, tactic->item_id);
}

static GtkWidget *
create_tactic_row (SolarPlatformPlanRow *self,
                   const char           *item_id,
                   guint                 position)
{
  SolarItem *item = solar_dataset_find_item (solar_plan_editor_get_dataset (self->editor), item_id);
  const char *title = item ? solar_text_get (solar_item_get_title (item)) : item_id;
  g_autofree char *label = g_strdup_printf (_("Remove %s"), title);
  g_autofree char *member = g_strdup_printf ("tactics[%u]", position);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = solar_plan_rows_new_remove ("list-remove-symbolic");
  Tactic *tactic = g_new0 (Tactic, 1);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (item != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                 solar_text_get (solar_item_get_description (item)));
  solar_plan_rows_set_label (remove, label);
  tactic->plan = g_object_ref (self->plan);
  tactic->item_id = g_strdup (item_id);
  g_signal_connect_data (remove, "clicked", G_CALLBACK (on_remove_tactic), tactic, tactic_free, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  return track (self, row, member);
}

/* The KPIs are a table of their own under the platforms (solar-kpi-table.c): this adds
 * one there for the platform and puts the keyboard in it. */
static void
on_add_kpi (SolarPlatformPlanRow *self)
{
  solar_plan_table_add (solar_plan_editor_get_kpi_table (self->editor),
                        solar_platform_plan_get_platform_id (self->plan));
}

static void
update_subtitle (SolarPlatformPlanRow *self)
{
  guint n_tactics = g_strv_length ((char **)solar_platform_plan_get_tactics (self->plan));
  guint n_kpis = g_list_model_get_n_items (solar_platform_plan_get_kpis (self->plan));
  g_autofree char *tactics = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u tactic", "%u tactics", n_tactics), n_tactics);
  g_autofree char *kpis = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u KPI", "%u KPIs", n_kpis), n_kpis);
  /* TRANSLATORS: a platform's row: "2 tactics, 1 KPI" */
  g_autofree char *subtitle = g_strdup_printf (_("%s, %s"), tactics, kpis);

  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle);
}

static gboolean
parts_have_focus (SolarPlatformPlanRow *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  for (guint i = 0; focus != NULL && i < self->parts->len; i++)
    {
      GtkWidget *part = g_ptr_array_index (self->parts, i);

      if (focus == part || gtk_widget_is_ancestor (focus, part))
        return TRUE;
    }
  return FALSE;
}

static void
add_part (SolarPlatformPlanRow *self,
          GtkWidget            *part)
{
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), part);
  g_ptr_array_add (self->parts, part);
}

/* Rebuilds the tactics, which only a button removes: if one had the focus, "Add KPI"
 * gets it, the next thing along. */
static void
rebuild_parts (SolarPlatformPlanRow *self)
{
  const char * const *tactics = solar_platform_plan_get_tactics (self->plan);
  g_autofree char *tactics_prefix = field_of (self, "tactics[");
  g_autofree char *kpis_field = field_of (self, "kpis");
  gboolean had_focus = parts_have_focus (self);

  for (guint i = 0; i < self->parts->len; i++)
    adw_expander_row_remove (ADW_EXPANDER_ROW (self), g_ptr_array_index (self->parts, i));
  g_ptr_array_set_size (self->parts, 0);
  solar_plan_editor_untrack (self->editor, tactics_prefix);
  solar_plan_editor_untrack (self->editor, kpis_field);

  for (guint i = 0; tactics[i] != NULL; i++)
    add_part (self, create_tactic_row (self, tactics[i], i));
  self->add_kpi = solar_plan_rows_new_add (_("Add KPI"));
  g_signal_connect_swapped (self->add_kpi, "activated", G_CALLBACK (on_add_kpi), self);
  /* "No KPI for this platform" shows here, where one is added. */
  add_part (self, track (self, self->add_kpi, "kpis"));
  update_subtitle (self);

  if (had_focus)
    gtk_widget_grab_focus (self->add_kpi);
}

static void
on_tactics_changed (SolarPlatformPlanRow *self)
{
  /* A row still alive but out of the form (being replaced) has nothing to show. */
  if (gtk_widget_get_parent (GTK_WIDGET (self)) != NULL)
    rebuild_parts (self);
}

static void
on_kpis_changed (SolarPlatformPlanRow *self)
{
  if (gtk_widget_get_parent (GTK_WIDGET (self)) != NULL)
    update_subtitle (self);
}

/* A platform takes its budget, tactics and KPIs with it: the toast offers them back. */
static void
on_remove_platform (SolarPlatformPlanRow *self)
{
  SolarPlanHistory *history = solar_document_get_history (solar_plan_editor_get_document (self->editor));
  /* The row goes with the platform: what the toast needs is taken first. */
  g_autoptr(GtkWidget) toast_anchor = g_object_ref (GTK_WIDGET (self->editor));
  /* Translators: a toast: "Removed Douyin" */
  g_autofree char *name = g_markup_escape_text (self->name, -1);   /* a toast's title is markup */
  g_autofree char *title = g_strdup_printf (_("Removed %s"), name);

  if (solar_campaign_remove_platform (solar_plan_editor_get_campaign (self->editor), self->plan))
    solar_table_view_offer_undo (toast_anchor, history, title);
}

/**
 * solar_platform_plan_row_new:
 * @index: where @plan is in the plan's platforms, for the field paths
 */
GtkWidget *
solar_platform_plan_row_new (SolarPlanEditor   *editor,
                             SolarPlatformPlan *plan,
                             guint              index)
{
  SolarPlatformPlanRow *self = g_object_new (SOLAR_TYPE_PLATFORM_PLAN_ROW, NULL);
  GtkWidget *remove = solar_plan_rows_new_remove ("user-trash-symbolic");
  g_autofree char *remove_label = NULL;

  self->editor = editor;
  self->plan = g_object_ref (plan);
  self->index = index;
  self->name = solar_plan_rows_dup_platform_name (solar_plan_editor_get_dataset (editor),
                                                  solar_platform_plan_get_platform_id (plan));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), self->name);

  remove_label = g_strdup_printf (_("Remove %s From the Plan"), self->name);
  solar_plan_rows_set_label (remove, remove_label);
  g_signal_connect_swapped (remove, "clicked", G_CALLBACK (on_remove_platform), self);
  solar_plan_rows_add_suffix (ADW_EXPANDER_ROW (self), remove);

  solar_plan_rows_bind_choice (self->mode_row, allocation_labels, plan, "allocation-mode");
  track (self, self->mode_row, "allocation.mode");
  self->value_spin = solar_plan_rows_add_spin (self->value_row, _("Amount"), 1, plan, "allocation-value");
  on_mode_changed (self);
  g_signal_connect_object (plan, "notify::allocation-mode", G_CALLBACK (on_mode_changed), self,
                           G_CONNECT_SWAPPED);
  track (self, self->value_row, "allocation");

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->hashtags_row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Separate hashtags with commas"), -1);
  g_object_bind_property_full (plan, "hashtags", self->hashtags_row, "text",
                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                               hashtags_to_text, text_to_hashtags, NULL, NULL);
  track (self, self->hashtags_row, "hashtags");
  rebuild_parts (self);

  g_signal_connect_object (plan, "notify::tactics", G_CALLBACK (on_tactics_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (solar_platform_plan_get_kpis (plan), "items-changed",
                           G_CALLBACK (on_kpis_changed), self, G_CONNECT_SWAPPED);
  return track (self, self, NULL);
}

SolarPlatformPlan *
solar_platform_plan_row_get_plan (SolarPlatformPlanRow *self)
{
  g_return_val_if_fail (SOLAR_IS_PLATFORM_PLAN_ROW (self), NULL);
  return self->plan;
}

static void
solar_platform_plan_row_dispose (GObject *object)
{
  SolarPlatformPlanRow *self = SOLAR_PLATFORM_PLAN_ROW (object);

  g_clear_object (&self->plan);

  G_OBJECT_CLASS (solar_platform_plan_row_parent_class)->dispose (object);
}

static void
solar_platform_plan_row_finalize (GObject *object)
{
  SolarPlatformPlanRow *self = SOLAR_PLATFORM_PLAN_ROW (object);

  g_free (self->name);
  g_ptr_array_unref (self->parts);

  G_OBJECT_CLASS (solar_platform_plan_row_parent_class)->finalize (object);
}

static void
solar_platform_plan_row_class_init (SolarPlatformPlanRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = solar_platform_plan_row_dispose;
  object_class->finalize = solar_platform_plan_row_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/socialsolar/SocialSolar/ui/plan-editor/solar-platform-plan-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SolarPlatformPlanRow, mode_row);
  gtk_widget_class_bind_template_child (widget_class, SolarPlatformPlanRow, value_row);
  gtk_widget_class_bind_template_child (widget_class, SolarPlatformPlanRow, hashtags_row);
}

static void
solar_platform_plan_row_init (SolarPlatformPlanRow *self)
{
  self->parts = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}
