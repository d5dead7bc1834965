/* solar-window.c: the main window: the diagram and the pages it opens
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-window"

#include "config.h"

#include <glib/gi18n.h>

#include "solar-orbit-view.h"
#include "solar-platform-page.h"
#include "solar-window.h"

struct _SolarWindow
{
  AdwApplicationWindow  parent_instance;
  SolarDataset         *dataset;

  GtkStack             *stack;
  GtkButton            *back_button;
  AdwWindowTitle       *window_title;
  SolarOrbitView       *orbit_view;
  SolarPlatformPage    *platform_page;
};

G_DEFINE_FINAL_TYPE (SolarWindow, solar_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DATASET,
  PROP_SHOW_TUNNEL,
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

static gboolean
showing_diagram (SolarWindow *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "diagram") == 0;
}

static void
update_chrome (SolarWindow *self)
{
  gboolean on_diagram = showing_diagram (self);
  SolarPlatform *platform = solar_platform_page_get_platform (self->platform_page);

  gtk_widget_set_visible (GTK_WIDGET (self->back_button), !on_diagram);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.back", !on_diagram);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-tunnel", on_diagram);

  if (on_diagram || platform == NULL)
    adw_window_title_set_subtitle (self->window_title, _("China's social solar system"));
  else
    adw_window_title_set_subtitle (self->window_title,
                                   solar_text_get (solar_platform_get_name (platform)));
}

void
solar_window_show_platform (SolarWindow   *self,
                            SolarPlatform *platform)
{
  g_return_if_fail (SOLAR_IS_WINDOW (self));
  g_return_if_fail (SOLAR_IS_PLATFORM (platform));

  solar_platform_page_set_platform (self->platform_page, platform);
  gtk_stack_set_visible_child_name (self->stack, "platform");
  update_chrome (self);
  /* Keyboard users land on the page, not on a hidden body button. */
  gtk_widget_grab_focus (GTK_WIDGET (self->platform_page));
}

void
solar_window_show_diagram (SolarWindow *self)
{
  g_return_if_fail (SOLAR_IS_WINDOW (self));

  gtk_stack_set_visible_child_name (self->stack, "diagram");
  update_chrome (self);
  /* Back where they left: focus returns to the body of the platform they opened. */
  gtk_widget_child_focus (GTK_WIDGET (self->orbit_view), GTK_DIR_TAB_FORWARD);
}

static void
on_platform_activated (SolarWindow    *self,
                       SolarPlatform  *platform,
                       SolarOrbitView *view)
{
  solar_window_show_platform (self, platform);
}

static void
on_show_tunnel_changed (SolarWindow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_TUNNEL]);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  solar_window_show_diagram (SOLAR_WINDOW (widget));
}

static void
solar_window_constructed (GObject *object)
{
  SolarWindow *self = (SolarWindow *)object;

  G_OBJECT_CLASS (solar_window_parent_class)->constructed (object);

  solar_orbit_view_set_dataset (self->orbit_view, self->dataset);
  update_chrome (self);
}

static void
solar_window_dispose (GObject *object)
{
  SolarWindow *self = (SolarWindow *)object;

  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (solar_window_parent_class)->dispose (object);
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
  object_class->dispose = solar_window_dispose;
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

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SOLAR_TYPE_ORBIT_VIEW);
  g_type_ensure (SOLAR_TYPE_PLATFORM_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/socialsolar/SocialSolar/ui/solar-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SolarWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, SolarWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, SolarWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, SolarWindow, orbit_view);
  gtk_widget_class_bind_template_child (widget_class, SolarWindow, platform_page);
  gtk_widget_class_bind_template_callback (widget_class, on_platform_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_show_tunnel_changed);

  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_property_action (widget_class, "win.show-tunnel", "show-tunnel");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Back, 0, "win.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_t, GDK_CONTROL_MASK,
                                       "win.show-tunnel", NULL);
}

static void
solar_window_init (SolarWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
