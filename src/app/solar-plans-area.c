/* solar-plans-area.c: the open plans, in tabs
 *
 * Each tab is a SolarPlanEditor over a SolarDocument. The area opens plans (off the main
 * thread: see solar-document.c), makes new ones from templates, reloads one changed on
 * disk, and keeps a draft of each while it has unsaved changes; saving and closing are in
 * solar-plans-area-save.c, restoring after a crash in solar-plans-area-restore.c.
 *
 * The window puts the area on its "plans" page and hands it its commands (the "win."
 * actions and their shortcuts); it listens to "plan-shown" to show the page and to
 * :document to follow the plan in front. A failed open says what went wrong, where in
 * the file, and what to do.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-plans-area"

#include "config.h"

#include <glib/gi18n.h>

#include "solar-alert.h"
#include "solar-application.h"
#include "solar-campaign-io.h"
#include "solar-plan-page.h"
#include "solar-plans-area-private.h"

enum {
  PROP_0,
  PROP_DATASET,
  PROP_DOCUMENT,
  PROP_TITLE,
  N_PROPS
};

enum {
  PLAN_SHOWN,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (SolarPlansArea, solar_plans_area, GTK_TYPE_WIDGET)

static SolarRules *
get_rules (SolarPlansArea *self)
{
  g_autoptr(GError) error = NULL;

  if (self->rules == NULL)
    {
      /* Built in, so a failure is a broken build: say so loudly, keep the window usable. */
      self->rules = solar_rules_load_default (self->dataset, &error);
      if (self->rules == NULL)
        g_critical ("The built-in platform rules are invalid: %s", error->message);
    }
  return self->rules;
}

/* Returns: (nullable): the plan of @page, %NULL while it is read */
SolarDocument *
solar_plans_area_page_document (AdwTabPage *page)
{
  return solar_plan_page_get_document (SOLAR_PLAN_PAGE (adw_tab_page_get_child (page)));
}


/**
 * solar_plans_area_get_editor:
 *
 * Returns: (transfer none) (nullable): the editor in the selected tab
 */
SolarPlanEditor *
solar_plans_area_get_editor (SolarPlansArea *self)
{
  AdwTabPage *page;

  g_return_val_if_fail (SOLAR_IS_PLANS_AREA (self), NULL);

  if ((page = adw_tab_view_get_selected_page (self->tab_view)) == NULL)
    return NULL;
  return solar_plan_page_get_editor (SOLAR_PLAN_PAGE (adw_tab_page_get_child (page)));
}

/**
 * solar_plans_area_get_document:
 *
 * Returns: (transfer none) (nullable): the plan in the selected tab
 */
SolarDocument *
solar_plans_area_get_document (SolarPlansArea *self)
{
  SolarPlanEditor *editor = solar_plans_area_get_editor (self);

  return editor != NULL ? solar_plan_editor_get_document (editor) : NULL;
}

/* Whether no tab is open, not even one whose plan is being read. */
gboolean
solar_plans_area_is_empty (SolarPlansArea *self)
{
  g_return_val_if_fail (SOLAR_IS_PLANS_AREA (self), TRUE);
  return adw_tab_view_get_n_pages (self->tab_view) == 0;
}

/**
 * solar_plans_area_get_title:
 *
 * Returns: what names the area: the plan in front, or "Plans"
 */
const char *
solar_plans_area_get_title (SolarPlansArea *self)
{
  AdwTabPage *page;

  g_return_val_if_fail (SOLAR_IS_PLANS_AREA (self), NULL);

  if ((page = adw_tab_view_get_selected_page (self->tab_view)) == NULL)
    return _("Plans");
  return adw_tab_page_get_title (page);
}

/* Also when a tab goes: the last one leaves the area empty after the selection changed. */
static void
on_selected_page_changed (SolarPlansArea *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

static void
on_page_title_changed (SolarPlansArea *self,
                       GParamSpec     *pspec,
                       AdwTabPage     *page)
{
  if (adw_tab_page_get_selected (page))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/* In the toast overlay the area is in (the window's), if any. */
void
solar_plans_area_toast (SolarPlansArea *self,
                        const char     *title)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (title));
}

/* Recent plans live in GtkRecentManager, shared with the file chooser and the desktop. */
void
solar_plans_area_remember_file (GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);

  gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
}

/* Returns: (nullable): where drafts are kept, when the area is in the application's window */
SolarDrafts *
solar_plans_area_get_drafts (SolarPlansArea *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkApplication *application = GTK_IS_WINDOW (root) ? gtk_window_get_application (GTK_WINDOW (root)) : NULL;

  return SOLAR_IS_APPLICATION (application)
         ? solar_application_get_drafts (SOLAR_APPLICATION (application)) : NULL;
}

/* @page shows @document now: its title, its drafts, the recent files. */
static void
show_document (SolarPlansArea *self,
               AdwTabPage     *page,
               SolarDocument  *document)
{
  SolarDrafts *drafts;

  if ((drafts = solar_plans_area_get_drafts (self)) != NULL)
    solar_drafts_track (drafts, document);
  g_object_bind_property (document, "title", page, "title", G_BINDING_SYNC_CREATE);
  g_signal_connect_object (page, "notify::title", G_CALLBACK (on_page_title_changed), self,
                           G_CONNECT_SWAPPED);
  if (solar_document_get_file (document) != NULL)
    solar_plans_area_remember_file (solar_document_get_file (document));
}

/**
 * solar_plans_area_add_document:
 * @position: where the tab goes, or -1 for the end
 *
 * Shows @document in a new tab, selected, and keeps drafts of it while it has unsaved
 * changes. Emits "plan-shown".
 */
void
solar_plans_area_add_document (SolarPlansArea *self,
                               SolarDocument  *document,
                               int             position)
{
  GtkWidget *editor;
  GtkWidget *child;
  AdwTabPage *page;

  g_return_if_fail (SOLAR_IS_PLANS_AREA (self));
  g_return_if_fail (SOLAR_IS_DOCUMENT (document));

  editor = solar_plan_editor_new (document, self->dataset, get_rules (self));
  child = solar_plan_page_new (SOLAR_PLAN_EDITOR (editor));
  if (position >= 0 && position <= adw_tab_view_get_n_pages (self->tab_view))
    page = adw_tab_view_insert (self->tab_view, child, position);
  else
    page = adw_tab_view_append (self->tab_view, child);
  show_document (self, page, document);
  adw_tab_view_set_selected_page (self->tab_view, page);
  g_signal_emit (self, signals[PLAN_SHOWN], 0, document);
}

static AdwTabPage *
find_page_for_file (SolarPlansArea *self,
                    GFile          *file)
{
  for (int i = 0; i < adw_tab_view_get_n_pages (self->tab_view); i++)
    {
      AdwTabPage *page = adw_tab_view_get_nth_page (self->tab_view, i);
      GFile *page_file = solar_plan_page_get_file (SOLAR_PLAN_PAGE (adw_tab_page_get_child (page)));

      if (page_file != NULL && g_file_equal (page_file, file))
        return page;
    }
  return NULL;
}

static AdwTabPage *
find_page (SolarPlansArea *self,
           SolarDocument  *document)
{
  for (int i = 0; i < adw_tab_view_get_n_pages (self->tab_view); i++)
    {
      AdwTabPage *page = adw_tab_view_get_nth_page (self->tab_view, i);

      if (solar_plans_area_page_document (page) == document)
        return page;
    }
  return NULL;
}

/* A plan being read for a tab: opened into it, or reloaded in its place. */
typedef struct
{
  SolarPlansArea *area;
  AdwTabPage     *page;
} Read;

static Read *
read_new (SolarPlansArea *area,
          AdwTabPage     *page)
{
  Read *read = g_new0 (Read, 1);

  read->area = g_object_ref (area);
  read->page = g_object_ref (page);
  return read;
}

static void
read_free (Read *read)
{
  g_object_unref (read->area);
  g_object_unref (read->page);
  g_free (read);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Read, read_free)

static gboolean
has_page (SolarPlansArea *self,
          AdwTabPage     *page)
{
  for (int i = 0; i < adw_tab_view_get_n_pages (self->tab_view); i++)
    if (adw_tab_view_get_nth_page (self->tab_view, i) == page)
      return TRUE;
  return FALSE;
}

static void
load_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(Read) read = user_data;
  SolarPlansArea *self = read->area;
  AdwTabPage *page = read->page;
  g_autoptr(GError) error = NULL;
  g_autoptr(SolarDocument) document = solar_document_load_finish (result, &error);
  GtkWidget *editor;

  /* Its tab was closed, or the window went, meanwhile. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      gtk_widget_get_root (GTK_WIDGET (self)) == NULL || !has_page (self, page))
    return;

  if (document == NULL)
    {
      /* The tab goes (it has no plan to lose); the message names the file and the place
       * in it, and says what was expected. */
      adw_tab_view_close_page (self->tab_view, page);
      solar_alert_show_error (GTK_WIDGET (self), _("Could Not Open the Plan"), error->message);
      return;
    }
  editor = solar_plan_editor_new (document, self->dataset, get_rules (self));
  solar_plan_page_set_editor (SOLAR_PLAN_PAGE (adw_tab_page_get_child (page)), SOLAR_PLAN_EDITOR (editor));
  adw_tab_page_set_loading (page, FALSE);
  show_document (self, page, document);
  if (adw_tab_page_get_selected (page))
    on_selected_page_changed (self);
}

/**
 * solar_plans_area_open:
 *
 * Opens a plan file in a new tab, read off the main thread (the tab shows it coming), or
 * shows its tab if it is open already (a second copy could overwrite the first).
 */
void
solar_plans_area_open (SolarPlansArea *self,
                       GFile          *file)
{
  AdwTabPage *page;
  GtkWidget *child;
  g_autofree char *name = NULL;

  g_return_if_fail (SOLAR_IS_PLANS_AREA (self));
  g_return_if_fail (G_IS_FILE (file));

  if ((page = find_page_for_file (self, file)) != NULL)
    {
      adw_tab_view_set_selected_page (self->tab_view, page);
      g_signal_emit (self, signals[PLAN_SHOWN], 0, solar_plans_area_page_document (page));
      return;
    }

  child = solar_plan_page_new_loading (file);
  page = adw_tab_view_append (self->tab_view, child);
  name = g_file_get_basename (file);
  adw_tab_page_set_title (page, name);
  adw_tab_page_set_loading (page, TRUE);
  adw_tab_view_set_selected_page (self->tab_view, page);
  g_signal_emit (self, signals[PLAN_SHOWN], 0, NULL);

  solar_document_load_async (file, solar_plan_page_get_cancellable (SOLAR_PLAN_PAGE (child)), load_cb,
                             read_new (self, page));
}

/**
 * solar_plans_area_new_plan:
 * @template_id: a template's id, or "" for an empty plan
 *
 * Returns: %FALSE if the template could not be read (the user is told why)
 */
gboolean
solar_plans_area_new_plan (SolarPlansArea *self,
                           const char     *template_id)
{
  g_autoptr(SolarCampaign) campaign = NULL;
  g_autoptr(SolarDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (SOLAR_IS_PLANS_AREA (self), FALSE);

  if (template_id == NULL || *template_id == '\0')
    campaign = solar_campaign_new ();
  else if ((campaign = solar_campaign_new_from_template (template_id, &error)) == NULL)
    {
      solar_alert_show_error (GTK_WIDGET (self), _("Could Not Create the Plan"), error->message);
      return FALSE;
    }
  document = solar_document_new (campaign);
  solar_plans_area_add_document (self, document, -1);
  return TRUE;
}

static void
reload_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(Read) read = user_data;
  SolarPlansArea *self = read->area;
  g_autoptr(GError) error = NULL;
  g_autoptr(SolarDocument) fresh = solar_document_load_finish (result, &error);
  int position;

  if (fresh == NULL)
    {
      solar_alert_show_error (GTK_WIDGET (self), _("Could Not Reload the Plan"), error->message);
      return;
    }
  if (!has_page (self, read->page))
    return;   /* closed meanwhile */

  /* The new version takes the old one's place; the old one's changes were given up. */
  position = adw_tab_view_get_page_position (self->tab_view, read->page);
  g_object_set_data (G_OBJECT (read->page), "solar-close-confirmed", GINT_TO_POINTER (TRUE));
  adw_tab_view_close_page (self->tab_view, read->page);
  solar_plans_area_add_document (self, fresh, position);
}

/* Replaces @document's tab with its file as it is on disk now. */
void
solar_plans_area_reload (SolarPlansArea *self,
                         SolarDocument  *document)
{
  GFile *file = solar_document_get_file (document);
  AdwTabPage *page = find_page (self, document);

  g_return_if_fail (file != NULL);
  if (page != NULL)
    solar_document_load_async (file, NULL, reload_cb, read_new (self, page));
}

GtkFileFilter *
solar_plans_area_create_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Campaign Plans"));
  gtk_file_filter_add_pattern (filter, "*" SOLAR_PLAN_SUFFIX);
  gtk_file_filter_add_mime_type (filter, "application/x-social-solar-campaign+json");
  return filter;
}

static void
solar_plans_area_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SolarPlansArea *self = SOLAR_PLANS_AREA (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;
    case PROP_DOCUMENT:
      g_value_set_object (value, solar_plans_area_get_document (self));
      break;
    case PROP_TITLE:
      g_value_set_string (value, solar_plans_area_get_title (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
solar_plans_area_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SolarPlansArea *self = SOLAR_PLANS_AREA (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      self->dataset = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
solar_plans_area_dispose (GObject *object)
{
  SolarPlansArea *self = SOLAR_PLANS_AREA (object);

  /* The tabs go with the area: say nothing more about them. */
  if (self->tab_view != NULL)
    g_signal_handlers_disconnect_by_data (self->tab_view, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), SOLAR_TYPE_PLANS_AREA);
  g_clear_object (&self->rules);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (solar_plans_area_parent_class)->dispose (object);
}

static void
solar_plans_area_class_init (SolarPlansAreaClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = solar_plans_area_get_property;
  object_class->set_property = solar_plans_area_set_property;
  object_class->dispose = solar_plans_area_dispose;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, SOLAR_TYPE_DATASET,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The plan in the selected tab; NULL once the last tab is closed. */
  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, SOLAR_TYPE_DOCUMENT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SolarPlansArea::plan-shown:
   * @document: (nullable): the plan now in front, %NULL while it is read
   *
   * A plan was opened, made or restored, or is brought to the front (asked for again, or
   * asked about before the window closes): the window shows the area.
   */
  signals[PLAN_SHOWN] = g_signal_new ("plan-shown", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                      NULL, NULL, NULL, G_TYPE_NONE, 1, SOLAR_TYPE_DOCUMENT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/socialsolar/SocialSolar/ui/solar-plans-area.ui");
  gtk_widget_class_bind_template_child (widget_class, SolarPlansArea, tab_bar);
  gtk_widget_class_bind_template_child (widget_class, SolarPlansArea, tab_view);
  gtk_widget_class_bind_template_callback (widget_class, solar_plans_area_on_close_page);
  gtk_widget_class_bind_template_callback (widget_class, on_selected_page_changed);
  gtk_widget_class_set_css_name (widget_class, "plansarea");
  /* A container: what it holds is named; it is not (GTK 4.8 would call it by its type). */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GENERIC);
}

static void
solar_plans_area_init (SolarPlansArea *self)
{
  g_type_ensure (ADW_TYPE_TAB_BAR);
  g_type_ensure (ADW_TYPE_TAB_VIEW);
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
solar_plans_area_new (SolarDataset *dataset)
{
  g_return_val_if_fail (SOLAR_IS_DATASET (dataset), NULL);
  return g_object_new (SOLAR_TYPE_PLANS_AREA, "dataset", dataset, NULL);
}
