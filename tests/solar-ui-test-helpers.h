/* solar-ui-test-helpers.h: finding, showing and photographing widgets, for the UI tests
 *
 * Shared by test-ui.c and test-kol-table.c; include after solar-test-helpers.h.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "solar-plan-editor.h"
#include "solar-test-helpers.h"
#include "solar-window.h"

typedef gboolean (*WidgetPredicate) (GtkWidget *widget, gconstpointer data);

/* The first drawable-or-not widget under @widget, depth first, that @predicate accepts. */
static inline GtkWidget *
find_widget (GtkWidget       *widget,
             WidgetPredicate  predicate,
             gconstpointer    data)
{
  if (predicate (widget, data))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, predicate, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static inline gboolean
is_of_type (GtkWidget     *widget,
            gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

static inline GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  return find_widget (widget, is_of_type, GSIZE_TO_POINTER (type));
}

static inline SolarWindow *
open_window (int width,
             int height)
{
  GApplication *application = g_application_get_default ();
  GtkWindow *window;

  g_application_activate (application);
  window = gtk_application_get_active_window (GTK_APPLICATION (application));
  g_assert_true (SOLAR_IS_WINDOW (window));
  gtk_window_set_default_size (window, width, height);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  wait_ms (300);
  return SOLAR_WINDOW (window);
}

static inline void
close_window (SolarWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  wait_ms (50);
}

static inline void
save_screenshot (GtkWidget  *widget,
                 const char *name)
{
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *dir = g_build_filename (g_test_get_dir (G_TEST_BUILT), "shots", NULL);
  g_autofree char *path = NULL;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));

  /* The paintable shows the last frame drawn, and a long page may still be being laid out
   * (a second on a loaded machine): wait until there is a frame. */
  for (guint attempt = 0; node == NULL && attempt < 50; attempt++)
    {
      g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
      g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();

      gtk_test_widget_wait_for_draw (widget);
      gdk_paintable_snapshot (paintable, snapshot, width, height);
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
      if (node == NULL)
        wait_ms (100);
    }
  if (node == NULL)
    g_error ("screenshot %s: nothing was drawn in 5 seconds", name);

  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_mkdir_with_parents (dir, 0755);
  path = g_strdup_printf ("%s/%s.png", dir, name);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}

static inline SolarPlanEditor *
current_plan_editor (SolarWindow *window)
{
  return SOLAR_PLAN_EDITOR (find_descendant (GTK_WIDGET (window), SOLAR_TYPE_PLAN_EDITOR));
}

static inline gboolean
focus_is_within (GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static inline gboolean
is_close_button (GtkWidget     *widget,
                 gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (widget)), "window-close-symbolic") == 0;
}

/* The toast "Added Douyin to …" would cover the form in the screenshots. Closed with its
 * close button: its first button may be Undo. */
static inline void
dismiss_toasts (SolarWindow *window)
{
  GtkWidget *toast;

  while ((toast = find_widget (GTK_WIDGET (window), is_of_type,
                               GSIZE_TO_POINTER (g_type_from_name ("AdwToastWidget")))) != NULL)
    {
      GtkWidget *close = find_widget (toast, is_close_button, NULL);

      g_assert_nonnull (close);
      g_signal_emit_by_name (close, "clicked");
      wait_ms (100);
    }
}

static inline gboolean
is_label_with_text (GtkWidget     *widget,
                    gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_is_drawable (widget) &&
         g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

/* A label with exactly @text that is on screen. */
static inline GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  return find_widget (widget, is_label_with_text, text);
}

/* Scrolls the form so @widget is at the top, for a screenshot of it. */
static inline void
scroll_to (GtkWidget *widget)
{
  GtkScrolledWindow *scroller = GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW));
  GtkWidget *content = gtk_viewport_get_child (GTK_VIEWPORT (gtk_scrolled_window_get_child (scroller)));
  graphene_rect_t bounds;

  /* Where the widget is in the scrolled content (translate_coordinates is deprecated). */
  g_assert_true (gtk_widget_compute_bounds (widget, content, &bounds));
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (scroller), bounds.origin.y - 12);
  wait_ms (100);
}
