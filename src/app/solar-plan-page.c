/* solar-plan-page.c: one tab of the plans area: a plan being opened, then its editor
 *
 * A plan is read and checked off the main thread (solar-document.c). Its tab appears at
 * once, named after the file and spinning (AdwTabPage:loading), so the window answers and
 * the planner sees the plan coming; if reading takes a while (a large plan on a slow
 * disk), the page says so. Closing the tab meanwhile stops the reading.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-plans-area"

#include "config.h"

#include <glib/gi18n.h>

#include "solar-plan-page.h"

/* A quick open shows no "Opening…" page, only the tab's spinner: no flash. */
#define SHOW_LOADING_AFTER_MS 300

struct _SolarPlanPage
{
  AdwBin        parent_instance;
  GFile        *file;           /* while loading */
  GCancellable *cancellable;    /* while loading */
  GtkWidget    *loading;        /* the "Opening…" page, shown after a moment */
  guint         show_loading_source;
};

G_DEFINE_FINAL_TYPE (SolarPlanPage, solar_plan_page, ADW_TYPE_BIN)

static gboolean
show_loading (gpointer data)
{
  SolarPlanPage *self = data;

  self->show_loading_source = 0;
  gtk_widget_set_visible (self->loading, TRUE);
  return G_SOURCE_REMOVE;
}

/* A tab for @file while it is read: pass solar_plan_page_get_cancellable() to the read. */
GtkWidget *
solar_plan_page_new_loading (GFile *file)
{
  SolarPlanPage *self;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  GtkWidget *spinner;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (SOLAR_TYPE_PLAN_PAGE, NULL);
  self->file = g_object_ref (file);
  self->cancellable = g_cancellable_new ();

  name = g_file_get_basename (file);
  /* TRANSLATORS: the page of a plan being read, with the file's name */
  title = g_strdup_printf (_("Opening “%s”…"), name);
  spinner = gtk_spinner_new ();
  gtk_spinner_start (GTK_SPINNER (spinner));
  gtk_widget_set_size_request (spinner, 32, 32);
  self->loading = g_object_new (ADW_TYPE_STATUS_PAGE, "title", title, "child", spinner, "visible", FALSE, NULL);
  adw_bin_set_child (ADW_BIN (self), self->loading);
  self->show_loading_source = g_timeout_add (SHOW_LOADING_AFTER_MS, show_loading, self);
  return GTK_WIDGET (self);
}

GtkWidget *
solar_plan_page_new (SolarPlanEditor *editor)
{
  SolarPlanPage *self;

  g_return_val_if_fail (SOLAR_IS_PLAN_EDITOR (editor), NULL);

  self = g_object_new (SOLAR_TYPE_PLAN_PAGE, NULL);
  solar_plan_page_set_editor (self, editor);
  return GTK_WIDGET (self);
}

/* The plan is read: the page becomes its editor. */
void
solar_plan_page_set_editor (SolarPlanPage   *self,
                            SolarPlanEditor *editor)
{
  g_return_if_fail (SOLAR_IS_PLAN_PAGE (self));
  g_return_if_fail (SOLAR_IS_PLAN_EDITOR (editor));

  g_clear_handle_id (&self->show_loading_source, g_source_remove);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->file);
  self->loading = NULL;
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (editor));
}

/* Returns: (transfer none) (nullable): the editor, or %NULL while the plan is read */
SolarPlanEditor *
solar_plan_page_get_editor (SolarPlanPage *self)
{
  GtkWidget *child;

  g_return_val_if_fail (SOLAR_IS_PLAN_PAGE (self), NULL);

  child = adw_bin_get_child (ADW_BIN (self));
  return SOLAR_IS_PLAN_EDITOR (child) ? SOLAR_PLAN_EDITOR (child) : NULL;
}

/* Returns: (transfer none) (nullable): the plan, or %NULL while it is read */
SolarDocument *
solar_plan_page_get_document (SolarPlanPage *self)
{
  SolarPlanEditor *editor = solar_plan_page_get_editor (self);

  return editor != NULL ? solar_plan_editor_get_document (editor) : NULL;
}

/* Returns: (transfer none) (nullable): the file the page shows or is reading */
GFile *
solar_plan_page_get_file (SolarPlanPage *self)
{
  SolarDocument *document;

  g_return_val_if_fail (SOLAR_IS_PLAN_PAGE (self), NULL);

  document = solar_plan_page_get_document (self);
  return document != NULL ? solar_document_get_file (document) : self->file;
}

/* Returns: (transfer none) (nullable): what stops the reading, while the plan is read */
GCancellable *
solar_plan_page_get_cancellable (SolarPlanPage *self)
{
  g_return_val_if_fail (SOLAR_IS_PLAN_PAGE (self), NULL);
  return self->cancellable;
}

static void
solar_plan_page_dispose (GObject *object)
{
  SolarPlanPage *self = SOLAR_PLAN_PAGE (object);

  g_clear_handle_id (&self->show_loading_source, g_source_remove);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (solar_plan_page_parent_class)->dispose (object);
}

static void
solar_plan_page_class_init (SolarPlanPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = solar_plan_page_dispose;
  /* A container: what it holds is named; it is not (GTK 4.8 would call it by its type). */
  gtk_widget_class_set_accessible_role (GTK_WIDGET_CLASS (klass), GTK_ACCESSIBLE_ROLE_GENERIC);
}

static void
solar_plan_page_init (SolarPlanPage *self)
{
}
