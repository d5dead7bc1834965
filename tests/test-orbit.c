/* test-orbit.c: the diagram's geometry, hit testing and keyboard neighbours
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "solar-orbit.h"

static SolarDataset *dataset;

static const struct { int width, height; } sizes[] = {
  { 360, 360 }, { 360, 640 }, { 400, 300 }, { 640, 480 }, { 800, 600 }, { 1000, 700 },
  { 1280, 720 }, { 1366, 768 }, { 1920, 1080 }, { 2560, 1440 }, { 3840, 2160 }, { 2160, 3840 },
};

/* A test's variant: the influencer tunnel shown, the latest figures (with the platforms the
 * report does not cover) rather than the report's. */
#define WITH_TUNNEL 1
#define WITH_LATEST 2

static SolarOrbit *
new_orbit (gconstpointer data)
{
  SolarOrbit *orbit = solar_orbit_new (dataset);
  int variant = GPOINTER_TO_INT (data);

  solar_orbit_set_show_tunnel (orbit, (variant & WITH_TUNNEL) != 0);
  solar_orbit_set_figures (orbit, (variant & WITH_LATEST) ? SOLAR_ORBIT_FIGURES_LATEST
                                                          : SOLAR_ORBIT_FIGURES_REPORT);
  return orbit;
}

static gboolean
rect_inside (const SolarRect *inner,
             double           width,
             double           height)
{
  return inner->x >= 0 && inner->y >= 0 &&
         inner->x + inner->width <= width && inner->y + inner->height <= height;
}

static void
assert_layout_is_clean (SolarOrbit *orbit,
                        int         width,
                        int         height)
{
  guint n = solar_orbit_get_n_bodies (orbit);
  const SolarRect *legend = solar_orbit_get_legend_area (orbit);

  g_assert_true (solar_orbit_get_labels_fit (orbit));
  g_assert_cmpfloat (solar_orbit_get_font_size (orbit), >=, 8);

  for (guint i = 0; i < n; i++)
    {
      const SolarBody *a = solar_orbit_get_body (orbit, i);
      SolarRect a_bounds = { a->x - a->radius, a->y - a->radius, 2 * a->radius, 2 * a->radius };

      g_assert_cmpfloat (a->radius, >=, 2);
      g_assert_true (rect_inside (&a_bounds, width, height));
      g_assert_true (rect_inside (&a->label, width, height));
      g_assert_false (solar_rect_intersects (&a_bounds, legend));
      g_assert_false (solar_rect_intersects (&a->label, legend));
      g_assert_cmpfloat (a->label.width, >, 0);

      for (guint j = i + 1; j < n; j++)
        {
          const SolarBody *b = solar_orbit_get_body (orbit, j);
          SolarRect b_bounds = { b->x - b->radius, b->y - b->radius, 2 * b->radius, 2 * b->radius };

          if (hypot (a->x - b->x, a->y - b->y) < a->radius + b->radius)
            g_error ("%dx%d: bodies %u and %u overlap", width, height, i, j);
          /* The centre's label sits inside its own disc, on purpose. */
          if (a->kind != SOLAR_BODY_SUN && solar_rect_intersects (&a->label, &b_bounds))
            g_error ("%dx%d: label of body %u covers body %u", width, height, i, j);
          if (b->kind != SOLAR_BODY_SUN && solar_rect_intersects (&b->label, &a_bounds))
            g_error ("%dx%d: label of body %u covers body %u", width, height, j, i);
          if (solar_rect_intersects (&a->label, &b->label))
            g_error ("%dx%d: labels of bodies %u and %u overlap", width, height, i, j);
        }
    }

  for (guint i = 0; i < solar_orbit_get_n_legend_entries (orbit); i++)
    g_assert_true (rect_inside (&solar_orbit_get_legend_entry (orbit, i)->label, width, height));
}

static void
test_layout_fits_every_size (gconstpointer data)
{
  g_autoptr(SolarOrbit) orbit = new_orbit (data);

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      solar_orbit_allocate (orbit, sizes[i].width, sizes[i].height);
      g_test_message ("%dx%d: font %.0f px", sizes[i].width, sizes[i].height,
                      solar_orbit_get_font_size (orbit));
      assert_layout_is_clean (orbit, sizes[i].width, sizes[i].height);
    }
}

/* How far a label keeps from its body's centre: to the nearest point of its box. */
static double
label_distance (const SolarBody *body)
{
  double nearest_x = CLAMP (body->x, body->label.x, body->label.x + body->label.width);
  double nearest_y = CLAMP (body->y, body->label.y, body->label.y + body->label.height);

  return hypot (nearest_x - body->x, nearest_y - body->y);
}

/* Round a highlighted body and round a plan's platforms the renderer draws rings, reaching
 * 6.5 line widths out; wherever there is room, the labels keep clear of them. Room means
 * from the default window's size up; with the tunnel, whose tribes crowd the picture, from
 * 1366×768 up. Below that a label may sit close, so that it fits at all. */
static void
test_labels_clear_of_rings (gconstpointer data)
{
  gboolean show_tunnel = (GPOINTER_TO_INT (data) & WITH_TUNNEL) != 0;
  g_autoptr(SolarOrbit) orbit = new_orbit (data);

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      int min_width = show_tunnel ? 1366 : 1000;
      int min_height = show_tunnel ? 768 : 700;

      if (sizes[i].width < min_width || sizes[i].height < min_height)
        continue;
      solar_orbit_allocate (orbit, sizes[i].width, sizes[i].height);
      for (guint b = 0; b < solar_orbit_get_n_bodies (orbit); b++)
        {
          const SolarBody *body = solar_orbit_get_body (orbit, b);

          if (body->kind == SOLAR_BODY_SUN)
            continue;
          /* Besides, a dotted ring round a platform the report does not cover. */
          if (label_distance (body) < body->radius + 6.5 +
                                      (body->kind == SOLAR_BODY_PLATFORM && !body->in_report
                                         ? SOLAR_ORBIT_NOT_IN_REPORT_RING : 0))
            g_error ("%dx%d%s: the label of body %u is %.1f px from its disc, inside its rings",
                     sizes[i].width, sizes[i].height, show_tunnel ? " with the tunnel" : "", b,
                     label_distance (body) - body->radius);
        }
    }
}

static void
test_rings (gconstpointer data)
{
  g_autoptr(SolarOrbit) orbit = new_orbit (data);
  gboolean latest = (GPOINTER_TO_INT (data) & WITH_LATEST) != 0;
  GListModel *platforms = solar_dataset_get_platforms (dataset);
  double cx, cy;

  solar_orbit_allocate (orbit, 1000, 800);
  cx = solar_orbit_get_centre_x (orbit);
  cy = solar_orbit_get_centre_y (orbit);

  g_assert_cmpuint (g_list_model_get_n_items (platforms), ==, 12);
  for (guint i = 0; i < g_list_model_get_n_items (platforms); i++)
    {
      g_autoptr(SolarPlatform) platform = g_list_model_get_item (platforms, i);
      int position = solar_orbit_find_body (orbit, SOLAR_BODY_PLATFORM, i);
      const SolarBody *body;
      SolarOrbitRing ring;

      /* The report's view shows the report's platforms; the latest, every one. */
      if (!latest && !solar_platform_is_in_report (platform))
        {
          g_assert_cmpint (position, ==, -1);
          continue;
        }
      g_assert_cmpint (position, >=, 0);
      body = solar_orbit_get_body (orbit, position);
      g_assert_true (body->in_report == solar_platform_is_in_report (platform));
      ring = solar_platform_get_tier (platform) == SOLAR_TIER_CORE
                            ? SOLAR_ORBIT_INNER : SOLAR_ORBIT_OUTER;

      g_assert_cmpint (body->ring, ==, ring);
      g_assert_cmpfloat_with_epsilon (hypot (body->x - cx, body->y - cy),
                                      solar_orbit_get_ring_radius (orbit, ring), 0.01);
    }
  g_assert_cmpfloat (solar_orbit_get_ring_radius (orbit, SOLAR_ORBIT_INNER), <,
                     solar_orbit_get_ring_radius (orbit, SOLAR_ORBIT_OUTER));
}

static double
body_radius_of (SolarOrbit *orbit,
                const char *platform_id)
{
  GListModel *platforms = solar_dataset_get_platforms (dataset);

  for (guint i = 0; i < g_list_model_get_n_items (platforms); i++)
    {
      g_autoptr(SolarPlatform) platform = g_list_model_get_item (platforms, i);

      if (g_str_equal (solar_platform_get_id (platform), platform_id))
        return solar_orbit_get_body (orbit, solar_orbit_find_body (orbit, SOLAR_BODY_PLATFORM, i))->radius;
    }
  g_assert_not_reached ();
}

static void
test_sized_by_audience (void)
{
  g_autoptr(SolarOrbit) orbit = solar_orbit_new (dataset);

  solar_orbit_allocate (orbit, 1200, 900);
  /* 1.2 billion > 600 million > 20 million, on a log scale: bigger, but not absurdly so. */
  g_assert_cmpfloat (body_radius_of (orbit, "wechat"), >, body_radius_of (orbit, "douyin"));
  g_assert_cmpfloat (body_radius_of (orbit, "douyin"), >, body_radius_of (orbit, "zhihu"));
  g_assert_cmpfloat (body_radius_of (orbit, "wechat") / body_radius_of (orbit, "zhihu"), <, 4);
}

static void
test_hit_testing (gconstpointer data)
{
  g_autoptr(SolarOrbit) orbit = new_orbit (data);

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      solar_orbit_allocate (orbit, sizes[s].width, sizes[s].height);
      for (guint i = 0; i < solar_orbit_get_n_bodies (orbit); i++)
        {
          const SolarBody *body = solar_orbit_get_body (orbit, i);

          g_assert_cmpint (solar_orbit_hit_test (orbit, body->x, body->y), ==, i);
          g_assert_cmpint (solar_orbit_hit_test (orbit, body->x + body->radius * 0.7, body->y), ==, i);
          g_assert_cmpint (solar_orbit_hit_test (orbit, body->label.x + body->label.width / 2,
                                                 body->label.y + body->label.height / 2), ==, i);
        }
      /* Corners and the gap between the rings are empty space. */
      g_assert_cmpint (solar_orbit_hit_test (orbit, 1, 1), ==, -1);
      g_assert_cmpint (solar_orbit_hit_test (orbit, sizes[s].width - 1, 1), ==, -1);
      g_assert_cmpint (solar_orbit_hit_test (orbit, -50, -50), ==, -1);
    }
}

static void
test_every_body_reachable_by_arrows (gconstpointer data)
{
  g_autoptr(SolarOrbit) orbit = new_orbit (data);
  guint n;

  n = solar_orbit_get_n_bodies (orbit);
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
      g_autoptr(GQueue) todo = g_queue_new ();

      solar_orbit_allocate (orbit, sizes[s].width, sizes[s].height);
      g_queue_push_tail (todo, GINT_TO_POINTER (0));
      g_hash_table_add (seen, GINT_TO_POINTER (0));
      while (!g_queue_is_empty (todo))
        {
          int from = GPOINTER_TO_INT (g_queue_pop_head (todo));

          for (SolarDirection d = SOLAR_DIRECTION_LEFT; d <= SOLAR_DIRECTION_DOWN; d++)
            {
              int to = solar_orbit_neighbour (orbit, from, d);

              g_assert_cmpint (to, >=, 0);
              if (g_hash_table_add (seen, GINT_TO_POINTER (to)))
                g_queue_push_tail (todo, GINT_TO_POINTER (to));
            }
        }
      g_assert_cmpuint (g_hash_table_size (seen), ==, n);
    }
}

static gboolean
in_cone (const SolarBody *from,
         const SolarBody *to,
         SolarDirection   direction)
{
  static const double dirs[4][2] = { { -1, 0 }, { 1, 0 }, { 0, -1 }, { 0, 1 } };
  double along = (to->x - from->x) * dirs[direction][0] + (to->y - from->y) * dirs[direction][1];
  double across = fabs ((to->x - from->x) * dirs[direction][1] - (to->y - from->y) * dirs[direction][0]);

  return along > 0 && across <= along + 1;
}

static void
test_arrows_follow_the_picture (void)
{
  g_autoptr(SolarOrbit) orbit = solar_orbit_new (dataset);

  guint n;

  solar_orbit_allocate (orbit, 1000, 800);
  n = solar_orbit_get_n_bodies (orbit);
  for (guint i = 0; i < n; i++)
    for (SolarDirection d = SOLAR_DIRECTION_LEFT; d <= SOLAR_DIRECTION_DOWN; d++)
      {
        const SolarBody *from = solar_orbit_get_body (orbit, i);
        const SolarBody *to = solar_orbit_get_body (orbit, solar_orbit_neighbour (orbit, i, d));
        gboolean something_that_way = FALSE;

        for (guint j = 0; j < n; j++)
          something_that_way |= j != i && in_cone (from, solar_orbit_get_body (orbit, j), d);

        /* Where a platform lies that way, the key goes to one that does. */
        if (something_that_way)
          g_assert_true (in_cone (from, to, d));
      }
}

/* Large Text (the desktop's text scale): labels never smaller than normal text's, at every
 * size, and larger where there is room; everything still clean. */
static void
test_large_text (gconstpointer data)
{
  g_autoptr(SolarOrbit) normal = new_orbit (data);
  g_autoptr(SolarOrbit) large = new_orbit (data);
  static const struct { int width, height; } roomy[] = { { 1000, 700 }, { 1920, 1080 } };

  solar_orbit_set_text_scale (large, 1.25);
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      solar_orbit_allocate (normal, sizes[i].width, sizes[i].height);
      solar_orbit_allocate (large, sizes[i].width, sizes[i].height);
      assert_layout_is_clean (large, sizes[i].width, sizes[i].height);
      g_assert_cmpfloat (solar_orbit_get_font_size (large), >=, solar_orbit_get_font_size (normal));
    }
  for (guint i = 0; i < G_N_ELEMENTS (roomy); i++)
    {
      /* The default window with the tunnel and the latest figures' two bodies is the one
       * picture with no room to spare: there, the same size as normal text. */
      if (roomy[i].width == 1000 && GPOINTER_TO_INT (data) == (WITH_TUNNEL | WITH_LATEST))
        continue;
      solar_orbit_allocate (normal, roomy[i].width, roomy[i].height);
      solar_orbit_allocate (large, roomy[i].width, roomy[i].height);
      g_assert_cmpfloat (solar_orbit_get_font_size (large), >, solar_orbit_get_font_size (normal));
    }
}

static guint
platform_index (const char *platform_id)
{
  return solar_dataset_get_platform_index (dataset, solar_dataset_find_platform (dataset, platform_id));
}

static const SolarBody *
body_of (SolarOrbit *orbit,
         const char *platform_id)
{
  int position = solar_orbit_find_body (orbit, SOLAR_BODY_PLATFORM,
                                        platform_index (platform_id));

  if (position < 0)
    g_error ("%s has no body", platform_id);
  return solar_orbit_get_body (orbit, position);
}

static gboolean
has_legend (SolarOrbit      *orbit,
            SolarLegendKind  kind)
{
  for (guint i = 0; i < solar_orbit_get_n_legend_entries (orbit); i++)
    if (solar_orbit_get_legend_entry (orbit, i)->kind == kind)
      return TRUE;
  return FALSE;
}

static char *
describe (SolarOrbit *orbit,
          const char *platform_id)
{
  return solar_orbit_describe_size (orbit, solar_orbit_find_body (orbit, SOLAR_BODY_PLATFORM,
                                                                   platform_index (platform_id)));
}

/* Issue 17: the latest view sizes every body by one measure, the newest monthly active
 * users published; a daily count or subscribers never stand in for it. Bodies say how they
 * were sized, and the legend explains each style drawn. */
static void
test_latest_figures (void)
{
  g_autoptr(SolarOrbit) orbit = solar_orbit_new (dataset);
  guint n_report;
  static const struct { const char *id; SolarBodySizing sizing; double value; } expected[] = {
    { "wechat", SOLAR_BODY_SIZED, 1.414e9 },
    { "weibo", SOLAR_BODY_SIZED, 5.78e8 },            /* monthly, not the report's daily */
    { "douyin", SOLAR_BODY_UNSIZED, 0 },              /* daily users only, ever */
    { "red", SOLAR_BODY_SIZED, 3e8 },
    { "zhihu", SOLAR_BODY_SIZED, 8.14e7 },
    { "bilibili", SOLAR_BODY_SIZED, 3.76e8 },
    { "tencent-video", SOLAR_BODY_SIZED_BY_REPORT, 5.8e8 },
    { "iqiyi", SOLAR_BODY_SIZED_BY_REPORT, 6.7e8 },   /* its later figure counts subscribers */
    { "youku", SOLAR_BODY_SIZED_BY_REPORT, 2.4e8 },
    { "mango-tv", SOLAR_BODY_SIZED_BY_REPORT, 1.9e8 },
    { "kuaishou", SOLAR_BODY_SIZED, 7.31e8 },
    { "wechat-channels", SOLAR_BODY_UNSIZED, 0 },     /* Tencent publishes no user count */
  };
  g_autofree char *kuaishou = NULL, *tencent_video = NULL, *douyin = NULL;

  solar_orbit_allocate (orbit, 1200, 900);
  n_report = solar_orbit_get_n_bodies (orbit);
  g_assert_cmpint (solar_orbit_get_figures (orbit), ==, SOLAR_ORBIT_FIGURES_REPORT);
  g_assert_cmpuint (n_report, ==, 10 + 1);
  g_assert_cmpint (body_of (orbit, "red")->sizing, ==, SOLAR_BODY_UNSIZED);
  g_assert_cmpint (body_of (orbit, "weibo")->sizing, ==, SOLAR_BODY_SIZED);
  g_assert_cmpfloat (body_of (orbit, "weibo")->size.value, ==, 2e8);
  g_assert_true (has_legend (orbit, SOLAR_LEGEND_HOLLOW));
  g_assert_false (has_legend (orbit, SOLAR_LEGEND_NOT_IN_REPORT));
  g_assert_false (has_legend (orbit, SOLAR_LEGEND_FADED));

  solar_orbit_set_figures (orbit, SOLAR_ORBIT_FIGURES_LATEST);
  g_assert_cmpuint (solar_orbit_get_n_bodies (orbit), ==, 12 + 1);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const SolarBody *body = body_of (orbit, expected[i].id);

      if (body->sizing != expected[i].sizing || body->size.value != expected[i].value)
        g_error ("%s: sized %d by %g, expected %d by %g", expected[i].id, body->sizing,
                 body->size.value, expected[i].sizing, expected[i].value);
    }
  g_assert_false (body_of (orbit, "kuaishou")->in_report);
  g_assert_true (body_of (orbit, "wechat")->in_report);
  g_assert_cmpfloat (body_of (orbit, "wechat")->radius, >, body_of (orbit, "kuaishou")->radius);
  g_assert_cmpfloat (body_of (orbit, "kuaishou")->radius, >, body_of (orbit, "zhihu")->radius);
  g_assert_true (has_legend (orbit, SOLAR_LEGEND_NOT_IN_REPORT));
  g_assert_true (has_legend (orbit, SOLAR_LEGEND_FADED));
  g_assert_true (has_legend (orbit, SOLAR_LEGEND_HOLLOW));

  kuaishou = describe (orbit, "kuaishou");
  tencent_video = describe (orbit, "tencent-video");
  douyin = describe (orbit, "douyin");
  g_assert_cmpstr (kuaishou, ==, "731 million monthly active users, September 2025");
  g_assert_cmpstr (tencent_video, ==, "580 million monthly active users in the report; none published since");
  g_assert_cmpstr (douyin, ==, "No published count of monthly active users");

  solar_orbit_set_figures (orbit, SOLAR_ORBIT_FIGURES_REPORT);
  g_assert_cmpuint (solar_orbit_get_n_bodies (orbit), ==, n_report);
  g_assert_cmpint (solar_orbit_find_body (orbit, SOLAR_BODY_PLATFORM,
                                          platform_index ("kuaishou")), ==, -1);
}

static void
test_tunnel_adds_tribes (void)
{
  g_autoptr(SolarOrbit) orbit = solar_orbit_new (dataset);
  guint without, with, tribes = g_list_model_get_n_items (solar_dataset_get_tribes (dataset));

  solar_orbit_allocate (orbit, 800, 600);
  without = solar_orbit_get_n_bodies (orbit);
  solar_orbit_set_show_tunnel (orbit, TRUE);
  with = solar_orbit_get_n_bodies (orbit);
  g_assert_cmpuint (tribes, >=, 7);
  g_assert_cmpuint (with, ==, without + tribes);
  g_assert_cmpint (solar_orbit_find_body (orbit, SOLAR_BODY_TRIBE, 0), >=, 0);
  g_assert_cmpfloat (solar_orbit_get_ring_radius (orbit, SOLAR_ORBIT_TRIBES), >,
                     solar_orbit_get_ring_radius (orbit, SOLAR_ORBIT_OUTER));
  solar_orbit_set_show_tunnel (orbit, FALSE);
  g_assert_cmpint (solar_orbit_find_body (orbit, SOLAR_BODY_TRIBE, 0), ==, -1);
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

  /* Every geometric promise, in both views, with and without the tunnel. */
  for (int variant = 0; variant < 4; variant++)
    {
      static const char * const names[] = { "plain", "tunnel", "latest", "latest-tunnel" };
      static const struct { const char *path; GTestDataFunc func; } tests[] = {
        { "/orbit/fits/", test_layout_fits_every_size },
        { "/orbit/labels-clear-of-rings/", test_labels_clear_of_rings },
        { "/orbit/rings/", test_rings },
        { "/orbit/hit-testing/", test_hit_testing },
        { "/orbit/arrows/reach-everything/", test_every_body_reachable_by_arrows },
      };

      for (guint t = 0; t < G_N_ELEMENTS (tests); t++)
        {
          g_autofree char *path = g_strconcat (tests[t].path, names[variant], NULL);

          g_test_add_data_func (path, GINT_TO_POINTER (variant), tests[t].func);
        }
    }
  g_test_add_data_func ("/orbit/large-text/plain", GINT_TO_POINTER (0), test_large_text);
  g_test_add_data_func ("/orbit/large-text/tunnel", GINT_TO_POINTER (WITH_TUNNEL), test_large_text);
  g_test_add_data_func ("/orbit/large-text/latest", GINT_TO_POINTER (WITH_LATEST), test_large_text);
  g_test_add_data_func ("/orbit/large-text/latest-tunnel", GINT_TO_POINTER (WITH_LATEST | WITH_TUNNEL),
                        test_large_text);
  g_test_add_func ("/orbit/sized-by-audience", test_sized_by_audience);
  g_test_add_func ("/orbit/latest-figures", test_latest_figures);
  g_test_add_func ("/orbit/arrows/follow-the-picture", test_arrows_follow_the_picture);
  g_test_add_func ("/orbit/tunnel", test_tunnel_adds_tribes);

  ret = g_test_run ();
  g_clear_object (&dataset);
  return ret;
}
