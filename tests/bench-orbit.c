/* bench-orbit.c: how fast the diagram draws, lays out and hit-tests
 *
 * Prints milliseconds per full 1920×1080 frame for the seed data and for a generated
 * 1,000-body dataset, nanoseconds per hit test, and milliseconds per re-layout (a window
 * resize). Each figure is the median of several batches, shown beside a baseline measured in
 * the same process (filling the same surface with one colour), so runs on different
 * machines can be compared by ratio. A benchmark, not a test: it never fails on timing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>

#include "solar-render.h"

#define WIDTH   1920
#define HEIGHT  1080
#define BATCHES 7

typedef void (*Work) (gpointer data, guint iterations);

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}

/* Median over BATCHES runs of @iterations calls, in nanoseconds per call. */
static double
measure (Work     work,
         gpointer data,
         guint    iterations)
{
  double samples[BATCHES];

  work (data, MAX (1, iterations / 10));   /* warm caches and fonts */
  for (guint b = 0; b < BATCHES; b++)
    {
      gint64 start = g_get_monotonic_time ();

      work (data, iterations);
      samples[b] = (g_get_monotonic_time () - start) * 1000.0 / iterations;
    }
  qsort (samples, BATCHES, sizeof (double), compare_doubles);
  return samples[BATCHES / 2];
}

typedef struct
{
  cairo_surface_t  *surface;
  SolarOrbit       *orbit;
  SolarRenderStyle  style;
  double            width;
  double            height;
  volatile int      sink;
} Bench;

static void
fill_frame (gpointer data,
            guint    iterations)
{
  Bench *bench = data;

  for (guint i = 0; i < iterations; i++)
    {
      cairo_t *cr = cairo_create (bench->surface);

      cairo_set_source_rgb (cr, 0.98, 0.98, 0.98);
      cairo_paint (cr);
      cairo_destroy (cr);
    }
  cairo_surface_flush (bench->surface);
}

static void
render_frame (gpointer data,
              guint    iterations)
{
  Bench *bench = data;
  SolarRenderOptions options = { -1, TRUE, NULL };

  for (guint i = 0; i < iterations; i++)
    {
      cairo_t *cr = cairo_create (bench->surface);

      solar_render_orbit (cr, bench->orbit, &bench->style, &options);
      cairo_destroy (cr);
    }
  cairo_surface_flush (bench->surface);
}

static void
hit_test (gpointer data,
          guint    iterations)
{
  Bench *bench = data;
  guint32 seed = 12345;

  for (guint i = 0; i < iterations; i++)
    {
      /* A cheap LCG: the benchmark measures hit testing, not the random number generator. */
      seed = seed * 1664525 + 1013904223;
      bench->sink += solar_orbit_hit_test (bench->orbit, (seed >> 8) % (guint)bench->width,
                                           (seed >> 16) % (guint)bench->height);
    }
}

static void
relayout (gpointer data,
          guint    iterations)
{
  Bench *bench = data;

  for (guint i = 0; i < iterations; i++)
    solar_orbit_allocate (bench->orbit, bench->width - (i % 2), bench->height);
}

static GBytes *
generate_platforms (guint n)
{
  GString *json = g_string_new ("{\"format\":\"social-solar-platforms\",\"version\":1,"
                                "\"sources\":[{\"id\":\"s\",\"title\":\"generated\",\"date\":\"2021\"}],"
                                "\"platforms\":[");

  for (guint i = 0; i < n; i++)
    g_string_append_printf (json,
                            "%s{\"id\":\"p%u\",\"name\":{\"en\":\"Platform %u\",\"zh\":\"平台%u\"},"
                            "\"tier\":\"%s\",\"color\":\"#%06x\","
                            "\"positioning\":{\"en\":\"p\"},\"summary\":{\"en\":\"s\"},"
                            "\"size_figure\":\"mau\",\"figures\":[{\"id\":\"mau\","
                            "\"label\":{\"en\":\"Monthly active users\"},\"value\":%u,"
                            "\"unit\":\"people\",\"as_of\":\"2020\",\"source\":\"s\"}],"
                            "\"items\":[]}",
                            i ? "," : "", i, i, i, i % 3 ? "derivative" : "core",
                            (i * 2654435761u) & 0xffffff, 1000000 + i * 997003);
  g_string_append (json, "]}");
  return g_string_free_to_bytes (json);
}

static GBytes *
generate_landscape (guint n_platforms)
{
  GString *json = g_string_new ("{\"format\":\"social-solar-landscape\",\"version\":1,\"tiers\":["
                                "{\"id\":\"core\",\"name\":{\"en\":\"c\"},\"description\":{\"en\":\"c\"}},"
                                "{\"id\":\"derivative\",\"name\":{\"en\":\"d\"},\"description\":{\"en\":\"d\"}}],"
                                "\"creator_segments\":[],\"trends\":[],\"tribes\":[");

  for (guint i = 0; i < 20; i++)
    g_string_append_printf (json, "%s{\"id\":\"t%u\",\"kind\":\"interest\",\"name\":{\"en\":\"Tribe %u\"},"
                            "\"description\":{\"en\":\"t\"},\"platforms\":[\"p%u\",\"p%u\",\"p%u\"]}",
                            i ? "," : "", i, i, i % n_platforms, (i * 7) % n_platforms,
                            (i * 13) % n_platforms);
  g_string_append (json, "]}");
  return g_string_free_to_bytes (json);
}

static void
run (const char   *name,
     SolarDataset *dataset,
     gboolean      tunnel,
     gboolean      latest,
     double        baseline_ns,
     double        frame_target_ms)
{
  Bench bench = { 0 };
  double frame_ns, hit_ns, layout_ns;

  bench.width = WIDTH;
  bench.height = HEIGHT;
  bench.surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  bench.orbit = solar_orbit_new (dataset);
  solar_render_style_init (&bench.style, FALSE, FALSE);
  solar_orbit_set_show_tunnel (bench.orbit, tunnel);
  solar_orbit_set_figures (bench.orbit, latest ? SOLAR_ORBIT_FIGURES_LATEST : SOLAR_ORBIT_FIGURES_REPORT);
  solar_orbit_allocate (bench.orbit, WIDTH, HEIGHT);

  frame_ns = measure (render_frame, &bench, 40);
  hit_ns = measure (hit_test, &bench, 200000);
  layout_ns = measure (relayout, &bench, 4);

  g_print ("%-28s %5u bodies  frame %7.3f ms (%5.1fx fill, target <= %g ms)  "
           "hit test %6.1f ns  re-layout %7.3f ms  labels %s\n",
           name, solar_orbit_get_n_bodies (bench.orbit), frame_ns / 1e6, frame_ns / baseline_ns,
           frame_target_ms, hit_ns, layout_ns / 1e6,
           solar_orbit_get_labels_fit (bench.orbit) ? "shown" : "hidden (do not fit)");

  g_object_unref (bench.orbit);
  cairo_surface_destroy (bench.surface);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SolarDataset) seed = NULL;
  g_autoptr(SolarDataset) generated = NULL;
  g_autoptr(GBytes) platforms = generate_platforms (1000);
  g_autoptr(GBytes) landscape = generate_landscape (1000);
  Bench fill = { 0 };
  double baseline_ns;
  gint64 start;

  if (!(seed = solar_dataset_load_default (&error)))
    g_error ("%s", error->message);

  start = g_get_monotonic_time ();
  generated = solar_dataset_new_from_bytes (platforms, "generated-platforms.json",
                                            landscape, "generated-landscape.json", &error);
  if (generated == NULL)
    g_error ("%s", error->message);
  g_print ("loading a 1,000-platform dataset (%zu KiB): %.1f ms\n",
           g_bytes_get_size (platforms) / 1024, (g_get_monotonic_time () - start) / 1000.0);

  fill.surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  baseline_ns = measure (fill_frame, &fill, 40);
  cairo_surface_destroy (fill.surface);
  g_print ("baseline: filling a %dx%d surface %.3f ms\n", WIDTH, HEIGHT, baseline_ns / 1e6);

  run ("seed data", seed, FALSE, FALSE, baseline_ns, 2);
  run ("seed data + tunnel", seed, TRUE, FALSE, baseline_ns, 2);
  run ("seed data, latest figures", seed, FALSE, TRUE, baseline_ns, 2);
  run ("seed latest + tunnel", seed, TRUE, TRUE, baseline_ns, 2);
  run ("generated 1,000 platforms", generated, FALSE, FALSE, baseline_ns, 16);
  run ("generated 1,000 + tunnel", generated, TRUE, FALSE, baseline_ns, 16);
  return 0;
}
