/* solar-platform-page.c: what one platform is and what its figures say
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-platform-page"

#include "config.h"

#include <glib/gi18n.h>

#include "solar-platform-page.h"

struct _SolarPlatformPage
{
  AdwBin               parent_instance;
  SolarPlatform       *platform;
  GPtrArray           *rows;          /* rows added to the groups, to remove on change */

  GtkScrolledWindow   *scroller;
  GtkLabel            *name_label;
  GtkLabel            *chinese_name_label;
  GtkLabel            *tier_label;
  GtkLabel            *positioning_label;
  GtkLabel            *summary_label;
  AdwPreferencesGroup *figures_group;
  AdwPreferencesGroup *audience_group;
};

G_DEFINE_FINAL_TYPE (SolarPlatformPage, solar_platform_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_PLATFORM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* "As of August 2020 · China's Social Solar System" plus the attribution note, if any. */
static char *
dup_provenance (const char      *as_of,
                const char      *source,
                const SolarText *note)
{
  g_autofree char *date = solar_format_as_of (as_of);
  GString *text = g_string_new (NULL);

  /* Translators: when a figure was true, e.g. "As of August 2020" */
  g_string_append_printf (text, _("As of %s"), date);
  g_string_append_printf (text, " · %s", source);
  if (note != NULL)
    g_string_append_printf (text, "\n%s", solar_text_get (note));

  return g_string_free (text, FALSE);
}

static void
add_row (SolarPlatformPage   *self,
         AdwPreferencesGroup *group,
         const char          *title,
         const char          *subtitle,
         const char          *value)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *value_label = gtk_label_new (value);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_widget_add_css_class (value_label, "figure-value");
  gtk_widget_add_css_class (value_label, "numeric");
  gtk_label_set_selectable (GTK_LABEL (value_label), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), value_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, value,
                                  -1);
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->rows, row);
}

static void
clear_rows (SolarPlatformPage *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);

      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP)),
                                    row);
    }
  g_ptr_array_set_size (self->rows, 0);
}

static void
fill_figures (SolarPlatformPage *self)
{
  GListModel *figures = solar_platform_get_figures (self->platform);
  guint n = g_list_model_get_n_items (figures);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SolarFigure) figure = g_list_model_get_item (figures, i);
      g_autofree char *value = solar_figure_format_value (figure);
      g_autofree char *provenance = dup_provenance (solar_figure_get_as_of (figure),
                                                    solar_figure_get_source_title (figure),
                                                    solar_figure_get_note (figure));

      add_row (self, self->figures_group, solar_text_get (solar_figure_get_label (figure)),
               provenance, value);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->figures_group), n > 0);
}

static void
fill_audience (SolarPlatformPage *self)
{
  const SolarAudience *audience = solar_platform_get_audience (self->platform);
  g_autofree char *provenance = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->audience_group), audience != NULL);
  if (audience == NULL)
    return;

  provenance = dup_provenance (audience->as_of, audience->source_title, audience->note);
  for (guint i = 0; i < audience->split->len; i++)
    {
      SolarShare *share = g_ptr_array_index (audience->split, i);
      g_autofree char *value = solar_format_quantity (share->share, SOLAR_UNIT_PERCENT);

      add_row (self, self->audience_group, solar_text_get (share->label), provenance, value);
    }
}

static void
update (SolarPlatformPage *self)
{
  const SolarText *name;

  clear_rows (self);
  if (self->platform == NULL)
    return;

  name = solar_platform_get_name (self->platform);
  gtk_label_set_text (self->name_label, name->en);
  gtk_label_set_text (self->chinese_name_label, name->zh ? name->zh : "");
  gtk_widget_set_visible (GTK_WIDGET (self->chinese_name_label), name->zh != NULL);
  gtk_label_set_text (self->tier_label,
                      solar_platform_get_tier (self->platform) == SOLAR_TIER_CORE
                        ? _("Core platform") : _("Derivative platform"));
  gtk_label_set_text (self->positioning_label,
                      solar_text_get (solar_platform_get_positioning (self->platform)));
  gtk_label_set_text (self->summary_label,
                      solar_text_get (solar_platform_get_summary (self->platform)));
  fill_figures (self);
  fill_audience (self);

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

static void
solar_platform_page_dispose (GObject *object)
{
  SolarPlatformPage *self = (SolarPlatformPage *)object;

  g_clear_object (&self->platform);

  G_OBJECT_CLASS (solar_platform_page_parent_class)->dispose (object);
}

static void
solar_platform_page_finalize (GObject *object)
{
  SolarPlatformPage *self = (SolarPlatformPage *)object;

  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (solar_platform_page_parent_class)->finalize (object);
}

static void
solar_platform_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  SolarPlatformPage *self = SOLAR_PLATFORM_PAGE (object);

  switch (prop_id)
    {
    case PROP_PLATFORM:
      g_value_set_object (value, self->platform);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
solar_platform_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  SolarPlatformPage *self = SOLAR_PLATFORM_PAGE (object);

  switch (prop_id)
    {
    case PROP_PLATFORM:
      solar_platform_page_set_platform (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
solar_platform_page_class_init (SolarPlatformPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = solar_platform_page_dispose;
  object_class->finalize = solar_platform_page_finalize;
  object_class->get_property = solar_platform_page_get_property;
  object_class->set_property = solar_platform_page_set_property;

  properties[PROP_PLATFORM] =
    g_param_spec_object ("platform", NULL, NULL,
                         SOLAR_TYPE_PLATFORM,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/socialsolar/SocialSolar/ui/solar-platform-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SolarPlatformPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, SolarPlatformPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, SolarPlatformPage, chinese_name_label);
  gtk_widget_class_bind_template_child (widget_class, SolarPlatformPage, tier_label);
  gtk_widget_class_bind_template_child (widget_class, SolarPlatformPage, positioning_label);
  gtk_widget_class_bind_template_child (widget_class, SolarPlatformPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, SolarPlatformPage, figures_group);
  gtk_widget_class_bind_template_child (widget_class, SolarPlatformPage, audience_group);
}

static void
solar_platform_page_init (SolarPlatformPage *self)
{
  self->rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

SolarPlatform *
solar_platform_page_get_platform (SolarPlatformPage *self)
{
  g_return_val_if_fail (SOLAR_IS_PLATFORM_PAGE (self), NULL);
  return self->platform;
}

void
solar_platform_page_set_platform (SolarPlatformPage *self,
                                  SolarPlatform     *platform)
{
  g_return_if_fail (SOLAR_IS_PLATFORM_PAGE (self));
  g_return_if_fail (platform == NULL || SOLAR_IS_PLATFORM (platform));

  if (g_set_object (&self->platform, platform))
    {
      update (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLATFORM]);
    }
}
