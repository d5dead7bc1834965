/* solar-plan-checks-section.c: the checks' findings, at the top of the plan form
 *
 * Each finding is a row saying what to change; the form marks the field it is about as
 * well. A plan with hundreds of findings (milestones moved out of a shortened campaign)
 * would bury the form under its list: the first few show, and a row shows the rest.
 * Typing that changes no finding rebuilds no row.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-plan-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "solar-accessible.h"
#include "solar-plan-checks-section.h"
#include "solar-plan-editor-private.h"
#include "solar-problem.h"

#define PROBLEM_ROWS_SHOWN 8

struct _SolarPlanChecksSection
{
  AdwPreferencesGroup  parent_instance;
  GListModel          *problems;
  GListModel          *listed;        /* what the rows say */
  GPtrArray           *rows;
  gboolean             list_every;
};

static void solar_plan_checks_section_iface_init (SolarPlanSectionInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SolarPlanChecksSection, solar_plan_checks_section, ADW_TYPE_PREFERENCES_GROUP,
                               G_IMPLEMENT_INTERFACE (SOLAR_TYPE_PLAN_SECTION,
                                                      solar_plan_checks_section_iface_init))

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
  /* A platform rule says where it comes from: a source and its words, or that it is our
   * own advice. */
  if (solar_problem_get_source (problem) != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), solar_problem_get_source (problem));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  error ? _("Error") : _("Warning"),
                                  -1);
  gtk_widget_add_css_class (icon, error ? "error" : "warning");
  return row;
}

static void list_problems (SolarPlanChecksSection *self);

static void
on_show_every_problem (SolarPlanChecksSection *self)
{
  self->list_every = TRUE;
  list_problems (self);
  /* The keyboard goes on to the first of the findings it had not seen. */
  if (self->rows->len > PROBLEM_ROWS_SHOWN)
    gtk_widget_grab_focus (g_ptr_array_index (self->rows, PROBLEM_ROWS_SHOWN));
}

static GtkWidget *
create_more_row (SolarPlanChecksSection *self,
                 guint                   hidden)
{
  g_autofree char *more = g_strdup_printf (ngettext ("Show %u More Finding", "Show %u More Findings",
                                                     hidden), hidden);
  GtkWidget *row = g_object_new (ADW_TYPE_ACTION_ROW,
                                 "accessible-role", GTK_ACCESSIBLE_ROLE_BUTTON,
                                 "title", more,
                                 "use-markup", FALSE,
                                 "activatable", TRUE,
                                 NULL);

  solar_plan_rows_set_label (row, more);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Each is also marked on its field"));
  g_signal_connect_swapped (row, "activated", G_CALLBACK (on_show_every_problem), self);
  return row;
}

/* Every finding, or the first few and a row that shows the rest. */
static void
list_problems (SolarPlanChecksSection *self)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (self);
  guint n = g_list_model_get_n_items (self->problems);
  guint shown = self->list_every ? n : MIN (n, PROBLEM_ROWS_SHOWN);

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (group, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
  g_set_object (&self->listed, self->problems);

  for (guint i = 0; i < shown; i++)
    {
      g_autoptr(SolarProblem) problem = g_list_model_get_item (self->problems, i);

      g_ptr_array_add (self->rows, create_problem_row (problem));
    }
  if (shown < n)
    g_ptr_array_add (self->rows, create_more_row (self, n - shown));
  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_add (group, g_ptr_array_index (self->rows, i));

  adw_preferences_group_set_description (group,
                                         n == 0 ? _("Nothing to fix: the plan passes every check")
                                                : _("Warnings never stop you saving; they say what to change"));
}

/**
 * solar_plan_checks_section_show:
 * @problems: the findings of a check, a list of #SolarProblem
 */
void
solar_plan_checks_section_show (SolarPlanChecksSection *self,
                                GListModel             *problems)
{
  g_return_if_fail (SOLAR_IS_PLAN_CHECKS_SECTION (self));
  g_return_if_fail (G_IS_LIST_MODEL (problems));

  g_set_object (&self->problems, problems);
  if (self->listed == NULL || !same_findings (self->listed, problems))
    list_problems (self);
}

static void
solar_plan_checks_section_bind (SolarPlanSection *section,
                                SolarPlanEditor  *editor)
{
  /* Nothing of the plan to show: the form hands it each check's findings. */
}

static void
solar_plan_checks_section_iface_init (SolarPlanSectionInterface *iface)
{
  iface->bind = solar_plan_checks_section_bind;
}

static void
solar_plan_checks_section_dispose (GObject *object)
{
  SolarPlanChecksSection *self = SOLAR_PLAN_CHECKS_SECTION (object);

  g_clear_object (&self->problems);
  g_clear_object (&self->listed);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (solar_plan_checks_section_parent_class)->dispose (object);
}

static void
solar_plan_checks_section_class_init (SolarPlanChecksSectionClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = solar_plan_checks_section_dispose;
}

static void
solar_plan_checks_section_init (SolarPlanChecksSection *self)
{
  self->rows = g_ptr_array_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Checks"));
}
