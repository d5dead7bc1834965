/* test-integration.c: the app's desktop integration and chrome, in the real window:
 * GSettings restore and save, the Keyboard Shortcuts window, the primary menu, About
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "solar-about.h"
#include "solar-application.h"
#include "solar-orbit-view.h"
#include "solar-platform-page.h"
#include "solar-shortcuts.h"
#include "../solar-test-helpers.h"
#include "solar-window.h"

static SolarApplication *application;
static GSettings *settings;

static void
collect_descendants (GtkWidget  *widget,
                     GType       type,
                     GPtrArray  *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_descendants (child, type, found);
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  collect_descendants (widget, type, found);
  return found->len > 0 ? g_ptr_array_index (found, 0) : NULL;
}

static void
save_screenshot (GtkWidget  *widget,
                 const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *dir = g_build_filename (g_test_get_dir (G_TEST_BUILT), "shots", NULL);
  g_autofree char *path = g_strdup_printf ("%s/%s.png", dir, name);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_mkdir_with_parents (dir, 0755);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}

static gboolean
has_label_containing (GtkWidget  *widget,
                      const char *text)
{
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_label_containing (child, text))
      return TRUE;
  return FALSE;
}

static SolarWindow *
new_window (void)
{
  SolarDataset *dataset = solar_application_get_dataset (application);

  return solar_window_new (ADW_APPLICATION (application), dataset);
}

static void
close_window (SolarWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  wait_ms (50);
}

static const char *
visible_page (SolarWindow *window)
{
  g_autoptr(GPtrArray) stacks = g_ptr_array_new ();

  collect_descendants (GTK_WIDGET (window), GTK_TYPE_STACK, stacks);
  for (guint i = 0; i < stacks->len; i++)
    {
      GtkStack *stack = g_ptr_array_index (stacks, i);

      if (gtk_stack_get_child_by_name (stack, "diagram") != NULL)
        return gtk_stack_get_visible_child_name (stack);
    }
  g_assert_not_reached ();
}

static gboolean
window_shows_tunnel (SolarWindow *window)
{
  gboolean shown;

  g_object_get (window, "show-tunnel", &shown, NULL);
  return shown;
}

/* Must run first (flat test paths keep the order they are added in): only the first window
 * of a run reopens the last view. */
static void
test_settings_are_restored (void)
{
  SolarWindow *window;
  SolarPlatformPage *page;
  int width, height;

  g_settings_set_int (settings, "window-width", 700);
  g_settings_set_int (settings, "window-height", 500);
  g_settings_set_boolean (settings, "show-tunnel", TRUE);
  g_settings_set_string (settings, "last-view", "platform:weibo");

  window = new_window ();
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 700);
  g_assert_cmpint (height, ==, 500);
  g_assert_true (window_shows_tunnel (window));
  g_assert_true (solar_orbit_view_get_show_tunnel (SOLAR_ORBIT_VIEW (
    find_descendant (GTK_WIDGET (window), SOLAR_TYPE_ORBIT_VIEW))));
  g_assert_cmpstr (visible_page (window), ==, "platform");
  page = SOLAR_PLATFORM_PAGE (find_descendant (GTK_WIDGET (window), SOLAR_TYPE_PLATFORM_PAGE));
  g_assert_cmpstr (solar_platform_get_id (solar_platform_page_get_platform (page)), ==, "weibo");

  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  close_window (window);

  /* A later window of the same run starts on the diagram, with the other settings. */
  window = new_window ();
  g_assert_cmpstr (visible_page (window), ==, "diagram");
  g_assert_true (window_shows_tunnel (window));
  close_window (window);
}

static void
test_settings_are_saved (void)
{
  SolarWindow *window = new_window ();
  SolarPlatform *wechat;
  g_autofree char *view = NULL;

  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  gtk_window_set_default_size (GTK_WINDOW (window), 820, 610);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 820);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 610);

  g_object_set (window, "show-tunnel", FALSE, NULL);
  g_assert_false (g_settings_get_boolean (settings, "show-tunnel"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tunnel", NULL));
  g_assert_true (g_settings_get_boolean (settings, "show-tunnel"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tunnel", NULL));
  g_assert_false (g_settings_get_boolean (settings, "show-tunnel"));

  wechat = solar_dataset_find_platform (solar_application_get_dataset (application), "wechat");
  solar_window_show_platform (window, wechat);
  view = g_settings_get_string (settings, "last-view");
  g_assert_cmpstr (view, ==, "platform:wechat");
  g_clear_pointer (&view, g_free);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL));
  view = g_settings_get_string (settings, "last-view");
  g_assert_cmpstr (view, ==, "diagram");
  close_window (window);
}

static void
test_maximized_is_restored (void)
{
  SolarWindow *window;

  /* Checked before the window is shown: Xvfb has no window manager to maximize it. */
  g_settings_set_boolean (settings, "window-maximized", TRUE);
  window = new_window ();
  g_assert_true (gtk_window_is_maximized (GTK_WINDOW (window)));
  gtk_window_unmaximize (GTK_WINDOW (window));
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));
  close_window (window);
}

/* ---- Keyboard Shortcuts window ---------------------------------------------------------- */

/* Newer GTK binds the keypad's arrows, Home, End and so on beside the main keyboard's
 * (Alt+KP_Left for Alt+Left): one key to a reader of the Shortcuts window, listed once. */
static guint
main_keyboard_twin (guint keyval)
{
  static const guint twins[][2] = {
    { GDK_KEY_KP_Left, GDK_KEY_Left }, { GDK_KEY_KP_Right, GDK_KEY_Right },
    { GDK_KEY_KP_Up, GDK_KEY_Up }, { GDK_KEY_KP_Down, GDK_KEY_Down },
    { GDK_KEY_KP_Home, GDK_KEY_Home }, { GDK_KEY_KP_End, GDK_KEY_End },
    { GDK_KEY_KP_Page_Up, GDK_KEY_Page_Up }, { GDK_KEY_KP_Page_Down, GDK_KEY_Page_Down },
    { GDK_KEY_KP_Enter, GDK_KEY_Return }, { GDK_KEY_KP_Space, GDK_KEY_space },
    { GDK_KEY_KP_Delete, GDK_KEY_Delete }, { GDK_KEY_KP_Insert, GDK_KEY_Insert },
    { GDK_KEY_KP_Add, GDK_KEY_plus }, { GDK_KEY_KP_Subtract, GDK_KEY_minus },
  };

  for (guint i = 0; i < G_N_ELEMENTS (twins); i++)
    if (twins[i][0] == keyval)
      return twins[i][1];
  return keyval;
}

static gboolean
accelerator_listed (GPtrArray       *listed,
                    guint            keyval,
                    GdkModifierType  modifiers)
{
  keyval = main_keyboard_twin (keyval);
  for (guint i = 0; i < listed->len; i += 2)
    if (GPOINTER_TO_UINT (listed->pdata[i]) == gdk_keyval_to_lower (keyval) &&
        GPOINTER_TO_UINT (listed->pdata[i + 1]) == modifiers)
      return TRUE;
  return FALSE;
}

/* The accelerator of every key the Keyboard Shortcuts window shows: GtkShortcutsShortcut
 * (GTK 4.8) and AdwShortcutLabel (libadwaita 1.8's dialog) both have it as a property. */
static void
collect_accelerators (GtkWidget *widget,
                      GPtrArray *accelerators)
{
  if (GTK_IS_SHORTCUTS_SHORTCUT (widget) ||
      g_str_equal (G_OBJECT_TYPE_NAME (widget), "AdwShortcutLabel"))
    {
      char *accelerator = NULL;

      g_object_get (widget, "accelerator", &accelerator, NULL);
      g_assert_nonnull (accelerator);
      g_ptr_array_add (accelerators, accelerator);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_accelerators (child, accelerators);
}

/* Every key the Keyboard Shortcuts window shows, as (keyval, modifiers) pairs. */
static GPtrArray *
overlay_accelerators (GtkWidget *overlay)
{
  g_autoptr(GPtrArray) accelerators = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *listed = g_ptr_array_new ();

  collect_accelerators (overlay, accelerators);
  g_assert_cmpuint (accelerators->len, >=, 8);

  for (guint i = 0; i < accelerators->len; i++)
    {
      g_auto(GStrv) keys = g_strsplit (accelerators->pdata[i], " ", -1);

      for (guint k = 0; keys[k] != NULL; k++)
        {
          guint keyval;
          GdkModifierType modifiers;

          if (!gtk_accelerator_parse (keys[k], &keyval, &modifiers))
            g_error ("“%s” in the Keyboard Shortcuts window is not an accelerator", keys[k]);
          g_ptr_array_add (listed, GUINT_TO_POINTER (gdk_keyval_to_lower (keyval)));
          g_ptr_array_add (listed, GUINT_TO_POINTER (modifiers));
        }
    }
  return listed;
}

static void
assert_class_shortcuts_listed (GtkWidget *window,
                               GPtrArray *listed)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (window);
  guint checked = 0;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          const char *name;

          if (!GTK_IS_NAMED_ACTION (action) || !GTK_IS_KEYVAL_TRIGGER (trigger))
            continue;
          name = gtk_named_action_get_action_name (GTK_NAMED_ACTION (action));
          if (!g_str_has_prefix (name, "win.") && !g_str_has_prefix (name, "app."))
            continue;
          checked++;
          if (!accelerator_listed (listed,
                                   gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)),
                                   gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger))))
            {
              g_autofree char *text = gtk_shortcut_trigger_to_string (trigger);

              g_error ("%s (%s) is missing from data/ui/help-overlay.ui", text, name);
            }
        }
    }
  /* Back, Alt+Left and Ctrl+T at least: the walk did find the window's bindings. */
  g_assert_cmpuint (checked, >=, 3);
}

static void
assert_application_accels_listed (GPtrArray *listed)
{
  g_auto(GStrv) actions = gtk_application_list_action_descriptions (GTK_APPLICATION (application));

  for (guint i = 0; actions[i] != NULL; i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (application),
                                                                    actions[i]);

      for (guint k = 0; accels[k] != NULL; k++)
        {
          guint keyval;
          GdkModifierType modifiers;

          g_assert_true (gtk_accelerator_parse (accels[k], &keyval, &modifiers));
          if (!accelerator_listed (listed, keyval, modifiers))
            g_error ("%s (%s) is missing from data/ui/help-overlay.ui", accels[k], actions[i]);
        }
    }
}

static void
test_shortcuts_window_lists_every_shortcut (void)
{
  SolarWindow *window = new_window ();
  g_autoptr(GPtrArray) listed = NULL;
  g_auto(GStrv) accels = NULL;
  GtkWidget *overlay;

  /* Shown when asked for, and not before. */
  g_assert_null (solar_shortcuts_find_visible ());
  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (application),
                                                  "win.show-help-overlay");
  g_assert_cmpstr (accels[0], ==, "<Control>question");

  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  /* A GtkShortcutsWindow, or libadwaita 1.8's AdwShortcutsDialog (solar-shortcuts.c). */
  overlay = solar_shortcuts_find_visible ();
  g_assert_nonnull (overlay);
  gtk_test_widget_wait_for_draw (overlay);
  wait_ms (200);

  listed = overlay_accelerators (overlay);
  assert_class_shortcuts_listed (GTK_WIDGET (window), listed);
  assert_application_accels_listed (listed);

  /* The diagram's own keys, which are not window bindings. */
  g_assert_true (accelerator_listed (listed, GDK_KEY_Left, 0));
  g_assert_true (accelerator_listed (listed, GDK_KEY_Return, 0));
  g_assert_true (accelerator_listed (listed, GDK_KEY_space, 0));
  g_assert_true (accelerator_listed (listed, GDK_KEY_Menu, 0));
  g_assert_true (accelerator_listed (listed, GDK_KEY_F10, GDK_SHIFT_MASK));

  save_screenshot (overlay, "shortcuts-window");
  solar_shortcuts_close (overlay);
  WAIT_UNTIL (solar_shortcuts_find_visible () == NULL);
  close_window (window);
}

/* ---- primary menu ----------------------------------------------------------------------- */

static gboolean
action_exists (GtkWidget  *window,
               const char *detailed_name)
{
  const char *name = strchr (detailed_name, '.') + 1;
  const char *class_action;
  const GVariantType *parameter_type;
  const char *property_name;
  GType owner;

  if (g_str_has_prefix (detailed_name, "app."))
    return g_action_map_lookup_action (G_ACTION_MAP (application), name) != NULL;

  if (g_action_map_lookup_action (G_ACTION_MAP (window), name) != NULL)
    return TRUE;
  for (guint i = 0;
       gtk_widget_class_query_action (GTK_WIDGET_GET_CLASS (window), i, &owner, &class_action,
                                      &parameter_type, &property_name);
       i++)
    if (g_strcmp0 (class_action, detailed_name) == 0)
      return TRUE;
  return FALSE;
}

static void
collect_menu_actions (GMenuModel *menu,
                      GPtrArray  *actions)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *action = NULL;
      g_autoptr(GMenuLinkIter) links = g_menu_model_iterate_item_links (menu, i);
      GMenuModel *link;

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &action))
        g_ptr_array_add (actions, g_steal_pointer (&action));
      while (g_menu_link_iter_get_next (links, NULL, &link))
        {
          collect_menu_actions (link, actions);
          g_object_unref (link);
        }
    }
}

static void
test_primary_menu (void)
{
  SolarWindow *window = new_window ();
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  g_autoptr(GPtrArray) actions = g_ptr_array_new_with_free_func (g_free);
  GtkMenuButton *primary = NULL;
  guint shortcuts_at = G_MAXUINT, about_at = G_MAXUINT;

  collect_descendants (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (gtk_menu_button_get_primary (buttons->pdata[i]))
      primary = buttons->pdata[i];
  g_assert_nonnull (primary);

  /* The popover is built the first time the menu opens, as a click or F10 opens it. */
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);
  g_assert_null (gtk_menu_button_get_popover (primary));
  gtk_menu_button_popup (primary);
  g_assert_nonnull (gtk_menu_button_get_popover (primary));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (primary))));
  collect_menu_actions (gtk_menu_button_get_menu_model (primary), actions);
  gtk_menu_button_popdown (primary);
  for (guint i = 0; i < actions->len; i++)
    {
      const char *action = actions->pdata[i];

      /* No dead items: every entry reaches a real action. */
      if (!action_exists (GTK_WIDGET (window), action))
        g_error ("the primary menu's %s does not exist", action);
      if (g_str_equal (action, "win.show-help-overlay"))
        shortcuts_at = i;
      if (g_str_equal (action, "app.about"))
        about_at = i;
    }
  g_assert_cmpuint (shortcuts_at, <, about_at);
  g_assert_cmpuint (about_at, ==, actions->len - 1);
  close_window (window);
}

/* ---- About ---------------------------------------------------------------------------------- */

static void
test_about_window (void)
{
  SolarWindow *window = new_window ();
  g_autofree char *version = NULL;
  g_autofree char *icon = NULL;
  g_autofree char *website = NULL;
  g_autofree char *issue_url = NULL;
  g_autofree char *copyright = NULL;
  g_auto(GStrv) developers = NULL;
  GtkLicense license;
  GtkWidget *about;

  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_action_group_activate_action (G_ACTION_GROUP (application), "about", NULL);

  /* An AdwAboutWindow, or an AdwAboutDialog on libadwaita 1.5 and later: the same
   * properties either way. */
  about = solar_about_find_visible ();
  g_assert_nonnull (about);
  g_object_get (about, "version", &version, "application-icon", &icon, "license-type", &license,
                "website", &website, "issue-url", &issue_url, "developers", &developers,
                "copyright", &copyright, NULL);
  g_assert_cmpstr (version, ==, PACKAGE_VERSION);
  g_assert_cmpstr (icon, ==, APPLICATION_ID);
  g_assert_cmpint (license, ==, GTK_LICENSE_GPL_3_0);
  g_assert_true (g_str_has_prefix (website, "https://"));
  g_assert_true (g_str_has_suffix (issue_url, "/issues"));
  g_assert_nonnull (developers);
  g_assert_nonnull (copyright);
  /* Over the window it was asked from: its transient parent, or the window it is in. */
  g_assert_true ((GTK_IS_WINDOW (about) ? gtk_window_get_transient_for (GTK_WINDOW (about))
                                         : GTK_WINDOW (gtk_widget_get_root (about))) == GTK_WINDOW (window));
  /* The data source, with its date, and no untranslated placeholder for the translators. */
  g_assert_true (has_label_containing (GTK_WIDGET (about), "China's Social Solar System"));
  g_assert_true (has_label_containing (GTK_WIDGET (about), "2020/21"));
  g_assert_false (has_label_containing (GTK_WIDGET (about), "translator-credits"));
  /* Found in the icon theme even uninstalled: the GResource carries it. */
  g_assert_true (gtk_icon_theme_has_icon (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                          APPLICATION_ID));

  gtk_test_widget_wait_for_draw (GTK_WIDGET (about));
  wait_ms (200);
  save_screenshot (about, "about");
  solar_about_close (about);
  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  solar_test_init (&argc, &argv);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  /* Tests run with GSETTINGS_BACKEND=memory and the schema compiled into the build. */
  settings = g_settings_new (APPLICATION_ID);

  application = solar_application_new ();
  g_application_set_flags (G_APPLICATION (application),
                           g_application_get_flags (G_APPLICATION (application)) | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (application), NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (solar_application_get_dataset (application));

  g_test_add_func ("/integration/settings-restored", test_settings_are_restored);
  g_test_add_func ("/integration/settings-saved", test_settings_are_saved);
  g_test_add_func ("/integration/settings-maximized", test_maximized_is_restored);
  g_test_add_func ("/integration/shortcuts-window", test_shortcuts_window_lists_every_shortcut);
  g_test_add_func ("/integration/primary-menu", test_primary_menu);
  g_test_add_func ("/integration/about", test_about_window);

  status = g_test_run ();
  g_clear_object (&application);
  g_clear_object (&settings);
  return status;
}
