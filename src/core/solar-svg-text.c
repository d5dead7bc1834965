/* solar-svg-text.c: the diagram's text kept as text in an SVG export
 *
 * cairo's SVG surface writes every glyph as an outline, so an exported diagram's labels
 * could not be searched, selected, translated or edited in Inkscape. For SVG, THE renderer
 * hands its text to solar_svg_text_sink() instead of drawing it (SolarRenderOptions), which
 * writes one <text> element per run of a font, placed where Pango placed it; the elements
 * then go at the end of cairo's document, above the drawing, as labels are drawn last.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-export"

#include "config.h"

#include <string.h>

#include "solar-svg-text.h"

static char *
format_number (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  /* Never the locale's decimal comma: SVG wants a point. */
  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.2f", value));
}

static gboolean
is_blank (const char *text,
          int         length)
{
  for (int i = 0; i < length; i++)
    if (!g_ascii_isspace (text[i]))
      return FALSE;
  return TRUE;
}

/**
 * solar_svg_text_sink:
 * @elements: a #GString the <text> elements are appended to
 *
 * A #SolarTextSink: writes @layout as SVG text at the current point of @cr, in its
 * source colour.
 */
void
solar_svg_text_sink (cairo_t     *cr,
                     PangoLayout *layout,
                     gpointer     elements)
{
  const char *text = pango_layout_get_text (layout);
  double origin_x = 0, origin_y = 0;
  double red = 0, green = 0, blue = 0, alpha = 1;
  PangoLayoutIter *iter;

  if (cairo_has_current_point (cr))
    cairo_get_current_point (cr, &origin_x, &origin_y);
  cairo_pattern_get_rgba (cairo_get_source (cr), &red, &green, &blue, &alpha);

  iter = pango_layout_get_iter (layout);
  do
    {
      PangoLayoutRun *run = pango_layout_iter_get_run_readonly (iter);
      PangoFontDescription *font;
      PangoRectangle logical;
      g_autofree char *run_text = NULL;
      g_autofree char *family = NULL;
      g_autofree char *x = NULL, *y = NULL, *size = NULL, *opacity = NULL;
      double device_x, device_y;

      /* NULL marks the end of a line. */
      if (run == NULL || is_blank (text + run->item->offset, run->item->length))
        continue;

      pango_layout_iter_get_run_extents (iter, NULL, &logical);
      device_x = origin_x + (double)logical.x / PANGO_SCALE;
      device_y = origin_y + (double)pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      cairo_user_to_device (cr, &device_x, &device_y);

      font = pango_font_describe_with_absolute_size (run->item->analysis.font);
      run_text = g_markup_escape_text (text + run->item->offset, run->item->length);
      family = g_markup_escape_text (pango_font_description_get_family (font) ?: "sans-serif", -1);
      x = format_number (device_x);
      y = format_number (device_y);
      size = format_number ((double)pango_font_description_get_size (font) / PANGO_SCALE);
      opacity = format_number (alpha);
      g_string_append_printf (elements,
                              "<text x=\"%s\" y=\"%s\" font-family=\"%s, sans-serif\" "
                              "font-size=\"%s\" font-weight=\"%d\" fill=\"rgb(%d,%d,%d)\" "
                              "fill-opacity=\"%s\" xml:space=\"preserve\">%s</text>\n",
                              x, y, family, size, (int)pango_font_description_get_weight (font),
                              (int)(red * 255 + 0.5), (int)(green * 255 + 0.5), (int)(blue * 255 + 0.5),
                              opacity, run_text);
      pango_font_description_free (font);
    }
  while (pango_layout_iter_next_run (iter));
  pango_layout_iter_free (iter);

  /* As pango_cairo_show_layout() would: the next path does not start from here. */
  cairo_new_path (cr);
}

/**
 * solar_svg_text_insert:
 * @svg: a document cairo wrote
 * @elements: what solar_svg_text_sink() collected
 *
 * Returns: (transfer full): @svg with @elements as its last group
 */
GBytes *
solar_svg_text_insert (GBytes  *svg,
                       GString *elements)
{
  gsize length;
  const char *data = g_bytes_get_data (svg, &length);
  const char *end = g_strrstr_len (data, length, "</svg>");
  GString *document;

  g_return_val_if_fail (end != NULL, g_bytes_ref (svg));

  document = g_string_sized_new (length + elements->len + 64);
  g_string_append_len (document, data, end - data);
  g_string_append (document, "<g id=\"text\">\n");
  g_string_append_len (document, elements->str, elements->len);
  g_string_append (document, "</g>\n");
  g_string_append_len (document, end, length - (end - data));
  return g_string_free_to_bytes (document);
}
