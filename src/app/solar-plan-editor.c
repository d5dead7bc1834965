/* solar-plan-editor.c: the form for one campaign plan
 *
 * The form holds no copy of the plan: every field is bound to the SolarCampaign's
 * properties (both ways), so what is typed is the plan, and saving writes what is shown.
 * The checks run a moment after each change (not on every keystroke) and their findings
 * appear twice: on the field they concern, and in a list at the top that says what to do.
 *
 * The sections of the form live in solar-plan-editor-*.c; this file ties them together,
 * tracks which row shows which field, and shows the checks' findings.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-plan-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "solar-accessible.h"
#include "solar-kol-pyramid-group.h"
#include "solar-plan-editor-private.h"
#include "solar-problem.h"

#define CHECK_DELAY_MS 300

/* A plan with hundreds of findings (milestones moved out of a shortened campaign) would
 * bury the form under its list; the rest are a click away, and each is on its field. */
#define PROBLEM_ROWS_SHOWN 8

struct _SolarPlanEditor
{
  AdwBin               parent_instance;
  SolarDocument       *document;
  SolarDataset        *dataset;
  SolarRules          *rules;
  GListModel          *problems;
  GHashTable          *field_rows;       /* field path → the row showing it (a ref) */
  GPtrArray           *marked_rows;      /* the rows the last check marked (refs) */
  guint                check_source;

  AdwPreferencesGroup *problems_group;
  GPtrArray           *problem_rows;
  GListModel          *listed_problems;  /* what problem_rows say */
  gboolean             list_every_problem;
  SolarKolTable       *kol_table;
  SolarPlanTable      *milestone_table;
  SolarPlanTable      *kpi_table;
};

G_DEFINE_FINAL_TYPE (SolarPlanEditor, solar_plan_editor, ADW_TYPE_BIN)

static SolarCampaign *
campaign (SolarPlanEditor *self)
{
  return solar_document_get_campaign (self->document);
}

SolarCampaign *
solar_plan_editor_get_campaign (SolarPlanEditor *self)
{
  return campaign (self);
}

SolarDataset *
solar_plan_editor_get_dataset (SolarPlanEditor *self)
{
  return self->dataset;
}

SolarPlanTable *
solar_plan_editor_get_kpi_table (SolarPlanEditor *self)
{
  return self->kpi_table;
}

/* Remembers which row shows a field, so the checks can mark it. The table holds a ref, so
 * a row its list has dropped is never marked after it is gone. */
GtkWidget *
solar_plan_editor_track (SolarPlanEditor *self,
                         GtkWidget       *row,
                         const char      *field)
{
  g_hash_table_insert (self->field_rows, g_strdup (field), g_object_ref_sink (row));
  return row;
}

static gboolean
has_prefix (gpointer key,
            gpointer value,
            gpointer prefix)
{
  return g_str_has_prefix (key, prefix);
}

/* Forgets the rows of fields starting with @prefix, such as "kols[", as their list rebuilds. */
void
solar_plan_editor_untrack (SolarPlanEditor *self,
                           const char      *prefix)
{
  g_hash_table_foreach_remove (self->field_rows, has_prefix, (gpointer)prefix);
}

static GtkWidget *
create_entry_row (SolarPlanEditor *self,
                  const char      *title,
                  const char      *property,
                  const char      *field)
{
  GtkWidget *row = solar_plan_rows_new_entry (title, campaign (self), property);

  return solar_plan_editor_track (self, row, field);
}

static GtkWidget *
create_objective_row (SolarPlanEditor *self)
{
  GtkWidget *row = solar_plan_rows_new_choice (_("Objective"), solar_objective_get_labels (),
                                                campaign (self), "objective");

  return solar_plan_editor_track (self, row, "objective");
}

static GtkWidget *
create_budget_row (SolarPlanEditor *self)
{
  GtkWidget *row = solar_plan_rows_new_spin (_("Total Budget"), 1000, campaign (self), "total-budget");

  solar_plan_rows_set_label (g_object_get_data (G_OBJECT (row), "spin"), _("Total budget"));
  return solar_plan_editor_track (self, row, "budget.total");
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

/* "platforms[1].kpis[0].target" → "platforms[1].kpis[0]": the field that holds it. */
static gboolean
cut_last_part (char *field)
{
  char *dot = strrchr (field, '.');
  char *bracket = strrchr (field, '[');
  char *cut = dot == NULL || (bracket != NULL && bracket > dot) ? bracket : dot;

  if (cut == NULL)
    return FALSE;
  *cut = '\0';
  return TRUE;
}

/* An expander row shows its problems with an icon (its data "problem-icon"): a style class
 * on the row itself would colour every row inside it. */
static GtkWidget *
get_mark_widget (GtkWidget *row)
{
  GtkWidget *icon;

  if (!ADW_IS_EXPANDER_ROW (row))
    return row;
  if ((icon = g_object_get_data (G_OBJECT (row), "problem-icon")) == NULL)
    {
      icon = solar_accessible_new_decoration (NULL);
      gtk_widget_set_visible (icon, FALSE);
      adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), icon);
      g_object_set_data (G_OBJECT (row), "problem-icon", icon);
    }
  return icon;
}

/* A row can have several problems (a platform with no tactic and no KPI): it says them all,
 * and shows the worst. */
static void
mark_row (SolarPlanEditor *self,
          GtkWidget       *row,
          SolarProblem    *problem)
{
  GtkWidget *mark = get_mark_widget (row);
  gboolean error = solar_problem_get_severity (problem) == SOLAR_SEVERITY_ERROR;
  const char *message = solar_problem_get_message (problem);
  const char *before = gtk_widget_get_tooltip_text (mark);
  g_autofree char *text = before ? g_strconcat (before, "\n", message, NULL) : g_strdup (message);

  if (error)
    gtk_widget_remove_css_class (mark, "warning");
  if (error || !gtk_widget_has_css_class (mark, "error"))
    gtk_widget_add_css_class (mark, error ? "error" : "warning");
  if (mark != row)
    {
      gtk_image_set_from_icon_name (GTK_IMAGE (mark), gtk_widget_has_css_class (mark, "error")
                                                      ? "dialog-error-symbolic" : "dialog-warning-symbolic");
      gtk_widget_set_visible (mark, TRUE);
    }
  gtk_widget_set_tooltip_text (mark, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
  g_ptr_array_add (self->marked_rows, g_object_ref (row));
}

static void
mark_field (SolarPlanEditor *self,
            const char      *field,
            SolarProblem    *problem)
{
  GtkWidget *row;
  g_autofree char *owner = g_strdup (field);

  /* A KPI's cells are marked by the KPI table; its platform's row says so too, but not
   * the platform's "Add KPI" row, which "platforms[1].kpis" would lead to. */
  char *kpis = strstr (owner, ".kpis[");

  if (g_str_has_prefix (owner, "platforms[") && kpis != NULL)
    *kpis = '\0';
  /* A problem with "platforms[1].tactics[0]" is shown on the platform's row if the tactic
   * has no row of its own. */
  while ((row = g_hash_table_lookup (self->field_rows, owner)) == NULL && cut_last_part (owner))
    ;
  if (row == NULL)
    return;

  mark_row (self, row, problem);
  /* The rows that hold it say so too, so a closed KOL or platform still shows it. */
  for (GtkWidget *up = gtk_widget_get_parent (row); up != NULL; up = gtk_widget_get_parent (up))
    if (ADW_IS_EXPANDER_ROW (up))
      mark_row (self, up, problem);
}

static void
unmark_rows (SolarPlanEditor *self)
{
  for (guint i = 0; i < self->marked_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->marked_rows, i);
      GtkWidget *mark = get_mark_widget (row);

      gtk_widget_remove_css_class (mark, "error");
      gtk_widget_remove_css_class (mark, "warning");
      gtk_widget_set_tooltip_text (mark, NULL);
      if (mark != row)
        gtk_widget_set_visible (mark, FALSE);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
  g_ptr_array_set_size (self->marked_rows, 0);
}

static gboolean
same_findings (GListModel *a,
               GListModel *b)
{
  guint n = g_list_model_get_n_items (a);

  if (n != g_list_model_get_n_items (b))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SolarProblem) pa = g_list_model_get_item (a, i);
      g_autoptr(SolarProblem) pb = g_list_model_get_item (b, i);

      if (solar_problem_get_severity (pa) != solar_problem_get_severity (pb) ||
          g_strcmp0 (solar_problem_get_field (pa), solar_problem_get_field (pb)) != 0 ||
          g_strcmp0 (solar_problem_get_message (pa), solar_problem_get_message (pb)) != 0)
        return FALSE;
    }
  return TRUE;
}

static GtkWidget *
create_problem_row (SolarProblem *problem)
{
  gboolean error = solar_problem_get_severity (problem) == SOLAR_SEVERITY_ERROR;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = solar_accessible_new_decoration (error ? "dialog-error-symbolic"
                                                           : "dialog-warning-symbolic");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), solar_problem_get_message (problem));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  error ? _("Error") : _("Warning"),
                                  -1);
  gtk_widget_add_css_class (icon, error ? "error" : "warning");
  return row;
}

static void list_problems (SolarPlanEditor *self);

static void
on_show_every_problem (SolarPlanEditor *self)
{
  GtkWidget *after = NULL;

  self->list_every_problem = TRUE;
  list_problems (self);
  /* The keyboard goes on to the first of the findings it had not seen. */
  if (self->problem_rows->len > PROBLEM_ROWS_SHOWN)
    after = g_ptr_array_index (self->problem_rows, PROBLEM_ROWS_SHOWN);
  if (after != NULL)
    gtk_widget_grab_focus (after);
}

/* The list at the top: every finding, or the first few and a row that shows the rest. */
static void
list_problems (SolarPlanEditor *self)
{
  guint n = g_list_model_get_n_items (self->problems);
  guint shown = self->list_every_problem ? n : MIN (n, PROBLEM_ROWS_SHOWN);

  for (guint i = 0; i < self->problem_rows->len; i++)
    adw_preferences_group_remove (self->problems_group, g_ptr_array_index (self->problem_rows, i));
  g_ptr_array_set_size (self->problem_rows, 0);
  g_set_object (&self->listed_problems, self->problems);

  for (guint i = 0; i < shown; i++)
    {
      g_autoptr(SolarProblem) problem = g_list_model_get_item (self->problems, i);
      GtkWidget *row = create_problem_row (problem);

      adw_preferences_group_add (self->problems_group, row);
      g_ptr_array_add (self->problem_rows, row);
    }
  if (shown < n)
    {
      g_autofree char *more = g_strdup_printf (ngettext ("Show %u More Finding", "Show %u More Findings",
                                                         n - shown), n - shown);
      GtkWidget *row = g_object_new (ADW_TYPE_ACTION_ROW,
                                     "accessible-role", GTK_ACCESSIBLE_ROLE_BUTTON,
                                     "title", more,
                                     "use-markup", FALSE,
                                     "activatable", TRUE,
                                     NULL);

      solar_plan_rows_set_label (row, more);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Each is also marked on its field"));
      g_signal_connect_swapped (row, "activated", G_CALLBACK (on_show_every_problem), self);
      adw_preferences_group_add (self->problems_group, row);
      g_ptr_array_add (self->problem_rows, row);
    }

  adw_preferences_group_set_description (self->problems_group,
                                         n == 0 ? _("Nothing to fix: the plan passes every check")
                                                : _("Warnings never stop you saving; they say what to change"));
}

static void
show_problems (SolarPlanEditor *self)
{
  guint n = g_list_model_get_n_items (self->problems);

  /* Typing that changes no finding rebuilds no row of the list: only the marks move, as
   * the rows they are on may have been rebuilt. */
  if (self->listed_problems == NULL || !same_findings (self->listed_problems, self->problems))
    list_problems (self);

  unmark_rows (self);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SolarProblem) problem = g_list_model_get_item (self->problems, i);

      mark_field (self, solar_problem_get_field (problem), problem);
    }

  /* The tables' rows come and go as they scroll: they mark them themselves. */
  solar_kol_table_show_problems (self->kol_table, self->problems);
  solar_plan_table_show_problems (self->milestone_table, self->problems);
  solar_plan_table_show_problems (self->kpi_table, self->problems);
}

/**
 * solar_plan_editor_focus_name:
 *
 * Puts the keyboard in the plan's name, where a new plan starts.
 */
void
solar_plan_editor_focus_name (SolarPlanEditor *self)
{
  GtkWidget *row;

  g_return_if_fail (SOLAR_IS_PLAN_EDITOR (self));

  row = g_hash_table_lookup (self->field_rows, "name");
  if (row != NULL && GTK_IS_EDITABLE (row) && gtk_editable_get_delegate (GTK_EDITABLE (row)) != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (row))));
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

/* A column of the form, as wide as reads well; the KOL table gets a wider one. */
static GtkWidget *
add_clamp (GtkBox *page,
           int     maximum_size)
{
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);

  g_object_set (box, "margin-start", 12, "margin-end", 12, NULL);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), maximum_size);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_box_append (page, clamp);
  return box;
}

static GtkWidget *
build_form (SolarPlanEditor *self)
{
  GtkBox *page = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 24));
  GtkBox *box = GTK_BOX (add_clamp (page, 760));
  AdwPreferencesGroup *group;
  GtkWidget *scroller = gtk_scrolled_window_new ();

  g_object_set (page, "margin-top", 24, "margin-bottom", 24, NULL);

  self->problems_group = add_group (box, _("Checks"), NULL);

  group = add_group (box, _("Plan"), NULL);
  adw_preferences_group_add (group, create_entry_row (self, _("Name"), "name", "name"));
  adw_preferences_group_add (group, create_entry_row (self, _("Brand"), "brand", "brand"));
  adw_preferences_group_add (group, create_objective_row (self));
  adw_preferences_group_add (group, create_entry_row (self, _("Key Message"), "key-message", "key_message"));
  adw_preferences_group_add (group, create_entry_row (self, _("Notes"), "notes", "notes"));

  gtk_box_append (box, solar_plan_editor_audience_new (self));

  group = add_group (box, _("Dates and Budget"), _("Dates as YYYY-MM-DD, for example 2026-03-01"));
  adw_preferences_group_add (group, create_entry_row (self, _("Start Date"), "start-date", "start_date"));
  adw_preferences_group_add (group, create_entry_row (self, _("End Date"), "end-date", "end_date"));
  adw_preferences_group_add (group, create_budget_row (self));
  adw_preferences_group_add (group, create_entry_row (self, _("Currency"), "currency", "budget.currency"));

  gtk_box_append (box, solar_plan_editor_milestones_new (self, &self->milestone_table));
  gtk_box_append (box, solar_plan_editor_platforms_new (self));
  gtk_box_append (box, solar_plan_editor_kpis_new (self, &self->kpi_table));
  gtk_box_append (box, solar_kol_pyramid_group_new (campaign (self), self->dataset));

  /* Seven columns need more than the form's 760 px, as a spreadsheet would. */
  gtk_box_append (GTK_BOX (add_clamp (page, 1100)), solar_plan_editor_kols_new (self, &self->kol_table));

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (page));
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
  g_signal_connect_object (campaign (self), "changed", G_CALLBACK (on_campaign_changed),
                           self, G_CONNECT_SWAPPED);
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
  g_clear_object (&self->listed_problems);
  if (self->marked_rows != NULL)
    g_ptr_array_set_size (self->marked_rows, 0);
  if (self->field_rows != NULL)
    g_hash_table_remove_all (self->field_rows);
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
  g_clear_pointer (&self->marked_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (solar_plan_editor_parent_class)->finalize (object);
}

static void
solar_plan_editor_class_init (SolarPlanEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = solar_plan_editor_dispose;
  object_class->finalize = solar_plan_editor_finalize;
  /* A container: what it holds is named; it is not (GTK 4.8 would call it by its type). */
  gtk_widget_class_set_accessible_role (GTK_WIDGET_CLASS (klass), GTK_ACCESSIBLE_ROLE_GENERIC);
}

static void
solar_plan_editor_init (SolarPlanEditor *self)
{
  self->field_rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->marked_rows = g_ptr_array_new_with_free_func (g_object_unref);
  self->problem_rows = g_ptr_array_new ();
}
