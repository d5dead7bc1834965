/* solar-export.c: the diagram written to PNG, SVG or PDF, by THE renderer
 *
 * The command line and the Export dialog both come here, so a file shows exactly what the
 * window shows. The format follows the file's ending. The file is made in memory and
 * written whole; text stays text in PDF and, through solar-svg-text.c, in SVG.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-export"

#include "config.h"

#include <math.h>

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>

#include "solar-export.h"
#include "solar-safe-write.h"
#include "solar-svg-text.h"
#include "solar-timeline-render.h"

#define MIN_SIDE 200
#define MAX_SIDE 20000

G_DEFINE_QUARK (solar-export-error-quark, solar_export_error)

typedef enum
{
  FORMAT_PNG,
  FORMAT_SVG,
  FORMAT_PDF,
} ImageFormat;

static gboolean
format_for_path (const char  *path,
                 ImageFormat *format)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".png"))
    *format = FORMAT_PNG;
  else if (g_str_has_suffix (lower, ".svg"))
    *format = FORMAT_SVG;
  else if (g_str_has_suffix (lower, ".pdf"))
    *format = FORMAT_PDF;
  else
    return FALSE;
  return TRUE;
}

/**
 * solar_export_append_to_array:
 *
 * A #cairo_write_func_t collecting a file in a #GByteArray, so that nothing is written to
 * disk until the whole file is made.
 */
cairo_status_t
solar_export_append_to_array (void                *array,
                              const unsigned char *data,
                              unsigned int         length)
{
  g_byte_array_append (array, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/**
 * solar_export_write_file:
 *
 * Writes @bytes to @path whole or not at all (solar_safe_write()), so a failure never
 * leaves half a picture where a good one was.
 */
gboolean
solar_export_write_file (const char  *path,
                         GBytes      *bytes,
                         GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) local_error = NULL;

  if (!solar_safe_write (file, bytes, NULL, FALSE, NULL, NULL, &local_error))
    {
      g_set_error (error, SOLAR_EXPORT_ERROR, SOLAR_EXPORT_ERROR_WRITE,
                   _("Cannot write “%s”: %s; check the folder exists and you may write there"),
                   path, local_error->message);
      return FALSE;
    }
  return TRUE;
}

static cairo_surface_t *
create_surface (ImageFormat  format,
                GByteArray  *array,
                int          width,
                int          height)
{
  switch (format)
    {
    case FORMAT_SVG: return cairo_svg_surface_create_for_stream (solar_export_append_to_array, array, width, height);
    case FORMAT_PDF: return cairo_pdf_surface_create_for_stream (solar_export_append_to_array, array, width, height);
    case FORMAT_PNG:
    default:         return cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
    }
}

/* What a file shows: drawn by THE renderer of the diagram or of the timeline, through
 * @text_sink when there is one (SVG). */
typedef void (*PaintFunc) (cairo_t                *cr,
                           const SolarRenderStyle *style,
                           SolarTextSink           text_sink,
                           gpointer                text_sink_data,
                           gpointer                user_data);

/* Returns: (transfer full) (nullable): the file's bytes, or %NULL with @status set */
static GBytes *
draw (ImageFormat      format,
      int              width,
      int              height,
      gboolean         dark,
      PaintFunc        paint,
      gpointer         user_data,
      cairo_status_t  *status)
{
  g_autoptr(GByteArray) array = g_byte_array_new ();
  g_autoptr(GString) texts = g_string_new (NULL);
  cairo_surface_t *surface = create_surface (format, array, width, height);
  g_autoptr(GBytes) bytes = NULL;
  SolarRenderStyle style;
  cairo_t *cr;

  if ((*status = cairo_surface_status (surface)) != CAIRO_STATUS_SUCCESS)
    {
      cairo_surface_destroy (surface);
      return NULL;
    }

  solar_render_style_init (&style, dark, FALSE);
  cr = cairo_create (surface);
  /* SVG keeps its labels as text (solar-svg-text.c); PDF keeps them as text by itself. */
  paint (cr, &style, format == FORMAT_SVG ? solar_svg_text_sink : NULL,
         format == FORMAT_SVG ? texts : NULL, user_data);
  *status = cairo_status (cr);
  cairo_destroy (cr);
  /* An image surface is written out before it is finished; SVG and PDF on finishing. */
  if (*status == CAIRO_STATUS_SUCCESS && format == FORMAT_PNG)
    *status = cairo_surface_write_to_png_stream (surface, solar_export_append_to_array, array);
  cairo_surface_finish (surface);
  if (*status == CAIRO_STATUS_SUCCESS)
    *status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (*status != CAIRO_STATUS_SUCCESS)
    return NULL;

  bytes = g_byte_array_free_to_bytes (g_steal_pointer (&array));
  if (format == FORMAT_SVG)
    return solar_svg_text_insert (bytes, texts);
  return g_steal_pointer (&bytes);
}

typedef struct
{
  SolarOrbit             *orbit;
  const SolarPlanOverlay *plan;
} OrbitPaint;

static void
paint_orbit (cairo_t                *cr,
             const SolarRenderStyle *style,
             SolarTextSink           text_sink,
             gpointer                text_sink_data,
             gpointer                user_data)
{
  OrbitPaint *data = user_data;
  SolarRenderOptions render = { -1, TRUE, data->plan, text_sink, text_sink_data };

  solar_render_orbit (cr, data->orbit, style, &render);
}

static void
paint_timeline (cairo_t                *cr,
                const SolarRenderStyle *style,
                SolarTextSink           text_sink,
                gpointer                text_sink_data,
                gpointer                user_data)
{
  SolarTimelineRenderOptions render = { -1, -1, TRUE, text_sink, text_sink_data };

  solar_render_timeline (cr, user_data, style, &render);
}

static gboolean
check_format (const char   *path,
              ImageFormat  *format,
              GError      **error)
{
  if (format_for_path (path, format))
    return TRUE;
  g_set_error (error, SOLAR_EXPORT_ERROR, SOLAR_EXPORT_ERROR_FORMAT,
               _("Cannot tell the format of “%s”; name it .png, .svg or .pdf"), path);
  return FALSE;
}

/**
 * solar_export_orbit:
 * @dataset: the platforms
 * @path: where to write: a .png, .svg or .pdf file (pixels, or points for SVG and PDF)
 * @options: size, colours, layers and plan
 * @error: a location for a #GError in %SOLAR_EXPORT_ERROR, whose message says what to do
 *
 * Returns: %TRUE if the file was written
 */
gboolean
solar_export_orbit (SolarDataset              *dataset,
                    const char                *path,
                    const SolarExportOptions  *options,
                    GError                   **error)
{
  g_autoptr(SolarOrbit) orbit = NULL;
  g_autoptr(GBytes) bytes = NULL;
  cairo_status_t status;
  ImageFormat format;

  g_return_val_if_fail (SOLAR_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (path != NULL && options != NULL, FALSE);

  if (!check_format (path, &format, error))
    return FALSE;
  if (options->width < MIN_SIDE || options->height < MIN_SIDE ||
      options->width > MAX_SIDE || options->height > MAX_SIDE)
    {
      g_set_error (error, SOLAR_EXPORT_ERROR, SOLAR_EXPORT_ERROR_SIZE,
                   _("A picture %d×%d is out of range; each side may be from %d to %d"),
                   options->width, options->height, MIN_SIDE, MAX_SIDE);
      return FALSE;
    }

  orbit = solar_orbit_new (dataset);
  solar_orbit_set_show_tunnel (orbit, options->tunnel);
  solar_orbit_set_figures (orbit, options->figures);
  solar_orbit_allocate (orbit, options->width, options->height);

  bytes = draw (format, options->width, options->height, options->dark, paint_orbit,
                &(OrbitPaint) { orbit, options->plan }, &status);
  if (bytes == NULL)
    {
      g_set_error (error, SOLAR_EXPORT_ERROR, SOLAR_EXPORT_ERROR_WRITE,
                   _("Cannot draw “%s”: %s"), path, cairo_status_to_string (status));
      return FALSE;
    }
  return solar_export_write_file (path, bytes, error);
}

/**
 * solar_export_timeline:
 * @timeline: laid out for the plan (solar_timeline_update()), at the zoom wanted
 * @path: where to write: a .png, .svg or .pdf file, at the timeline's own size
 * @dark: dark colours
 * @error: a location for a #GError in %SOLAR_EXPORT_ERROR, whose message says what to do
 *
 * Returns: %TRUE if the file was written
 */
gboolean
solar_export_timeline (SolarTimeline  *timeline,
                       const char     *path,
                       gboolean        dark,
                       GError        **error)
{
  g_autoptr(GBytes) bytes = NULL;
  cairo_status_t status;
  ImageFormat format;
  int width, height;

  g_return_val_if_fail (SOLAR_IS_TIMELINE (timeline), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!check_format (path, &format, error))
    return FALSE;
  if (solar_timeline_is_empty (timeline))
    {
      g_set_error (error, SOLAR_EXPORT_ERROR, SOLAR_EXPORT_ERROR_EMPTY,
                   _("The plan has no dates, so it has no timeline; give it a start and end "
                     "date, or date its milestones"));
      return FALSE;
    }
  width = (int)ceil (solar_timeline_get_width (timeline));
  height = (int)ceil (solar_timeline_get_height (timeline));
  if (width > MAX_SIDE || height > MAX_SIDE)
    {
      g_set_error (error, SOLAR_EXPORT_ERROR, SOLAR_EXPORT_ERROR_SIZE,
                   _("The timeline would be %d×%d, over the %d a side a picture may have; "
                     "choose a wider zoom (month or quarter)"), width, height, MAX_SIDE);
      return FALSE;
    }

  bytes = draw (format, width, height, dark, paint_timeline, timeline, &status);
  if (bytes == NULL)
    {
      g_set_error (error, SOLAR_EXPORT_ERROR, SOLAR_EXPORT_ERROR_WRITE,
                   _("Cannot draw “%s”: %s"), path, cairo_status_to_string (status));
      return FALSE;
    }
  return solar_export_write_file (path, bytes, error);
}
