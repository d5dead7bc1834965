/* solar-svg-text.h: the diagram's text kept as text in an SVG export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

G_BEGIN_DECLS

void    solar_svg_text_sink   (cairo_t     *cr,
                               PangoLayout *layout,
                               gpointer     elements);
GBytes *solar_svg_text_insert (GBytes      *svg,
                               GString     *elements);

G_END_DECLS
