/* solar-plan-editor.c: the form for one campaign plan
 *
 * The form holds no copy of the plan: every field is bound to the SolarCampaign's
 * properties (both ways), so what is typed is the plan, and saving writes what is shown.
 * The checks run a moment after each change (not on every keystroke) and their findings
 * appear twice: on the field they concern, and in a list at the top that says what to do.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-plan-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "solar-campaign.h"
#include "solar-plan-editor.h"
#include "solar-platform-plan.h"
#include "solar-problem.h"

#define CHECK_DELAY_MS 300

struct _SolarPlanEditor
{
  AdwBin               parent_instance;
  SolarDocument       *document;
  SolarDataset        *dataset;
  SolarRules          *rules;
  GListModel          *problems;
  GHashTable          *field_rows;       /* field path → the row showing it */
  guint                check_source;

  AdwPreferencesGroup *problems_group;
  GPtrArray           *problem_rows;
  AdwPreferencesGroup *platforms_group;
  GPtrArray           *platform_rows;
  GtkWidget           *platforms_empty;
};

G_DEFINE_FINAL_TYPE (SolarPlanEditor, solar_plan_editor, ADW_TYPE_BIN)

static const char *objective_labels[] = {
  N_("Awareness"), N_("Engagement"), N_("Conversion"), N_("Loyalty"), N_("Launch"),
  N_("Reputation"), NULL
};

static SolarCampaign *
campaign (SolarPlanEditor *self)
{
  return solar_document_get_campaign (self->document);
}

/* Remembers which row shows a field, so the checks can mark it. */
static GtkWidget *
track (SolarPlanEditor *self,
       GtkWidget       *row,
       const char      *field)
{
  g_hash_table_insert (self->field_rows, g_strdup (field), row);
  return row;
}

static GtkWidget *
create_entry_row (SolarPlanEditor *self,
                  const char      *title,
                  const char      *property,
                  const char      *field)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  g_object_bind_property (campaign (self), property, row, "text",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  return track (self, row, field);
}

static gboolean
enum_to_uint (GBinding     *binding,
              const GValue *from,
              GValue       *to,
              gpointer      user_data)
{
  g_value_set_uint (to, g_value_get_enum (from));
  return TRUE;
}

static gboolean
uint_to_enum (GBinding     *binding,
              const GValue *from,
              GValue       *to,
              gpointer      user_data)
{
  guint value = g_value_get_uint (from);

  if (value == GTK_INVALID_LIST_POSITION)
    return FALSE;
  g_value_set_enum (to, value);
  return TRUE;
}

static GtkWidget *
create_objective_row (SolarPlanEditor *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GtkWidget *row = adw_combo_row_new ();

  for (guint i = 0; objective_labels[i] != NULL; i++)
    gtk_string_list_append (labels, _(objective_labels[i]));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Objective"));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (labels));
  /* The list follows the order of SolarObjective, so the position is the value. */
  g_object_bind_property_full (campaign (self), "objective", row, "selected",
                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                               enum_to_uint, uint_to_enum, NULL, NULL);
  return track (self, row, "objective");
}

static GtkWidget *
create_budget_row (SolarPlanEditor *self)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (0, 1e12, 1000);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Total Budget"));
  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), 0);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (spin),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, row, NULL,
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Total budget"),
                                  -1);
  g_object_bind_property (campaign (self), "total-budget", spin, "value",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  g_object_set_data (G_OBJECT (row), "spin", spin);
  return track (self, row, "budget.total");
}

static AdwPreferencesGroup *
add_group (GtkBox     *box,
           const char *title,
           const char *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  gtk_box_append (box, group);
  return ADW_PREFERENCES_GROUP (group);
}

static char *
dup_platform_name (SolarPlanEditor *self,
                   const char      *platform_id)
{
  SolarPlatform *platform = solar_dataset_find_platform (self->dataset, platform_id);

  return g_strdup (platform ? solar_text_get (solar_platform_get_name (platform)) : platform_id);
}

static void
on_remove_tactic (GtkButton         *button,
                  SolarPlatformPlan *plan)
{
  solar_platform_plan_remove_tactic (plan, g_object_get_data (G_OBJECT (button), "item-id"));
}

static void
on_remove_platform (GtkButton       *button,
                    SolarPlanEditor *self)
{
  SolarPlatformPlan *plan = g_object_get_data (G_OBJECT (button), "plan");

  solar_campaign_remove_platform (campaign (self), plan);
}

static GtkWidget *
create_tactic_row (SolarPlanEditor   *self,
                   SolarPlatformPlan *plan,
                   const char        *item_id)
{
  SolarItem *item = solar_dataset_find_item (self->dataset, item_id);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
  g_autofree char *label = NULL;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 item ? solar_text_get (solar_item_get_title (item)) : item_id);
  if (item != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                 solar_text_get (solar_item_get_description (item)));
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  label = g_strdup_printf (_("Remove %s"), item ? solar_text_get (solar_item_get_title (item)) : item_id);
  gtk_widget_set_tooltip_text (remove, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data_full (G_OBJECT (remove), "item-id", g_strdup (item_id), g_free);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_tactic), plan);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  return row;
}

static GtkWidget *
create_share_row (SolarPlanEditor   *self,
                  SolarPlatformPlan *plan,
                  guint              index)
{
  g_autofree char *field = g_strdup_printf ("platforms[%u].allocation", index);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (0, 1e12, 1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 solar_platform_plan_get_allocation_mode (plan) == SOLAR_ALLOCATION_SHARE
                                 ? _("Share of the Budget (%)") : _("Amount"));
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                                  -1);
  g_object_bind_property (plan, "allocation-value", spin, "value",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  return track (self, row, field);
}

static GtkWidget *
create_platform_row (SolarPlanEditor   *self,
                     SolarPlatformPlan *plan,
                     guint              index)
{
  g_autofree char *name = dup_platform_name (self, solar_platform_plan_get_platform_id (plan));
  g_autofree char *field = g_strdup_printf ("platforms[%u]", index);
  g_autofree char *remove_label = g_strdup_printf (_("Remove %s From the Plan"), name);
  const char * const *tactics = solar_platform_plan_get_tactics (plan);
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *subtitle = NULL;
  guint n_tactics = tactics ? g_strv_length ((char **)tactics) : 0;

  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u tactic", "%u tactics", n_tactics),
                              n_tactics);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);

  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (remove, remove_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label, -1);
  g_object_set_data (G_OBJECT (remove), "plan", plan);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_platform), self);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), remove);

  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), create_share_row (self, plan, index));
  for (guint i = 0; i < n_tactics; i++)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (row), create_tactic_row (self, plan, tactics[i]));
  return track (self, row, field);
}

static void rebuild_platforms (SolarPlanEditor *self);

static void
on_platform_plan_changed (SolarPlanEditor *self)
{
  rebuild_platforms (self);
}

/* Platforms and their tactics are few; rebuilding the group when they change keeps it
 * simple. Typing into the budget fields does not rebuild it (only tactics do). */
static void
rebuild_platforms (SolarPlanEditor *self)
{
  GListModel *plans = solar_campaign_get_platforms (campaign (self));
  guint n = g_list_model_get_n_items (plans);

  for (guint i = 0; i < self->platform_rows->len; i++)
    adw_preferences_group_remove (self->platforms_group, g_ptr_array_index (self->platform_rows, i));
  g_ptr_array_set_size (self->platform_rows, 0);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SolarPlatformPlan) plan = g_list_model_get_item (plans, i);
      GtkWidget *row = create_platform_row (self, plan, i);

      g_signal_handlers_disconnect_by_func (plan, on_platform_plan_changed, self);
      g_signal_connect_object (plan, "notify::tactics", G_CALLBACK (on_platform_plan_changed),
                               self, G_CONNECT_SWAPPED);
      adw_preferences_group_add (self->platforms_group, row);
      g_ptr_array_add (self->platform_rows, row);
    }
  gtk_widget_set_visible (self->platforms_empty, n == 0);
}

static void
mark_field (SolarPlanEditor *self,
            const char      *field,
            SolarProblem    *problem)
{
  GtkWidget *row;
  g_autofree char *owner = g_strdup (field);
  char *cut;

  /* A problem with "platforms[1].tactics[0]" is shown on the platform's row if the tactic
   * has no row of its own. */
  while ((row = g_hash_table_lookup (self->field_rows, owner)) == NULL &&
         (cut = strrchr (owner, '.')) != NULL)
    *cut = '\0';
  if (row == NULL)
    return;

  gtk_widget_add_css_class (row, solar_problem_get_severity (problem) == SOLAR_SEVERITY_ERROR
                                 ? "error" : "warning");
  gtk_widget_set_tooltip_text (row, solar_problem_get_message (problem));
}

static void
show_problems (SolarPlanEditor *self)
{
  GHashTableIter iter;
  gpointer field_row;
  guint n = g_list_model_get_n_items (self->problems);

  g_hash_table_iter_init (&iter, self->field_rows);
  while (g_hash_table_iter_next (&iter, NULL, &field_row))
    {
      gtk_widget_remove_css_class (field_row, "error");
      gtk_widget_remove_css_class (field_row, "warning");
      gtk_widget_set_tooltip_text (field_row, NULL);
    }

  for (guint i = 0; i < self->problem_rows->len; i++)
    adw_preferences_group_remove (self->problems_group, g_ptr_array_index (self->problem_rows, i));
  g_ptr_array_set_size (self->problem_rows, 0);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SolarProblem) problem = g_list_model_get_item (self->problems, i);
      gboolean error = solar_problem_get_severity (problem) == SOLAR_SEVERITY_ERROR;
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name (error ? "dialog-error-symbolic"
                                                            : "dialog-warning-symbolic");

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), solar_problem_get_message (problem));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      error ? _("Error") : _("Warning"),
                                      -1);
      gtk_widget_add_css_class (icon, error ? "error" : "warning");
      adw_preferences_group_add (self->problems_group, row);
      g_ptr_array_add (self->problem_rows, row);
      mark_field (self, solar_problem_get_field (problem), problem);
    }

  adw_preferences_group_set_description (self->problems_group,
                                         n == 0 ? _("Nothing to fix: the plan passes every check")
                                                : _("Warnings never stop you saving; they say what to change"));
}

/**
 * solar_plan_editor_check_now:
 *
 * Runs the checks at once rather than after the usual short pause.
 */
void
solar_plan_editor_check_now (SolarPlanEditor *self)
{
  g_return_if_fail (SOLAR_IS_PLAN_EDITOR (self));

  g_clear_handle_id (&self->check_source, g_source_remove);
  g_clear_object (&self->problems);
  self->problems = solar_rules_check (self->rules, campaign (self));
  show_problems (self);
}

static gboolean
check_timeout (gpointer data)
{
  SolarPlanEditor *self = data;

  self->check_source = 0;
  solar_plan_editor_check_now (self);
  return G_SOURCE_REMOVE;
}

static void
on_campaign_changed (SolarPlanEditor *self)
{
  g_clear_handle_id (&self->check_source, g_source_remove);
  self->check_source = g_timeout_add (CHECK_DELAY_MS, check_timeout, self);
}

static void
on_platforms_changed (SolarPlanEditor *self)
{
  rebuild_platforms (self);
}

static GtkWidget *
build_form (SolarPlanEditor *self)
{
  GtkBox *box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 24));
  AdwPreferencesGroup *group;
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();

  g_object_set (box, "margin-top", 24, "margin-bottom", 24, "margin-start", 12, "margin-end", 12, NULL);

  self->problems_group = add_group (box, _("Checks"), NULL);

  group = add_group (box, _("Plan"), NULL);
  adw_preferences_group_add (group, create_entry_row (self, _("Name"), "name", "name"));
  adw_preferences_group_add (group, create_entry_row (self, _("Brand"), "brand", "brand"));
  adw_preferences_group_add (group, create_objective_row (self));
  adw_preferences_group_add (group, create_entry_row (self, _("Key Message"), "key-message", "key_message"));
  adw_preferences_group_add (group, create_entry_row (self, _("Notes"), "notes", "notes"));

  group = add_group (box, _("Dates and Budget"), _("Dates as YYYY-MM-DD, for example 2026-03-01"));
  adw_preferences_group_add (group, create_entry_row (self, _("Start Date"), "start-date", "start_date"));
  adw_preferences_group_add (group, create_entry_row (self, _("End Date"), "end-date", "end_date"));
  adw_preferences_group_add (group, create_budget_row (self));
  adw_preferences_group_add (group, create_entry_row (self, _("Currency"), "currency", "budget.currency"));

  self->platforms_group = add_group (box, _("Platforms and Tactics"),
                                     _("Add tactics from a platform's page: each function, kind of "
                                       "content and lever has an “Add to Plan” button"));
  self->platforms_empty = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->platforms_empty), _("No platforms yet"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->platforms_empty),
                               _("Open a platform from the diagram and add what you will use"));
  adw_preferences_group_add (self->platforms_group, self->platforms_empty);

  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 760);
  adw_clamp_set_child (ADW_CLAMP (clamp), GTK_WIDGET (box));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  return scroller;
}

GtkWidget *
solar_plan_editor_new (SolarDocument *document,
                       SolarDataset  *dataset,
                       SolarRules    *rules)
{
  SolarPlanEditor *self;

  g_return_val_if_fail (SOLAR_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (SOLAR_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (SOLAR_IS_RULES (rules), NULL);

  self = g_object_new (SOLAR_TYPE_PLAN_EDITOR, NULL);
  self->document = g_object_ref (document);
  self->dataset = g_object_ref (dataset);
  self->rules = g_object_ref (rules);

  adw_bin_set_child (ADW_BIN (self), build_form (self));
  rebuild_platforms (self);
  g_signal_connect_object (campaign (self), "changed", G_CALLBACK (on_campaign_changed),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (solar_campaign_get_platforms (campaign (self)), "items-changed",
                           G_CALLBACK (on_platforms_changed), self, G_CONNECT_SWAPPED);
  solar_plan_editor_check_now (self);
  return GTK_WIDGET (self);
}

SolarDocument *
solar_plan_editor_get_document (SolarPlanEditor *self)
{
  g_return_val_if_fail (SOLAR_IS_PLAN_EDITOR (self), NULL);
  return self->document;
}

/**
 * solar_plan_editor_get_problems:
 *
 * Returns: (transfer none): the findings of the last check, a list of #SolarProblem
 */
GListModel *
solar_plan_editor_get_problems (SolarPlanEditor *self)
{
  g_return_val_if_fail (SOLAR_IS_PLAN_EDITOR (self), NULL);
  return self->problems;
}

static void
solar_plan_editor_dispose (GObject *object)
{
  SolarPlanEditor *self = (SolarPlanEditor *)object;

  g_clear_handle_id (&self->check_source, g_source_remove);
  g_clear_object (&self->problems);
  g_clear_object (&self->document);
  g_clear_object (&self->dataset);
  g_clear_object (&self->rules);

  G_OBJECT_CLASS (solar_plan_editor_parent_class)->dispose (object);
}

static void
solar_plan_editor_finalize (GObject *object)
{
  SolarPlanEditor *self = (SolarPlanEditor *)object;

  g_clear_pointer (&self->field_rows, g_hash_table_unref);
  g_clear_pointer (&self->problem_rows, g_ptr_array_unref);
  g_clear_pointer (&self->platform_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (solar_plan_editor_parent_class)->finalize (object);
}

static void
solar_plan_editor_class_init (SolarPlanEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = solar_plan_editor_dispose;
  object_class->finalize = solar_plan_editor_finalize;
}

static void
solar_plan_editor_init (SolarPlanEditor *self)
{
  self->field_rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->problem_rows = g_ptr_array_new ();
  self->platform_rows = g_ptr_array_new ();
}
