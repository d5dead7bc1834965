/* solar-render.c: THE drawing of the social solar system, for screen, export and print
 *
 * It takes a cairo_t and an allocated SolarOrbit and nothing else, so the widget, image
 * export and printing all draw the very same picture.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-render"

#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "solar-model-private.h"
#include "solar-render.h"

#define RGBA(r, g, b, a) ((SolarRgba) { (r) / 255.0, (g) / 255.0, (b) / 255.0, (a) })

/**
 * solar_render_style_init:
 *
 * Fills @style with the colours of libadwaita's light or dark palette, or with plain
 * black-on-white (white-on-black) lines for high contrast.
 */
void
solar_render_style_init (SolarRenderStyle *style,
                         gboolean          dark,
                         gboolean          high_contrast)
{
  g_return_if_fail (style != NULL);

  if (dark)
    {
      style->background = RGBA (0x24, 0x24, 0x24, 1);
      style->foreground = RGBA (0xff, 0xff, 0xff, 1);
      style->muted = RGBA (0xff, 0xff, 0xff, high_contrast ? 0.8 : 0.35);
      style->link = RGBA (0x99, 0xc1, 0xf1, high_contrast ? 0.9 : 0.45);
      style->highlight = RGBA (0x78, 0xae, 0xed, 1);
      style->sun = RGBA (0xf6, 0xd3, 0x2d, 1);
    }
  else
    {
      style->background = RGBA (0xfa, 0xfa, 0xfa, 1);
      style->foreground = RGBA (0x24, 0x24, 0x24, 1);
      style->muted = RGBA (0x24, 0x24, 0x24, high_contrast ? 0.85 : 0.3);
      style->link = RGBA (0x1c, 0x71, 0xd8, high_contrast ? 0.9 : 0.35);
      style->highlight = RGBA (0x35, 0x84, 0xe4, 1);
      style->sun = RGBA (0xf5, 0xc2, 0x11, 1);
    }
  if (high_contrast)
    style->foreground = dark ? RGBA (0xff, 0xff, 0xff, 1) : RGBA (0, 0, 0, 1);
  style->line_width = high_contrast ? 2.0 : 1.0;
  style->high_contrast = high_contrast;
}

static void
set_source (cairo_t         *cr,
            const SolarRgba *rgba)
{
  cairo_set_source_rgba (cr, rgba->red, rgba->green, rgba->blue, rgba->alpha);
}

static void
draw_ring (cairo_t                *cr,
           SolarOrbit             *orbit,
           SolarOrbitRing          ring,
           const SolarRenderStyle *style)
{
  static const double dash[] = { 6, 6 };
  double radius = solar_orbit_get_ring_radius (orbit, ring);
  SolarRgba colour = style->muted;

  if (radius <= 0)
    return;

  cairo_save (cr);
  /* Core orbit solid, derivative dashed (the legend says which), the tribes' ring fainter.
   * Dashes are the costliest thing drawn, so they are long and used once. */
  if (ring == SOLAR_ORBIT_OUTER)
    cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  else if (ring == SOLAR_ORBIT_TRIBES)
    colour.alpha /= 2;
  set_source (cr, &colour);
  cairo_set_line_width (cr, style->line_width);
  cairo_arc (cr, solar_orbit_get_centre_x (orbit), solar_orbit_get_centre_y (orbit),
             radius, 0, 2 * G_PI);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* A link bends toward the centre, so the tunnel reads as passing through the influencers. */
static void
path_link (cairo_t         *cr,
           SolarOrbit      *orbit,
           const SolarBody *from,
           const SolarBody *to)
{
  double cx = solar_orbit_get_centre_x (orbit);
  double cy = solar_orbit_get_centre_y (orbit);
  double mx = (from->x + to->x) / 2;
  double my = (from->y + to->y) / 2;

  cairo_move_to (cr, from->x, from->y);
  cairo_curve_to (cr, mx + (cx - mx) * 0.5, my + (cy - my) * 0.5,
                  mx + (cx - mx) * 0.5, my + (cy - my) * 0.5, to->x, to->y);
}

static void
draw_tunnel (cairo_t                  *cr,
             SolarOrbit               *orbit,
             const SolarRenderStyle   *style,
             const SolarRenderOptions *options)
{
  GListModel *tribes = solar_dataset_get_tribes (solar_orbit_get_dataset (orbit));
  const SolarBody *highlighted = NULL;

  if (options->highlighted >= 0)
    highlighted = solar_orbit_get_body (orbit, options->highlighted);

  cairo_save (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  for (guint i = 0; i < solar_orbit_get_n_bodies (orbit); i++)
    {
      const SolarBody *tribe_body = solar_orbit_get_body (orbit, i);
      g_autoptr(SolarTribe) tribe = NULL;

      if (tribe_body->kind != SOLAR_BODY_TRIBE)
        continue;

      tribe = g_list_model_get_item (tribes, tribe_body->index);
      for (guint j = 0; j < tribe->platform_indices->len; j++)
        {
          int platform = solar_orbit_find_body (orbit, SOLAR_BODY_PLATFORM,
                                                g_array_index (tribe->platform_indices, guint, j));
          const SolarBody *platform_body;
          gboolean strong;
          SolarRgba colour;

          if (platform < 0)
            continue;
          platform_body = solar_orbit_get_body (orbit, platform);
          strong = highlighted == tribe_body || highlighted == platform_body;
          colour = strong ? style->highlight : style->link;

          set_source (cr, &colour);
          cairo_set_line_width (cr, (strong ? 2.5 : 1.2) * style->line_width);
          path_link (cr, orbit, tribe_body, platform_body);
          cairo_stroke (cr);
        }
    }
  cairo_restore (cr);
}

static void
show_layout (cairo_t                  *cr,
             PangoLayout              *layout,
             const SolarRenderOptions *options)
{
  if (options->text_sink != NULL)
    options->text_sink (cr, layout, options->text_sink_data);
  else
    pango_cairo_show_layout (cr, layout);
}

static void
draw_label (cairo_t                  *cr,
            const SolarBody          *body,
            const SolarRgba          *colour,
            const SolarRenderOptions *options)
{
  set_source (cr, colour);
  /* The label's box was measured from the layout's logical extents, which for a layout
   * without a set width start at 0,0: centring only moves the shorter line within the
   * widest one. So the layout's origin is the box's corner, as in draw_legend(). */
  cairo_move_to (cr, body->label.x, body->label.y);
  show_layout (cr, body->layout, options);
  /* show_layout leaves the move_to behind; the next arc must not start a line from it. */
  cairo_new_path (cr);
}

static void
draw_highlight (cairo_t                *cr,
                const SolarBody        *body,
                const SolarRenderStyle *style)
{
  set_source (cr, &style->highlight);
  cairo_set_line_width (cr, 3 * style->line_width);
  cairo_arc (cr, body->x, body->y, body->radius + 4 * style->line_width, 0, 2 * G_PI);
  cairo_stroke (cr);
}

/* A disc with an outline, as two fills: filling is several times cheaper than stroking,
 * and bodies are most of what is drawn. */
static void
fill_outlined_disc (cairo_t                *cr,
                    const SolarBody        *body,
                    const SolarRgba        *fill,
                    const SolarRenderStyle *style)
{
  double half_line = style->line_width / 2;

  set_source (cr, &style->foreground);
  cairo_arc (cr, body->x, body->y, body->radius + half_line, 0, 2 * G_PI);
  cairo_fill (cr);
  set_source (cr, fill);
  cairo_arc (cr, body->x, body->y, MAX (body->radius - half_line, 0.5), 0, 2 * G_PI);
  cairo_fill (cr);
}

static gboolean
plan_uses (const SolarPlanOverlay *plan,
           guint                   index)
{
  return plan == NULL || (index < plan->n_platforms && plan->used[index]);
}

/* The share of the budget as an arc from 12 o'clock, clockwise, just outside the body. */
static void
draw_share_arc (cairo_t                *cr,
                const SolarBody        *body,
                double                  share,
                const SolarRenderStyle *style)
{
  double radius = body->radius + 5 * style->line_width;

  if (share <= 0)
    return;
  cairo_save (cr);
  set_source (cr, &style->muted);
  cairo_set_line_width (cr, 3 * style->line_width);
  cairo_arc (cr, body->x, body->y, radius, 0, 2 * G_PI);
  cairo_stroke (cr);
  set_source (cr, &style->foreground);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  cairo_arc (cr, body->x, body->y, radius, -G_PI / 2, -G_PI / 2 + 2 * G_PI * MIN (share, 100) / 100);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
fade_towards (SolarRgba       *colour,
              const SolarRgba *towards,
              double           amount)
{
  colour->red += (towards->red - colour->red) * amount;
  colour->green += (towards->green - colour->green) * amount;
  colour->blue += (towards->blue - colour->blue) * amount;
}

/* A ring of dots round a platform the report does not cover: unlike a fill or an outline,
 * it says "added" without taking the body's own colour or size away. */
static void
draw_not_in_report_ring (cairo_t                *cr,
                         double                  x,
                         double                  y,
                         double                  radius,
                         const SolarRenderStyle *style)
{
  cairo_save (cr);
  cairo_new_path (cr);
  set_source (cr, &style->foreground);
  cairo_set_line_width (cr, 1.5 * style->line_width);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_dash (cr, (const double[]) { 0, 3.5 * style->line_width }, 2, 0);
  cairo_arc (cr, x, y, radius, 0, 2 * G_PI);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* Hollow: the page's colour inside a coloured outline, for a body no figure sizes. Filled
 * all the same, or its orbit's line would show through. */
static void
draw_hollow_disc (cairo_t                *cr,
                  double                  x,
                  double                  y,
                  double                  radius,
                  const SolarRgba        *colour,
                  const SolarRenderStyle *style)
{
  cairo_save (cr);
  cairo_new_path (cr);
  set_source (cr, &style->background);
  cairo_arc (cr, x, y, radius, 0, 2 * G_PI);
  cairo_fill (cr);
  set_source (cr, colour);
  cairo_set_line_width (cr, 2.5 * style->line_width);
  cairo_arc (cr, x, y, MAX (radius - 1.25 * style->line_width, 0.5), 0, 2 * G_PI);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_platform (cairo_t                  *cr,
               SolarOrbit               *orbit,
               const SolarBody          *body,
               const SolarRenderStyle   *style,
               const SolarRenderOptions *options)
{
  g_autoptr(SolarPlatform) platform = NULL;
  GListModel *platforms = solar_dataset_get_platforms (solar_orbit_get_dataset (orbit));
  gboolean used = plan_uses (options->plan, body->index);
  SolarRgba colour;

  platform = g_list_model_get_item (platforms, body->index);
  colour = (SolarRgba) { platform->color.red, platform->color.green, platform->color.blue, 1 };
  /* Unused platforms fade towards the page, so the plan's own stand out; so, less, do the
   * bodies whose newest figure is the report's in the latest view. */
  if (!used)
    fade_towards (&colour, &style->background, 0.7);
  else if (body->sizing == SOLAR_BODY_SIZED_BY_REPORT)
    fade_towards (&colour, &style->background, 0.55);
  /* The outline keeps a light body visible on a light page and a dark one on a dark page. */
  if (body->sizing == SOLAR_BODY_UNSIZED)
    draw_hollow_disc (cr, body->x, body->y, body->radius, &colour, style);
  else
    fill_outlined_disc (cr, body, &colour, style);
  if (!body->in_report)
    draw_not_in_report_ring (cr, body->x, body->y,
                             body->radius + SOLAR_ORBIT_NOT_IN_REPORT_RING - 0.75 * style->line_width,
                             style);
  if (options->plan != NULL && used)
    draw_share_arc (cr, body, options->plan->shares[body->index], style);
}

static void
draw_sun (cairo_t                *cr,
          const SolarBody        *body,
          const SolarRenderStyle *style)
{
  /* A halo and a core rather than a radial gradient: it reads the same and costs a fifth. */
  cairo_set_source_rgba (cr, style->sun.red, style->sun.green, style->sun.blue,
                         style->high_contrast ? 1.0 : 0.45);
  cairo_arc (cr, body->x, body->y, body->radius, 0, 2 * G_PI);
  cairo_fill (cr);
  set_source (cr, &style->sun);
  cairo_arc (cr, body->x, body->y, body->radius * 0.72, 0, 2 * G_PI);
  cairo_fill (cr);
}

static void
draw_tribe (cairo_t                *cr,
            const SolarBody        *body,
            const SolarRenderStyle *style)
{
  /* Not fill_outlined_disc(): the link colour is translucent and would show the outline
   * colour through. Tribes are few and small. */
  set_source (cr, &style->link);
  cairo_arc (cr, body->x, body->y, body->radius, 0, 2 * G_PI);
  cairo_fill_preserve (cr);
  set_source (cr, &style->foreground);
  cairo_set_line_width (cr, style->line_width);
  cairo_stroke (cr);
}

static void
draw_bodies (cairo_t                  *cr,
             SolarOrbit               *orbit,
             const SolarRenderStyle   *style,
             const SolarRenderOptions *options)
{
  gboolean labels = solar_orbit_get_labels_fit (orbit);
  /* The sun's label sits on yellow, where only a dark text reads, in both themes. */
  SolarRgba on_sun = { 0.14, 0.14, 0.14, 1 };

  for (guint i = 0; i < solar_orbit_get_n_bodies (orbit); i++)
    {
      const SolarBody *body = solar_orbit_get_body (orbit, i);
      SolarRect bounds;
      gboolean label_on_sun;

      solar_body_get_bounds (body, &bounds);
      label_on_sun = body->kind == SOLAR_BODY_SUN && solar_rect_intersects (&body->label, &bounds);

      if (body->kind == SOLAR_BODY_PLATFORM)
        draw_platform (cr, orbit, body, style, options);
      else if (body->kind == SOLAR_BODY_SUN)
        draw_sun (cr, body, style);
      else
        draw_tribe (cr, body, style);

      if ((int)i == options->highlighted)
        draw_highlight (cr, body, style);
      if (labels)
        draw_label (cr, body, label_on_sun ? &on_sun : &style->foreground, options);
    }
}

static void
draw_legend_swatch (cairo_t                *cr,
                    const SolarLegendEntry *entry,
                    const SolarRenderStyle *style)
{
  const SolarRect *r = &entry->swatch;
  double mid = r->y + r->height / 2;

  cairo_save (cr);
  cairo_new_path (cr);
  set_source (cr, &style->foreground);
  cairo_set_line_width (cr, 1.5 * style->line_width);
  switch (entry->kind)
    {
    case SOLAR_LEGEND_DERIVATIVE:
      cairo_set_dash (cr, (const double[]) { 6, 6 }, 2, 0);
      G_GNUC_FALLTHROUGH;
    case SOLAR_LEGEND_CORE:
      cairo_move_to (cr, r->x, mid);
      cairo_line_to (cr, r->x + r->width, mid);
      cairo_stroke (cr);
      break;

    case SOLAR_LEGEND_SIZE:
      cairo_arc (cr, r->x + r->height * 0.2, mid, r->height * 0.15, 0, 2 * G_PI);
      cairo_stroke (cr);
      cairo_new_sub_path (cr);
      cairo_arc (cr, r->x + r->width - r->height * 0.35, mid, r->height * 0.33, 0, 2 * G_PI);
      cairo_stroke (cr);
      break;

    case SOLAR_LEGEND_FADED:
      {
        SolarRgba faded = style->foreground;

        fade_towards (&faded, &style->background, 0.55);
        set_source (cr, &faded);
        cairo_arc (cr, r->x + r->width / 2, mid, r->height * 0.3, 0, 2 * G_PI);
        cairo_fill (cr);
      }
      break;

    case SOLAR_LEGEND_HOLLOW:
      draw_hollow_disc (cr, r->x + r->width / 2, mid, r->height * 0.33, &style->foreground, style);
      break;

    case SOLAR_LEGEND_NOT_IN_REPORT:
      cairo_arc (cr, r->x + r->width / 2, mid, r->height * 0.18, 0, 2 * G_PI);
      cairo_fill (cr);
      draw_not_in_report_ring (cr, r->x + r->width / 2, mid, r->height * 0.38, style);
      break;

    case SOLAR_LEGEND_TUNNEL:
      set_source (cr, &style->link);
      cairo_move_to (cr, r->x, r->y + r->height * 0.8);
      cairo_curve_to (cr, r->x + r->width * 0.4, r->y, r->x + r->width * 0.6, r->y,
                      r->x + r->width, r->y + r->height * 0.8);
      cairo_stroke (cr);
      break;

    default:
      g_assert_not_reached ();
    }
  cairo_restore (cr);
}

static void
draw_legend (cairo_t                  *cr,
             SolarOrbit               *orbit,
             const SolarRenderStyle   *style,
             const SolarRenderOptions *options)
{
  for (guint i = 0; i < solar_orbit_get_n_legend_entries (orbit); i++)
    {
      const SolarLegendEntry *entry = solar_orbit_get_legend_entry (orbit, i);

      draw_legend_swatch (cr, entry, style);
      set_source (cr, &style->foreground);
      cairo_move_to (cr, entry->label.x, entry->label.y);
      show_layout (cr, entry->layout, options);
      cairo_new_path (cr);
    }
}

/**
 * solar_render_orbit:
 * @cr: where to draw, in logical pixels (set a device scale for HiDPI)
 * @orbit: the geometry, already allocated to the size being drawn
 * @style: colours
 * @options: what is highlighted, whether to paint the background
 *
 * Draws the whole diagram: orbits, the influencer tunnel when shown, the bodies with their
 * labels, and the legend.
 */
void
solar_render_orbit (cairo_t                  *cr,
                    SolarOrbit               *orbit,
                    const SolarRenderStyle   *style,
                    const SolarRenderOptions *options)
{
  g_return_if_fail (cr != NULL);
  g_return_if_fail (SOLAR_IS_ORBIT (orbit));
  g_return_if_fail (style != NULL && options != NULL);

  cairo_save (cr);

  if (options->draw_background)
    {
      set_source (cr, &style->background);
      cairo_paint (cr);
    }

  draw_ring (cr, orbit, SOLAR_ORBIT_INNER, style);
  draw_ring (cr, orbit, SOLAR_ORBIT_OUTER, style);
  if (solar_orbit_get_show_tunnel (orbit))
    {
      draw_ring (cr, orbit, SOLAR_ORBIT_TRIBES, style);
      draw_tunnel (cr, orbit, style, options);
    }
  draw_bodies (cr, orbit, style, options);
  draw_legend (cr, orbit, style, options);

  cairo_restore (cr);
}

/* The ink of what solar_render_orbit() draws, gathered into one box. */
typedef struct
{
  double x1, y1, x2, y2;
} InkBox;

#define INK_BOX_EMPTY ((InkBox) { G_MAXDOUBLE, G_MAXDOUBLE, -G_MAXDOUBLE, -G_MAXDOUBLE })

static void
ink_add (InkBox *box,
         double  x1,
         double  y1,
         double  x2,
         double  y2,
         double  margin)
{
  box->x1 = MIN (box->x1, MIN (x1, x2) - margin);
  box->y1 = MIN (box->y1, MIN (y1, y2) - margin);
  box->x2 = MAX (box->x2, MAX (x1, x2) + margin);
  box->y2 = MAX (box->y2, MAX (y1, y2) + margin);
}

static void
ink_add_disc (InkBox *box,
              double  x,
              double  y,
              double  radius,
              double  margin)
{
  ink_add (box, x - radius, y - radius, x + radius, y + radius, margin);
}

/* Pango's ink extents, not the logical box the labels are placed by: a glyph may reach
 * past its advance. */
static void
ink_add_text (InkBox      *box,
              PangoLayout *layout,
              double       x,
              double       y)
{
  PangoRectangle ink;

  pango_layout_get_pixel_extents (layout, &ink, NULL);
  if (ink.width > 0 && ink.height > 0)
    ink_add (box, x + ink.x, y + ink.y, x + ink.x + ink.width, y + ink.y + ink.height, 1);
}

/* Whole pixels, outward, and no further than the drawing's own size. */
static SolarRect
ink_box_to_rect (const InkBox *box,
                 double        width,
                 double        height)
{
  double x1 = MAX (floor (box->x1), 0), y1 = MAX (floor (box->y1), 0);
  double x2 = MIN (ceil (box->x2), width), y2 = MIN (ceil (box->y2), height);

  if (x2 <= x1 || y2 <= y1)
    return (SolarRect) { 0, 0, 0, 0 };
  return (SolarRect) { x1, y1, x2 - x1, y2 - y1 };
}

/* The tunnel's links add nothing: each is a Bézier curve between two bodies that bends
 * toward the centre (path_link()), so it stays inside the hull of the two and the centre,
 * all of which are counted here with more margin than a link's line needs. */
static void
add_diagram_ink (InkBox                 *box,
                 SolarOrbit             *orbit,
                 const SolarRenderStyle *style)
{
  double cx = solar_orbit_get_centre_x (orbit);
  double cy = solar_orbit_get_centre_y (orbit);
  /* Round a body: its outline, the highlight ring (4 + 3/2 line widths out) and the plan's
   * share arc (5 + 3/2), whichever is drawn; one more pixel for antialiasing. */
  double body_margin = 7 * style->line_width + 1;

  for (SolarOrbitRing ring = SOLAR_ORBIT_INNER; ring <= SOLAR_ORBIT_TRIBES; ring++)
    {
      double radius = solar_orbit_get_ring_radius (orbit, ring);

      if (radius > 0 && (ring != SOLAR_ORBIT_TRIBES || solar_orbit_get_show_tunnel (orbit)))
        ink_add_disc (box, cx, cy, radius, style->line_width + 1);
    }

  for (guint i = 0; i < solar_orbit_get_n_bodies (orbit); i++)
    {
      const SolarBody *body = solar_orbit_get_body (orbit, i);

      ink_add_disc (box, body->x, body->y, body->radius, body_margin);
      if (solar_orbit_get_labels_fit (orbit))
        ink_add_text (box, body->layout, body->label.x, body->label.y);
    }
}

/**
 * solar_render_orbit_get_ink_areas:
 * @orbit: the geometry, already allocated
 * @style: the style it will be drawn in (line widths)
 * @areas: (out caller-allocates): set to whole-pixel rectangles that do not overlap
 *
 * Where solar_render_orbit() can leave ink, background aside, whatever is highlighted and
 * whichever plan is shown: the diagram and, when it is worth a second area, the legend apart. Drawing only
 * there gives the same pixels; the screen uses it because every pixel of a Cairo drawing
 * is rasterized and uploaded, and a wide window leaves much of its width empty.
 *
 * Returns: how many of @areas are set (0 when nothing is drawn)
 */
guint
solar_render_orbit_get_ink_areas (SolarOrbit             *orbit,
                                  const SolarRenderStyle *style,
                                  SolarRect               areas[SOLAR_RENDER_MAX_INK_AREAS])
{
  double width, height;
  InkBox diagram = INK_BOX_EMPTY, legend = INK_BOX_EMPTY, both;
  SolarRect diagram_rect, legend_rect, both_rect;

  g_return_val_if_fail (SOLAR_IS_ORBIT (orbit), 0);
  g_return_val_if_fail (style != NULL && areas != NULL, 0);

  width = solar_orbit_get_width (orbit);
  height = solar_orbit_get_height (orbit);
  add_diagram_ink (&diagram, orbit, style);
  for (guint i = 0; i < solar_orbit_get_n_legend_entries (orbit); i++)
    {
      const SolarLegendEntry *entry = solar_orbit_get_legend_entry (orbit, i);
      const SolarRect *swatch = &entry->swatch;

      ink_add (&legend, swatch->x, swatch->y, swatch->x + swatch->width,
               swatch->y + swatch->height, 1.5 * style->line_width + 1);
      ink_add_text (&legend, entry->layout, entry->label.x, entry->label.y);
    }

  diagram_rect = ink_box_to_rect (&diagram, width, height);
  legend_rect = ink_box_to_rect (&legend, width, height);
  both = diagram;
  ink_add (&both, legend.x1, legend.y1, legend.x2, legend.y2, 0);
  both_rect = ink_box_to_rect (&both, width, height);

  if (legend_rect.width == 0)
    {
      areas[0] = diagram_rect;
      return diagram_rect.width > 0 ? 1 : 0;
    }
  /* Two areas must not overlap, or translucent ink (the sun's halo, the tunnel) would be
   * drawn twice where they do; and a second area is only worth it if it saves pixels. */
  if (solar_rect_intersects (&diagram_rect, &legend_rect) ||
      both_rect.width * both_rect.height <=
        1.2 * (diagram_rect.width * diagram_rect.height + legend_rect.width * legend_rect.height))
    {
      areas[0] = both_rect;
      return 1;
    }
  areas[0] = diagram_rect;
  areas[1] = legend_rect;
  return 2;
}

/**
 * solar_render_share_bar:
 * @audience: the split to draw
 * @colour: the platform's colour, for the first share
 *
 * Draws an audience split as one bar divided in proportion, the first share in the platform's
 * colour and the others in lighter tints of it, parted by thin gaps so the shares stay
 * distinct without colour.
 */
void
solar_render_share_bar (cairo_t                *cr,
                        const SolarAudience    *audience,
                        const SolarColor       *colour,
                        double                  width,
                        double                  height,
                        const SolarRenderStyle *style)
{
  double x = 0;

  g_return_if_fail (cr != NULL && audience != NULL && colour != NULL && style != NULL);

  cairo_save (cr);
  for (guint i = 0; i < audience->split->len; i++)
    {
      SolarShare *share = g_ptr_array_index (audience->split, i);
      double share_width = width * share->share / 100.0;
      /* Each further share mixes more of the page's background into the colour. */
      double tint = MIN (0.7, i * 0.45);

      cairo_set_source_rgb (cr,
                            colour->red + (style->background.red - colour->red) * tint,
                            colour->green + (style->background.green - colour->green) * tint,
                            colour->blue + (style->background.blue - colour->blue) * tint);
      cairo_rectangle (cr, x, 0, MAX (share_width - (i + 1 < audience->split->len ? 2 : 0), 0),
                       height);
      cairo_fill_preserve (cr);
      set_source (cr, &style->foreground);
      cairo_set_line_width (cr, style->line_width);
      cairo_stroke (cr);
      x += share_width;
    }
  cairo_restore (cr);
}
