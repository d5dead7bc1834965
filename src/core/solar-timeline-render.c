/* solar-timeline-render.c: THE drawing of a plan's timeline, for screen, export and brief
 *
 * Draws what solar-timeline.c laid out, back to front: the statutory holidays and key dates
 * as bands down through every lane (so a milestone in the Spring Festival holiday is seen
 * to be in it), the scale's lines, the lanes with their titles, the key dates' chips, the
 * campaign's bar, the milestones (diamonds) and KOL posts (dots), then the labels, and a
 * ring round the focused element. Text goes through the text sink when there is one, so
 * the SVG export keeps it as text, as the diagram's does.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "solar-timeline-render.h"

static void
set_rgba (cairo_t         *cr,
          const SolarRgba *rgba,
          double           alpha)
{
  cairo_set_source_rgba (cr, rgba->red, rgba->green, rgba->blue, rgba->alpha * alpha);
}

static void
set_color (cairo_t          *cr,
           const SolarColor *color,
           double            alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, alpha);
}

static void
show_text (cairo_t                          *cr,
           PangoLayout                      *layout,
           double                            x,
           double                            y,
           const SolarTimelineRenderOptions *options)
{
  cairo_move_to (cr, x, y);
  if (options->text_sink != NULL)
    options->text_sink (cr, layout, options->text_sink_data);
  else
    pango_cairo_show_layout (cr, layout);
}

static void
rounded_rect (cairo_t         *cr,
              const SolarRect *rect,
              double           radius)
{
  radius = MIN (radius, MIN (rect->width, rect->height) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, rect->x + rect->width - radius, rect->y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, rect->x + rect->width - radius, rect->y + rect->height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, rect->x + radius, rect->y + rect->height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, rect->x + radius, rect->y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

/* A band from @element's first day to its last, from under the scale to the bottom. */
static void
draw_band (cairo_t                    *cr,
           SolarTimeline              *timeline,
           const SolarTimelineElement *element,
           double                      alpha)
{
  double day = solar_timeline_get_day_width (timeline);
  double x = MAX (solar_timeline_x_for_day (timeline, &element->first_day),
                  solar_timeline_get_gutter (timeline));
  double right = MIN (solar_timeline_x_for_day (timeline, &element->last_day) + day,
                      solar_timeline_x_for_day (timeline, solar_timeline_get_last_day (timeline)) + day);
  double top = solar_timeline_get_header_height (timeline);

  set_color (cr, &element->color, alpha);
  /* At a quarter's zoom a day is under 3 px: the band keeps 2 px so it shows. */
  cairo_rectangle (cr, x, top, MAX (right - x, 2), solar_timeline_get_height (timeline) - top);
  cairo_fill (cr);
}

static void
draw_weekends (cairo_t                *cr,
               SolarTimeline          *timeline,
               const SolarRenderStyle *style)
{
  double day = solar_timeline_get_day_width (timeline);
  double top = solar_timeline_get_header_height (timeline);
  GDate date = *solar_timeline_get_first_day (timeline);

  set_rgba (cr, &style->foreground, 0.035);
  for (; g_date_compare (&date, solar_timeline_get_last_day (timeline)) <= 0;
       g_date_add_days (&date, 1))
    if (g_date_get_weekday (&date) >= G_DATE_SATURDAY)
      cairo_rectangle (cr, solar_timeline_x_for_day (timeline, &date), top, day,
                       solar_timeline_get_height (timeline) - top);
  cairo_fill (cr);
}

static void
draw_scale (cairo_t                          *cr,
            SolarTimeline                    *timeline,
            const SolarRenderStyle           *style,
            const SolarTimelineRenderOptions *options)
{
  double top = solar_timeline_get_header_height (timeline);
  double bottom = solar_timeline_get_height (timeline);

  cairo_set_line_width (cr, style->line_width);
  for (guint i = 0; i < solar_timeline_get_n_ticks (timeline); i++)
    {
      const SolarTimelineTick *tick = solar_timeline_get_tick (timeline, i);
      double x = round (tick->x) + 0.5;

      set_rgba (cr, &style->foreground, tick->major ? 0.25 : 0.08);
      cairo_move_to (cr, x, tick->major ? top * 0.2 : top * 0.6);
      cairo_line_to (cr, x, bottom);
      cairo_stroke (cr);
      if (tick->layout != NULL)
        {
          PangoRectangle logical;

          pango_layout_get_pixel_extents (tick->layout, NULL, &logical);
          set_rgba (cr, &style->foreground, tick->major ? 1.0 : 0.7);
          show_text (cr, tick->layout, tick->x + 4, (top - logical.height) / 2, options);
        }
    }
  set_rgba (cr, &style->foreground, 0.25);
  cairo_move_to (cr, solar_timeline_get_gutter (timeline), round (top) + 0.5);
  cairo_line_to (cr, solar_timeline_get_width (timeline), round (top) + 0.5);
  cairo_stroke (cr);
}

static void
draw_lanes (cairo_t                          *cr,
            SolarTimeline                    *timeline,
            const SolarRenderStyle           *style,
            const SolarTimelineRenderOptions *options)
{
  double font_px = solar_timeline_get_font_size (timeline);

  for (guint l = 0; l < solar_timeline_get_n_lanes (timeline); l++)
    {
      const SolarTimelineLane *lane = solar_timeline_get_lane (timeline, l);
      PangoRectangle logical;

      set_rgba (cr, &style->foreground, 0.12);
      cairo_set_line_width (cr, style->line_width);
      cairo_move_to (cr, 0, round (lane->y) + 0.5);
      cairo_line_to (cr, solar_timeline_get_width (timeline), round (lane->y) + 0.5);
      cairo_stroke (cr);

      set_color (cr, &lane->color, 1);
      cairo_rectangle (cr, 8, lane->y + font_px * 0.5, 4, font_px * 1.2);
      cairo_fill (cr);

      pango_layout_get_pixel_extents (lane->layout, NULL, &logical);
      set_rgba (cr, &style->foreground, 1);
      show_text (cr, lane->layout, 20, lane->y + font_px * 0.5 + (font_px * 1.2 - logical.height) / 2,
                 options);
    }
}

/* The lane titles kept in sight in a view scrolled sideways: drawn at @x on the view's
 * background, over whatever of the picture passes under them, with a rule at their edge. */
static void
draw_pinned_gutter (cairo_t                          *cr,
                    SolarTimeline                    *timeline,
                    const SolarRenderStyle           *style,
                    const SolarTimelineRenderOptions *options)
{
  double gutter = solar_timeline_get_gutter (timeline);
  double height = solar_timeline_get_height (timeline);

  cairo_save (cr);
  cairo_translate (cr, round (options->pinned_gutter_x), 0);
  cairo_rectangle (cr, 0, 0, gutter, height);
  cairo_clip (cr);
  set_rgba (cr, &style->background, 1);
  cairo_paint (cr);
  draw_lanes (cr, timeline, style, options);
  cairo_restore (cr);

  cairo_save (cr);
  set_rgba (cr, &style->foreground, 0.25);
  cairo_set_line_width (cr, style->line_width);
  cairo_move_to (cr, round (options->pinned_gutter_x + gutter) + 0.5, 0);
  cairo_line_to (cr, round (options->pinned_gutter_x + gutter) + 0.5, height);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_diamond (cairo_t         *cr,
              const SolarRect *rect)
{
  double cx = rect->x + rect->width / 2, cy = rect->y + rect->height / 2;
  double r = rect->width / 2 + 1;

  cairo_move_to (cr, cx, cy - r);
  cairo_line_to (cr, cx + r, cy);
  cairo_line_to (cr, cx, cy + r);
  cairo_line_to (cr, cx - r, cy);
  cairo_close_path (cr);
}

static void
draw_element (cairo_t                          *cr,
              SolarTimeline                    *timeline,
              const SolarTimelineElement       *element,
              const SolarRenderStyle           *style,
              const SolarTimelineRenderOptions *options)
{
  const SolarRect *marker = &element->marker;

  cairo_set_line_width (cr, style->line_width);
  switch (element->kind)
    {
    case SOLAR_TIMELINE_KEY_DATE:
    case SOLAR_TIMELINE_HOLIDAY:
      rounded_rect (cr, marker, marker->height / 2);
      set_color (cr, &element->color, element->kind == SOLAR_TIMELINE_KEY_DATE ? 0.9 : 0.75);
      cairo_fill (cr);
      /* White on the chip's colour, dark style or light. */
      cairo_set_source_rgb (cr, 1, 1, 1);
      show_text (cr, element->layout, element->label_rect.x, element->label_rect.y, options);
      return;
    case SOLAR_TIMELINE_SPAN:
      rounded_rect (cr, marker, marker->height / 2);
      set_color (cr, &element->color, 0.35);
      cairo_fill_preserve (cr);
      set_color (cr, &element->color, 1);
      cairo_stroke (cr);
      break;
    case SOLAR_TIMELINE_MILESTONE:
      draw_diamond (cr, marker);
      set_color (cr, &element->color, 1);
      cairo_fill_preserve (cr);
      set_rgba (cr, &style->foreground, 0.8);
      cairo_stroke (cr);
      break;
    case SOLAR_TIMELINE_POSTS:
    default:
      cairo_new_sub_path (cr);
      cairo_arc (cr, marker->x + marker->width / 2, marker->y + marker->height / 2,
                 marker->width / 2, 0, 2 * G_PI);
      set_color (cr, &element->color, 1);
      cairo_fill_preserve (cr);
      set_rgba (cr, &style->background, 1);
      cairo_stroke (cr);
      break;
    }
  set_rgba (cr, &style->foreground, 1);
  show_text (cr, element->layout, element->label_rect.x, element->label_rect.y, options);
}

static void
draw_focus (cairo_t                    *cr,
            const SolarTimelineElement *element,
            const SolarRenderStyle     *style)
{
  double left = MIN (element->marker.x, element->label_rect.x) - 3;
  double top = MIN (element->marker.y, element->label_rect.y) - 3;
  double right = MAX (element->marker.x + element->marker.width,
                      element->label_rect.x + element->label_rect.width) + 3;
  double bottom = MAX (element->marker.y + element->marker.height,
                       element->label_rect.y + element->label_rect.height) + 3;
  SolarRect ring = { left, top, right - left, bottom - top };

  rounded_rect (cr, &ring, 6);
  set_rgba (cr, &style->highlight, 1);
  cairo_set_line_width (cr, 2 * style->line_width);
  cairo_stroke (cr);
}

/**
 * solar_render_timeline:
 *
 * Draws @timeline at its own size, from (0, 0), in @style: on screen, into an exported
 * file and into the brief alike.
 */
void
solar_render_timeline (cairo_t                          *cr,
                       SolarTimeline                    *timeline,
                       const SolarRenderStyle           *style,
                       const SolarTimelineRenderOptions *options)
{
  guint n = solar_timeline_get_n_elements (timeline);

  g_return_if_fail (SOLAR_IS_TIMELINE (timeline));
  if (solar_timeline_is_empty (timeline))
    return;

  cairo_save (cr);
  if (options->draw_background)
    {
      set_rgba (cr, &style->background, 1);
      cairo_paint (cr);
    }
  if (solar_timeline_get_zoom (timeline) == SOLAR_TIMELINE_WEEK)
    draw_weekends (cr, timeline, style);
  for (guint i = 0; i < n; i++)
    {
      const SolarTimelineElement *element = solar_timeline_get_element (timeline, i);

      if (element->kind == SOLAR_TIMELINE_HOLIDAY)
        draw_band (cr, timeline, element, 0.14);
      else if (element->kind == SOLAR_TIMELINE_KEY_DATE)
        draw_band (cr, timeline, element, 0.16);
    }
  draw_scale (cr, timeline, style, options);
  draw_lanes (cr, timeline, style, options);
  for (guint i = 0; i < n; i++)
    draw_element (cr, timeline, solar_timeline_get_element (timeline, i), style, options);
  if (options->hovered >= 0 && (guint)options->hovered < n && options->hovered != options->focused)
    {
      cairo_push_group (cr);
      draw_focus (cr, solar_timeline_get_element (timeline, options->hovered), style);
      cairo_pop_group_to_source (cr);
      cairo_paint_with_alpha (cr, 0.4);
    }
  if (options->focused >= 0 && (guint)options->focused < n)
    draw_focus (cr, solar_timeline_get_element (timeline, options->focused), style);
  if (options->pinned_gutter_x > 0)
    draw_pinned_gutter (cr, timeline, style, options);
  cairo_restore (cr);
}
