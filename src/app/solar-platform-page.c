/* solar-platform-page.c: everything a brand needs to know about one platform
 *
 * Built from the dataset: the header, every figure with its provenance, the audience split,
 * one group per kind of item (functions, content, levers by channel, formats, tips), and
 * links to the tribes the platform reaches and the platforms most like it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-platform-page"

#include "config.h"

#include <glib/gi18n.h>

#include "solar-accessible.h"
#include "solar-platform-page.h"
#include "solar-reveal.h"
#include "solar-share-bar.h"

#define N_SIMILAR 3

struct _SolarPlatformPage
{
  AdwBin               parent_instance;
  SolarDataset        *dataset;
  SolarPlatform       *platform;
  GPtrArray           *figure_rows;    /* rows added to the figures, later and audience groups */
  GHashTable          *item_rows;      /* item id → its row, for revealing search hits */
  GtkWidget           *revealed_row;

  GtkScrolledWindow   *scroller;
  GtkDrawingArea      *mark;
  GtkLabel            *name_label;
  GtkLabel            *chinese_name_label;
  GtkLabel            *tier_label;
  AdwPreferencesGroup *sources_group;
  GtkLabel            *positioning_label;
  GtkLabel            *summary_label;
  GtkButton           *compare_button;
  AdwPreferencesGroup *figures_group;
  AdwPreferencesGroup *later_group;
  AdwPreferencesGroup *audience_group;
  SolarShareBar       *share_bar;
  GtkBox              *items_box;
};

G_DEFINE_FINAL_TYPE (SolarPlatformPage, solar_platform_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATASET,
  PROP_PLATFORM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The groups items are shown in, in this order. */
typedef struct
{
  SolarItemKind  kind;
  SolarChannel   channel;
  const char    *title;
  const char    *description;
} ItemGroup;

static const char * const tier_titles[SOLAR_N_TIERS] = {
  N_("Core platform"),
  N_("Derivative platform"),
  N_("Not in the report: written from later public sources"),
};

static const ItemGroup item_groups[] = {
  { SOLAR_ITEM_FUNCTION, SOLAR_CHANNEL_NONE, N_("Functions for Brands"),
    N_("What a brand can set up and run on the platform") },
  { SOLAR_ITEM_CONTENT, SOLAR_CHANNEL_NONE, N_("Content That Works"), NULL },
  { SOLAR_ITEM_LEVER, SOLAR_CHANNEL_OWNED, N_("Owned Media"),
    N_("Published on the brand's own accounts") },
  { SOLAR_ITEM_LEVER, SOLAR_CHANNEL_EARNED, N_("Earned Media"),
    N_("Attention won from users, influencers and other accounts") },
  { SOLAR_ITEM_LEVER, SOLAR_CHANNEL_PAID, N_("Paid Media"),
    N_("Advertising and paid partnerships") },
  { SOLAR_ITEM_FORMAT, SOLAR_CHANNEL_NONE, N_("Popular Formats"), NULL },
  { SOLAR_ITEM_TIP, SOLAR_CHANNEL_NONE, N_("Tips"), NULL },
};

/* "As of August 2020 · China's Social Solar System" plus the attribution note, if any; or
 * "Not dated in the source · …" for a figure its source gives no date. */
static char *
dup_provenance (const char      *as_of,
                const char      *source,
                const SolarText *note)
{
  g_autofree char *date = solar_format_as_of (as_of);
  GString *text = g_string_new (NULL);

  if (date != NULL)
    /* Translators: when a figure was true, e.g. "As of August 2020" */
    g_string_append_printf (text, _("As of %s"), date);
  else
    /* Translators: instead of "As of August 2020" for a figure whose source gives no date */
    g_string_append (text, _("Not dated in the source"));
  g_string_append_printf (text, " · %s", source);
  if (note != NULL)
    g_string_append_printf (text, "\n%s", solar_text_get (note));

  return g_string_free (text, FALSE);
}

static GtkWidget *
create_row (const char *title,
            const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

static GtkWidget *
add_figure_row (SolarPlatformPage   *self,
                AdwPreferencesGroup *group,
                const char          *title,
                const char          *subtitle,
                const char          *value)
{
  GtkWidget *row = create_row (title, subtitle);
  GtkWidget *value_label = gtk_label_new (value);

  g_autofree char *description = g_strdup_printf ("%s, %s", value, subtitle);

  gtk_widget_add_css_class (value_label, "figure-value");
  gtk_widget_add_css_class (value_label, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), value_label);
  /* One Tab stop per figure (the row), read as "Monthly active users: 1.2 billion, As of …". */
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->figure_rows, row);
  return row;
}

/* The source's own words and address, in the tooltip and, for the keyboard and a screen
 * reader, the row's description. */
static void
set_quote (GtkWidget  *row,
           const char *value,
           const char *provenance,
           const char *quote,
           const char *url)
{
  /* TRANSLATORS: a figure's tooltip: the source's own words, then its address */
  g_autofree char *quoted = g_strdup_printf (_("“%s”\n%s"), quote, url);
  g_autofree char *description = g_strdup_printf ("%s, %s\n%s", value, provenance, quoted);

  gtk_widget_set_tooltip_text (row, quoted);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description, -1);
}

static void
fill_figures (SolarPlatformPage *self)
{
  GListModel *figures = solar_platform_get_figures (self->platform);
  guint n = g_list_model_get_n_items (figures);
  guint rows = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SolarFigure) figure = g_list_model_get_item (figures, i);
      g_autofree char *value = NULL;
      GtkWidget *row;
      g_autofree char *provenance = NULL;

      /* On a platform of the report, its figures only: a later source's go under "Since
       * the Report", so the report's layer reads as it was published. */
      if (solar_platform_is_in_report (self->platform) && !solar_figure_is_from_report (figure))
        continue;
      value = solar_figure_format_value (figure);
      provenance = dup_provenance (solar_figure_get_as_of (figure),
                                   solar_figure_get_source_title (figure),
                                   solar_figure_get_note (figure));
      row = add_figure_row (self, self->figures_group,
                            solar_text_get (solar_figure_get_label (figure)), provenance, value);
      /* A figure from a source other than the report, as a later figure is: its words. */
      if (solar_figure_get_quote (figure) != NULL)
        set_quote (row, value, provenance, solar_figure_get_quote (figure),
                   solar_figure_get_url (figure));
      rows++;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->figures_group), rows > 0);
}

/* Each later figure: what it counts, when, its source, its value; its source's words in
 * the tooltip. A measure with no later figure says why, where the data knows. */
static void
fill_later_figures (SolarPlatformPage *self)
{
  GListModel *figures = solar_platform_get_figures (self->platform);
  guint rows = 0;

  for (guint i = 0; i < g_list_model_get_n_items (figures); i++)
    {
      g_autoptr(SolarFigure) figure = g_list_model_get_item (figures, i);
      const char *label = solar_text_get (solar_figure_get_label (figure));

      /* A figure the report does not give, on a platform it covers (Weibo's monthly users):
       * since the report too, with the later ones of its measure. */
      if (solar_platform_is_in_report (self->platform) && !solar_figure_is_from_report (figure))
        {
          g_autofree char *value = solar_figure_format_value (figure);
          g_autofree char *provenance = dup_provenance (solar_figure_get_as_of (figure),
                                                        solar_figure_get_source_title (figure),
                                                        solar_figure_get_note (figure));
          GtkWidget *row = add_figure_row (self, self->later_group, label, provenance, value);

          set_quote (row, value, provenance, solar_figure_get_quote (figure),
                     solar_figure_get_url (figure));
          rows++;
        }

      for (guint j = 0; j < solar_figure_get_n_later (figure); j++)
        {
          const SolarFigurePoint *point = solar_figure_get_later (figure, j);
          g_autofree char *value = solar_format_quantity (point->value, solar_figure_get_unit (figure));
          g_autofree char *provenance = dup_provenance (point->as_of, point->source, point->note);
          GtkWidget *row;

          /* A figure the user imported, told from those that came with the app. */
          if (point->pack_title != NULL)
            {
              g_autofree char *shipped = g_steal_pointer (&provenance);

              /* TRANSLATORS: under a figure: the title of the figures pack it was imported from */
              provenance = g_strdup_printf (_("%s\nFrom the pack “%s”"), shipped,
                                            solar_text_get (point->pack_title));
            }

          row = add_figure_row (self, self->later_group,
                                point->metric != NULL ? solar_text_get (point->metric) : label,
                                provenance, value);
          set_quote (row, value, provenance, point->quote, point->url);
          rows++;
        }
      if (solar_figure_get_n_later (figure) == 0 && solar_figure_get_later_note (figure) != NULL)
        {
          add_figure_row (self, self->later_group, label,
                          solar_text_get (solar_figure_get_later_note (figure)),
                          /* TRANSLATORS: a measure with no later public figure */
                          _("None published"));
          rows++;
        }
    }
  gtk_widget_set_visible (GTK_WIDGET (self->later_group), rows > 0);
}

static void
fill_audience (SolarPlatformPage *self)
{
  const SolarAudience *audience = solar_platform_get_audience (self->platform);
  g_autofree char *provenance = NULL;

  solar_share_bar_set_platform (self->share_bar, self->platform);
  gtk_widget_set_visible (GTK_WIDGET (self->audience_group), audience != NULL);
  if (audience == NULL)
    return;

  provenance = dup_provenance (audience->as_of, audience->source_title, audience->note);
  for (guint i = 0; i < audience->split->len; i++)
    {
      SolarShare *share = g_ptr_array_index (audience->split, i);
      g_autofree char *value = solar_format_quantity (share->share, SOLAR_UNIT_PERCENT);

      add_figure_row (self, self->audience_group, solar_text_get (share->label), provenance, value);
    }
}

/* "Add to Plan": puts the item in the plan in front (the window's win.add-tactic). */
static GtkWidget *
create_add_button (SolarItem *item)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("list-add-symbolic");
  const char *title = solar_text_get (solar_item_get_title (item));
  g_autofree char *label = g_strdup_printf (_("Add “%s” to Plan"), title);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.add-tactic");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", solar_item_get_id (item));
  return button;
}

static AdwPreferencesGroup *
add_group (SolarPlatformPage *self,
           const char        *title,
           const char        *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  gtk_box_append (self->items_box, group);
  return ADW_PREFERENCES_GROUP (group);
}

/* "Source: Title, Publisher, date" in one line under a fact, or that it is our judgement. */
static char *
dup_citation_line (const SolarCitation *citation)
{
  if (solar_citation_is_editorial (citation))
    /* TRANSLATORS: under a fact that no published source states */
    return g_strdup (_("Social Solar’s own judgement, from no published source"));
  if (citation->publisher != NULL)
    /* TRANSLATORS: under a fact: its source's title, publisher and date */
    return g_strdup_printf (_("Source: %s, %s, %s"), citation->title, citation->publisher,
                            citation->date);
  /* TRANSLATORS: under a fact: its source's title and date */
  return g_strdup_printf (_("Source: %s, %s"), citation->title, citation->date);
}

/* What a platform the report does not cover rests on: each source with its words. */
static void
fill_sources (SolarPlatformPage *self)
{
  guint n = solar_platform_get_n_citations (self->platform);

  for (guint i = 0; i < n; i++)
    {
      const SolarCitation *citation = solar_platform_get_citation (self->platform, i);
      g_autofree char *described = solar_citation_describe (citation);
      g_autofree char *subtitle = NULL;

      if (solar_citation_is_editorial (citation))
        subtitle = dup_citation_line (citation);
      else
        /* TRANSLATORS: under a source's title in a platform's sources: its publisher and
         * date, then the words of it the page rests on */
        subtitle = g_strdup_printf (_("%s, %s\n“%s”"),
                                    citation->publisher ? citation->publisher : "",
                                    citation->date, citation->quote);
      GtkWidget *row = create_row (solar_citation_is_editorial (citation)
                                     ? _("Social Solar") : citation->title,
                                   subtitle);

      gtk_widget_set_tooltip_text (row, citation->url != NULL ? citation->url : described);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      described, -1);
      gtk_widget_set_focusable (row, TRUE);
      adw_preferences_group_add (self->sources_group, row);
      g_ptr_array_add (self->figure_rows, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->sources_group), n > 0);
}

/* The group's description; for the functions, also the headings the report prints over
 * them (it does not say, in a form we can read, which function sits under which). */
static char *
dup_group_description (SolarPlatformPage *self,
                       const ItemGroup   *spec)
{
  const SolarText *headings = solar_platform_get_function_headings (self->platform);

  if (spec->kind == SOLAR_ITEM_FUNCTION && headings != NULL)
    /* TRANSLATORS: the functions group's description, then the report's headings over
     * them, e.g. "… on the platform. The report arranges them under content marketing,
     * commerce and community." */
    return g_strdup_printf (_("%s. The report arranges them under %s."), _(spec->description),
                            solar_text_get (headings));
  return g_strdup (spec->description ? _(spec->description) : NULL);
}

static void
fill_item_group (SolarPlatformPage *self,
                 const ItemGroup   *spec)
{
  GListModel *items = solar_platform_get_items (self->platform);
  AdwPreferencesGroup *group = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(SolarItem) item = g_list_model_get_item (items, i);
      const SolarCitation *citation;
      GtkWidget *row;

      if (solar_item_get_kind (item) != spec->kind || solar_item_get_channel (item) != spec->channel)
        continue;

      /* Groups are only made when they have something in them: no empty sections. */
      if (group == NULL)
        {
          g_autofree char *description = dup_group_description (self, spec);

          group = add_group (self, _(spec->title), description);
        }

      /* The item's tags are search keywords (lowercase, English only), not for reading. An
       * item the report does not give says where it comes from, under it. */
      if ((citation = solar_item_get_citation (item)) != NULL)
        {
          g_autofree char *cited = dup_citation_line (citation);
          g_autofree char *subtitle = g_strdup_printf ("%s\n%s",
                                                       solar_text_get (solar_item_get_description (item)),
                                                       cited);
          g_autofree char *described = solar_citation_describe (citation);

          row = create_row (solar_text_get (solar_item_get_title (item)), subtitle);
          gtk_widget_set_tooltip_text (row, described);
        }
      else
        row = create_row (solar_text_get (solar_item_get_title (item)),
                          solar_text_get (solar_item_get_description (item)));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), create_add_button (item));
      /* Focusable, so the keyboard walks through every item, and a search hit can be
       * focused (which also scrolls it into view). */
      gtk_widget_set_focusable (row, TRUE);
      adw_preferences_group_add (group, row);
      g_hash_table_insert (self->item_rows, g_strdup (solar_item_get_id (item)), row);
    }
}

static GtkWidget *
create_link_row (const char *title,
                 const char *subtitle,
                 const char *action,
                 const char *target)
{
  GtkWidget *row = create_row (title, subtitle);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", target);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), solar_accessible_new_decoration ("go-next-symbolic"));
  return row;
}

static void
fill_related (SolarPlatformPage *self)
{
  g_autoptr(GPtrArray) tribes = NULL;
  g_autoptr(GPtrArray) similar = NULL;
  AdwPreferencesGroup *group;

  if (self->dataset == NULL)
    return;

  tribes = solar_dataset_list_tribes_of (self->dataset, self->platform);
  if (tribes->len > 0)
    {
      group = add_group (self, _("Tribes Reached Through Influencers"),
                         _("Interest tribes and subcultures that influencers link to this platform"));
      for (guint i = 0; i < tribes->len; i++)
        {
          SolarTribe *tribe = g_ptr_array_index (tribes, i);

          adw_preferences_group_add (group,
                                     create_link_row (solar_text_get (solar_tribe_get_name (tribe)),
                                                      solar_text_get (solar_tribe_get_description (tribe)),
                                                      "win.open-tribe", solar_tribe_get_id (tribe)));
        }
    }

  similar = solar_dataset_list_similar_platforms (self->dataset, self->platform, N_SIMILAR);
  if (similar->len > 0)
    {
      group = add_group (self, _("Similar Platforms"),
                         _("Reaching the same tribes, or used by brands for the same things"));
      for (guint i = 0; i < similar->len; i++)
        {
          SolarPlatform *other = g_ptr_array_index (similar, i);

          adw_preferences_group_add (group,
                                     create_link_row (solar_text_get (solar_platform_get_name (other)),
                                                      solar_text_get (solar_platform_get_positioning (other)),
                                                      "win.open-platform", solar_platform_get_id (other)));
        }
    }
}

static void
clear (SolarPlatformPage *self)
{
  GtkWidget *child;

  for (guint i = 0; i < self->figure_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->figure_rows, i);
      GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);

      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
    }
  g_ptr_array_set_size (self->figure_rows, 0);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->items_box))) != NULL)
    gtk_box_remove (self->items_box, child);
  g_hash_table_remove_all (self->item_rows);
  self->revealed_row = NULL;
}

static void
draw_mark (GtkDrawingArea *area,
           cairo_t        *cr,
           int             width,
           int             height,
           gpointer        user_data)
{
  SolarPlatformPage *self = user_data;
  const SolarColor *colour;
  double radius = MIN (width, height) / 2.0 - 1;

  if (self->platform == NULL)
    return;
  colour = solar_platform_get_color (self->platform);
  cairo_arc (cr, width / 2.0, height / 2.0, radius, 0, 2 * G_PI);
  cairo_set_source_rgb (cr, colour->red, colour->green, colour->blue);
  cairo_fill (cr);
}

static void
update (SolarPlatformPage *self)
{
  const SolarText *name;

  clear (self);
  if (self->platform == NULL)
    return;

  name = solar_platform_get_name (self->platform);
  gtk_label_set_text (self->name_label, name->en);
  /* Focus lands on the page itself when it opens, so the page says which platform it is
   * ("WeChat 微信, core platform"), not a selectable label: in GTK 4.8 a focused selectable
   * label swallows Ctrl+F. */
  {
    g_autofree char *label = solar_platform_dup_accessible_name (self->platform);

    gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                    -1);
  }
  gtk_label_set_text (self->chinese_name_label, name->zh ? name->zh : "");
  gtk_widget_set_visible (GTK_WIDGET (self->chinese_name_label), name->zh != NULL);
  gtk_label_set_text (self->tier_label, _(tier_titles[solar_platform_get_tier (self->platform)]));
  adw_preferences_group_set_title (self->later_group,
                                   solar_platform_is_in_report (self->platform)
                                     ? _("Since the Report") : _("Later Figures"));
  adw_preferences_group_set_description (self->later_group,
                                         solar_platform_is_in_report (self->platform)
                                           ? _("Later figures of the same measures, as the companies "
                                               "reported them, each with its source (the source’s "
                                               "own words in the tooltip); the report’s figures "
                                               "above stay as it published them.")
                                           : _("Later figures of the same measures, each with its "
                                               "source (the source’s own words in the tooltip)."));
  gtk_label_set_text (self->positioning_label,
                      solar_text_get (solar_platform_get_positioning (self->platform)));
  gtk_label_set_text (self->summary_label,
                      solar_text_get (solar_platform_get_summary (self->platform)));
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->compare_button), "s",
                                    solar_platform_get_id (self->platform));
  gtk_widget_queue_draw (GTK_WIDGET (self->mark));

  fill_figures (self);
  fill_later_figures (self);
  fill_audience (self);
  for (guint i = 0; i < G_N_ELEMENTS (item_groups); i++)
    fill_item_group (self, &item_groups[i]);
  fill_related (self);
  fill_sources (self);

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

/**
 * solar_platform_page_reveal_item:
 * @item_id: the id of one of the platform's items
 *
 * Scrolls to the item's row, highlights it and gives it keyboard focus: where a search hit
 * lands.
 *
 * Returns: %TRUE if the page has that item
 */
gboolean
solar_platform_page_reveal_item (SolarPlatformPage *self,
                                 const char        *item_id)
{
  GtkWidget *row;

  g_return_val_if_fail (SOLAR_IS_PLATFORM_PAGE (self), FALSE);
  g_return_val_if_fail (item_id != NULL, FALSE);

  row = g_hash_table_lookup (self->item_rows, item_id);
  solar_reveal_row (self->scroller, &self->revealed_row, row);
  return row != NULL;
}

/**
 * solar_platform_page_get_revealed_row:
 *
 * Returns: (nullable): the row last revealed, for tests
 */
GtkWidget *
solar_platform_page_get_revealed_row (SolarPlatformPage *self)
{
  g_return_val_if_fail (SOLAR_IS_PLATFORM_PAGE (self), NULL);
  return self->revealed_row;
}

/* A figures pack was imported or removed: the page shows its figures as they are now,
 * where the reader was. */
static void
on_figures_changed (SolarPlatformPage *self)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  double value = gtk_adjustment_get_value (adjustment);

  update (self);
  gtk_adjustment_set_value (adjustment, value);
}

static void
solar_platform_page_set_dataset (SolarPlatformPage *self,
                                 SolarDataset      *dataset)
{
  if (self->dataset != NULL)
    g_signal_handlers_disconnect_by_func (self->dataset, on_figures_changed, self);
  g_set_object (&self->dataset, dataset);
  if (dataset != NULL)
    g_signal_connect_object (dataset, "figures-changed", G_CALLBACK (on_figures_changed), self,
                             G_CONNECT_SWAPPED);
}

static void
solar_platform_page_dispose (GObject *object)
{
  SolarPlatformPage *self = (SolarPlatformPage *)object;

  g_clear_object (&self->platform);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (solar_platform_page_parent_class)->dispose (object);
}

static void
solar_platform_page_finalize (GObject *object)
{
  SolarPlatformPage *self = (SolarPlatformPage *)object;

  g_clear_pointer (&self->figure_rows, g_ptr_array_unref);
  g_clear_pointer (&self->item_rows, g_hash_table_unref);

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
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;

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
    case PROP_DATASET:
      solar_platform_page_set_dataset (self, g_value_get_object (value));
      break;

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

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL,
                         SOLAR_TYPE_DATASET,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS));

  properties[PROP_PLATFORM] =
    g_param_spec_object ("platform", NULL, NULL,
                         SOLAR_TYPE_PLATFORM,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SOLAR_TYPE_SHARE_BAR);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/socialsolar/SocialSolar/ui/solar-platform-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SolarPlatformPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, SolarPlatformPage, mark);
  gtk_widget_class_bind_template_child (widget_class, SolarPlatformPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, SolarPlatformPage, chinese_name_label);
  gtk_widget_class_bind_template_child (widget_class, SolarPlatformPage, tier_label);
  gtk_widget_class_bind_template_child (widget_class, SolarPlatformPage, sources_group);
  gtk_widget_class_bind_template_child (widget_class, SolarPlatformPage, positioning_label);
  gtk_widget_class_bind_template_child (widget_class, SolarPlatformPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, SolarPlatformPage, compare_button);
  gtk_widget_class_bind_template_child (widget_class, SolarPlatformPage, figures_group);
  gtk_widget_class_bind_template_child (widget_class, SolarPlatformPage, later_group);
  gtk_widget_class_bind_template_child (widget_class, SolarPlatformPage, audience_group);
  gtk_widget_class_bind_template_child (widget_class, SolarPlatformPage, share_bar);
  gtk_widget_class_bind_template_child (widget_class, SolarPlatformPage, items_box);
}

static void
solar_platform_page_init (SolarPlatformPage *self)
{
  self->figure_rows = g_ptr_array_new ();
  self->item_rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drawing_area_set_draw_func (self->mark, draw_mark, self, NULL);
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
