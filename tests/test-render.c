/* test-render.c: the renderer draws what the geometry says, in every style
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "solar-render.h"

static SolarDataset *dataset;

typedef struct
{
  cairo_surface_t *surface;
  SolarOrbit      *orbit;
  double           scale;
  gboolean         style_dark;
} Picture;

static void
picture_clear (Picture *picture)
{
  g_clear_pointer (&picture->surface, cairo_surface_destroy);
  g_clear_object (&picture->orbit);
}

/* The figures the next draw() shows: the report's unless a test asks for the latest. */
static SolarOrbitFigures next_figures = SOLAR_ORBIT_FIGURES_REPORT;

static void
draw (Picture  *picture,
      int       width,
      int       height,
      double    scale,
      gboolean  dark,
      gboolean  high_contrast,
      gboolean  tunnel,
      int       highlighted)
{
  SolarRenderOptions options = { highlighted, TRUE, NULL };
  SolarRenderStyle style;
  cairo_t *cr;

  picture->scale = scale;
  picture->orbit = solar_orbit_new (dataset);
  solar_orbit_set_show_tunnel (picture->orbit, tunnel);
  solar_orbit_set_figures (picture->orbit, next_figures);
  solar_orbit_allocate (picture->orbit, width, height);
  picture->style_dark = dark;

  picture->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width * scale, height * scale);
  cairo_surface_set_device_scale (picture->surface, scale, scale);
  cr = cairo_create (picture->surface);
  solar_render_style_init (&style, dark, high_contrast);
  solar_render_orbit (cr, picture->orbit, &style, &options);
  cairo_destroy (cr);
  cairo_surface_flush (picture->surface);
}

/* The pixel at logical (x, y), as 0–255 RGB. */
static void
pixel_at (Picture *picture,
          double   x,
          double   y,
          guint    rgb[3])
{
  guchar *data = cairo_image_surface_get_data (picture->surface);
  int stride = cairo_image_surface_get_stride (picture->surface);
  int px = (int)(x * picture->scale);
  int py = (int)(y * picture->scale);
  guint32 value = *(guint32 *)(data + py * stride + px * 4);

  rgb[0] = (value >> 16) & 0xff;
  rgb[1] = (value >> 8) & 0xff;
  rgb[2] = value & 0xff;
}

static void
assert_colour_near (const guint  rgb[3],
                    double       red,
                    double       green,
                    double       blue,
                    guint        tolerance)
{
  double want[3] = { red * 255, green * 255, blue * 255 };

  for (guint i = 0; i < 3; i++)
    if (fabs (rgb[i] - want[i]) > tolerance)
      g_error ("pixel %02x%02x%02x is not near %02x%02x%02x", rgb[0], rgb[1], rgb[2],
               (guint)want[0], (guint)want[1], (guint)want[2]);
}

/* Every platform's body in its colour: filled where a figure sizes it, faded towards the
 * page where the latest view has only the report's, hollow (the page showing through its
 * coloured outline) where there is none; and a platform the report does not cover ringed
 * with dots. */
static void
assert_platform_colours (Picture *picture)
{
  GListModel *platforms = solar_dataset_get_platforms (dataset);
  SolarRenderStyle style;

  solar_render_style_init (&style, picture->style_dark, FALSE);
  for (guint i = 0; i < solar_orbit_get_n_bodies (picture->orbit); i++)
    {
      const SolarBody *body = solar_orbit_get_body (picture->orbit, i);
      g_autoptr(SolarPlatform) platform = NULL;
      const SolarColor *colour;
      double fade = 0;
      guint rgb[3];

      if (body->kind != SOLAR_BODY_PLATFORM)
        continue;
      platform = g_list_model_get_item (platforms, body->index);
      colour = solar_platform_get_color (platform);
      if (body->sizing == SOLAR_BODY_SIZED_BY_REPORT)
        fade = 0.55;

      /* Tunnel links are drawn beneath the bodies, so the centre shows the body itself. */
      pixel_at (picture, body->x, body->y, rgb);
      if (body->sizing == SOLAR_BODY_UNSIZED)
        {
          assert_colour_near (rgb, style.background.red, style.background.green,
                              style.background.blue, 2);
          /* Its outline, 2.5 px wide, inside the disc's edge. */
          pixel_at (picture, body->x, body->y + body->radius - 1.25, rgb);
          assert_colour_near (rgb, colour->red, colour->green, colour->blue, 40);
        }
      else
        assert_colour_near (rgb,
                            colour->red + (style.background.red - colour->red) * fade,
                            colour->green + (style.background.green - colour->green) * fade,
                            colour->blue + (style.background.blue - colour->blue) * fade, 2);

      if (!body->in_report)
        {
          double ring = body->radius + SOLAR_ORBIT_NOT_IN_REPORT_RING - 0.75;
          guint inked = 0;

          /* Dots round the ring, and the page between them. */
          for (double a = 0; a < 2 * G_PI; a += G_PI / 90)
            {
              pixel_at (picture, body->x + ring * cos (a), body->y + ring * sin (a), rgb);
              inked += fabs ((double)rgb[0] - style.background.red * 255) > 60;
            }
          g_assert_cmpuint (inked, >, 20);
          g_assert_cmpuint (inked, <, 160);
        }
    }
}

static void
test_bodies_drawn_in_platform_colours (void)
{
  Picture picture = { 0 };
  guint rgb[3];

  draw (&picture, 900, 700, 1, FALSE, FALSE, FALSE, -1);
  assert_platform_colours (&picture);
  pixel_at (&picture, 2, 2, rgb);
  assert_colour_near (rgb, 0xfa / 255.0, 0xfa / 255.0, 0xfa / 255.0, 1);
  picture_clear (&picture);
}

/* Issue 17: the latest view's bodies, drawn as the legend says, in both themes. */
static void
test_latest_figures_drawn (void)
{
  Picture picture = { 0 };
  gboolean saw[3] = { FALSE }, saw_added = FALSE;

  next_figures = SOLAR_ORBIT_FIGURES_LATEST;
  for (int dark = FALSE; dark <= TRUE; dark++)
    {
      draw (&picture, 1200, 900, 1, dark, FALSE, FALSE, -1);
      assert_platform_colours (&picture);
      for (guint i = 0; i < solar_orbit_get_n_bodies (picture.orbit); i++)
        {
          const SolarBody *body = solar_orbit_get_body (picture.orbit, i);

          if (body->kind != SOLAR_BODY_PLATFORM)
            continue;
          saw[body->sizing] = TRUE;
          saw_added |= !body->in_report;
        }
      picture_clear (&picture);
    }
  next_figures = SOLAR_ORBIT_FIGURES_REPORT;
  g_assert_true (saw[SOLAR_BODY_SIZED] && saw[SOLAR_BODY_SIZED_BY_REPORT] && saw[SOLAR_BODY_UNSIZED]);
  g_assert_true (saw_added);
}

static void
test_dark_and_high_contrast (void)
{
  Picture picture = { 0 };
  guint rgb[3];

  draw (&picture, 900, 700, 1, TRUE, FALSE, FALSE, -1);
  assert_platform_colours (&picture);
  pixel_at (&picture, 2, 2, rgb);
  assert_colour_near (rgb, 0x24 / 255.0, 0x24 / 255.0, 0x24 / 255.0, 1);
  picture_clear (&picture);

  /* High contrast outlines bodies with a 2 px pure black line. */
  draw (&picture, 900, 700, 1, FALSE, TRUE, FALSE, -1);
  {
    const SolarBody *body = solar_orbit_get_body (picture.orbit, 0);

    pixel_at (&picture, body->x + body->radius - 0.5, body->y, rgb);
    assert_colour_near (rgb, 0, 0, 0, 40);
  }
  picture_clear (&picture);
}

static void
test_hidpi_is_drawn_at_device_pixels (void)
{
  Picture picture = { 0 };
  const SolarBody *body;
  guint rgb[3], edge[3];

  draw (&picture, 600, 500, 2, FALSE, FALSE, FALSE, -1);
  g_assert_cmpint (cairo_image_surface_get_width (picture.surface), ==, 1200);
  assert_platform_colours (&picture);

  /* A crisp edge: half a logical pixel inside the outline is still the body's colour. */
  body = solar_orbit_get_body (picture.orbit, 0);
  pixel_at (&picture, body->x - body->radius + 1.5, body->y, rgb);
  pixel_at (&picture, body->x, body->y, edge);
  assert_colour_near (rgb, edge[0] / 255.0, edge[1] / 255.0, edge[2] / 255.0, 8);
  picture_clear (&picture);
}

static void
test_highlight_rings_the_body (void)
{
  Picture plain = { 0 }, lit = { 0 };
  const SolarBody *body;
  guint before[3], after[3];

  draw (&plain, 900, 700, 1, FALSE, FALSE, FALSE, -1);
  draw (&lit, 900, 700, 1, FALSE, FALSE, FALSE, 0);
  body = solar_orbit_get_body (lit.orbit, 0);
  pixel_at (&plain, body->x, body->y - body->radius - 4, before);
  pixel_at (&lit, body->x, body->y - body->radius - 4, after);
  assert_colour_near (before, 0xfa / 255.0, 0xfa / 255.0, 0xfa / 255.0, 1);
  assert_colour_near (after, 0x35 / 255.0, 0x84 / 255.0, 0xe4 / 255.0, 30);
  picture_clear (&plain);
  picture_clear (&lit);
}

static guint
count_ink (Picture         *picture,
           const SolarRect *rect)
{
  guint ink = 0;

  for (double y = rect->y; y < rect->y + rect->height; y++)
    for (double x = rect->x; x < rect->x + rect->width; x++)
      {
        guint rgb[3];

        pixel_at (picture, x, y, rgb);
        ink += rgb[0] < 0x90;
      }
  return ink;
}

static void
test_labels_and_legend_are_drawn (void)
{
  Picture picture = { 0 };

  draw (&picture, 900, 700, 1, FALSE, FALSE, FALSE, -1);
  for (guint i = 0; i < solar_orbit_get_n_bodies (picture.orbit); i++)
    {
      const SolarBody *body = solar_orbit_get_body (picture.orbit, i);

      if (body->kind == SOLAR_BODY_PLATFORM)
        g_assert_cmpuint (count_ink (&picture, &body->label), >, 30);
    }
  for (guint i = 0; i < solar_orbit_get_n_legend_entries (picture.orbit); i++)
    g_assert_cmpuint (count_ink (&picture, &solar_orbit_get_legend_entry (picture.orbit, i)->label), >, 20);
  picture_clear (&picture);
}

static void
test_tunnel_layer (void)
{
  Picture with = { 0 }, without = { 0 };
  int tribe;
  guint rgb[3];

  draw (&without, 900, 700, 1, FALSE, FALSE, FALSE, -1);
  draw (&with, 900, 700, 1, FALSE, FALSE, TRUE, -1);
  assert_platform_colours (&with);

  tribe = solar_orbit_find_body (with.orbit, SOLAR_BODY_TRIBE, 0);
  g_assert_cmpint (tribe, >=, 0);
  {
    const SolarBody *body = solar_orbit_get_body (with.orbit, tribe);

    pixel_at (&with, body->x, body->y, rgb);
    g_assert_false (rgb[0] == 0xfa && rgb[1] == 0xfa && rgb[2] == 0xfa);
    pixel_at (&without, body->x, body->y, rgb);
    assert_colour_near (rgb, 0xfa / 255.0, 0xfa / 255.0, 0xfa / 255.0, 1);
  }
  picture_clear (&with);
  picture_clear (&without);
}

static void
test_plan_overlay (void)
{
  Picture picture = { 0 };
  SolarRenderOptions options = { -1, TRUE, NULL };
  double shares[10] = { 60, 0, 0, 0, 0, 0, 0, 0, 0, 0 };
  gboolean used[10] = { TRUE, FALSE, FALSE, FALSE, FALSE, FALSE, FALSE, FALSE, FALSE, FALSE };
  SolarPlanOverlay plan = { 10, shares, used };
  SolarRenderStyle style;
  GListModel *platforms = solar_dataset_get_platforms (dataset);
  g_autoptr(SolarPlatform) wechat = g_list_model_get_item (platforms, 0);
  g_autoptr(SolarPlatform) weibo = g_list_model_get_item (platforms, 1);
  const SolarColor *weibo_colour = solar_platform_get_color (weibo);
  const SolarColor *wechat_colour = solar_platform_get_color (wechat);
  const SolarBody *body;
  guint rgb[3];
  cairo_t *cr;

  picture.scale = 1;
  picture.orbit = solar_orbit_new (dataset);
  solar_orbit_allocate (picture.orbit, 900, 700);
  picture.surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 900, 700);
  cr = cairo_create (picture.surface);
  solar_render_style_init (&style, FALSE, FALSE);
  options.plan = &plan;
  solar_render_orbit (cr, picture.orbit, &style, &options);
  cairo_destroy (cr);
  cairo_surface_flush (picture.surface);

  /* WeChat is in the plan: its own colour, and the arc starts at 12 o'clock. */
  body = solar_orbit_get_body (picture.orbit, 0);
  pixel_at (&picture, body->x, body->y, rgb);
  assert_colour_near (rgb, wechat_colour->red, wechat_colour->green, wechat_colour->blue, 2);
  pixel_at (&picture, body->x + 1, body->y - body->radius - 5, rgb);
  assert_colour_near (rgb, 0x24 / 255.0, 0x24 / 255.0, 0x24 / 255.0, 60);
  /* 60%: at 9 o'clock (75%) the arc is only the faint track. */
  pixel_at (&picture, body->x - body->radius - 5, body->y, rgb);
  g_assert_cmpuint (rgb[0], >, 0x80);

  /* Weibo is not: faded towards the page. */
  body = solar_orbit_get_body (picture.orbit, 1);
  pixel_at (&picture, body->x, body->y, rgb);
  g_assert_cmpuint (abs ((int)rgb[2] - (int)(weibo_colour->blue * 255)), >, 60);
  picture_clear (&picture);
}

/* Draws @orbit whole, with no background, into a surface of its own size. */
static cairo_surface_t *
draw_whole (SolarOrbit               *orbit,
            double                    scale,
            const SolarRenderStyle   *style,
            const SolarRenderOptions *options)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                         solar_orbit_get_width (orbit) * scale,
                                                         solar_orbit_get_height (orbit) * scale);
  cairo_t *cr;

  cairo_surface_set_device_scale (surface, scale, scale);
  cr = cairo_create (surface);
  solar_render_orbit (cr, orbit, style, options);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* Every pixel the renderer inked lies in one of @areas. */
static void
assert_ink_inside (cairo_surface_t *whole,
                   double           scale,
                   const SolarRect *areas,
                   guint            n_areas,
                   const char      *what)
{
  int width = cairo_image_surface_get_width (whole);
  int height = cairo_image_surface_get_height (whole);
  int stride = cairo_image_surface_get_stride (whole);
  const guchar *data = cairo_image_surface_get_data (whole);
  g_autofree gboolean *covered = g_new0 (gboolean, (gsize)width * height);

  for (guint i = 0; i < n_areas; i++)
    for (int y = areas[i].y * scale; y < (areas[i].y + areas[i].height) * scale; y++)
      for (int x = areas[i].x * scale; x < (areas[i].x + areas[i].width) * scale; x++)
        covered[y * width + x] = TRUE;

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 pixel = *(const guint32 *)(data + y * stride + x * 4);

        if (pixel != 0 && !covered[y * width + x])
          g_error ("%s: device pixel %d,%d has ink (%08x) outside the ink areas", what, x, y, pixel);
      }
}

/* The screen draws only inside the ink areas, so they must hold every pixel the renderer
 * inks: at every size, with the tunnel, a highlight, a plan's share arcs on every platform,
 * the wider lines of high contrast, and at 2× scale. */
static void
test_ink_areas_hold_every_pixel (void)
{
  static const int sizes[][2] = { { 360, 360 }, { 1000, 713 }, { 640, 1000 }, { 1920, 1080 } };
  guint n_platforms = g_list_model_get_n_items (solar_dataset_get_platforms (dataset));
  g_autofree double *shares = g_new (double, n_platforms);
  g_autofree gboolean *used = g_new (gboolean, n_platforms);
  SolarPlanOverlay plan = { n_platforms, shares, used };
  double saved_at_default_size = 0;

  for (guint i = 0; i < n_platforms; i++)
    {
      shares[i] = 100;
      used[i] = TRUE;
    }

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    for (guint variant = 0; variant < 4; variant++)
      {
        gboolean tunnel = variant & 1, high_contrast = variant & 2;
        double scale = variant == 3 ? 2 : 1;
        g_autoptr(SolarOrbit) orbit = solar_orbit_new (dataset);
        SolarRect areas[SOLAR_RENDER_MAX_INK_AREAS];
        SolarRenderStyle style;
        guint n_areas;
        double covered = 0;

        solar_orbit_set_show_tunnel (orbit, tunnel);
        solar_orbit_allocate (orbit, sizes[s][0], sizes[s][1]);
        solar_render_style_init (&style, FALSE, high_contrast);
        n_areas = solar_render_orbit_get_ink_areas (orbit, &style, areas);
        g_assert_cmpuint (n_areas, >=, 1);

        for (guint i = 0; i < n_areas; i++)
          {
            g_assert_cmpfloat (areas[i].x, ==, floor (areas[i].x));
            g_assert_cmpfloat (areas[i].width, ==, floor (areas[i].width));
            g_assert_cmpfloat (areas[i].x, >=, 0);
            g_assert_cmpfloat (areas[i].y, >=, 0);
            g_assert_cmpfloat (areas[i].x + areas[i].width, <=, sizes[s][0]);
            g_assert_cmpfloat (areas[i].y + areas[i].height, <=, sizes[s][1]);
            for (guint j = 0; j < i; j++)
              g_assert_false (solar_rect_intersects (&areas[i], &areas[j]));
            covered += areas[i].width * areas[i].height;
          }
        if (s == 1 && variant == 0)
          saved_at_default_size = 1 - covered / (sizes[s][0] * sizes[s][1]);

        /* Every body highlighted in turn, over the plan; in the larger sizes, which take
         * longest to draw, the first and the last. */
        for (guint body = 0; body < solar_orbit_get_n_bodies (orbit); body++)
          {
            if (s >= 2 && body > 0 && body + 1 < solar_orbit_get_n_bodies (orbit))
              continue;

            SolarRenderOptions options = { body, FALSE, &plan };
            g_autofree char *what = g_strdup_printf ("%d×%d%s%s at %g×, body %u highlighted",
                                                     sizes[s][0], sizes[s][1],
                                                     tunnel ? ", tunnel" : "",
                                                     high_contrast ? ", high contrast" : "",
                                                     scale, body);
            cairo_surface_t *whole = draw_whole (orbit, scale, &style, &options);

            assert_ink_inside (whole, scale, areas, n_areas, what);
            cairo_surface_destroy (whole);
          }
      }

  /* The point of it: the default window's wide diagram leaves much of its width empty. */
  g_test_message ("ink areas leave %.0f%% of a 1000×713 diagram undrawn", 100 * saved_at_default_size);
  g_assert_cmpfloat (saved_at_default_size, >, 0.3);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);

  dataset = solar_dataset_load_default (&error);
  g_assert_no_error (error);

  g_test_add_func ("/render/platform-colours", test_bodies_drawn_in_platform_colours);
  g_test_add_func ("/render/dark-and-high-contrast", test_dark_and_high_contrast);
  g_test_add_func ("/render/latest-figures", test_latest_figures_drawn);
  g_test_add_func ("/render/hidpi", test_hidpi_is_drawn_at_device_pixels);
  g_test_add_func ("/render/highlight", test_highlight_rings_the_body);
  g_test_add_func ("/render/labels-and-legend", test_labels_and_legend_are_drawn);
  g_test_add_func ("/render/tunnel", test_tunnel_layer);
  g_test_add_func ("/render/plan-overlay", test_plan_overlay);
  g_test_add_func ("/render/ink-areas", test_ink_areas_hold_every_pixel);

  ret = g_test_run ();
  g_clear_object (&dataset);
  return ret;
}
