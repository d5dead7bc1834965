/* solar-export.c: the diagram written to PNG, SVG or PDF, by THE renderer
 *
 * The command line and the Export dialog both come here, so a file shows exactly what the
 * window shows. The format follows the file's ending.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-export"

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>

#include "solar-export.h"

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

static cairo_surface_t *
create_surface (ImageFormat  format,
                const char  *path,
                int          width,
                int          height)
{
  switch (format)
    {
    case FORMAT_SVG: return cairo_svg_surface_create (path, width, height);
    case FORMAT_PDF: return cairo_pdf_surface_create (path, width, height);
    case FORMAT_PNG:
    default:         return cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
    }
}

static cairo_status_t
draw_to_file (ImageFormat               format,
              const char               *path,
              SolarOrbit               *orbit,
              const SolarExportOptions *options)
{
  SolarRenderOptions render = { -1, TRUE, options->plan };
  cairo_surface_t *surface = create_surface (format, path, options->width, options->height);
  cairo_status_t status = cairo_surface_status (surface);
  SolarRenderStyle style;
  cairo_t *cr;

  if (status == CAIRO_STATUS_SUCCESS)
    {
      solar_render_style_init (&style, options->dark, FALSE);
      cr = cairo_create (surface);
      solar_render_orbit (cr, orbit, &style, &render);
      status = cairo_status (cr);
      cairo_destroy (cr);
      /* An image surface is written out before it is finished; SVG and PDF on finishing. */
      if (status == CAIRO_STATUS_SUCCESS && format == FORMAT_PNG)
        status = cairo_surface_write_to_png (surface, path);
      cairo_surface_finish (surface);
      if (status == CAIRO_STATUS_SUCCESS)
        status = cairo_surface_status (surface);
    }
  cairo_surface_destroy (surface);
  return status;
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
  cairo_status_t status;
  ImageFormat format;

  g_return_val_if_fail (SOLAR_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (path != NULL && options != NULL, FALSE);

  if (!format_for_path (path, &format))
    {
      g_set_error (error, SOLAR_EXPORT_ERROR, SOLAR_EXPORT_ERROR_FORMAT,
                   _("Cannot tell the format of “%s”; name it .png, .svg or .pdf"), path);
      return FALSE;
    }
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
  solar_orbit_allocate (orbit, options->width, options->height);

  status = draw_to_file (format, path, orbit, options);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, SOLAR_EXPORT_ERROR, SOLAR_EXPORT_ERROR_WRITE,
                   _("Cannot write “%s”: %s; check the folder exists and you may write there"),
                   path, cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}
