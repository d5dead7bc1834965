/* solar-render.h: THE drawing of the social solar system, for screen, export and print
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "solar-orbit.h"

G_BEGIN_DECLS

typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} SolarRgba;

typedef struct
{
  SolarRgba background;
  SolarRgba foreground;
  SolarRgba muted;          /* orbits, secondary labels */
  SolarRgba link;           /* the influencer tunnel */
  SolarRgba highlight;      /* the ring round a hovered or focused body */
  SolarRgba sun;
  double    line_width;     /* outlines; wider in high contrast */
  gboolean  high_contrast;
} SolarRenderStyle;

/* A campaign plan drawn over the diagram: each platform's share of the budget as an arc
 * round its body, and the platforms the plan does not use dimmed. */
typedef struct
{
  guint           n_platforms;
  const double   *shares;    /* percent of the plan's budget, by platform index */
  const gboolean *used;      /* whether the plan uses the platform at all */
} SolarPlanOverlay;

/* Takes each piece of text instead of it being drawn as glyphs, at the current point in
 * the source colour: the SVG export writes them as <text>, so they stay text. */
typedef void (*SolarTextSink) (cairo_t     *cr,
                               PangoLayout *layout,
                               gpointer     user_data);

typedef struct
{
  int                     highlighted;      /* body position, or -1 */
  gboolean                draw_background;
  const SolarPlanOverlay *plan;             /* NULL: no plan shown */
  SolarTextSink           text_sink;        /* NULL: draw text with Pango */
  gpointer                text_sink_data;
} SolarRenderOptions;

void solar_render_style_init (SolarRenderStyle         *style,
                              gboolean                  dark,
                              gboolean                  high_contrast);
void solar_render_orbit      (cairo_t                  *cr,
                              SolarOrbit               *orbit,
                              const SolarRenderStyle   *style,
                              const SolarRenderOptions *options);

/* At most a diagram and its legend: see solar_render_orbit_get_ink_areas(). */
#define SOLAR_RENDER_MAX_INK_AREAS 2

guint solar_render_orbit_get_ink_areas (SolarOrbit             *orbit,
                                        const SolarRenderStyle *style,
                                        SolarRect               areas[SOLAR_RENDER_MAX_INK_AREAS]);

void solar_render_share_bar  (cairo_t                  *cr,
                              const SolarAudience      *audience,
                              const SolarColor         *colour,
                              double                    width,
                              double                    height,
                              const SolarRenderStyle   *style);

G_END_DECLS
