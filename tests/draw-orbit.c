/* draw-orbit.c: draws the diagram to a PNG, for looking at it while working on the layout
 *
 * usage: draw-orbit WIDTH HEIGHT OUT.png [--tunnel] [--dark] [--high-contrast] [--boxes]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>

#include "solar-render.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SolarDataset) dataset = NULL;
  g_autoptr(SolarOrbit) orbit = NULL;
  SolarRenderOptions options = { -1, TRUE, NULL };
  SolarRenderStyle style;
  gboolean tunnel = FALSE, dark = FALSE, high_contrast = FALSE, boxes = FALSE;
  cairo_surface_t *surface;
  cairo_t *cr;
  int width, height;

  if (argc < 4)
    {
      g_printerr ("usage: %s WIDTH HEIGHT OUT.png [--tunnel] [--dark] [--high-contrast] [--boxes]\n",
                  argv[0]);
      return 2;
    }
  for (int i = 4; i < argc; i++)
    {
      tunnel |= g_str_equal (argv[i], "--tunnel");
      dark |= g_str_equal (argv[i], "--dark");
      high_contrast |= g_str_equal (argv[i], "--high-contrast");
      boxes |= g_str_equal (argv[i], "--boxes");
    }

  width = atoi (argv[1]);
  height = atoi (argv[2]);
  if (!(dataset = solar_dataset_load_default (&error)))
    g_error ("%s", error->message);

  orbit = solar_orbit_new (dataset);
  solar_orbit_set_show_tunnel (orbit, tunnel);
  solar_orbit_allocate (orbit, width, height);
  g_print ("labels fit: %s, font %.0f px\n", solar_orbit_get_labels_fit (orbit) ? "yes" : "no",
           solar_orbit_get_font_size (orbit));

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  solar_render_style_init (&style, dark, high_contrast);
  solar_render_orbit (cr, orbit, &style, &options);

  for (guint i = 0; boxes && i < solar_orbit_get_n_bodies (orbit); i++)
    {
      const SolarBody *body = solar_orbit_get_body (orbit, i);

      cairo_rectangle (cr, body->label.x, body->label.y, body->label.width, body->label.height);
    }
  cairo_set_source_rgba (cr, 1, 0, 0, 0.6);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);

  cairo_destroy (cr);
  cairo_surface_write_to_png (surface, argv[3]);
  cairo_surface_destroy (surface);
  return 0;
}
