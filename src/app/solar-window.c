/* solar-window.c: the main window: the diagram and the pages it opens
 *
 * The pages sit in one stack; the window keeps a history of where the user has been, so
 * Back (the button, Alt+Left) retraces their steps the way a browser does, down to the
 * diagram. Every way of going somewhere (a body, a link row, a search hit, the menu) is a
 * "win." action, so buttons, rows and keyboard shortcuts share one code path.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-window"

#include "config.h"

#include <glib/gi18n.h>

#include "solar-accessible.h"
#include "solar-alert.h"
#include "solar-export-dialog.h"
#include "solar-print.h"
#include "solar-shortcuts.h"
#include "solar-window-private.h"

G_DEFINE_FINAL_TYPE (SolarWindow, solar_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DATASET,
  PROP_SHOW_TUNNEL,
  PROP_DIAGRAM_FIGURES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

SolarWindow *
solar_window_new (AdwApplication *application,
                  SolarDataset   *dataset)
{
  g_return_val_if_fail (ADW_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (SOLAR_IS_DATASET (dataset), NULL);

  return g_object_new (SOLAR_TYPE_WINDOW,
                       "application", application,
                       "dataset", dataset,
                       NULL);
}

static GtkWidget *
add_page (SolarWindow *self,
          GtkWidget   *page,
          const char  *name,
          const char  *title)
{
  gtk_stack_add_titled (self->stack, page, name, title);
  return page;
}

static SolarPlatformPage *
get_platform_page (SolarWindow *self)
{
  if (self->platform_page == NULL)
    self->platform_page = SOLAR_PLATFORM_PAGE (
      add_page (self, g_object_new (SOLAR_TYPE_PLATFORM_PAGE, "dataset", self->dataset, NULL),
                "platform", _("Platform")));
  return self->platform_page;
}

static SolarLandscapePage *
get_landscape_page (SolarWindow *self)
{
  if (self->landscape_page == NULL)
    {
      self->landscape_page = SOLAR_LANDSCAPE_PAGE (
        add_page (self, g_object_new (SOLAR_TYPE_LANDSCAPE_PAGE, NULL), "landscape", _("Landscape")));
      solar_landscape_page_set_dataset (self->landscape_page, self->dataset);
    }
  return self->landscape_page;
}

static SolarComparePage *
get_compare_page (SolarWindow *self)
{
  if (self->compare_page == NULL)
    {
      self->compare_page = SOLAR_COMPARE_PAGE (
        add_page (self, g_object_new (SOLAR_TYPE_COMPARE_PAGE, NULL), "compare", _("Compare Platforms")));
      solar_compare_page_set_dataset (self->compare_page, self->dataset);
    }
  return self->compare_page;
}

static SolarSearchPage *
get_search_page (SolarWindow *self)
{
  if (self->search_page == NULL)
    self->search_page = SOLAR_SEARCH_PAGE (
      add_page (self, g_object_new (SOLAR_TYPE_SEARCH_PAGE, NULL), "search", _("Search Results")));
  return self->search_page;
}

static void
place_clear (Place *place)
{
  g_clear_pointer (&place->page, g_free);
  g_clear_pointer (&place->target, g_free);
}

static void
update_chrome (SolarWindow *self)
{
  gboolean on_diagram = g_strcmp0 (self->here.page, "diagram") == 0;
  const char *subtitle = _("China's social solar system");
  SolarPlatform *platform;

  gtk_widget_set_visible (GTK_WIDGET (self->back_button), !on_diagram);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.back", !on_diagram);
  /* The tunnel is a layer of the diagram: elsewhere its toggle would only sit there
   * greyed out, taking room from the title in a narrow window. */
  gtk_widget_set_visible (GTK_WIDGET (self->tunnel_button), on_diagram);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-tunnel", on_diagram);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.diagram-figures", on_diagram);

  if (g_strcmp0 (self->here.page, "platform") == 0 &&
      (platform = solar_platform_page_get_platform (get_platform_page (self))) != NULL)
    subtitle = solar_text_get (solar_platform_get_name (platform));
  else if (g_strcmp0 (self->here.page, "landscape") == 0)
    subtitle = _("Landscape");
  else if (g_strcmp0 (self->here.page, "compare") == 0)
    subtitle = _("Compare Platforms");
  else if (g_strcmp0 (self->here.page, "search") == 0)
    subtitle = _("Search Results");
  else if (g_strcmp0 (self->here.page, "plans") == 0)
    subtitle = solar_window_plans_get_title (self);
  adw_window_title_set_subtitle (self->window_title, subtitle);
}

/* "last-view" holds "diagram", "landscape", "compare", or "platform:" and a platform id.
 * Search results are not a place to come back to, so they leave it alone. */
static void
remember_place (SolarWindow *self)
{
  g_autofree char *view = NULL;

  if (self->settings == NULL || g_strcmp0 (self->here.page, "search") == 0)
    return;

  if (g_strcmp0 (self->here.page, "platform") == 0)
    view = g_strconcat ("platform:", self->here.target, NULL);
  g_settings_set_string (self->settings, "last-view", view != NULL ? view : self->here.page);
}

/* Shows @page with @target, without touching the history. */
static void
show_place (SolarWindow *self,
            const char  *page,
            const char  *target)
{
  GtkWidget *focus = NULL;

  if (g_str_equal (page, "platform"))
    {
      SolarPlatform *platform = solar_dataset_find_platform (self->dataset, target);

      g_return_if_fail (platform != NULL);
      solar_platform_page_set_platform (get_platform_page (self), platform);
      focus = GTK_WIDGET (self->platform_page);
    }
  else if (g_str_equal (page, "compare"))
    {
      if (target != NULL && *target != '\0')
        solar_compare_page_select (get_compare_page (self), target, TRUE);
      get_compare_page (self);
    }
  else if (g_str_equal (page, "landscape"))
    get_landscape_page (self);
  else if (g_str_equal (page, "search"))
    {
      get_search_page (self);
      gtk_search_bar_set_search_mode (self->search_bar, TRUE);
    }
  else if (g_str_equal (page, "plans"))
    solar_window_plans_get_area (self);

  place_clear (&self->here);
  self->here.page = g_strdup (page);
  self->here.target = g_strdup (target);
  gtk_stack_set_visible_child_name (self->stack, page);

  /* After the page is showing, so focus lands in it. */
  if (g_str_equal (page, "landscape"))
    solar_landscape_page_reveal (self->landscape_page, target ? target : "");
  else if (g_str_equal (page, "diagram"))
    gtk_widget_child_focus (GTK_WIDGET (self->orbit_view), GTK_DIR_TAB_FORWARD);
  else if (focus != NULL)
    gtk_widget_grab_focus (focus);

  update_chrome (self);
  /* Undo takes back changes to the plan in front, so only while it is in front. */
  solar_window_plans_update_undo (self);
  remember_place (self);
}

/* Goes to @page with @target, remembering where we were for Back. */
static void
go_to (SolarWindow *self,
       const char  *page,
       const char  *target)
{
  if (self->here.page != NULL &&
      !(g_str_equal (self->here.page, page) && g_strcmp0 (self->here.target, target) == 0))
    {
      Place previous = { g_strdup (self->here.page), g_strdup (self->here.target) };

      g_array_append_val (self->history, previous);
    }
  show_place (self, page, target);
}

void
solar_window_go_to (SolarWindow *self,
                    const char  *page,
                    const char  *target)
{
  g_return_if_fail (SOLAR_IS_WINDOW (self));
  go_to (self, page, target);
}

void
solar_window_toast (SolarWindow *self,
                    const char  *title)
{
  g_return_if_fail (SOLAR_IS_WINDOW (self));
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

/* A toast with a button, such as one leading to where a problem is explained. */
void
solar_window_add_toast (SolarWindow *self,
                        AdwToast    *toast)
{
  g_return_if_fail (SOLAR_IS_WINDOW (self));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
solar_window_show_platform (SolarWindow   *self,
                            SolarPlatform *platform)
{
  g_return_if_fail (SOLAR_IS_WINDOW (self));
  g_return_if_fail (SOLAR_IS_PLATFORM (platform));

  go_to (self, "platform", solar_platform_get_id (platform));
}

void
solar_window_show_diagram (SolarWindow *self)
{
  g_return_if_fail (SOLAR_IS_WINDOW (self));

  g_array_set_size (self->history, 0);
  show_place (self, "diagram", NULL);
}

static void
go_back (SolarWindow *self)
{
  Place previous;

  if (self->history->len == 0)
    {
      show_place (self, "diagram", NULL);
      return;
    }

  /* Take the strings out before removal, which would free them. */
  previous = g_array_index (self->history, Place, self->history->len - 1);
  g_array_index (self->history, Place, self->history->len - 1) = (Place) { NULL, NULL };
  g_array_remove_index (self->history, self->history->len - 1);
  show_place (self, previous.page, previous.target);
  place_clear (&previous);
}

static void
on_platform_activated (SolarWindow    *self,
                       SolarPlatform  *platform,
                       SolarOrbitView *view)
{
  solar_window_show_platform (self, platform);
}

static void
on_landscape_activated (SolarWindow    *self,
                        const char     *target,
                        SolarOrbitView *view)
{
  go_to (self, "landscape", target);
}

static void
on_show_tunnel_changed (SolarWindow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_TUNNEL]);
}

static void
on_latest_figures_changed (SolarWindow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIAGRAM_FIGURES]);
}

static void
on_search_changed (SolarWindow    *self,
                   GtkSearchEntry *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autoptr(GPtrArray) hits = NULL;

  if (*text == '\0')
    {
      /* Nothing to look for: back to where the search started. */
      if (g_strcmp0 (self->here.page, "search") == 0)
        go_back (self);
      return;
    }

  hits = solar_search (self->dataset, text);
  solar_search_page_set_results (get_search_page (self), hits);
  if (g_strcmp0 (self->here.page, "search") != 0)
    go_to (self, "search", NULL);
}

static void
on_search_activate (SolarWindow    *self,
                    GtkSearchEntry *entry)
{
  if (self->search_page != NULL)
    solar_search_page_activate_first (self->search_page);
}

static void
on_search_stopped (SolarWindow    *self,
                   GtkSearchEntry *entry)
{
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

static void
on_search_mode_changed (SolarWindow  *self,
                        GParamSpec   *pspec,
                        GtkSearchBar *bar)
{
  if (gtk_search_bar_get_search_mode (bar))
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  else if (g_strcmp0 (self->here.page, "search") == 0)
    go_back (self);
}

static void
export_orbit_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SolarWindow *self = SOLAR_WINDOW (widget);
  GtkWidget *view = GTK_WIDGET (self->orbit_view);
  GtkWidget *dialog;

  /* The current layers are the defaults: what is exported is what is on screen. */
  dialog = solar_export_dialog_new (GTK_WINDOW (self), self->dataset,
                                    solar_orbit_view_get_plan (self->orbit_view),
                                    solar_orbit_view_get_show_tunnel (self->orbit_view),
                                    solar_orbit_view_get_figures (self->orbit_view),
                                    MAX (gtk_widget_get_width (view), 800),
                                    MAX (gtk_widget_get_height (view), 600));
  solar_alert_present (dialog, GTK_WIDGET (self));
}

static void
print_orbit_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SolarWindow *self = SOLAR_WINDOW (widget);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;

  operation = solar_print_operation_new (self->dataset,
                                         solar_orbit_view_get_plan (self->orbit_view),
                                         solar_orbit_view_get_show_tunnel (self->orbit_view),
                                         solar_orbit_view_get_figures (self->orbit_view));
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_WINDOW (self), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    solar_alert_show_error (GTK_WIDGET (self), _("Could Not Print"), error->message);
}

/* Ctrl+?: the Keyboard Shortcuts window (solar-shortcuts.c). */
static void
show_help_overlay_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  solar_shortcuts_present (GTK_WINDOW (widget));
}

static void
exported_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  g_autofree char *name = g_path_get_basename (g_variant_get_string (parameter, NULL));
  g_autofree char *message = g_strdup_printf (_("Exported “%s”"), name);

  solar_window_toast (SOLAR_WINDOW (widget), message);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  go_back (SOLAR_WINDOW (widget));
}

static void
open_platform_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  SolarWindow *self = SOLAR_WINDOW (widget);
  const char *id = g_variant_get_string (parameter, NULL);

  if (solar_dataset_find_platform (self->dataset, id) != NULL)
    go_to (self, "platform", id);
}

/* A search hit on an item: its platform's page, scrolled to the item, highlighted. */
static void
open_item_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SolarWindow *self = SOLAR_WINDOW (widget);
  SolarItem *item = solar_dataset_find_item (self->dataset, g_variant_get_string (parameter, NULL));

  if (item == NULL)
    return;
  go_to (self, "platform", solar_item_get_platform_id (item));
  solar_platform_page_reveal_item (get_platform_page (self), solar_item_get_id (item));
}

static void
open_landscape_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  go_to (SOLAR_WINDOW (widget), "landscape", g_variant_get_string (parameter, NULL));
}

static void
open_tribe_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  g_autofree char *target = g_strdup_printf ("tribe:%s", g_variant_get_string (parameter, NULL));

  go_to (SOLAR_WINDOW (widget), "landscape", target);
}

static void
compare_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  go_to (SOLAR_WINDOW (widget), "compare", g_variant_get_string (parameter, NULL));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SolarWindow *self = SOLAR_WINDOW (widget);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* The schema is missing when the program runs uninstalled without GSETTINGS_SCHEMA_DIR
 * (build-aux/dev and the tests set it); g_settings_new() would abort, so the window just
 * forgets its state instead. */
static GSettings *
new_settings_if_installed (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema == NULL)
    {
      g_debug ("No settings schema %s: the window state is not remembered", APPLICATION_ID);
      return NULL;
    }
  return g_settings_new_full (schema, NULL, NULL);
}

static void
restore_last_view (SolarWindow *self)
{
  /* Only the first window of a run reopens the last view; later ones start on the diagram. */
  static gboolean restored;
  g_autofree char *view = NULL;
  const char *platform_id;

  if (restored)
    return;
  restored = TRUE;

  view = g_settings_get_string (self->settings, "last-view");
  if (g_str_has_prefix (view, "platform:"))
    {
      platform_id = view + strlen ("platform:");
      if (solar_dataset_find_platform (self->dataset, platform_id) != NULL)
        go_to (self, "platform", platform_id);
    }
  else if (g_str_equal (view, "landscape") || g_str_equal (view, "compare"))
    go_to (self, view, NULL);
}

static void
bind_settings (SolarWindow *self)
{
  self->settings = new_settings_if_installed ();
  if (self->settings == NULL)
    return;

  /* GTK keeps default-width/height at the unmaximized size, which is what to restore. */
  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "show-tunnel", self, "show-tunnel", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "diagram-figures", self, "diagram-figures",
                   G_SETTINGS_BIND_DEFAULT);
  restore_last_view (self);
}

/* The menu's popover is a few dozen widgets that the first frame does not need, so it is
 * built the first time the menu opens (by click, F10 or the keyboard). */
static void
create_primary_menu (GtkMenuButton *button,
                     gpointer       user_data)
{
  SolarWindow *self = user_data;

  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (self->primary_menu));
  solar_accessible_name_menu_items (gtk_menu_button_get_popover (button));
}

static gboolean
fill_menu_idle (gpointer data)
{
  SolarWindow *self = data;

  solar_window_plans_fill_menu (self, self->templates_section, self->recent_submenu);
  return G_SOURCE_REMOVE;
}

static void
solar_window_constructed (GObject *object)
{
  SolarWindow *self = (SolarWindow *)object;

  G_OBJECT_CLASS (solar_window_parent_class)->constructed (object);

  solar_orbit_view_set_dataset (self->orbit_view, self->dataset);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  gtk_menu_button_set_create_popup_func (self->primary_menu_button, create_primary_menu, self, NULL);
  show_place (self, "diagram", NULL);
  /* Nothing to show until a plan opens (solar-window-plans.c enables it then). */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-plans", FALSE);
  /* Before the focus is set: the diagram's settings (the latest figures) rebuild its
   * buttons. */
  bind_settings (self);
  /* The window opens on the diagram, so that is where the keyboard starts, not on the
   * first header bar button. */
  gtk_window_set_focus (GTK_WINDOW (self), solar_orbit_view_get_tab_stop (self->orbit_view));
  /* After the first frame: the templates and the recent-files list are read from disk. */
  g_idle_add_full (G_PRIORITY_LOW, fill_menu_idle, g_object_ref (self), g_object_unref);
}

static gboolean
solar_window_close_request (GtkWindow *window)
{
  /* A plan with unsaved changes is shown and asked about first. */
  if (solar_window_plans_close_request (SOLAR_WINDOW (window)))
    return TRUE;
  return GTK_WINDOW_CLASS (solar_window_parent_class)->close_request (window);
}

static void
solar_window_dispose (GObject *object)
{
  SolarWindow *self = (SolarWindow *)object;

  solar_window_plans_dispose (self);
  g_clear_object (&self->dataset);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (solar_window_parent_class)->dispose (object);
}

static void
solar_window_finalize (GObject *object)
{
  SolarWindow *self = (SolarWindow *)object;

  g_clear_pointer (&self->history, g_array_unref);
  place_clear (&self->here);

  G_OBJECT_CLASS (solar_window_parent_class)->finalize (object);
}

static void
solar_window_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  SolarWindow *self = SOLAR_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;

    case PROP_SHOW_TUNNEL:
      /* Property actions read the state before the template is built. */
      g_value_set_boolean (value, self->orbit_view != NULL &&
                                  solar_orbit_view_get_show_tunnel (self->orbit_view));
      break;

    case PROP_DIAGRAM_FIGURES:
      g_value_set_string (value, self->orbit_view != NULL &&
                                 solar_orbit_view_get_figures (self->orbit_view) ==
                                   SOLAR_ORBIT_FIGURES_LATEST ? "latest" : "report");
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
solar_window_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  SolarWindow *self = SOLAR_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      self->dataset = g_value_dup_object (value);
      break;

    case PROP_SHOW_TUNNEL:
      solar_orbit_view_set_show_tunnel (self->orbit_view, g_value_get_boolean (value));
      break;

    case PROP_DIAGRAM_FIGURES:
      solar_orbit_view_set_figures (self->orbit_view,
                                    g_strcmp0 (g_value_get_string (value), "latest") == 0
                                      ? SOLAR_ORBIT_FIGURES_LATEST : SOLAR_ORBIT_FIGURES_REPORT);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
solar_window_class_init (SolarWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = solar_window_constructed;
  GTK_WINDOW_CLASS (klass)->close_request = solar_window_close_request;
  object_class->dispose = solar_window_dispose;
  object_class->finalize = solar_window_finalize;
  object_class->get_property = solar_window_get_property;
  object_class->set_property = solar_window_set_property;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL,
                         SOLAR_TYPE_DATASET,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /* Mirrors the diagram's property so that "win.show-tunnel" is a stateful action. */
  properties[PROP_SHOW_TUNNEL] =
    g_param_spec_boolean ("show-tunnel", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* "report" or "latest": a string, so that "win.diagram-figures" is a radio action the two
   * toggle buttons and the menu's items share. */
  properties[PROP_DIAGRAM_FIGURES] =
    g_param_spec_string ("diagram-figures", NULL, NULL,
                         "report",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SOLAR_TYPE_COMPARE_PAGE);
  g_type_ensure (SOLAR_TYPE_LANDSCAPE_PAGE);
  g_type_ensure (SOLAR_TYPE_ORBIT_VIEW);
  g_type_ensure (SOLAR_TYPE_PLATFORM_PAGE);
  g_type_ensure (SOLAR_TYPE_SEARCH_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/socialsolar/SocialSolar/ui/solar-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SolarWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, SolarWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, SolarWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, SolarWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, SolarWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SolarWindow, orbit_view);
  gtk_widget_class_bind_template_child (widget_class, SolarWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SolarWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, SolarWindow, tunnel_button);
  gtk_widget_class_bind_template_child (widget_class, SolarWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, SolarWindow, templates_section);
  gtk_widget_class_bind_template_child (widget_class, SolarWindow, edit_section);
  gtk_widget_class_bind_template_child (widget_class, SolarWindow, recent_submenu);
  gtk_widget_class_bind_template_callback (widget_class, on_platform_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_landscape_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_show_tunnel_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_latest_figures_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_search_stopped);
  gtk_widget_class_bind_template_callback (widget_class, on_search_mode_changed);

  solar_window_plans_class_init (widget_class);
  gtk_widget_class_install_action (widget_class, "win.export-orbit", NULL, export_orbit_action);
  gtk_widget_class_install_action (widget_class, "win.exported", "s", exported_action);
  gtk_widget_class_install_action (widget_class, "win.print-orbit", NULL, print_orbit_action);
  solar_window_brief_class_init (widget_class);
  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.open-platform", "s", open_platform_action);
  gtk_widget_class_install_action (widget_class, "win.open-item", "s", open_item_action);
  gtk_widget_class_install_action (widget_class, "win.open-landscape", "s", open_landscape_action);
  gtk_widget_class_install_action (widget_class, "win.open-tribe", "s", open_tribe_action);
  gtk_widget_class_install_action (widget_class, "win.compare", "s", compare_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_help_overlay_action);
  gtk_widget_class_install_property_action (widget_class, "win.show-tunnel", "show-tunnel");
  gtk_widget_class_install_property_action (widget_class, "win.diagram-figures", "diagram-figures");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Back, 0, "win.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_t, GDK_CONTROL_MASK,
                                       "win.show-tunnel", NULL);
}

static void
solar_window_init (SolarWindow *self)
{
  self->history = g_array_new (FALSE, TRUE, sizeof (Place));
  g_array_set_clear_func (self->history, (GDestroyNotify)place_clear);
  gtk_widget_init_template (GTK_WIDGET (self));
}
