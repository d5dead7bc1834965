/* test-timeline.c: a plan's timeline laid out (solar-timeline.c) and drawn
 * (solar-timeline-render.c) as the screen, the export and the brief show it
 *
 * A 618 plan on RED and Douyin, with 300 KOCs posting the same day, is laid out and
 * drawn: the key dates of its weeks are where the calendar puts them, each a band down the
 * lanes; posts of one platform and day are one element that counts them; no two labels of
 * a lane or of the key dates overlap; the arrow keys' order is time's; the pixels under a
 * milestone, a band and the focus ring are the colours they should be.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "solar-kol.h"
#include "solar-milestone.h"
#include "solar-platform-plan.h"
#include "solar-export.h"
#include "solar-timeline-render.h"

static SolarDataset *dataset;
static SolarKeyDates *key_dates;

/* A 618 plan: a campaign from 10 May to 25 June 2026, milestones on RED and Douyin and one
 * for the whole campaign, 300 KOCs posting on RED on 1 June and a head KOL on Douyin on 618. */
static SolarCampaign *
build_618_plan (void)
{
  SolarCampaign *campaign = solar_campaign_new ();
  g_autoptr(SolarPlatformPlan) red = solar_platform_plan_new ("red");
  g_autoptr(SolarPlatformPlan) douyin = solar_platform_plan_new ("douyin");
  g_autoptr(SolarMilestone) teaser = solar_milestone_new ("Teaser notes", "2026-05-12", "red");
  g_autoptr(SolarMilestone) live = solar_milestone_new ("618 live stream", "2026-06-18", "douyin");
  g_autoptr(SolarMilestone) report = solar_milestone_new ("Results report", "2026-06-25", "");
  g_autoptr(SolarMilestone) undated = solar_milestone_new ("Some day", "", "red");

  solar_campaign_set_name (campaign, "618 serum launch");
  solar_campaign_set_start_date (campaign, "2026-05-10");
  solar_campaign_set_end_date (campaign, "2026-06-25");
  solar_campaign_add_platform (campaign, red);
  solar_campaign_add_platform (campaign, douyin);
  solar_campaign_add_milestone (campaign, teaser);
  solar_campaign_add_milestone (campaign, live);
  solar_campaign_add_milestone (campaign, report);
  solar_campaign_add_milestone (campaign, undated);
  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *name = g_strdup_printf ("KOC %03u", i + 1);
      g_autoptr(SolarKol) koc = solar_kol_new (name, "red", SOLAR_KOL_TIER_KOC);

      solar_kol_set_publish_date (koc, "2026-06-01");
      solar_campaign_add_kol (campaign, koc);
    }
  {
    g_autoptr(SolarKol) head = solar_kol_new ("Beauty host", "douyin", SOLAR_KOL_TIER_HEAD);
    g_autoptr(SolarKol) unscheduled = solar_kol_new ("Later", "douyin", SOLAR_KOL_TIER_MID);

    solar_kol_set_publish_date (head, "2026-06-18");
    solar_campaign_add_kol (campaign, head);
    solar_campaign_add_kol (campaign, unscheduled);
  }
  return campaign;
}

static SolarTimeline *
lay_out (SolarCampaign     *campaign,
         SolarTimelineZoom  zoom)
{
  SolarTimeline *timeline = solar_timeline_new (dataset, key_dates);

  solar_timeline_set_zoom (timeline, zoom);
  solar_timeline_update (timeline, campaign);
  return timeline;
}

static char *
format_day (const GDate *day)
{
  char text[16];

  g_date_strftime (text, sizeof text, "%Y-%m-%d", day);
  return g_strdup (text);
}

static int
find_labelled (SolarTimeline     *timeline,
               SolarTimelineKind  kind,
               const char        *label)
{
  for (guint i = 0; i < solar_timeline_get_n_elements (timeline); i++)
    {
      const SolarTimelineElement *element = solar_timeline_get_element (timeline, i);

      if (element->kind == kind && g_str_equal (element->label, label))
        return i;
    }
  return -1;
}

/* What is shown
 * =============
 */

static void
test_key_dates_and_holidays (void)
{
  g_autoptr(SolarCampaign) campaign = build_618_plan ();
  g_autoptr(SolarTimeline) timeline = lay_out (campaign, SOLAR_TIMELINE_MONTH);
  static const struct { const char *label; const char *day; } expected[] = {
    { "520 Day", "2026-05-20" }, { "618 Shopping Festival", "2026-06-18" },
    { "Dragon Boat Festival", "2026-06-19" },
  };
  int holiday;

  g_assert_false (solar_timeline_is_empty (timeline));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      int index = find_labelled (timeline, SOLAR_TIMELINE_KEY_DATE, expected[i].label);
      g_autofree char *day = NULL;

      g_assert_cmpint (index, >=, 0);
      day = format_day (&solar_timeline_get_element (timeline, index)->first_day);
      g_assert_cmpstr (day, ==, expected[i].day);
    }
  /* Not in these weeks: the Spring Festival; 2026's sales openings are in no source. */
  g_assert_cmpint (find_labelled (timeline, SOLAR_TIMELINE_KEY_DATE, "Spring Festival"), ==, -1);
  g_assert_cmpint (find_labelled (timeline, SOLAR_TIMELINE_KEY_DATE, "Tmall's 618 sales open"), ==, -1);

  holiday = find_labelled (timeline, SOLAR_TIMELINE_HOLIDAY, "Dragon Boat Festival holiday");
  g_assert_cmpint (holiday, >=, 0);
  {
    const SolarTimelineElement *element = solar_timeline_get_element (timeline, holiday);
    g_autofree char *first = format_day (&element->first_day);
    g_autofree char *last = format_day (&element->last_day);

    g_assert_cmpstr (first, ==, "2026-06-19");
    g_assert_cmpstr (last, ==, "2026-06-21");
    g_assert_cmpstr (element->description, ==,
                     "Dragon Boat Festival holiday, days off from 19 Jun 2026 to 21 Jun 2026");
  }
}

static void
test_lanes_and_posts (void)
{
  g_autoptr(SolarCampaign) campaign = build_618_plan ();
  g_autoptr(SolarTimeline) timeline = lay_out (campaign, SOLAR_TIMELINE_MONTH);
  guint posts = 0, milestones = 0;

  g_assert_cmpuint (solar_timeline_get_n_lanes (timeline), ==, 3);
  g_assert_cmpstr (solar_timeline_get_lane (timeline, 0)->title, ==, "Campaign");
  g_assert_cmpstr (solar_timeline_get_lane (timeline, 1)->platform_id, ==, "red");
  g_assert_cmpstr (solar_timeline_get_lane (timeline, 2)->platform_id, ==, "douyin");

  for (guint i = 0; i < solar_timeline_get_n_elements (timeline); i++)
    {
      const SolarTimelineElement *element = solar_timeline_get_element (timeline, i);

      if (element->kind == SOLAR_TIMELINE_POSTS)
        {
          posts++;
          if (element->lane == 1)
            {
              g_assert_cmpuint (element->n_kols, ==, 300);
              g_assert_cmpstr (element->label, ==, "300 KOL posts");
              g_assert_cmpstr (element->description, ==,
                               "300 KOL posts on RED (Xiaohongshu), 1 Jun 2026: KOC 001, KOC 002, "
                               "KOC 003 and 297 more");
            }
          else
            {
              g_assert_cmpstr (element->label, ==, "Beauty host");
              g_assert_cmpstr (element->description, ==, "Beauty host posts on Douyin, 18 Jun 2026");
            }
        }
      else if (element->kind == SOLAR_TIMELINE_MILESTONE)
        milestones++;
    }
  /* The unscheduled KOL and the undated milestone are not drawn. */
  g_assert_cmpuint (posts, ==, 2);
  g_assert_cmpuint (milestones, ==, 3);
  g_assert_cmpint (solar_timeline_find (timeline, SOLAR_TIMELINE_MILESTONE, 3), ==, -1);
  g_assert_cmpstr (solar_timeline_get_element (timeline,
                                               solar_timeline_find (timeline, SOLAR_TIMELINE_SPAN, 0))->description,
                   ==, "618 serum launch, from 10 May 2026 to 25 Jun 2026");
}

/* Where it goes
 * =============
 */

static gboolean
overlaps (const SolarRect *a,
          const SolarRect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

/* At every zoom: labels never overlap, chips neither, everything is inside the picture,
 * and the elements come in time order (the order of the arrow keys). */
static void
test_geometry (void)
{
  g_autoptr(SolarCampaign) campaign = build_618_plan ();
  double widths[3];

  for (SolarTimelineZoom zoom = SOLAR_TIMELINE_WEEK; zoom <= SOLAR_TIMELINE_QUARTER; zoom++)
    {
      g_autoptr(SolarTimeline) timeline = lay_out (campaign, zoom);
      guint n = solar_timeline_get_n_elements (timeline);
      const GDate *first = solar_timeline_get_first_day (timeline);

      widths[zoom] = solar_timeline_get_width (timeline);
      if (zoom == SOLAR_TIMELINE_WEEK)
        g_assert_cmpint (g_date_get_weekday (first), ==, G_DATE_MONDAY);
      else
        g_assert_cmpint (g_date_get_day (first), ==, 1);
      if (zoom == SOLAR_TIMELINE_QUARTER)
        g_assert_cmpint (g_date_get_month (first), ==, G_DATE_APRIL);

      for (guint i = 0; i < n; i++)
        {
          const SolarTimelineElement *a = solar_timeline_get_element (timeline, i);

          g_assert_cmpfloat (a->label_rect.x + a->label_rect.width, <=, solar_timeline_get_width (timeline));
          g_assert_cmpfloat (a->marker.y + a->marker.height, <=, solar_timeline_get_height (timeline));
          g_assert_cmpfloat (a->marker.x, >=, solar_timeline_get_gutter (timeline));
          if (i > 0)
            g_assert_cmpint (g_date_compare (&solar_timeline_get_element (timeline, i - 1)->first_day,
                                             &a->first_day), <=, 0);
          for (guint j = i + 1; j < n; j++)
            {
              const SolarTimelineElement *b = solar_timeline_get_element (timeline, j);
              gboolean chips = a->kind <= SOLAR_TIMELINE_HOLIDAY && b->kind <= SOLAR_TIMELINE_HOLIDAY;

              if (chips && overlaps (&a->marker, &b->marker))
                g_error ("zoom %d: the chips of %s and %s overlap", zoom, a->label, b->label);
              if (overlaps (&a->label_rect, &b->label_rect))
                g_error ("zoom %d: the labels %s and %s overlap", zoom, a->label, b->label);
            }
        }

      /* A day and its x agree both ways. */
      for (int d = 0; d < 40; d += 3)
        {
          GDate day = *first, found;

          g_date_add_days (&day, d);
          g_assert_true (solar_timeline_day_at_x (timeline, solar_timeline_x_for_day (timeline, &day) + 0.5,
                                                  &found));
          g_assert_cmpint (g_date_compare (&day, &found), ==, 0);
        }
      g_assert_false (solar_timeline_day_at_x (timeline, solar_timeline_get_gutter (timeline) - 1,
                                               &(GDate) { 0 }));
    }
  g_assert_cmpfloat (widths[SOLAR_TIMELINE_WEEK], >, widths[SOLAR_TIMELINE_MONTH]);
  g_assert_cmpfloat (widths[SOLAR_TIMELINE_MONTH], >, widths[SOLAR_TIMELINE_QUARTER]);
}

static void
test_hit_and_step (void)
{
  g_autoptr(SolarCampaign) campaign = build_618_plan ();
  g_autoptr(SolarTimeline) timeline = lay_out (campaign, SOLAR_TIMELINE_WEEK);
  int live = solar_timeline_find (timeline, SOLAR_TIMELINE_MILESTONE, 1);
  const SolarTimelineElement *element = solar_timeline_get_element (timeline, live);
  int n = (int)solar_timeline_get_n_elements (timeline);

  g_assert_cmpint (solar_timeline_hit_test (timeline, element->marker.x + element->marker.width / 2,
                                            element->marker.y + element->marker.height / 2), ==, live);
  g_assert_cmpint (solar_timeline_hit_test (timeline, element->label_rect.x + 2,
                                            element->label_rect.y + 2), ==, live);
  g_assert_cmpint (solar_timeline_hit_test (timeline, 2, 2), ==, -1);
  g_assert_cmpint (solar_timeline_step (timeline, -1, 1), ==, 0);
  g_assert_cmpint (solar_timeline_step (timeline, -1, -1), ==, n - 1);
  g_assert_cmpint (solar_timeline_step (timeline, live, 1), ==, live + 1);
  g_assert_cmpint (solar_timeline_step (timeline, n - 1, 1), ==, n - 1);
  g_assert_cmpint (solar_timeline_step (timeline, 0, -5), ==, 0);
}

static void
test_empty_plan (void)
{
  g_autoptr(SolarCampaign) campaign = solar_campaign_new ();
  g_autoptr(SolarTimeline) timeline = lay_out (campaign, SOLAR_TIMELINE_MONTH);
  g_autoptr(GError) error = NULL;

  g_assert_true (solar_timeline_is_empty (timeline));
  g_assert_cmpuint (solar_timeline_get_n_elements (timeline), ==, 0);
  g_assert_false (solar_export_timeline (timeline, "/nonexistent/x.png", FALSE, &error));
  g_assert_error (error, SOLAR_EXPORT_ERROR, SOLAR_EXPORT_ERROR_EMPTY);
  g_assert_cmpstr (error->message, ==,
                   "The plan has no dates, so it has no timeline; give it a start and end date, "
                   "or date its milestones");
}

/* Pixels
 * ======
 */

typedef struct
{
  cairo_surface_t *surface;
} Picture;

static cairo_surface_t *
draw_pinned (SolarTimeline *timeline,
             gboolean       dark,
             int            focused,
             double         pinned_gutter_x)
{
  int width = (int)solar_timeline_get_width (timeline) + 1;
  int height = (int)solar_timeline_get_height (timeline) + 1;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  SolarTimelineRenderOptions options = { focused, -1, TRUE, NULL, NULL, pinned_gutter_x };
  SolarRenderStyle style;

  solar_render_style_init (&style, dark, FALSE);
  solar_render_timeline (cr, timeline, &style, &options);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static cairo_surface_t *
draw (SolarTimeline *timeline,
      gboolean       dark,
      int            focused)
{
  return draw_pinned (timeline, dark, focused, 0);
}

static void
pixel_at (cairo_surface_t *surface,
          double           x,
          double           y,
          guint            rgb[3])
{
  guchar *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 value = *(guint32 *)(data + (int)y * stride + (int)x * 4);

  rgb[0] = (value >> 16) & 0xff;
  rgb[1] = (value >> 8) & 0xff;
  rgb[2] = value & 0xff;
}

static void
assert_near (const guint  rgb[3],
             const double expected[3],
             guint        tolerance,
             const char  *what)
{
  for (guint c = 0; c < 3; c++)
    if (ABS ((int)rgb[c] - (int)(expected[c] * 255 + 0.5)) > (int)tolerance)
      g_error ("%s: pixel %u,%u,%u, expected about %.0f,%.0f,%.0f", what, rgb[0], rgb[1], rgb[2],
               expected[0] * 255, expected[1] * 255, expected[2] * 255);
}

static void
test_pixels (void)
{
  g_autoptr(SolarCampaign) campaign = build_618_plan ();
  g_autoptr(SolarTimeline) timeline = lay_out (campaign, SOLAR_TIMELINE_WEEK);
  int live = solar_timeline_find (timeline, SOLAR_TIMELINE_MILESTONE, 1);
  int band = find_labelled (timeline, SOLAR_TIMELINE_KEY_DATE, "520 Day");
  const SolarTimelineElement *milestone = solar_timeline_get_element (timeline, live);
  const SolarTimelineElement *key_date = solar_timeline_get_element (timeline, band);
  const SolarTimelineLane *douyin = solar_timeline_get_lane (timeline, 2);
  double centre_x = milestone->marker.x + milestone->marker.width / 2;
  double centre_y = milestone->marker.y + milestone->marker.height / 2;
  double band_x = solar_timeline_x_for_day (timeline, &key_date->first_day) +
                  solar_timeline_get_day_width (timeline) / 2;
  double ring_x = MIN (milestone->marker.x, milestone->label_rect.x) - 3;
  double background[3] = { 0xfa / 255.0, 0xfa / 255.0, 0xfa / 255.0 };
  double highlight[3] = { 0x35 / 255.0, 0x84 / 255.0, 0xe4 / 255.0 };
  double douyin_colour[3] = { douyin->color.red, douyin->color.green, douyin->color.blue };
  cairo_surface_t *plain = draw (timeline, FALSE, -1);
  cairo_surface_t *focused = draw (timeline, FALSE, live);
  cairo_surface_t *dark = draw (timeline, TRUE, -1);
  guint rgb[3];

  /* The milestone's diamond is Douyin's colour. */
  pixel_at (plain, centre_x, centre_y, rgb);
  assert_near (rgb, douyin_colour, 8, "the 618 live stream's diamond");

  /* The 520 band runs down through the lanes (below the chips): reddish on the light
   * background, more red than green or blue. */
  pixel_at (plain, band_x, douyin->y + douyin->height - 3, rgb);
  g_assert_cmpuint (rgb[0], >, rgb[1] + 10);
  g_assert_cmpuint (rgb[0], >, rgb[2] + 10);
  /* A day beside it is not. */
  pixel_at (plain, band_x + 2 * solar_timeline_get_day_width (timeline), douyin->y + douyin->height - 3, rgb);
  g_assert_cmpuint (ABS ((int)rgb[0] - (int)rgb[1]), <, 6);

  /* The focus ring, left of the milestone, only when it is focused. */
  pixel_at (plain, ring_x, centre_y, rgb);
  g_assert_cmpuint (ABS ((int)rgb[2] - (int)rgb[0]), <, 30);
  pixel_at (focused, ring_x, centre_y, rgb);
  assert_near (rgb, highlight, 40, "the focus ring");

  /* Dark: the background of a lane is dark, not the light one. */
  pixel_at (dark, solar_timeline_get_width (timeline) - 4, douyin->y + 4, rgb);
  g_assert_cmpuint (rgb[0], <, 0x40);
  pixel_at (plain, solar_timeline_get_width (timeline) - 4, douyin->y + 4, rgb);
  assert_near (rgb, background, 12, "the light background");

  cairo_surface_destroy (plain);
  cairo_surface_destroy (focused);
  cairo_surface_destroy (dark);
}

/* Scrolled sideways, a view keeps its lane titles in sight: drawn from where it starts,
 * they are the very pixels of the titles at the left edge, over the picture that passes
 * under them, with a rule at their edge. */
static void
test_pinned_lane_titles (void)
{
  g_autoptr(SolarCampaign) campaign = build_618_plan ();
  g_autoptr(SolarTimeline) timeline = lay_out (campaign, SOLAR_TIMELINE_WEEK);
  int gutter = (int)solar_timeline_get_gutter (timeline);
  int scrolled = 400;
  cairo_surface_t *plain = draw (timeline, FALSE, -1);
  cairo_surface_t *pinned = draw_pinned (timeline, FALSE, -1, scrolled);
  guint differing = 0, title_pixels = 0;

  g_assert_cmpint (scrolled + gutter, <, (int)solar_timeline_get_width (timeline));
  for (int y = (int)solar_timeline_get_header_height (timeline) + 1;
       y < (int)solar_timeline_get_height (timeline); y++)
    for (int x = 0; x < gutter; x++)
      {
        guint left[3], moved[3], under[3];

        pixel_at (plain, x, y, left);
        pixel_at (pinned, scrolled + x, y, moved);
        pixel_at (plain, scrolled + x, y, under);
        if (left[0] != moved[0] || left[1] != moved[1] || left[2] != moved[2])
          g_error ("pinned lane titles differ at %d,%d", x, y);
        differing += under[0] != moved[0] || under[1] != moved[1] || under[2] != moved[2];
        title_pixels += left[0] < 0x80;
      }
  /* Something of the titles is drawn, and it hides what was there. */
  g_assert_cmpuint (title_pixels, >, 50);
  g_assert_cmpuint (differing, >, 50);
  cairo_surface_destroy (plain);
  cairo_surface_destroy (pinned);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "en", TRUE);
  g_test_init (&argc, &argv, NULL);

  dataset = solar_dataset_load_default (&error);
  g_assert_no_error (error);
  key_dates = solar_key_dates_load_default (&error);
  g_assert_no_error (error);

  g_test_add_func ("/timeline/key-dates-and-holidays", test_key_dates_and_holidays);
  g_test_add_func ("/timeline/lanes-and-posts", test_lanes_and_posts);
  g_test_add_func ("/timeline/geometry", test_geometry);
  g_test_add_func ("/timeline/hit-and-step", test_hit_and_step);
  g_test_add_func ("/timeline/empty-plan", test_empty_plan);
  g_test_add_func ("/timeline/pixels", test_pixels);
  g_test_add_func ("/timeline/pinned-lane-titles", test_pinned_lane_titles);
  status = g_test_run ();
  g_object_unref (dataset);
  g_object_unref (key_dates);
  return status;
}
