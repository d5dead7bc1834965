/* solar-share-bar.c: a platform's audience split as a bar, with a text alternative
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-share-bar"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "solar-render.h"
#include "solar-share-bar.h"

#define BAR_HEIGHT 18

struct _SolarShareBar
{
  GtkWidget      parent_instance;
  SolarPlatform *platform;
};

G_DEFINE_FINAL_TYPE (SolarShareBar, solar_share_bar, GTK_TYPE_WIDGET)

GtkWidget *
solar_share_bar_new (void)
{
  return g_object_new (SOLAR_TYPE_SHARE_BAR, NULL);
}

static void
solar_share_bar_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  SolarShareBar *self = SOLAR_SHARE_BAR (widget);
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  int width = gtk_widget_get_width (widget);
  const SolarAudience *audience;
  SolarRenderStyle style;
  cairo_t *cr;

  if (self->platform == NULL || (audience = solar_platform_get_audience (self->platform)) == NULL)
    return;

  solar_render_style_init (&style, adw_style_manager_get_dark (style_manager),
                           adw_style_manager_get_high_contrast (style_manager));
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, BAR_HEIGHT));
  solar_render_share_bar (cr, audience, solar_platform_get_color (self->platform),
                          width, BAR_HEIGHT, &style);
  cairo_destroy (cr);
}

static void
solar_share_bar_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = *natural = 120;
  else
    *minimum = *natural = BAR_HEIGHT;
}

static void
solar_share_bar_dispose (GObject *object)
{
  SolarShareBar *self = (SolarShareBar *)object;

  g_clear_object (&self->platform);

  G_OBJECT_CLASS (solar_share_bar_parent_class)->dispose (object);
}

static void
solar_share_bar_class_init (SolarShareBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = solar_share_bar_dispose;
  widget_class->snapshot = solar_share_bar_snapshot;
  widget_class->measure = solar_share_bar_measure;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_widget_class_set_css_name (widget_class, "sharebar");
}

static void
on_style_changed (SolarShareBar *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
solar_share_bar_init (SolarShareBar *self)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();

  g_signal_connect_object (style_manager, "notify::dark",
                           G_CALLBACK (on_style_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (style_manager, "notify::high-contrast",
                           G_CALLBACK (on_style_changed), self, G_CONNECT_SWAPPED);
}

/* The text a screen reader reads instead of the picture: "Audience: Male 45.4%, Female 54.6%". */
static char *
dup_text_alternative (const SolarAudience *audience)
{
  GString *text = g_string_new (_("Audience:"));

  for (guint i = 0; i < audience->split->len; i++)
    {
      SolarShare *share = g_ptr_array_index (audience->split, i);
      g_autofree char *value = solar_format_quantity (share->share, SOLAR_UNIT_PERCENT);

      g_string_append_printf (text, "%s %s %s", i ? "," : "", solar_text_get (share->label), value);
    }
  return g_string_free (text, FALSE);
}

void
solar_share_bar_set_platform (SolarShareBar *self,
                              SolarPlatform *platform)
{
  const SolarAudience *audience;

  g_return_if_fail (SOLAR_IS_SHARE_BAR (self));
  g_return_if_fail (platform == NULL || SOLAR_IS_PLATFORM (platform));

  if (!g_set_object (&self->platform, platform))
    return;

  audience = platform ? solar_platform_get_audience (platform) : NULL;
  if (audience != NULL)
    {
      g_autofree char *text = dup_text_alternative (audience);

      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                      -1);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self), text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self), audience != NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
