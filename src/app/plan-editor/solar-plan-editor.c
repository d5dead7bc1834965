/* solar-plan-editor.c: the form for one campaign plan
 *
 * The form holds no copy of the plan: every field is bound to the SolarCampaign's
 * properties (both ways), so what is typed is the plan, and saving writes what is shown.
 * The checks run a moment after each change (not on every keystroke) and their findings
 * appear twice: on the field they concern, and in a list at the top that says what to do.
 *
 * The form is built from its template as a column of sections, each a class with its own
 * template (solar-plan-*-section.c); this file binds them to the plan, tracks which row
 * shows which field, and shows the checks' findings.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-plan-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "solar-accessible.h"
#include "solar-kol-pyramid-group.h"
#include "solar-kol-table.h"
#include "solar-kpi-table.h"
#include "solar-milestone-table.h"
#include "solar-plan-audience-section.h"
#include "solar-plan-basics-section.h"
#include "solar-plan-checks-section.h"
#include "solar-plan-dates-section.h"
#include "solar-plan-editor-private.h"
#include "solar-plan-platforms-section.h"
#include "solar-plan-table-section.h"
#include "solar-plan-timeline-page.h"
#include "solar-problem.h"
#include "solar-reveal.h"

#define CHECK_DELAY_MS 300

struct _SolarPlanEditor
{
  AdwBin               parent_instance;
  SolarDocument       *document;
  SolarDataset        *dataset;
  SolarRules          *rules;
  GListModel          *problems;
  GHashTable          *field_rows;       /* field path → the row showing it (a ref) */
  GHashTable          *mark_icons;       /* expander row → the icon that marks it */
  GPtrArray           *marked_rows;      /* the rows the last check marked (refs) */
  guint                check_source;

  GtkBox                 *form_box;
  SolarPlanChecksSection *checks_section;
  SolarPlanTableSection  *milestones_section;
  SolarPlanTableSection  *kpis_section;
  SolarPlanTableSection  *kols_section;
  GtkStack               *view_stack;
  GtkToggleButton        *form_button;
  GtkToggleButton        *timeline_button;
  GtkWidget              *timeline_page;
  GObject                *applied_item;    /* what an undo or redo changed, to show */
  guint                   applied_source;
  GObject                *activated_item;  /* what the timeline's Enter asked to edit */
  guint                   activated_source;
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
  return SOLAR_PLAN_TABLE (solar_plan_table_section_get_table (self->kpis_section));
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

/* An expander row shows its problems with an icon: a style class on the row itself would
 * colour every row inside it. */
static GtkWidget *
get_mark_widget (SolarPlanEditor *self,
                 GtkWidget       *row)
{
  GtkWidget *icon;

  if (!ADW_IS_EXPANDER_ROW (row))
    return row;
  if ((icon = g_hash_table_lookup (self->mark_icons, row)) == NULL)
    {
      icon = solar_accessible_new_decoration (NULL);
      gtk_widget_set_visible (icon, FALSE);
      adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), icon);
      g_hash_table_insert (self->mark_icons, g_object_ref (row), icon);
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
  GtkWidget *mark = get_mark_widget (self, row);
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
      GtkWidget *mark = get_mark_widget (self, row);

      gtk_widget_remove_css_class (mark, "error");
      gtk_widget_remove_css_class (mark, "warning");
      gtk_widget_set_tooltip_text (mark, NULL);
      if (mark != row)
        gtk_widget_set_visible (mark, FALSE);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
  g_ptr_array_set_size (self->marked_rows, 0);
}

static void
show_problems (SolarPlanEditor *self)
{
  guint n = g_list_model_get_n_items (self->problems);

  /* The list rebuilds only if the findings changed; the marks move every time, as the rows
   * they are on may have been rebuilt. */
  solar_plan_checks_section_show (self->checks_section, self->problems);
  unmark_rows (self);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SolarProblem) problem = g_list_model_get_item (self->problems, i);

      mark_field (self, solar_problem_get_field (problem), problem);
    }

  /* The tables' rows come and go as they scroll: they mark them themselves. */
  solar_kol_table_show_problems (SOLAR_KOL_TABLE (solar_plan_table_section_get_table (self->kols_section)),
                                 self->problems);
  solar_plan_table_show_problems (SOLAR_PLAN_TABLE (solar_plan_table_section_get_table (self->milestones_section)),
                                  self->problems);
  solar_plan_table_show_problems (SOLAR_PLAN_TABLE (solar_plan_table_section_get_table (self->kpis_section)),
                                  self->problems);
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

/* Every section, in the form's order, bound to the plan once the form is built. */
static void
bind_sections (SolarPlanEditor *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->form_box)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (SOLAR_IS_PLAN_SECTION (child))
      solar_plan_section_bind (SOLAR_PLAN_SECTION (child), self);
  solar_plan_section_bind (SOLAR_PLAN_SECTION (self->kols_section), self);
  /* The KOL pyramid, which planners check first, sums up the roster below it. */
  gtk_box_append (self->form_box, solar_kol_pyramid_group_new (campaign (self), self->dataset));
}

/* Undo and redo show what they changed when it is a row of a table: a KOL back from a
 * removal, a milestone whose date went back. The form scrolls to the table, the table to
 * the row; the keyboard stays where it is. Once the main loop is back: the tables' sorted
 * and filtered models take in the change first (GTK 4.8 refuses, with a warning, to
 * scroll to a row they do not have yet). */
static gboolean
show_applied (gpointer data)
{
  SolarPlanEditor *self = data;
  g_autoptr(GObject) item = g_steal_pointer (&self->applied_item);
  SolarPlanTableSection *section = NULL;
  GtkWidget *table, *form;
  gboolean shown = FALSE;

  self->applied_source = 0;

  if (item == NULL)
    return G_SOURCE_REMOVE;
  if (SOLAR_IS_KOL (item))
    section = self->kols_section;
  else if (SOLAR_IS_MILESTONE (item))
    section = self->milestones_section;
  else if (SOLAR_IS_KPI (item))
    section = self->kpis_section;
  if (section == NULL || (table = solar_plan_table_section_get_table (section)) == NULL)
    return G_SOURCE_REMOVE;

  if (SOLAR_IS_KOL_TABLE (table))
    shown = solar_kol_table_scroll_to (SOLAR_KOL_TABLE (table), SOLAR_KOL (item));
  else
    shown = solar_plan_table_scroll_to (SOLAR_PLAN_TABLE (table), item);
  form = gtk_widget_get_ancestor (table, GTK_TYPE_SCROLLED_WINDOW);
  if (shown && form != NULL)
    solar_reveal_in_scroller (GTK_SCROLLED_WINDOW (form), table);
  return G_SOURCE_REMOVE;
}

static void
on_history_applied (SolarPlanEditor *self,
                    GObject         *item)
{
  if (item == NULL)
    return;
  g_set_object (&self->applied_item, item);
  if (self->applied_source == 0)
    self->applied_source = g_idle_add (show_applied, self);
}

/* The timeline's Enter on a milestone (or a day's KOL posts): the form, at its row, with
 * the focus on the cell to edit, once the form shows and the table has its rows. */
static gboolean
show_activated (gpointer data)
{
  SolarPlanEditor *self = data;
  g_autoptr(GObject) item = g_steal_pointer (&self->activated_item);
  GtkWidget *table;

  self->activated_source = 0;
  if (SOLAR_IS_MILESTONE (item) &&
      (table = solar_plan_table_section_get_table (self->milestones_section)) != NULL &&
      solar_plan_table_focus (SOLAR_PLAN_TABLE (table), item, "date"))
    solar_reveal_in_scroller (GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (table, GTK_TYPE_SCROLLED_WINDOW)),
                              table);
  else if (SOLAR_IS_KOL (item) &&
           (table = solar_plan_table_section_get_table (self->kols_section)) != NULL &&
           solar_kol_table_focus (SOLAR_KOL_TABLE (table), SOLAR_KOL (item)))
    solar_reveal_in_scroller (GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (table, GTK_TYPE_SCROLLED_WINDOW)),
                              table);
  return G_SOURCE_REMOVE;
}

static void
on_timeline_activated (SolarPlanEditor   *self,
                       SolarTimelineKind  kind,
                       guint              index)
{
  GListModel *list = kind == SOLAR_TIMELINE_MILESTONE ? solar_campaign_get_milestones (campaign (self))
                                                      : solar_campaign_get_kols (campaign (self));

  if (index >= g_list_model_get_n_items (list))
    return;
  g_clear_object (&self->activated_item);
  self->activated_item = g_list_model_get_item (list, index);
  gtk_toggle_button_set_active (self->form_button, TRUE);
  if (self->activated_source == 0)
    self->activated_source = g_idle_add (show_activated, self);
}

static void
add_timeline (SolarPlanEditor *self)
{
  self->timeline_page = solar_plan_timeline_page_new (self->document, self->dataset);
  gtk_stack_add_named (self->view_stack, self->timeline_page, "timeline");
  g_signal_connect_object (solar_plan_timeline_page_get_view (SOLAR_PLAN_TIMELINE_PAGE (self->timeline_page)),
                           "activated", G_CALLBACK (on_timeline_activated), self,
                           G_CONNECT_SWAPPED);
}

static void
on_view_toggled (SolarPlanEditor *self)
{
  gtk_stack_set_visible_child_name (self->view_stack,
                                    gtk_toggle_button_get_active (self->timeline_button)
                                      ? "timeline" : "form");
}

/**
 * solar_plan_editor_show_timeline:
 * @shown: the timeline, or the form
 */
void
solar_plan_editor_show_timeline (SolarPlanEditor *self,
                                 gboolean         shown)
{
  g_return_if_fail (SOLAR_IS_PLAN_EDITOR (self));
  gtk_toggle_button_set_active (shown ? self->timeline_button : self->form_button, TRUE);
}

/**
 * solar_plan_editor_get_timeline_view:
 *
 * Returns: (transfer none): the plan's timeline
 */
SolarTimelineView *
solar_plan_editor_get_timeline_view (SolarPlanEditor *self)
{
  g_return_val_if_fail (SOLAR_IS_PLAN_EDITOR (self), NULL);
  return solar_plan_timeline_page_get_view (SOLAR_PLAN_TIMELINE_PAGE (self->timeline_page));
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

  bind_sections (self);
  add_timeline (self);
  solar_accessible_name_buttons (GTK_WIDGET (self->form_button));
  solar_accessible_name_buttons (GTK_WIDGET (self->timeline_button));
  g_signal_connect_object (campaign (self), "changed", G_CALLBACK (on_campaign_changed),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (solar_document_get_history (document), "applied",
                           G_CALLBACK (on_history_applied), self, G_CONNECT_SWAPPED);
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
  g_clear_handle_id (&self->applied_source, g_source_remove);
  g_clear_object (&self->applied_item);
  g_clear_handle_id (&self->activated_source, g_source_remove);
  g_clear_object (&self->activated_item);
  g_clear_object (&self->problems);
  if (self->mark_icons != NULL)
    g_hash_table_remove_all (self->mark_icons);
  if (self->marked_rows != NULL)
    g_ptr_array_set_size (self->marked_rows, 0);
  if (self->field_rows != NULL)
    g_hash_table_remove_all (self->field_rows);
  g_clear_object (&self->document);
  g_clear_object (&self->dataset);
  g_clear_object (&self->rules);
  gtk_widget_dispose_template (GTK_WIDGET (self), SOLAR_TYPE_PLAN_EDITOR);

  G_OBJECT_CLASS (solar_plan_editor_parent_class)->dispose (object);
}

static void
solar_plan_editor_finalize (GObject *object)
{
  SolarPlanEditor *self = (SolarPlanEditor *)object;

  g_clear_pointer (&self->field_rows, g_hash_table_unref);
  g_clear_pointer (&self->mark_icons, g_hash_table_unref);
  g_clear_pointer (&self->marked_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (solar_plan_editor_parent_class)->finalize (object);
}

static void
solar_plan_editor_class_init (SolarPlanEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = solar_plan_editor_dispose;
  object_class->finalize = solar_plan_editor_finalize;
  /* A container: what it holds is named; it is not (GTK 4.8 would call it by its type). */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GENERIC);

  /* The template names these: GtkBuilder needs them registered. */
  g_type_ensure (SOLAR_TYPE_PLAN_CHECKS_SECTION);
  g_type_ensure (SOLAR_TYPE_PLAN_BASICS_SECTION);
  g_type_ensure (SOLAR_TYPE_PLAN_AUDIENCE_SECTION);
  g_type_ensure (SOLAR_TYPE_PLAN_DATES_SECTION);
  g_type_ensure (SOLAR_TYPE_PLAN_PLATFORMS_SECTION);
  g_type_ensure (SOLAR_TYPE_PLAN_TABLE_SECTION);
  g_type_ensure (SOLAR_TYPE_KOL_TABLE);
  g_type_ensure (SOLAR_TYPE_MILESTONE_TABLE);
  g_type_ensure (SOLAR_TYPE_KPI_TABLE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/socialsolar/SocialSolar/ui/plan-editor/solar-plan-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, SolarPlanEditor, form_box);
  gtk_widget_class_bind_template_child (widget_class, SolarPlanEditor, checks_section);
  gtk_widget_class_bind_template_child (widget_class, SolarPlanEditor, milestones_section);
  gtk_widget_class_bind_template_child (widget_class, SolarPlanEditor, kpis_section);
  gtk_widget_class_bind_template_child (widget_class, SolarPlanEditor, kols_section);
  gtk_widget_class_bind_template_child (widget_class, SolarPlanEditor, view_stack);
  gtk_widget_class_bind_template_child (widget_class, SolarPlanEditor, form_button);
  gtk_widget_class_bind_template_child (widget_class, SolarPlanEditor, timeline_button);
  gtk_widget_class_bind_template_callback (widget_class, on_view_toggled);
}

static void
solar_plan_editor_init (SolarPlanEditor *self)
{
  self->field_rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->mark_icons = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  self->marked_rows = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_widget_init_template (GTK_WIDGET (self));
}
