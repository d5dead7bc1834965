/* solar-timeline-render.h: THE drawing of a plan's timeline, for screen, export and brief
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "solar-render.h"
#include "solar-timeline.h"

G_BEGIN_DECLS

typedef struct
{
  int            focused;          /* element index, or -1 */
  int            hovered;          /* element index, or -1 */
  gboolean       draw_background;
  SolarTextSink  text_sink;        /* NULL: draw text with Pango */
  gpointer       text_sink_data;
  double         pinned_gutter_x;  /* > 0: the lane titles drawn again from there, over the
                                    * picture: where a view scrolled sideways starts */
} SolarTimelineRenderOptions;

void solar_render_timeline (cairo_t                          *cr,
                            SolarTimeline                    *timeline,
                            const SolarRenderStyle           *style,
                            const SolarTimelineRenderOptions *options);

G_END_DECLS
