/* solar-landscape-page.c: the landscape around the platforms
 *
 * The core/derivative idea, the three kinds of content creators with their sizes, the four
 * Gen Z trends, and the interest tribes and subcultures with the platforms influencers link
 * them to. Rows are addressed as "tier:core", "segment:…", "trend:…" and "tribe:…", which is
 * what search hits and the diagram's tribes point at.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-landscape-page"

#include "config.h"

#include <glib/gi18n.h>

#include "solar-accessible.h"
#include "solar-landscape-page.h"
#include "solar-reveal.h"

struct _SolarLandscapePage
{
  AdwBin             parent_instance;
  SolarDataset      *dataset;
  GHashTable        *rows;            /* "kind:id" → row */
  gboolean           filled;
  GtkWidget         *revealed_row;
  GtkScrolledWindow *scroller;
  GtkBox            *box;
};

G_DEFINE_FINAL_TYPE (SolarLandscapePage, solar_landscape_page, ADW_TYPE_BIN)

static AdwPreferencesGroup *
add_group (SolarLandscapePage *self,
           const char         *title,
           const char         *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  gtk_box_append (self->box, group);
  return ADW_PREFERENCES_GROUP (group);
}

static void
add_row (SolarLandscapePage  *self,
         AdwPreferencesGroup *group,
         GtkWidget           *row,
         const char          *kind,
         const char          *id)
{
  gtk_widget_set_focusable (row, TRUE);
  adw_preferences_group_add (group, row);
  g_hash_table_insert (self->rows, g_strdup_printf ("%s:%s", kind, id), row);
}

static GtkWidget *
create_row (const char *title,
            const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

static void
fill_tiers (SolarLandscapePage *self)
{
  AdwPreferencesGroup *group = add_group (self, _("China's Social Solar System"),
                                          _("Social media in China works in two layers"));

  for (SolarTier tier = SOLAR_TIER_CORE; tier <= SOLAR_TIER_DERIVATIVE; tier++)
    add_row (self, group,
             create_row (solar_text_get (solar_dataset_get_tier_name (self->dataset, tier)),
                         solar_text_get (solar_dataset_get_tier_description (self->dataset, tier))),
             "tier", tier == SOLAR_TIER_CORE ? "core" : "derivative");
}

static void
fill_segments (SolarLandscapePage *self)
{
  GListModel *segments = solar_dataset_get_segments (self->dataset);
  AdwPreferencesGroup *group = add_group (self, _("Content Creators"),
                                          _("Who creates China's social media content"));

  for (guint i = 0; i < g_list_model_get_n_items (segments); i++)
    {
      g_autoptr(SolarSegment) segment = g_list_model_get_item (segments, i);
      g_autofree char *size = solar_format_quantity (solar_segment_get_size (segment), SOLAR_UNIT_PEOPLE);
      GtkWidget *row = create_row (solar_text_get (solar_segment_get_name (segment)),
                                   solar_text_get (solar_segment_get_description (segment)));
      GtkWidget *size_label = gtk_label_new (size);

      gtk_widget_add_css_class (size_label, "figure-value");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), size_label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, size,
                                      -1);
      add_row (self, group, row, "segment", solar_segment_get_id (segment));
    }
}

static void
fill_trends (SolarLandscapePage *self)
{
  GListModel *trends = solar_dataset_get_trends (self->dataset);
  AdwPreferencesGroup *group = add_group (self, _("Gen Z Trends"),
                                          _("Where China's 215 million Gen Z are taking social media"));

  for (guint i = 0; i < g_list_model_get_n_items (trends); i++)
    {
      g_autoptr(SolarTrend) trend = g_list_model_get_item (trends, i);

      add_row (self, group,
               create_row (solar_text_get (solar_trend_get_title (trend)),
                           solar_text_get (solar_trend_get_description (trend))),
               "trend", solar_trend_get_id (trend));
    }
}

static GtkWidget *
create_tribe_row (SolarLandscapePage *self,
                  SolarTribe         *tribe)
{
  GListModel *platforms = solar_dataset_get_platforms (self->dataset);
  GtkWidget *row = adw_expander_row_new ();
  GString *subtitle = g_string_new (solar_text_get (solar_tribe_get_description (tribe)));

  if (solar_tribe_get_note (tribe) != NULL)
    g_string_append_printf (subtitle, "\n%s", solar_text_get (solar_tribe_get_note (tribe)));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), solar_text_get (solar_tribe_get_name (tribe)));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle->str);
  g_string_free (subtitle, TRUE);

  /* One link per platform the influencer tunnel reaches it through. */
  for (guint i = 0; i < solar_tribe_get_platform_indices (tribe)->len; i++)
    {
      g_autoptr(SolarPlatform) platform =
        g_list_model_get_item (platforms, g_array_index (solar_tribe_get_platform_indices (tribe), guint, i));
      GtkWidget *link = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (link), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (link),
                                     solar_text_get (solar_platform_get_name (platform)));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (link),
                                   solar_text_get (solar_platform_get_positioning (platform)));
      adw_action_row_add_suffix (ADW_ACTION_ROW (link),
                                 solar_accessible_new_decoration ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (link), TRUE);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (link), "win.open-platform");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (link), "s", solar_platform_get_id (platform));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), link);
    }
  return row;
}

static void
fill_tribes (SolarLandscapePage *self)
{
  GListModel *tribes = solar_dataset_get_tribes (self->dataset);
  AdwPreferencesGroup *group =
    add_group (self, _("Interest Tribes and Subcultures"),
               /* The report's framing: platforms (content, campaigns & commerce), influencers,
                * interests & cultures, and beyond the named tribes "other derivative
                * platforms" and "other popular subcultures". */
               _("Influencers are the tunnel from platforms, with their content, campaigns and "
                 "commerce, to people's interests and cultures, and on to other derivative "
                 "platforms and other popular subcultures than those below; expand a tribe to "
                 "see the platforms that reach it"));

  for (guint i = 0; i < g_list_model_get_n_items (tribes); i++)
    {
      g_autoptr(SolarTribe) tribe = g_list_model_get_item (tribes, i);

      add_row (self, group, create_tribe_row (self, tribe), "tribe", solar_tribe_get_id (tribe));
    }
}

/* The page is built the first time it is shown, not with the window: most sessions open
 * it late or never, and start-up should not pay for its hundred rows. */
static void
ensure_filled (SolarLandscapePage *self)
{
  if (self->filled || self->dataset == NULL)
    return;

  self->filled = TRUE;
  fill_tiers (self);
  fill_segments (self);
  fill_trends (self);
  fill_tribes (self);
}

void
solar_landscape_page_set_dataset (SolarLandscapePage *self,
                                  SolarDataset       *dataset)
{
  GtkWidget *child;

  g_return_if_fail (SOLAR_IS_LANDSCAPE_PAGE (self));
  g_return_if_fail (dataset == NULL || SOLAR_IS_DATASET (dataset));

  if (!g_set_object (&self->dataset, dataset))
    return;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->box))) != NULL)
    gtk_box_remove (self->box, child);
  g_hash_table_remove_all (self->rows);
  self->revealed_row = NULL;
  self->filled = FALSE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    ensure_filled (self);
}

/**
 * solar_landscape_page_reveal:
 * @target: "kind:id", e.g. "tribe:cosplay"; or "" for the top of the page
 *
 * Returns: %TRUE if the page has that row
 */
gboolean
solar_landscape_page_reveal (SolarLandscapePage *self,
                             const char         *target)
{
  GtkWidget *row;

  g_return_val_if_fail (SOLAR_IS_LANDSCAPE_PAGE (self), FALSE);
  g_return_val_if_fail (target != NULL, FALSE);

  ensure_filled (self);
  row = g_hash_table_lookup (self->rows, target);
  if (row != NULL && ADW_IS_EXPANDER_ROW (row))
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  solar_reveal_row (self->scroller, &self->revealed_row, row);
  if (row == NULL)
    {
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
      return *target == '\0';
    }
  return TRUE;
}

GtkWidget *
solar_landscape_page_get_revealed_row (SolarLandscapePage *self)
{
  g_return_val_if_fail (SOLAR_IS_LANDSCAPE_PAGE (self), NULL);
  return self->revealed_row;
}

static void
solar_landscape_page_dispose (GObject *object)
{
  SolarLandscapePage *self = (SolarLandscapePage *)object;

  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (solar_landscape_page_parent_class)->dispose (object);
}

static void
solar_landscape_page_finalize (GObject *object)
{
  SolarLandscapePage *self = (SolarLandscapePage *)object;

  g_clear_pointer (&self->rows, g_hash_table_unref);

  G_OBJECT_CLASS (solar_landscape_page_parent_class)->finalize (object);
}

static void
solar_landscape_page_map (GtkWidget *widget)
{
  ensure_filled (SOLAR_LANDSCAPE_PAGE (widget));

  GTK_WIDGET_CLASS (solar_landscape_page_parent_class)->map (widget);
}

static void
solar_landscape_page_class_init (SolarLandscapePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = solar_landscape_page_dispose;
  object_class->finalize = solar_landscape_page_finalize;
  widget_class->map = solar_landscape_page_map;
  /* A container: what it holds is named; it is not (GTK 4.8 would call it by its type). */
  gtk_widget_class_set_accessible_role (GTK_WIDGET_CLASS (klass), GTK_ACCESSIBLE_ROLE_GENERIC);
}

static void
solar_landscape_page_init (SolarLandscapePage *self)
{
  GtkWidget *clamp = adw_clamp_new ();

  self->rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 24));
  g_object_set (self->box, "margin-top", 24, "margin-bottom", 24, "margin-start", 12,
                "margin-end", 12, NULL);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 760);
  adw_clamp_set_child (ADW_CLAMP (clamp), GTK_WIDGET (self->box));
  self->scroller = GTK_SCROLLED_WINDOW (gtk_scrolled_window_new ());
  gtk_scrolled_window_set_policy (self->scroller, GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (self->scroller, clamp);
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->scroller));
}
