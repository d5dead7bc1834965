/* solar-orbit.c: where every body of the diagram goes for a given size, and hit testing
 *
 * The same geometry serves the widget (which places a focusable button over each body),
 * the renderer and hit testing, so what is drawn, what is clicked and what a screen reader
 * reports can never disagree.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-orbit"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>
#include <pango/pangocairo.h>

#include "solar-model-private.h"
#include "solar-orbit-private.h"

#define PADDING          8.0
#define MIN_FONT_PX      8.0
#define MAX_FONT_PX      18.0
/* Past this many bodies no label can fit, so the overlap search is not worth running. */
#define MAX_LABELLED_BODIES 64

G_DEFINE_FINAL_TYPE (SolarOrbit, solar_orbit, G_TYPE_OBJECT)

/* How far out each ring is, as a share of the usable radius. The tunnel's tribes take the
 * outermost ring, so the planets move in when it is shown. */
static const double ring_share[2][4] = {
  /* inner  outer  tribes centre */
  { 0.42,  0.82,  0.00,  0.16 },   /* tunnel hidden */
  { 0.34,  0.64,  0.91,  0.13 },   /* tunnel shown */
};

static void
clear_body (SolarBody *body)
{
  g_clear_object (&body->layout);
}

static void
clear_legend_entry (SolarLegendEntry *entry)
{
  g_clear_object (&entry->layout);
}

static void
solar_orbit_finalize (GObject *object)
{
  SolarOrbit *self = (SolarOrbit *)object;

  g_clear_pointer (&self->bodies, g_array_unref);
  g_clear_pointer (&self->legend, g_array_unref);
  g_clear_object (&self->pango);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (solar_orbit_parent_class)->finalize (object);
}

static void
solar_orbit_class_init (SolarOrbitClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = solar_orbit_finalize;
}

static void
solar_orbit_init (SolarOrbit *self)
{
  self->text_scale = 1.0;
  self->bodies = g_array_new (FALSE, TRUE, sizeof (SolarBody));
  g_array_set_clear_func (self->bodies, (GDestroyNotify)clear_body);
  self->legend = g_array_new (FALSE, TRUE, sizeof (SolarLegendEntry));
  g_array_set_clear_func (self->legend, (GDestroyNotify)clear_legend_entry);
  self->pango = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  /* The Chinese names in their Simplified Chinese glyph forms whatever the UI language:
   * left to the locale, fontconfig may pick Noto Sans CJK JP, whose forms differ. */
  pango_context_set_language (self->pango, pango_language_from_string ("zh-cn"));
}

static PangoLayout *
create_label (SolarOrbit *self,
              const char *markup)
{
  PangoLayout *layout = pango_layout_new (self->pango);

  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_set_markup (layout, markup, -1);
  return layout;
}

/* "RED (Xiaohongshu)" → "RED": the explanation belongs on the page, the diagram needs room. */
static char *
dup_short_name (const char *name)
{
  const char *paren = strstr (name, " (");

  if (paren == NULL)
    paren = strstr (name, "（");
  if (paren == NULL || paren == name)
    return g_markup_escape_text (name, -1);
  return g_markup_escape_text (name, paren - name);
}

static char *
dup_label_markup (const SolarText *name,
                  gboolean         bold)
{
  g_autofree char *en = dup_short_name (name->en);
  g_autofree char *zh = name->zh ? dup_short_name (name->zh) : NULL;

  /* One line when both say the same: "ACG", or the sun's name in a Chinese UI. */
  if (zh == NULL || g_str_equal (en, zh))
    return g_strdup_printf (bold ? "<b>%s</b>" : "%s", en);
  return g_strdup_printf (bold ? "<b>%s</b>\n<small>%s</small>" : "%s\n<small>%s</small>", en, zh);
}

static void
add_body (SolarOrbit      *self,
          SolarBodyKind    kind,
          guint            index,
          SolarOrbitRing   ring,
          const SolarText *name,
          gboolean         bold)
{
  g_autofree char *markup = dup_label_markup (name, bold);
  SolarBody body = { kind, index, ring };

  body.layout = create_label (self, markup);
  g_array_append_val (self->bodies, body);
}

static void
add_legend_entry (SolarOrbit      *self,
                  SolarLegendKind  kind,
                  const char      *text)
{
  g_autofree char *markup = g_markup_escape_text (text, -1);
  SolarLegendEntry entry = { kind };

  entry.layout = create_label (self, markup);
  g_array_append_val (self->legend, entry);
}

/* What sizes a platform's body in the view: in the report's, its size figure; in the
 * latest, the newest monthly active users, since a daily count or subscribers would not
 * compare. */
static void
size_platform (SolarOrbit    *self,
               SolarPlatform *platform,
               SolarBody     *body)
{
  body->in_report = solar_platform_is_in_report (platform);
  body->sizing = SOLAR_BODY_UNSIZED;
  body->size = (SolarFigureReading) { 0 };

  if (self->figures == SOLAR_ORBIT_FIGURES_LATEST)
    {
      if (solar_platform_find_newest (platform, SOLAR_MEASURE_MONTHLY_ACTIVE_USERS, &body->size))
        body->sizing = body->size.since_report ? SOLAR_BODY_SIZED : SOLAR_BODY_SIZED_BY_REPORT;
      return;
    }
  if (platform->size_figure != NULL)
    {
      body->size = (SolarFigureReading) { platform->size_figure->value, platform->size_figure->as_of,
                                          FALSE, platform->size_figure, NULL };
      body->sizing = SOLAR_BODY_SIZED;
    }
}

static void
update_value_range (SolarOrbit      *self,
                    const SolarBody *body)
{
  double value;

  if (body->sizing == SOLAR_BODY_UNSIZED)
    return;
  value = MAX (body->size.value, 1.0);
  self->min_value = self->min_value == 0 ? value : MIN (self->min_value, value);
  self->max_value = MAX (self->max_value, value);
}

static gboolean
has_sizing (SolarOrbit      *self,
            SolarBodySizing  sizing)
{
  for (guint i = 0; i < self->bodies->len; i++)
    {
      const SolarBody *body = &g_array_index (self->bodies, SolarBody, i);

      if (body->kind == SOLAR_BODY_PLATFORM && body->sizing == sizing)
        return TRUE;
    }
  return FALSE;
}

static gboolean
has_platform_not_in_report (SolarOrbit *self)
{
  for (guint i = 0; i < self->bodies->len; i++)
    {
      const SolarBody *body = &g_array_index (self->bodies, SolarBody, i);

      if (body->kind == SOLAR_BODY_PLATFORM && !body->in_report)
        return TRUE;
    }
  return FALSE;
}

/* The legend explains only what is drawn: a style no body has would be a riddle. */
static void
add_legend (SolarOrbit *self)
{
  gboolean latest = self->figures == SOLAR_ORBIT_FIGURES_LATEST;

  g_array_set_size (self->legend, 0);
  /* The rings' names are the first to go in a crowded picture: what the bodies' looks mean
   * cannot be told any other way, and a body's tooltip still names its tier. */
  if (!self->compact_legend)
    {
      add_legend_entry (self, SOLAR_LEGEND_CORE, _("Core platforms"));
      add_legend_entry (self, SOLAR_LEGEND_DERIVATIVE, _("Derivative platforms"));
    }
  if (has_platform_not_in_report (self))
    add_legend_entry (self, SOLAR_LEGEND_NOT_IN_REPORT, _("Dotted: not in report"));
  add_legend_entry (self, SOLAR_LEGEND_SIZE,
                    latest ? _("Size: monthly users (log)")
                           : _("Size: users (log scale)"));
  if (has_sizing (self, SOLAR_BODY_SIZED_BY_REPORT))
    add_legend_entry (self, SOLAR_LEGEND_FADED, _("Faded: report’s figure"));
  if (has_sizing (self, SOLAR_BODY_UNSIZED))
    add_legend_entry (self, SOLAR_LEGEND_HOLLOW,
                      _("Hollow: no figure"));
  if (self->show_tunnel)
    add_legend_entry (self, SOLAR_LEGEND_TUNNEL, _("Influencer tunnel to tribes"));
}

/* Bodies are listed platforms first, in the dataset's order, then the centre, then the
 * tunnel's tribes when shown. The report's view leaves out the platforms it does not
 * cover, so a platform's position is not always its dataset index: solar_orbit_find_body()
 * gives it. */
static void
rebuild_bodies (SolarOrbit *self)
{
  GListModel *platforms = solar_dataset_get_platforms (self->dataset);
  GListModel *tribes = solar_dataset_get_tribes (self->dataset);
  g_autoptr(SolarText) sun_name = solar_text_new (_("Social China"), "社交中国");

  g_array_set_size (self->bodies, 0);
  self->min_value = self->max_value = 0;
  self->compact_legend = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (platforms); i++)
    {
      g_autoptr(SolarPlatform) platform = g_list_model_get_item (platforms, i);
      SolarOrbitRing ring = platform->tier == SOLAR_TIER_CORE ? SOLAR_ORBIT_INNER
                                                              : SOLAR_ORBIT_OUTER;
      SolarBody *body;

      if (self->figures == SOLAR_ORBIT_FIGURES_REPORT && !solar_platform_is_in_report (platform))
        continue;
      add_body (self, SOLAR_BODY_PLATFORM, i, ring, platform->name, TRUE);
      body = &g_array_index (self->bodies, SolarBody, self->bodies->len - 1);
      size_platform (self, platform, body);
      update_value_range (self, body);
    }

  add_body (self, SOLAR_BODY_SUN, 0, SOLAR_ORBIT_CENTRE, sun_name, FALSE);

  for (guint i = 0; self->show_tunnel && i < g_list_model_get_n_items (tribes); i++)
    {
      g_autoptr(SolarTribe) tribe = g_list_model_get_item (tribes, i);

      add_body (self, SOLAR_BODY_TRIBE, i, SOLAR_ORBIT_TRIBES, tribe->name, FALSE);
    }

  add_legend (self);
  self->allocated = FALSE;
}

/**
 * solar_orbit_new:
 * @dataset: the platforms and tribes to place
 *
 * Returns: (transfer full): a geometry for @dataset; call solar_orbit_allocate() before use
 */
SolarOrbit *
solar_orbit_new (SolarDataset *dataset)
{
  SolarOrbit *self;

  g_return_val_if_fail (SOLAR_IS_DATASET (dataset), NULL);

  self = g_object_new (SOLAR_TYPE_ORBIT, NULL);
  self->dataset = g_object_ref (dataset);
  rebuild_bodies (self);
  return self;
}

SolarDataset *
solar_orbit_get_dataset (SolarOrbit *self)
{
  g_return_val_if_fail (SOLAR_IS_ORBIT (self), NULL);
  return self->dataset;
}

void
solar_orbit_set_show_tunnel (SolarOrbit *self,
                             gboolean    show_tunnel)
{
  g_return_if_fail (SOLAR_IS_ORBIT (self));

  show_tunnel = !!show_tunnel;
  if (self->show_tunnel == show_tunnel)
    return;

  self->show_tunnel = show_tunnel;
  rebuild_bodies (self);
  if (self->width > 0 && self->height > 0)
    solar_orbit_allocate (self, self->width, self->height);
}

/**
 * solar_orbit_reload:
 *
 * Takes in the dataset's figures again (a figures pack imported or removed): what sizes
 * each body, and where it goes.
 */
void
solar_orbit_reload (SolarOrbit *self)
{
  g_return_if_fail (SOLAR_IS_ORBIT (self));

  rebuild_bodies (self);
  if (self->width > 0 && self->height > 0)
    solar_orbit_allocate (self, self->width, self->height);
}

/**
 * solar_orbit_set_figures:
 * @figures: the report's figures, or the latest published ones
 *
 * The latest view adds the platforms the report does not cover and sizes every body by the
 * newest monthly active users; the legend says which.
 */
void
solar_orbit_set_figures (SolarOrbit        *self,
                         SolarOrbitFigures  figures)
{
  g_return_if_fail (SOLAR_IS_ORBIT (self));
  g_return_if_fail (figures <= SOLAR_ORBIT_FIGURES_LATEST);

  if (self->figures == figures)
    return;

  self->figures = figures;
  rebuild_bodies (self);
  if (self->width > 0 && self->height > 0)
    solar_orbit_allocate (self, self->width, self->height);
}

SolarOrbitFigures
solar_orbit_get_figures (SolarOrbit *self)
{
  g_return_val_if_fail (SOLAR_IS_ORBIT (self), SOLAR_ORBIT_FIGURES_REPORT);
  return self->figures;
}

/* "Monthly active users" → "monthly active users" inside a sentence, keeping the names in
 * "…of Weixin and WeChat" as they are. */
static char *
dup_lower_first (const char *text)
{
  gunichar first = g_utf8_get_char (text);
  const char *rest = g_utf8_next_char (text);
  char lower[8] = { 0 };

  g_unichar_to_utf8 (g_unichar_tolower (first), lower);
  return g_strconcat (lower, rest, NULL);
}

/**
 * solar_orbit_describe_size:
 * @position: a platform's body
 *
 * What the body's size stands for in this view, for its tooltip and a screen reader:
 * "731 million monthly active users, September 2025", or why it has no size.
 *
 * Returns: (transfer full): the description
 */
char *
solar_orbit_describe_size (SolarOrbit *self,
                           guint       position)
{
  const SolarBody *body;
  const SolarText *label;
  g_autofree char *value = NULL;
  g_autofree char *what = NULL;
  g_autofree char *as_of = NULL;

  g_return_val_if_fail (SOLAR_IS_ORBIT (self), NULL);
  g_return_val_if_fail (position < self->bodies->len, NULL);

  body = &g_array_index (self->bodies, SolarBody, position);
  g_return_val_if_fail (body->kind == SOLAR_BODY_PLATFORM, NULL);

  if (body->sizing == SOLAR_BODY_UNSIZED)
    return g_strdup (self->figures == SOLAR_ORBIT_FIGURES_LATEST
                     ? _("No published count of monthly active users")
                     : _("The report gives no audience figure"));

  label = body->size.point != NULL && body->size.point->metric != NULL
    ? body->size.point->metric : solar_figure_get_label (body->size.figure);
  value = solar_format_quantity (body->size.value, SOLAR_UNIT_PEOPLE);
  what = dup_lower_first (solar_text_get (label));
  if (body->sizing == SOLAR_BODY_SIZED_BY_REPORT)
    /* Translators: what sizes a body: the report's figure, none having been published
     * since, e.g. "580 million monthly active users in the report; none published since" */
    return g_strdup_printf (_("%s %s in the report; none published since"), value, what);
  if (body->size.as_of == NULL)
    /* Translators: what sizes a body: a figure its source does not date, e.g.
     * "200 million daily active users, undated" */
    return g_strdup_printf (_("%s %s, undated"), value, what);
  as_of = solar_format_as_of (body->size.as_of);
  /* Translators: what sizes a body, e.g. "731 million monthly active users, September 2025" */
  return g_strdup_printf (_("%s %s, %s"), value, what, as_of);
}

/**
 * solar_orbit_set_text_scale:
 * @scale: the desktop's text scaling factor, 1.0 for normal text
 *
 * Labels are measured and drawn that much larger (Large Text is 1.25).
 */
void
solar_orbit_set_text_scale (SolarOrbit *self,
                            double      scale)
{
  g_return_if_fail (SOLAR_IS_ORBIT (self));

  scale = CLAMP (scale, 0.5, 3.0);
  if (self->text_scale == scale)
    return;
  self->text_scale = scale;
  self->allocated = FALSE;
  if (self->width > 0 && self->height > 0)
    solar_orbit_allocate (self, self->width, self->height);
}

double
solar_orbit_get_text_scale (SolarOrbit *self)
{
  g_return_val_if_fail (SOLAR_IS_ORBIT (self), 1.0);
  return self->text_scale;
}

gboolean
solar_orbit_get_show_tunnel (SolarOrbit *self)
{
  g_return_val_if_fail (SOLAR_IS_ORBIT (self), FALSE);
  return self->show_tunnel;
}

static void
set_font_size (SolarOrbit *self,
               double      font_px)
{
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans");

  pango_font_description_set_absolute_size (font, font_px * PANGO_SCALE);
  pango_context_set_font_description (self->pango, font);
  self->font_px = font_px;

  for (guint i = 0; i < self->bodies->len; i++)
    pango_layout_context_changed (g_array_index (self->bodies, SolarBody, i).layout);
  for (guint i = 0; i < self->legend->len; i++)
    pango_layout_context_changed (g_array_index (self->legend, SolarLegendEntry, i).layout);
}

/* Lays the legend out in rows along the bottom edge; returns its height. */
static double
place_legend (SolarOrbit *self)
{
  double swatch = self->font_px * 1.6;
  /* Between a swatch and its text: enough that a line swatch does not run into a word. */
  double gap = self->font_px * 0.4;
  double row_height = 0, x = PADDING, y = 0, max_x = self->width - PADDING;
  guint row_start = 0;

  for (guint i = 0; i < self->legend->len; i++)
    {
      SolarLegendEntry *entry = &g_array_index (self->legend, SolarLegendEntry, i);
      double text_w, text_h, entry_w;

      solar_orbit_measure_layout (entry->layout, &text_w, &text_h);
      entry_w = swatch + gap + text_w;
      if (x + entry_w > max_x && i > row_start)
        {
          x = PADDING;
          y += row_height + 2;
          row_height = 0;
          row_start = i;
        }
      entry->swatch = (SolarRect) { x, y, swatch, text_h };
      entry->label = (SolarRect) { x + swatch + gap, y, text_w, text_h };
      row_height = MAX (row_height, text_h);
      x += entry_w + 2 * self->font_px;
    }

  self->legend_area = (SolarRect) { 0, 0, self->width, y + row_height };
  self->legend_area.y = self->height - PADDING - self->legend_area.height;
  for (guint i = 0; i < self->legend->len; i++)
    {
      SolarLegendEntry *entry = &g_array_index (self->legend, SolarLegendEntry, i);

      entry->swatch.y += self->legend_area.y;
      entry->label.y += self->legend_area.y;
    }
  return self->legend_area.height;
}

static guint
count_on_ring (SolarOrbit     *self,
               SolarOrbitRing  ring)
{
  guint n = 0;

  for (guint i = 0; i < self->bodies->len; i++)
    n += g_array_index (self->bodies, SolarBody, i).ring == ring;
  return n;
}

/* A log scale keeps a 20-million platform visible next to a 1.2-billion one. A body with no
 * figure is drawn hollow, which says "not measured"; at the smallest size, since a larger
 * one crowds the labels out of a small window with the tunnel shown. */
static double
size_fraction (SolarOrbit *self,
               SolarBody  *body)
{
  double value;

  if (body->kind != SOLAR_BODY_PLATFORM)
    return 0;
  if (body->sizing == SOLAR_BODY_UNSIZED)
    return 0;
  if (self->max_value <= self->min_value)
    return 0;

  value = MAX (body->size.value, 1.0);
  return (log10 (value) - log10 (self->min_value)) /
         (log10 (self->max_value) - log10 (self->min_value));
}

static double
ring_start_angle (SolarOrbitRing ring,
                  guint          n)
{
  switch (ring)
    {
    case SOLAR_ORBIT_INNER:  return -3 * G_PI / 4;          /* first body top left */
    case SOLAR_ORBIT_OUTER:  return -G_PI / 2 + G_PI / n;   /* none straight above a core body */
    case SOLAR_ORBIT_TRIBES: return -G_PI / 2 + G_PI / (2 * n);
    case SOLAR_ORBIT_CENTRE:
    default:                 return 0;
    }
}

/* A platform the report does not cover, shown in the latest view. */
static gboolean
is_added (const SolarBody *body)
{
  return body->kind == SOLAR_BODY_PLATFORM && !body->in_report;
}

static void
place_bodies (SolarOrbit *self,
              double      radius)
{
  const double *share = ring_share[self->show_tunnel];
  guint n_on_ring[4], placed[4] = { 0 }, n_added = 0, added = 0;
  double max_body = radius * (self->show_tunnel ? 0.085 : 0.10);
  double min_body = radius * (self->show_tunnel ? 0.035 : 0.045);

  for (guint ring = 0; ring < 4; ring++)
    {
      n_on_ring[ring] = count_on_ring (self, ring);
      self->ring_radius[ring] = radius * share[ring];
    }
  /* With the tunnel the ring is shorter and the tribes reach the centre, so the added
   * platforms take even shares of it instead (see below). */
  for (guint i = 0; i < self->bodies->len && !self->show_tunnel; i++)
    n_added += is_added (&g_array_index (self->bodies, SolarBody, i));

  for (guint i = 0; i < self->bodies->len; i++)
    {
      SolarBody *body = &g_array_index (self->bodies, SolarBody, i);
      guint n = n_on_ring[body->ring];
      /* The centre's "ring radius" is the sun's size; the sun itself sits in the middle. */
      double ring_radius = body->ring == SOLAR_ORBIT_CENTRE ? 0 : self->ring_radius[body->ring];
      /* No body may be wider than its share of the ring, or neighbours would touch; bodies
       * added between two others have half a share. */
      guint n_shares = body->ring == SOLAR_ORBIT_OUTER && n_added > 0 ? 2 * (n - n_added) : n;
      double room = n > 1 ? ring_radius * sin (G_PI / n_shares) - SOLAR_ORBIT_BODY_GAP : max_body;

      if (body->kind == SOLAR_BODY_SUN)
        body->radius = self->ring_radius[SOLAR_ORBIT_CENTRE];
      else if (body->kind == SOLAR_BODY_TRIBE)
        body->radius = MAX (3.0, radius * 0.018);
      else
        body->radius = MIN (room, min_body + (max_body - min_body) * size_fraction (self, body));
      body->radius = MAX (body->radius, 2.0);

      /* The report's platforms keep the places they have in its view; those it does not
       * cover go halfway between two of them, spread round the ring. Moving the others
       * would lose the reader's bearings, and the bodies straight left and right of the
       * centre are how the arrow keys reach it (evenly spaced, none would be: with eight
       * on the ring, nothing leads to the centre). */
      if (body->ring == SOLAR_ORBIT_OUTER && n_added > 0)
        {
          guint n_report = n - n_added;
          double step = 2 * G_PI / MAX (n_report, 1);
          double start = ring_start_angle (body->ring, n_report);

          if (is_added (body))
            body->angle = start + step * ((2 * added++ + 1) * n_report / (2 * n_added) + 0.5);
          else
            body->angle = start + step * placed[body->ring]++;
        }
      else
        body->angle = ring_start_angle (body->ring, n) + 2 * G_PI * placed[body->ring]++ / MAX (n, 1);
      body->x = self->centre_x + ring_radius * cos (body->angle);
      body->y = self->centre_y + ring_radius * sin (body->angle);
    }
}

static gboolean try_fonts (SolarOrbit *self,
                           double      font_start,
                           gboolean    search);

/**
 * solar_orbit_allocate:
 * @width: the drawing's width in logical pixels
 * @height: its height
 *
 * Places every body, label and the legend for this size. It searches for the largest font
 * and radius at which nothing overlaps and nothing sticks out; if nothing fits (a tiny size
 * or a huge dataset), labels are left out and solar_orbit_get_labels_fit() says so.
 */
void
solar_orbit_allocate (SolarOrbit *self,
                      double      width,
                      double      height)
{
  double font_start;
  gboolean search;

  g_return_if_fail (SOLAR_IS_ORBIT (self));

  if (self->allocated && width == self->width && height == self->height)
    return;

  self->width = MAX (width, 1);
  self->height = MAX (height, 1);
  self->allocated = TRUE;
  self->labels_fit = FALSE;
  /* Text scaling raises the label size the search starts from, so Large Text users get
   * larger labels wherever they fit; in a tiny window, small labels beat none. */
  font_start = CLAMP (MIN (width, height) / 30.0, MIN_FONT_PX + 3, MAX_FONT_PX) * self->text_scale;
  search = self->bodies->len <= MAX_LABELLED_BODIES;

  if (self->compact_legend)
    {
      self->compact_legend = FALSE;
      add_legend (self);
    }
  if (!try_fonts (self, font_start, search) && search)
    {
      /* Nothing fits with the whole legend (a small window, the tunnel and the latest
       * figures' bodies): try again with the shorter one. */
      self->compact_legend = TRUE;
      add_legend (self);
      try_fonts (self, font_start, search);
    }
}

/* The search: ever smaller fonts, and for each, the bodies moved inwards step by step,
 * until every label finds a free place. Returns whether one was found. After the first,
 * the fonts are whole pixels, down to the smallest: a scaled start (Large Text's 22.5)
 * stepping by one would skip the sizes the unscaled search tries (16, and 8 itself), and
 * Large Text would get smaller labels than normal text, or none where normal text fits. */
static gboolean
try_fonts (SolarOrbit *self,
           double      font_start,
           gboolean    search)
{
  for (double font_px = font_start; font_px >= MIN_FONT_PX; font_px = ceil (font_px - 1))
    {
      double legend_height;
      SolarRect area;

      set_font_size (self, font_px);
      legend_height = place_legend (self);
      area = (SolarRect) { PADDING, PADDING, self->width - 2 * PADDING,
                           self->height - legend_height - 3 * PADDING };
      self->centre_x = area.x + area.width / 2;
      self->centre_y = area.y + area.height / 2;

      /* At each font, labels clear of the rings round their bodies if a smaller picture
       * allows that, and only then labels close to their bodies. */
      for (int allow_close = FALSE; allow_close <= TRUE; allow_close++)
        for (double shrink = 1.0; shrink >= 0.4; shrink -= 0.05)
          {
            double radius = MAX (MIN (area.width, area.height) / 2 * shrink, 1);

            place_bodies (self, radius);
            if (!search)
              return FALSE;
            solar_orbit_place_labels (self, &area, allow_close);
            if (solar_orbit_everything_fits (self, &area))
              {
                self->labels_fit = TRUE;
                return TRUE;
              }
          }
    }
  return FALSE;
}

double
solar_orbit_get_width (SolarOrbit *self)
{
  g_return_val_if_fail (SOLAR_IS_ORBIT (self), 0);
  return self->width;
}

double
solar_orbit_get_height (SolarOrbit *self)
{
  g_return_val_if_fail (SOLAR_IS_ORBIT (self), 0);
  return self->height;
}

double
solar_orbit_get_centre_x (SolarOrbit *self)
{
  g_return_val_if_fail (SOLAR_IS_ORBIT (self), 0);
  return self->centre_x;
}

double
solar_orbit_get_centre_y (SolarOrbit *self)
{
  g_return_val_if_fail (SOLAR_IS_ORBIT (self), 0);
  return self->centre_y;
}

double
solar_orbit_get_ring_radius (SolarOrbit     *self,
                             SolarOrbitRing  ring)
{
  g_return_val_if_fail (SOLAR_IS_ORBIT (self), 0);
  g_return_val_if_fail (ring <= SOLAR_ORBIT_CENTRE, 0);
  return self->ring_radius[ring];
}

double
solar_orbit_get_font_size (SolarOrbit *self)
{
  g_return_val_if_fail (SOLAR_IS_ORBIT (self), 0);
  return self->font_px;
}

gboolean
solar_orbit_get_labels_fit (SolarOrbit *self)
{
  g_return_val_if_fail (SOLAR_IS_ORBIT (self), FALSE);
  return self->labels_fit;
}

guint
solar_orbit_get_n_bodies (SolarOrbit *self)
{
  g_return_val_if_fail (SOLAR_IS_ORBIT (self), 0);
  return self->bodies->len;
}

const SolarBody *
solar_orbit_get_body (SolarOrbit *self,
                      guint       position)
{
  g_return_val_if_fail (SOLAR_IS_ORBIT (self), NULL);
  g_return_val_if_fail (position < self->bodies->len, NULL);
  return &g_array_index (self->bodies, SolarBody, position);
}

int
solar_orbit_find_body (SolarOrbit    *self,
                       SolarBodyKind  kind,
                       guint          index)
{
  g_return_val_if_fail (SOLAR_IS_ORBIT (self), -1);

  for (guint i = 0; i < self->bodies->len; i++)
    {
      const SolarBody *body = &g_array_index (self->bodies, SolarBody, i);

      if (body->kind == kind && body->index == index)
        return i;
    }
  return -1;
}

/**
 * solar_orbit_hit_test:
 *
 * Returns: the position of the body at (@x, @y), or -1 over empty space. A body's label
 *   counts as part of it: people click names as often as discs.
 */
int
solar_orbit_hit_test (SolarOrbit *self,
                      double      x,
                      double      y)
{
  g_return_val_if_fail (SOLAR_IS_ORBIT (self), -1);

  /* Backwards: what is drawn last is on top. */
  for (guint i = self->bodies->len; i > 0; i--)
    {
      const SolarBody *body = &g_array_index (self->bodies, SolarBody, i - 1);
      double dx = x - body->x;
      double dy = y - body->y;

      if (dx * dx + dy * dy <= body->radius * body->radius)
        return i - 1;
      if (self->labels_fit &&
          x >= body->label.x && x < body->label.x + body->label.width &&
          y >= body->label.y && y < body->label.y + body->label.height)
        return i - 1;
    }
  return -1;
}

/**
 * solar_orbit_neighbour:
 * @position: the body keyboard focus is on
 * @direction: the arrow key pressed
 *
 * Finds the body an arrow key moves to: the nearest one lying in that direction, favouring
 * bodies straight ahead over ones off to the side. Where nothing lies that way, Right and
 * Down go on to the next body and Left and Up back to the previous one, so every body can
 * be reached from every other.
 *
 * Returns: the position of the body to move to
 */
int
solar_orbit_neighbour (SolarOrbit     *self,
                       guint           position,
                       SolarDirection  direction)
{
  static const double dirs[4][2] = { { -1, 0 }, { 1, 0 }, { 0, -1 }, { 0, 1 } };
  const SolarBody *from;
  double best_score = G_MAXDOUBLE;
  int best = -1;
  guint n;

  g_return_val_if_fail (SOLAR_IS_ORBIT (self), -1);
  g_return_val_if_fail (position < self->bodies->len, -1);

  from = &g_array_index (self->bodies, SolarBody, position);
  n = self->bodies->len;

  for (guint i = 0; i < n; i++)
    {
      const SolarBody *body = &g_array_index (self->bodies, SolarBody, i);
      double dx = body->x - from->x;
      double dy = body->y - from->y;
      double along = dx * dirs[direction][0] + dy * dirs[direction][1];
      double across = fabs (dx * dirs[direction][1] - dy * dirs[direction][0]);
      double score = along + 2 * across;

      /* Only bodies in a 90° cone ahead count as "that way". */
      if (i == position || along <= 0 || across > along + 1)
        continue;
      if (score < best_score)
        {
          best_score = score;
          best = i;
        }
    }

  if (best >= 0)
    return best;

  if (direction == SOLAR_DIRECTION_RIGHT || direction == SOLAR_DIRECTION_DOWN)
    return (position + 1) % n;
  return (position + n - 1) % n;
}

const SolarRect *
solar_orbit_get_legend_area (SolarOrbit *self)
{
  g_return_val_if_fail (SOLAR_IS_ORBIT (self), NULL);
  return &self->legend_area;
}

guint
solar_orbit_get_n_legend_entries (SolarOrbit *self)
{
  g_return_val_if_fail (SOLAR_IS_ORBIT (self), 0);
  return self->legend->len;
}

const SolarLegendEntry *
solar_orbit_get_legend_entry (SolarOrbit *self,
                              guint       position)
{
  g_return_val_if_fail (SOLAR_IS_ORBIT (self), NULL);
  g_return_val_if_fail (position < self->legend->len, NULL);
  return &g_array_index (self->legend, SolarLegendEntry, position);
}
