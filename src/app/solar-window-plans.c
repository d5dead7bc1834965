/* solar-window-plans.c: opening, editing, saving and closing campaign plans
 *
 * Plans open in tabs on the window's "plans" page, each a SolarPlanEditor over a
 * SolarDocument. Every command is a "win." action with a keyboard shortcut (Ctrl+N, O, S,
 * Shift+S, W), so the menu, the shortcuts window and the keys agree. A failed open says
 * what went wrong, where in the file, and what to do; saving and closing are in
 * solar-window-save.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-window-plans"

#include "config.h"

#include <glib/gi18n.h>

#include "solar-application.h"
#include "solar-campaign-io.h"
#include "solar-alert.h"
#include "solar-file-chooser.h"
#include "solar-drafts.h"
#include "solar-document.h"
#include "solar-plan-editor.h"
#include "solar-platform-plan.h"
#include "solar-window-private.h"

#define PLAN_SUFFIX   ".campaign.json"
#define MAX_RECENT    8

static SolarRules *
get_rules (SolarWindow *self)
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

static SolarPlanEditor *
current_editor (SolarWindow *self)
{
  AdwTabPage *page;

  if (self->tab_view == NULL || (page = adw_tab_view_get_selected_page (self->tab_view)) == NULL)
    return NULL;
  return SOLAR_PLAN_EDITOR (adw_tab_page_get_child (page));
}

static SolarDocument *
current_document (SolarWindow *self)
{
  SolarPlanEditor *editor = current_editor (self);

  return editor ? solar_plan_editor_get_document (editor) : NULL;
}

/* Returns: (transfer none) (nullable): the plan in the selected tab */
SolarDocument *
solar_window_plans_get_current_document (SolarWindow *self)
{
  return current_document (self);
}

/**
 * solar_window_plans_get_title:
 *
 * Returns: what the window's subtitle says on the plans page: the plan in front
 */
const char *
solar_window_plans_get_title (SolarWindow *self)
{
  AdwTabPage *page;

  if (self->tab_view == NULL || (page = adw_tab_view_get_selected_page (self->tab_view)) == NULL)
    return _("Plans");
  return adw_tab_page_get_title (page);
}

static void
update_actions (SolarWindow *self)
{
  gboolean have_plan = current_document (self) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-plan", have_plan);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-plan-as", have_plan);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.close-plan", have_plan);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-plans", have_plan);
  solar_window_brief_update_actions (self);
}

static void
on_selected_page_changed (SolarWindow *self)
{
  SolarDocument *document = current_document (self);

  update_actions (self);
  /* The diagram shows the plan in front. */
  solar_orbit_view_set_plan (self->orbit_view, document ? solar_document_get_campaign (document) : NULL);
  if (g_strcmp0 (self->here.page, "plans") == 0)
    adw_window_title_set_subtitle (self->window_title, solar_window_plans_get_title (self));
}

static void
on_page_title_changed (SolarWindow *self,
                       GParamSpec  *pspec,
                       AdwTabPage  *page)
{
  if (g_strcmp0 (self->here.page, "plans") == 0 && adw_tab_page_get_selected (page))
    adw_window_title_set_subtitle (self->window_title, adw_tab_page_get_title (page));
}

void
solar_window_show_error (SolarWindow *self,
                         const char  *heading,
                         const char  *body)
{
  GtkWidget *alert = solar_alert_new (heading, body);

  solar_alert_add_responses (alert, "close", _("_Close"), NULL);
  solar_alert_present (alert, GTK_WIDGET (self));
}

/* Recent plans live in GtkRecentManager, shared with the file chooser and the desktop. */
static void
rebuild_recent_menu (SolarWindow *self)
{
  GtkRecentManager *manager = gtk_recent_manager_get_default ();
  GList *items = gtk_recent_manager_get_items (manager);
  guint shown = 0;

  g_menu_remove_all (self->recent_menu);
  for (GList *l = items; l != NULL && shown < MAX_RECENT; l = l->next)
    {
      const char *uri = gtk_recent_info_get_uri (l->data);
      g_autoptr(GMenuItem) item = NULL;

      if (!g_str_has_suffix (uri, PLAN_SUFFIX) || !gtk_recent_info_exists (l->data))
        continue;
      item = g_menu_item_new (gtk_recent_info_get_display_name (l->data), NULL);
      g_menu_item_set_action_and_target (item, "win.open-recent", "s", uri);
      g_menu_append_item (self->recent_menu, item);
      shown++;
    }
  g_list_free_full (items, (GDestroyNotify)gtk_recent_info_unref);
}

void
solar_window_plans_remember_file (SolarWindow *self,
                                  GFile       *file)
{
  g_autofree char *uri = g_file_get_uri (file);

  gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
}

/**
 * solar_window_plans_add_document:
 * @position: where the tab goes, or -1 for the end
 *
 * Shows @document in a new tab, and keeps drafts of it while it has unsaved changes.
 */
void
solar_window_plans_add_document (SolarWindow   *self,
                                 SolarDocument *document,
                                 int            position)
{
  GtkWidget *editor = solar_plan_editor_new (document, self->dataset, get_rules (self));
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));
  AdwTabPage *page;

  solar_window_plans_ensure_page (self);
  if (position >= 0 && position <= adw_tab_view_get_n_pages (self->tab_view))
    page = adw_tab_view_insert (self->tab_view, editor, position);
  else
    page = adw_tab_view_append (self->tab_view, editor);
  if (SOLAR_IS_APPLICATION (application))
    solar_drafts_track (solar_application_get_drafts (SOLAR_APPLICATION (application)), document);
  g_object_bind_property (document, "title", page, "title", G_BINDING_SYNC_CREATE);
  /* The window's subtitle names the plan in front, as the plan is named or saved. */
  g_signal_connect_object (page, "notify::title", G_CALLBACK (on_page_title_changed), self,
                           G_CONNECT_SWAPPED);
  adw_tab_view_set_selected_page (self->tab_view, page);
  if (solar_document_get_file (document) != NULL)
    solar_window_plans_remember_file (self, solar_document_get_file (document));
  solar_window_go_to (self, "plans", NULL);
  update_actions (self);
}

static void
load_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(SolarWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(SolarDocument) document = solar_document_load_finish (result, &error);

  if (document == NULL)
    {
      /* The message names the file and the place in it, and says what was expected. */
      solar_window_show_error (self, _("Could Not Open the Plan"), error->message);
      return;
    }
  solar_window_plans_add_document (self, document, -1);
}

static void
open_file (SolarWindow *self,
           GFile       *file)
{
  /* Already open: show it rather than open a second copy that could overwrite the first. */
  for (int i = 0; self->tab_view && i < adw_tab_view_get_n_pages (self->tab_view); i++)
    {
      AdwTabPage *page = adw_tab_view_get_nth_page (self->tab_view, i);
      SolarDocument *document = solar_plan_editor_get_document (SOLAR_PLAN_EDITOR (adw_tab_page_get_child (page)));

      if (solar_document_get_file (document) && g_file_equal (solar_document_get_file (document), file))
        {
          adw_tab_view_set_selected_page (self->tab_view, page);
          solar_window_go_to (self, "plans", NULL);
          return;
        }
    }
  solar_document_load_async (file, NULL, load_cb, g_object_ref (self));
}

static AdwTabPage *
find_page (SolarWindow   *self,
           SolarDocument *document)
{
  for (int i = 0; self->tab_view && i < adw_tab_view_get_n_pages (self->tab_view); i++)
    {
      AdwTabPage *page = adw_tab_view_get_nth_page (self->tab_view, i);

      if (solar_plan_editor_get_document (SOLAR_PLAN_EDITOR (adw_tab_page_get_child (page))) == document)
        return page;
    }
  return NULL;
}

typedef struct
{
  SolarWindow   *window;
  SolarDocument *stale;
} Reload;

static void
reload_free (Reload *reload)
{
  g_object_unref (reload->window);
  g_object_unref (reload->stale);
  g_free (reload);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Reload, reload_free)

static void
reload_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(Reload) reload = user_data;
  SolarWindow *self = reload->window;
  g_autoptr(GError) error = NULL;
  g_autoptr(SolarDocument) fresh = solar_document_load_finish (result, &error);
  AdwTabPage *page = find_page (self, reload->stale);
  int position;

  if (fresh == NULL)
    {
      solar_window_show_error (self, _("Could Not Reload the Plan"), error->message);
      return;
    }
  if (page == NULL)
    return;   /* closed meanwhile */

  /* The new version takes the old one's place; the old one's changes were given up. */
  position = adw_tab_view_get_page_position (self->tab_view, page);
  g_object_set_data (G_OBJECT (page), "solar-close-confirmed", GINT_TO_POINTER (TRUE));
  adw_tab_view_close_page (self->tab_view, page);
  solar_window_plans_add_document (self, fresh, position);
}

/**
 * solar_window_plans_reload:
 *
 * Replaces @document's tab with its file as it is on disk now.
 */
void
solar_window_plans_reload (SolarWindow   *self,
                           SolarDocument *document)
{
  GFile *file = solar_document_get_file (document);
  Reload *reload;

  g_return_if_fail (file != NULL);
  reload = g_new0 (Reload, 1);
  reload->window = g_object_ref (self);
  reload->stale = g_object_ref (document);
  solar_document_load_async (file, NULL, reload_cb, reload);
}

/**
 * solar_window_open_plan:
 *
 * Opens a plan file in a new tab, or shows its tab if it is open already.
 */
void
solar_window_open_plan (SolarWindow *self,
                        GFile       *file)
{
  g_return_if_fail (SOLAR_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));
  open_file (self, file);
}

static void
new_plan_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SolarWindow *self = SOLAR_WINDOW (widget);
  const char *template_id = parameter ? g_variant_get_string (parameter, NULL) : "";
  g_autoptr(SolarCampaign) campaign = NULL;
  g_autoptr(SolarDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  if (*template_id == '\0')
    campaign = solar_campaign_new ();
  else if ((campaign = solar_campaign_new_from_template (template_id, &error)) == NULL)
    {
      solar_window_show_error (self, _("Could Not Create the Plan"), error->message);
      return;
    }
  document = solar_document_new (campaign);
  solar_window_plans_add_document (self, document, -1);
}

GtkFileFilter *
solar_window_plans_create_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Campaign Plans"));
  gtk_file_filter_add_pattern (filter, "*" PLAN_SUFFIX);
  gtk_file_filter_add_mime_type (filter, "application/x-social-solar-campaign+json");
  return filter;
}

static void
on_open_chosen (GObject      *window,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GFile) file = solar_file_chooser_finish (result, NULL);

  if (file != NULL)
    open_file (SOLAR_WINDOW (window), file);
}

static void
open_plan_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SolarWindow *self = SOLAR_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = solar_window_plans_create_filter ();

  solar_file_chooser_ask (GTK_WINDOW (self), SOLAR_FILE_CHOOSER_OPEN, _("Open Plan"), _("_Open"),
                          filter, NULL, on_open_chosen, NULL);
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  open_file (SOLAR_WINDOW (widget), file);
}


static void
on_page_detached (SolarWindow *self)
{
  /* The window is going: its tabs go with it, and there is nowhere to go back to (the
   * pages of its history may be finalized already). */
  if (gtk_widget_in_destruction (GTK_WIDGET (self)))
    return;
  update_actions (self);
  if (adw_tab_view_get_n_pages (self->tab_view) == 0 && g_strcmp0 (self->here.page, "plans") == 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.back", NULL);
}

/* The user stays where they are picking tactics; the toast offers the way to the plan. */
static void
toast_with_show_plan (SolarWindow *self,
                      const char  *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_button_label (toast, _("_Show Plan"));
  adw_toast_set_action_name (toast, "win.show-plans");
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* "Add to Plan" on a platform's page: into the plan in front, or a new one if none. */
static void
add_tactic_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  SolarWindow *self = SOLAR_WINDOW (widget);
  SolarItem *item = solar_dataset_find_item (self->dataset, g_variant_get_string (parameter, NULL));
  SolarDocument *document;
  g_autofree char *plan_title = NULL;
  g_autofree char *message = NULL;

  if (item == NULL)
    return;

  if ((document = current_document (self)) == NULL)
    {
      g_autoptr(SolarCampaign) campaign = solar_campaign_new ();
      g_autoptr(SolarDocument) fresh = solar_document_new (campaign);
      const char *here = self->here.page ? self->here.page : "diagram";
      g_autofree char *target = g_strdup (self->here.target);
      g_autofree char *page = g_strdup (here);

      solar_window_plans_add_document (self, fresh, -1);
      /* Stay where the user is: they are picking tactics from this page. */
      solar_window_go_to (self, page, target);
      document = fresh;
    }

  solar_campaign_add_tactic (solar_document_get_campaign (document),
                             solar_item_get_platform_id (item), solar_item_get_id (item));
  plan_title = solar_document_dup_title (document);
  message = g_strdup_printf (_("Added “%s” to “%s”"), solar_text_get (solar_item_get_title (item)),
                             g_str_has_prefix (plan_title, "• ") ? plan_title + strlen ("• ") : plan_title);
  toast_with_show_plan (self, message);
}

/* "Add to Plan" in the diagram's menu: the platform joins the plan, tactics come later. */
static void
add_platform_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SolarWindow *self = SOLAR_WINDOW (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  SolarPlatform *platform = solar_dataset_find_platform (self->dataset, id);
  SolarDocument *document;
  SolarCampaign *campaign;
  g_autofree char *message = NULL;
  g_autofree char *plan_title = NULL;

  if (platform == NULL)
    return;
  if ((document = current_document (self)) == NULL)
    {
      g_autoptr(SolarCampaign) fresh_campaign = solar_campaign_new ();
      g_autoptr(SolarDocument) fresh = solar_document_new (fresh_campaign);
      g_autofree char *page = g_strdup (self->here.page ? self->here.page : "diagram");
      g_autofree char *target = g_strdup (self->here.target);

      solar_window_plans_add_document (self, fresh, -1);
      solar_window_go_to (self, page, target);
      document = fresh;
    }

  campaign = solar_document_get_campaign (document);
  if (solar_campaign_find_platform (campaign, id) == NULL)
    {
      g_autoptr(SolarPlatformPlan) plan = solar_platform_plan_new (id);

      solar_campaign_add_platform (campaign, plan);
    }
  plan_title = solar_document_dup_title (document);
  message = g_strdup_printf (_("Added %s to “%s”"), solar_text_get (solar_platform_get_name (platform)),
                             g_str_has_prefix (plan_title, "• ") ? plan_title + strlen ("• ") : plan_title);
  toast_with_show_plan (self, message);
}

static void
show_plans_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  SolarWindow *self = SOLAR_WINDOW (widget);
  SolarPlanEditor *editor;

  solar_window_go_to (self, "plans", NULL);
  /* From "Show Plan": a plan without a name yet wants one first. */
  if ((editor = current_editor (self)) != NULL &&
      *solar_campaign_get_name (solar_document_get_campaign (solar_plan_editor_get_document (editor))) == '\0')
    solar_plan_editor_focus_name (editor);
}

/**
 * solar_window_plans_ensure_page:
 *
 * Creates the plans page (tabs of open plans) the first time it is needed.
 */
GtkWidget *
solar_window_plans_ensure_page (SolarWindow *self)
{
  GtkWidget *box;
  GtkWidget *bar;

  if (self->tab_view != NULL)
    return gtk_stack_get_child_by_name (self->stack, "plans");

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  self->tab_view = ADW_TAB_VIEW (adw_tab_view_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->tab_view), TRUE);
  bar = GTK_WIDGET (adw_tab_bar_new ());
  adw_tab_bar_set_view (ADW_TAB_BAR (bar), self->tab_view);
  gtk_box_append (GTK_BOX (box), bar);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->tab_view));
  g_signal_connect_object (self->tab_view, "close-page", G_CALLBACK (solar_window_save_on_close_page), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->tab_view, "page-detached", G_CALLBACK (on_page_detached), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->tab_view, "notify::selected-page",
                           G_CALLBACK (on_selected_page_changed), self, G_CONNECT_SWAPPED);
  gtk_stack_add_titled (self->stack, box, "plans", _("Plans"));
  return box;
}

static void
add_templates_to_menu (SolarWindow *self,
                       GMenu       *section)
{
  g_auto(GStrv) ids = solar_campaign_list_templates ();

  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autoptr(SolarCampaign) campaign = solar_campaign_new_from_template (ids[i], NULL);
      g_autoptr(GMenuItem) item = NULL;

      if (campaign == NULL)
        continue;
      item = g_menu_item_new (solar_campaign_get_name (campaign), NULL);
      g_menu_item_set_action_and_target (item, "win.new-plan", "s", ids[i]);
      g_menu_append_item (section, item);
    }
}

/* Called when the menu is first built: the templates and recent plans in the primary menu. */
void
solar_window_plans_fill_menu (SolarWindow *self,
                              GMenu       *templates_section,
                              GMenu       *recent_submenu)
{
  add_templates_to_menu (self, templates_section);
  self->recent_menu = g_object_ref (recent_submenu);
  rebuild_recent_menu (self);
  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (rebuild_recent_menu), self, G_CONNECT_SWAPPED);
  update_actions (self);
}

void
solar_window_plans_dispose (SolarWindow *self)
{
  g_clear_object (&self->rules);
  g_clear_object (&self->recent_menu);
}

void
solar_window_plans_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.new-plan", "s", new_plan_action);
  gtk_widget_class_install_action (widget_class, "win.open-plan", NULL, open_plan_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.add-tactic", "s", add_tactic_action);
  gtk_widget_class_install_action (widget_class, "win.add-platform", "s", add_platform_action);
  gtk_widget_class_install_action (widget_class, "win.show-plans", NULL, show_plans_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new-plan", "s", "");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open-plan", NULL);
  /* The way back to the open plans from any page, once the toast that offered it is gone. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.show-plans", NULL);
  solar_window_save_class_init (widget_class);
}
