/* test-ui.c: the real window under Xvfb: the diagram's buttons, keyboard, pages, redraws
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "solar-application.h"
#include "solar-orbit-view-private.h"
#include "solar-platform-page.h"
#include "solar-window.h"

static SolarApplication *application;

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0 &&
      gtk_widget_is_drawable (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
wait_ms (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * G_TIME_SPAN_MILLISECOND;

  while (g_get_monotonic_time () < end)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (5 * G_TIME_SPAN_MILLISECOND);
    }
}

static SolarWindow *
open_window (int width,
             int height)
{
  GtkWindow *window;

  g_application_activate (G_APPLICATION (application));
  window = gtk_application_get_active_window (GTK_APPLICATION (application));
  g_assert_true (SOLAR_IS_WINDOW (window));
  gtk_window_set_default_size (window, width, height);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  wait_ms (300);
  return SOLAR_WINDOW (window);
}

static void
close_window (SolarWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  wait_ms (50);
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
  g_autofree char *path = NULL;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_mkdir_with_parents (dir, 0755);
  path = g_strdup_printf ("%s/%s.png", dir, name);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}

static SolarOrbitView *
get_view (SolarWindow *window)
{
  GtkWidget *view = find_descendant (GTK_WIDGET (window), SOLAR_TYPE_ORBIT_VIEW);

  g_assert_nonnull (view);
  return SOLAR_ORBIT_VIEW (view);
}

static GtkStack *
find_page_stack (GtkWidget *widget)
{
  if (GTK_IS_STACK (widget) && gtk_stack_get_child_by_name (GTK_STACK (widget), "diagram"))
    return GTK_STACK (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkStack *found = find_page_stack (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static const char *
visible_page (SolarWindow *window)
{
  GtkStack *stack = find_page_stack (GTK_WIDGET (window));

  g_assert_nonnull (stack);
  return gtk_stack_get_visible_child_name (stack);
}

static void
test_ten_platform_buttons (void)
{
  SolarWindow *window = open_window (1000, 760);
  SolarOrbitView *view = get_view (window);
  GListModel *platforms = solar_dataset_get_platforms (solar_application_get_dataset (application));
  guint focusable = 0;

  g_assert_cmpuint (g_list_model_get_n_items (platforms), ==, 10);
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "China's social solar system");

  for (guint i = 0; i < 10; i++)
    {
      g_autoptr(SolarPlatform) platform = g_list_model_get_item (platforms, i);
      g_autofree char *name = solar_platform_dup_accessible_name (platform);
      GtkWidget *button = solar_orbit_view_get_body_button (view, i);

      g_assert_true (gtk_widget_get_parent (button) == GTK_WIDGET (view));
      g_assert_true (gtk_widget_get_mapped (button));
      gtk_test_accessible_assert_role (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_ROLE_BUTTON);
      gtk_test_accessible_assert_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name);
      g_assert_nonnull (gtk_widget_get_tooltip_text (button));
      g_assert_cmpint (gtk_widget_get_width (button), >, 4);
      focusable += gtk_widget_get_focusable (button);
    }

  /* One tab stop for the whole diagram. */
  g_assert_cmpuint (focusable, ==, 1);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (solar_orbit_view_get_body_button (view, 0)),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "WeChat 微信, core platform, 1.2 billion monthly active users");
  save_screenshot (GTK_WIDGET (window), "diagram");
  close_window (window);
}

static void
test_activate_opens_page_and_back_returns (void)
{
  SolarWindow *window = open_window (1000, 760);
  SolarOrbitView *view = get_view (window);
  GtkWidget *page;

  g_assert_cmpstr (visible_page (window), ==, "diagram");
  gtk_widget_activate (solar_orbit_view_get_body_button (view, 0));
  wait_ms (400);

  g_assert_cmpstr (visible_page (window), ==, "platform");
  page = find_descendant (GTK_WIDGET (window), SOLAR_TYPE_PLATFORM_PAGE);
  g_assert_cmpstr (solar_platform_get_id (solar_platform_page_get_platform (SOLAR_PLATFORM_PAGE (page))), ==, "wechat");
  g_assert_nonnull (find_label (page, "WeChat"));
  g_assert_nonnull (find_label (page, "微信"));
  g_assert_nonnull (find_label (page, "Core platform"));
  g_assert_nonnull (find_label (page, "1.2 billion"));
  g_assert_nonnull (find_label (page, "Figures"));
  g_assert_nonnull (find_label (page, "400 million"));
  save_screenshot (GTK_WIDGET (window), "platform-wechat");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL));
  wait_ms (400);
  g_assert_cmpstr (visible_page (window), ==, "diagram");
  close_window (window);
}

static void
test_every_platform_page_builds (void)
{
  SolarWindow *window = open_window (1000, 760);
  SolarOrbitView *view = get_view (window);
  GListModel *platforms = solar_dataset_get_platforms (solar_application_get_dataset (application));

  for (guint i = 0; i < g_list_model_get_n_items (platforms); i++)
    {
      g_autoptr(SolarPlatform) platform = g_list_model_get_item (platforms, i);
      GtkWidget *page;

      g_test_message ("opening %s", solar_platform_get_id (platform));
      /* A button activated from the keyboard shows itself pressed for 250 ms, then clicks. */
      g_assert_true (gtk_widget_activate (solar_orbit_view_get_body_button (view, i)));
      wait_ms (400);
      page = find_descendant (GTK_WIDGET (window), SOLAR_TYPE_PLATFORM_PAGE);
      g_assert_true (solar_platform_page_get_platform (SOLAR_PLATFORM_PAGE (page)) == platform);
      g_assert_nonnull (find_label (page, solar_platform_get_name (platform)->en));
      gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
      wait_ms (100);
    }
  close_window (window);
}

static void
test_arrow_keys_move_between_bodies (void)
{
  SolarWindow *window = open_window (1000, 760);
  SolarOrbitView *view = get_view (window);
  GtkWidget *first = solar_orbit_view_get_body_button (view, 0);
  GtkWidget *focused;

  g_assert_true (gtk_widget_grab_focus (first));
  g_assert_true (solar_orbit_view_move_focus (view, SOLAR_DIRECTION_RIGHT));
  wait_ms (50);
  focused = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (focused != first);
  g_assert_true (gtk_widget_get_parent (focused) == GTK_WIDGET (view));
  /* The tab stop follows focus, so Tab out and back returns to the same body. */
  g_assert_true (gtk_widget_get_focusable (focused));
  g_assert_false (gtk_widget_get_focusable (first));
  /* And the body with focus is highlighted in the drawing. */
  g_assert_cmpint (solar_orbit_view_get_highlighted (view), ==,
                   GPOINTER_TO_INT (g_object_get_data (G_OBJECT (focused), "body-position")));
  close_window (window);
}

static void
test_idle_diagram_is_not_redrawn (void)
{
  SolarWindow *window = open_window (1000, 760);
  SolarOrbitView *view = get_view (window);
  guint frames;

  wait_ms (300);
  frames = solar_orbit_view_get_n_frames (view);
  g_assert_cmpuint (frames, >, 0);
  wait_ms (1500);
  g_assert_cmpuint (solar_orbit_view_get_n_frames (view), ==, frames);

  /* A change does redraw: the tunnel layer. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tunnel", NULL));
  wait_ms (300);
  g_assert_true (solar_orbit_view_get_show_tunnel (view));
  g_assert_cmpuint (solar_orbit_view_get_n_frames (view), >, frames);
  save_screenshot (GTK_WIDGET (window), "diagram-tunnel");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tunnel", NULL);
  wait_ms (100);
  g_assert_false (solar_orbit_view_get_show_tunnel (view));
  close_window (window);
}

static void
test_narrow_window (void)
{
  SolarWindow *window = open_window (360, 640);
  SolarOrbitView *view = get_view (window);
  SolarOrbit *orbit = solar_orbit_view_get_orbit (view);

  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 400);
  g_assert_true (solar_orbit_get_labels_fit (orbit));
  for (guint i = 0; i < 10; i++)
    {
      GtkWidget *button = solar_orbit_view_get_body_button (view, i);
      graphene_rect_t bounds;

      g_assert_true (gtk_widget_compute_bounds (button, GTK_WIDGET (view), &bounds));
      g_assert_cmpfloat (bounds.origin.x, >=, 0);
      g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (GTK_WIDGET (view)));
    }
  save_screenshot (GTK_WIDGET (window), "diagram-narrow");
  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  gtk_test_init (&argc, &argv, NULL);
  /* Screenshots and assertions see the end state, not a page sliding in. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  application = solar_application_new ();
  g_application_set_flags (G_APPLICATION (application),
                           g_application_get_flags (G_APPLICATION (application)) | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (application), NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (solar_application_get_dataset (application));

  g_test_add_func ("/ui/ten-platform-buttons", test_ten_platform_buttons);
  g_test_add_func ("/ui/activate-and-back", test_activate_opens_page_and_back_returns);
  g_test_add_func ("/ui/every-platform-page", test_every_platform_page_builds);
  g_test_add_func ("/ui/arrow-keys", test_arrow_keys_move_between_bodies);
  g_test_add_func ("/ui/idle-no-redraw", test_idle_diagram_is_not_redrawn);
  g_test_add_func ("/ui/narrow", test_narrow_window);

  ret = g_test_run ();
  g_clear_object (&application);
  return ret;
}
