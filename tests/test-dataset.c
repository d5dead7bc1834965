/* test-dataset.c: the shipped dataset, and what the loader tells a data editor about bad files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "solar-dataset.h"
#include "solar-json.h"

/* The shipped dataset
 * ===================
 */

static SolarDataset *
load_default (void)
{
  g_autoptr(GError) error = NULL;
  SolarDataset *dataset;

  dataset = solar_dataset_load_default (&error);
  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  return dataset;
}

/* Whether @text, in either language, holds @needle. */
static gboolean
text_has (const SolarText *text,
          const char      *needle)
{
  return text != NULL && ((text->en != NULL && strstr (text->en, needle) != NULL) ||
                          (text->zh != NULL && strstr (text->zh, needle) != NULL));
}

static SolarPlatform *
get_platform (SolarDataset *dataset,
              const char   *platform_id)
{
  SolarPlatform *platform = solar_dataset_find_platform (dataset, platform_id);

  if (platform == NULL)
    g_error ("platform “%s” is missing from the shipped dataset", platform_id);
  g_assert_cmpstr (solar_platform_get_id (platform), ==, platform_id);
  return platform;
}

static SolarFigure *
assert_figure (SolarDataset *dataset,
               const char   *platform_id,
               const char   *figure_id,
               double        value,
               SolarUnit     unit)
{
  SolarPlatform *platform = get_platform (dataset, platform_id);
  SolarFigure *figure = solar_platform_find_figure (platform, figure_id);

  if (figure == NULL)
    g_error ("figure “%s” of “%s” is missing", figure_id, platform_id);
  g_assert_cmpstr (solar_figure_get_id (figure), ==, figure_id);
  g_assert_cmpfloat (solar_figure_get_value (figure), ==, value);
  g_assert_cmpint (solar_figure_get_unit (figure), ==, unit);
  g_assert_nonnull (solar_figure_get_label (figure));
  if (solar_figure_is_from_report (figure))
    g_assert_cmpstr (solar_figure_get_source_title (figure), ==,
                     "China's Social Solar System (industry report)");
  return figure;
}

static void
assert_size_figure (SolarDataset *dataset,
                    const char   *platform_id,
                    const char   *figure_id)
{
  SolarPlatform *platform = get_platform (dataset, platform_id);
  SolarFigure *figure = solar_platform_get_size_figure (platform);

  g_assert_nonnull (figure);
  g_assert_cmpstr (solar_figure_get_id (figure), ==, figure_id);
}

static void
assert_audience (SolarDataset *dataset,
                 const char   *platform_id,
                 double        male,
                 double        female)
{
  const SolarAudience *audience = solar_platform_get_audience (get_platform (dataset, platform_id));
  SolarShare *share;

  g_assert_nonnull (audience);
  g_assert_cmpuint (audience->split->len, ==, 2);

  share = g_ptr_array_index (audience->split, 0);
  g_assert_cmpstr (share->id, ==, "male");
  g_assert_cmpstr (share->label->en, ==, "Male");
  g_assert_cmpfloat (share->share, ==, male);

  share = g_ptr_array_index (audience->split, 1);
  g_assert_cmpstr (share->id, ==, "female");
  g_assert_cmpstr (share->label->en, ==, "Female");
  g_assert_cmpfloat (share->share, ==, female);
}

static void
test_default_platforms (void)
{
  g_autoptr(SolarDataset) dataset = load_default ();
  GListModel *platforms = solar_dataset_get_platforms (dataset);
  static const char * const core_ids[] = { "wechat", "weibo", "douyin", "red" };
  static const char * const derivative_ids[] = {
    "zhihu", "bilibili", "tencent-video", "iqiyi", "youku", "mango-tv",
  };
  static const char * const later_ids[] = { "kuaishou", "wechat-channels" };
  guint n_core = 0;
  guint n_derivative = 0;
  guint n_later = 0;

  g_assert_cmpuint (g_list_model_get_n_items (platforms), ==, 12);

  for (guint i = 0; i < g_list_model_get_n_items (platforms); i++)
    {
      g_autoptr(SolarPlatform) platform = g_list_model_get_item (platforms, i);
      const SolarText *name = solar_platform_get_name (platform);

      g_assert_nonnull (name);
      g_assert_nonnull (name->en);
      if (name->zh == NULL || *name->zh == '\0')
        g_error ("platform “%s” has no Chinese name", solar_platform_get_id (platform));
      g_assert_nonnull (solar_platform_get_positioning (platform));
      g_assert_nonnull (solar_platform_get_summary (platform));
      g_assert_true (solar_dataset_find_platform (dataset, solar_platform_get_id (platform)) ==
                     platform);

      if (solar_platform_get_tier (platform) == SOLAR_TIER_CORE)
        n_core++;
      else if (solar_platform_get_tier (platform) == SOLAR_TIER_DERIVATIVE)
        n_derivative++;
      else
        n_later++;
      g_assert_true (solar_platform_is_in_report (platform) ==
                     (solar_platform_get_tier (platform) != SOLAR_TIER_NOT_IN_REPORT));
    }
  g_assert_cmpuint (n_core, ==, 4);
  g_assert_cmpuint (n_derivative, ==, 6);
  g_assert_cmpuint (n_later, ==, 2);
  for (guint i = 0; i < G_N_ELEMENTS (later_ids); i++)
    g_assert_false (solar_platform_is_in_report (get_platform (dataset, later_ids[i])));

  for (guint i = 0; i < G_N_ELEMENTS (core_ids); i++)
    g_assert_cmpint (solar_platform_get_tier (get_platform (dataset, core_ids[i])), ==,
                     SOLAR_TIER_CORE);
  for (guint i = 0; i < G_N_ELEMENTS (derivative_ids); i++)
    g_assert_cmpint (solar_platform_get_tier (get_platform (dataset, derivative_ids[i])), ==,
                     SOLAR_TIER_DERIVATIVE);

  g_assert_null (solar_dataset_find_platform (dataset, "weixin"));

  g_assert_cmpstr (solar_dataset_get_tier_name (dataset, SOLAR_TIER_CORE)->en, ==,
                   "Core platforms");
  g_assert_cmpstr (solar_dataset_get_tier_name (dataset, SOLAR_TIER_DERIVATIVE)->en, ==,
                   "Derivative platforms");
  g_assert_nonnull (solar_dataset_get_tier_description (dataset, SOLAR_TIER_CORE));
  g_assert_nonnull (solar_dataset_get_tier_description (dataset, SOLAR_TIER_DERIVATIVE));
}

static void
test_default_figures (void)
{
  g_autoptr(SolarDataset) dataset = load_default ();
  SolarFigure *figure;

  /* WeChat */
  figure = assert_figure (dataset, "wechat", "mau", 1.2e9, SOLAR_UNIT_PEOPLE);
  g_assert_cmpstr (solar_figure_get_as_of (figure), ==, "2020-08");
  g_assert_cmpstr (solar_figure_get_label (figure)->en, ==, "Monthly active users");
  figure = assert_figure (dataset, "wechat", "mini-program-users", 4e8, SOLAR_UNIT_PEOPLE);
  /* Given among "three major WeChat updates in 2020"; the report dates no other figure
   * (issue 17's audit), which then has no date rather than the report's year. */
  g_assert_cmpstr (solar_figure_get_as_of (figure), ==, "2020");
  assert_size_figure (dataset, "wechat", "mau");

  /* Weibo: the figure was attributed from a jumbled slide, which the note says */
  figure = assert_figure (dataset, "weibo", "dau", 2e8, SOLAR_UNIT_PEOPLE);
  g_assert_null (solar_figure_get_as_of (figure));
  g_assert_nonnull (solar_figure_get_note (figure));
  g_assert_nonnull (solar_figure_get_note (figure)->en);
  assert_size_figure (dataset, "weibo", "dau");
  assert_audience (dataset, "weibo", 45.4, 54.6);

  /* Douyin */
  assert_figure (dataset, "douyin", "dau", 6e8, SOLAR_UNIT_PEOPLE);
  assert_figure (dataset, "douyin", "daily-video-searches", 4e8, SOLAR_UNIT_COUNT);
  figure = assert_figure (dataset, "douyin", "daily-time", 57, SOLAR_UNIT_MINUTES_PER_DAY);
  g_assert_nonnull (solar_figure_get_note (figure));
  assert_size_figure (dataset, "douyin", "dau");

  /* RED: the source gives an audience split but no size; its one figure is a later source's */
  assert_audience (dataset, "red", 12, 88);
  g_assert_null (solar_platform_get_size_figure (get_platform (dataset, "red")));
  figure = assert_figure (dataset, "red", "mau", 3e8, SOLAR_UNIT_PEOPLE);
  g_assert_false (solar_figure_is_from_report (figure));
  g_assert_cmpint (solar_figure_get_measure (figure), ==, SOLAR_MEASURE_MONTHLY_ACTIVE_USERS);

  /* Zhihu and bilibili */
  assert_figure (dataset, "zhihu", "mau", 2e7, SOLAR_UNIT_PEOPLE);
  assert_figure (dataset, "zhihu", "total-qa", 2.84e8, SOLAR_UNIT_COUNT);
  assert_figure (dataset, "bilibili", "mau", 2e8, SOLAR_UNIT_PEOPLE);
  assert_figure (dataset, "bilibili", "daily-time", 75, SOLAR_UNIT_MINUTES_PER_DAY);

  /* Video and OTT */
  assert_figure (dataset, "tencent-video", "mau", 5.8e8, SOLAR_UNIT_PEOPLE);
  assert_figure (dataset, "iqiyi", "mau", 6.7e8, SOLAR_UNIT_PEOPLE);
  assert_figure (dataset, "youku", "mau", 2.4e8, SOLAR_UNIT_PEOPLE);
  assert_figure (dataset, "mango-tv", "mau", 1.9e8, SOLAR_UNIT_PEOPLE);
  assert_size_figure (dataset, "mango-tv", "mau");
}

static void
assert_segment (SolarDataset *dataset,
                guint         position,
                const char   *segment_id,
                double        size)
{
  g_autoptr(SolarSegment) segment = NULL;

  segment = g_list_model_get_item (solar_dataset_get_segments (dataset), position);
  g_assert_nonnull (segment);
  g_assert_cmpstr (solar_segment_get_id (segment), ==, segment_id);
  g_assert_cmpfloat (solar_segment_get_size (segment), ==, size);
  g_assert_cmpstr (solar_segment_get_source_title (segment), ==,
                   "China's Social Solar System (industry report)");
}

static void
test_default_landscape (void)
{
  g_autoptr(SolarDataset) dataset = load_default ();
  GListModel *tribes = solar_dataset_get_tribes (dataset);
  GListModel *trends = solar_dataset_get_trends (dataset);
  guint n_platforms = g_list_model_get_n_items (solar_dataset_get_platforms (dataset));

  g_assert_cmpuint (g_list_model_get_n_items (solar_dataset_get_segments (dataset)), ==, 3);
  assert_segment (dataset, 0, "future-shaper", 215e6);
  assert_segment (dataset, 1, "lifestyle-artist", 1e9);
  assert_segment (dataset, 2, "knowledge-sharer", 300e6);

  g_assert_cmpuint (g_list_model_get_n_items (trends), ==, 4);
  for (guint i = 0; i < g_list_model_get_n_items (trends); i++)
    {
      g_autoptr(SolarTrend) trend = g_list_model_get_item (trends, i);

      g_assert_nonnull (solar_trend_get_title (trend));
      g_assert_nonnull (solar_trend_get_description (trend));
    }

  g_assert_cmpuint (g_list_model_get_n_items (tribes), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (tribes); i++)
    {
      g_autoptr(SolarTribe) tribe = g_list_model_get_item (tribes, i);
      const GArray *indices = solar_tribe_get_platform_indices (tribe);

      if (indices->len == 0)
        g_error ("tribe “%s” links to no platform", solar_tribe_get_id (tribe));
      for (guint j = 0; j < indices->len; j++)
        g_assert_cmpuint (g_array_index (indices, guint, j), <, n_platforms);
    }

  /* The first tribe, foodie, links RED and Douyin, in that order. */
  {
    g_autoptr(SolarTribe) foodie = g_list_model_get_item (tribes, 0);
    const GArray *indices = solar_tribe_get_platform_indices (foodie);
    g_autoptr(SolarPlatform) first = NULL;
    g_autoptr(SolarPlatform) second = NULL;

    g_assert_cmpstr (solar_tribe_get_id (foodie), ==, "foodie");
    g_assert_cmpuint (indices->len, ==, 2);
    first = g_list_model_get_item (solar_dataset_get_platforms (dataset),
                                   g_array_index (indices, guint, 0));
    second = g_list_model_get_item (solar_dataset_get_platforms (dataset),
                                    g_array_index (indices, guint, 1));
    g_assert_cmpstr (solar_platform_get_id (first), ==, "red");
    g_assert_cmpstr (solar_platform_get_id (second), ==, "douyin");
  }
}

static void
test_default_items (void)
{
  g_autoptr(SolarDataset) dataset = load_default ();
  GListModel *platforms = solar_dataset_get_platforms (dataset);
  GListModel *wechat_items = solar_platform_get_items (get_platform (dataset, "wechat"));
  gboolean has_mini_programs = FALSE;
  gboolean has_brand_zone = FALSE;
  SolarItem *item;

  for (guint i = 0; i < g_list_model_get_n_items (platforms); i++)
    {
      g_autoptr(SolarPlatform) platform = g_list_model_get_item (platforms, i);
      g_autofree char *prefix = g_strconcat (solar_platform_get_id (platform), ".", NULL);
      GListModel *items = solar_platform_get_items (platform);

      g_assert_cmpuint (g_list_model_get_n_items (items), >, 0);
      for (guint j = 0; j < g_list_model_get_n_items (items); j++)
        {
          g_autoptr(SolarItem) platform_item = g_list_model_get_item (items, j);
          const char *id = solar_item_get_id (platform_item);

          if (!g_str_has_prefix (id, prefix))
            g_error ("item “%s” does not start with “%s”", id, prefix);
          g_assert_cmpstr (solar_item_get_platform_id (platform_item), ==,
                           solar_platform_get_id (platform));
          g_assert_true (solar_dataset_find_item (dataset, id) == platform_item);
          g_assert_nonnull (solar_item_get_title (platform_item));
          g_assert_nonnull (solar_item_get_description (platform_item));
          if (solar_item_get_kind (platform_item) == SOLAR_ITEM_LEVER)
            g_assert_cmpint (solar_item_get_channel (platform_item), !=, SOLAR_CHANNEL_NONE);
          else
            g_assert_cmpint (solar_item_get_channel (platform_item), ==, SOLAR_CHANNEL_NONE);
        }
    }

  for (guint i = 0; i < g_list_model_get_n_items (wechat_items); i++)
    {
      g_autoptr(SolarItem) wechat_item = g_list_model_get_item (wechat_items, i);
      const char *title = solar_item_get_title (wechat_item)->en;

      has_mini_programs |= g_str_equal (title, "Mini Programs");
      has_brand_zone |= g_str_equal (title, "Brand Zone");
    }
  g_assert_true (has_mini_programs);
  g_assert_true (has_brand_zone);

  item = solar_dataset_find_item (dataset, "wechat.mini-programs");
  g_assert_nonnull (item);
  g_assert_cmpstr (solar_item_get_id (item), ==, "wechat.mini-programs");
  g_assert_cmpstr (solar_item_get_platform_id (item), ==, "wechat");
  g_assert_cmpint (solar_item_get_kind (item), ==, SOLAR_ITEM_FUNCTION);
  g_assert_cmpstr (solar_item_get_title (item)->en, ==, "Mini Programs");
  g_assert_cmpstr (solar_item_get_title (item)->zh, ==, "小程序");
  g_assert_true (g_strv_contains (solar_item_get_tags (item), "commerce"));

  g_assert_null (solar_dataset_find_item (dataset, "wechat.no-such-item"));
  g_assert_null (solar_dataset_find_item (dataset, "mini-programs"));
}

static void
assert_formatted (SolarDataset *dataset,
                  const char   *platform_id,
                  const char   *figure_id,
                  const char   *expected)
{
  SolarFigure *figure = solar_platform_find_figure (get_platform (dataset, platform_id), figure_id);
  g_autofree char *text = NULL;

  g_assert_nonnull (figure);
  text = solar_figure_format_value (figure);
  g_assert_cmpstr (text, ==, expected);
}

static void
assert_accessible_name (SolarDataset *dataset,
                        const char   *platform_id,
                        const char   *expected)
{
  g_autofree char *name = solar_platform_dup_accessible_name (get_platform (dataset, platform_id));

  g_assert_cmpstr (name, ==, expected);
}

static void
test_default_formatting (void)
{
  g_autoptr(SolarDataset) dataset = load_default ();

  assert_formatted (dataset, "wechat", "mau", "1.2 billion");
  assert_formatted (dataset, "douyin", "dau", "600 million");
  assert_formatted (dataset, "douyin", "daily-time", "57 min/day");
  assert_formatted (dataset, "zhihu", "total-qa", "284 million");

  assert_accessible_name (dataset, "wechat",
                          "WeChat 微信, core platform, 1.2 billion monthly active users");
  assert_accessible_name (dataset, "douyin",
                          "Douyin 抖音, core platform, 600 million daily active users");
  assert_accessible_name (dataset, "zhihu",
                          "Zhihu 知乎, derivative platform, 20 million monthly active users");
  /* RED has no size figure, so its largest audience share describes it. */
  assert_accessible_name (dataset, "red",
                          "RED (Xiaohongshu) 小红书, core platform, 88% female audience");
  /* A platform the report does not cover: its newest figure, not its first. */
  assert_accessible_name (dataset, "kuaishou",
                          "Kuaishou 快手, not in the report, 731 million monthly active users");
}

/* Errors a data editor sees
 * =========================
 *
 * Each case starts from two small valid documents and changes one thing. Keep the line
 * layout of these documents: several expectations below give line:column positions in them.
 */

static const char valid_platforms[] =
  "{\n"                                                                                   /*  1 */
  "  \"format\": \"social-solar-platforms\",\n"                                           /*  2 */
  "  \"version\": 1,\n"                                                                   /*  3 */
  "  \"sources\": [\n"                                                                    /*  4 */
  "    { \"id\": \"report-2021\", \"title\": \"China's Social Solar System\", \"date\": \"2021\" }\n"         /*  5 */
  "  ],\n"                                                                                /*  6 */
  "  \"platforms\": [\n"                                                                  /*  7 */
  "    {\n"                                                                               /*  8 */
  "      \"id\": \"wechat\",\n"                                                           /*  9 */
  "      \"name\": { \"en\": \"WeChat\", \"zh\": \"微信\" },\n"                           /* 10 */
  "      \"tier\": \"core\",\n"                                                           /* 11 */
  "      \"color\": \"#07c160\",\n"                                                       /* 12 */
  "      \"positioning\": { \"en\": \"The super app\" },\n"                               /* 13 */
  "      \"summary\": { \"en\": \"China's most important social app.\" },\n"              /* 14 */
  "      \"size_figure\": \"mau\",\n"                                                     /* 15 */
  "      \"figures\": [\n"                                                                /* 16 */
  "        { \"id\": \"mau\", \"label\": { \"en\": \"Monthly active users\" }, \"value\": 1200000000,\n" /* 17 */
  "          \"unit\": \"people\", \"as_of\": \"2020-08\", \"source\": \"report-2021\" },\n"  /* 18 */
  "        { \"id\": \"daily-time\", \"label\": { \"en\": \"Daily time\" }, \"value\": 57,\n" /* 19 */
  "          \"unit\": \"minutes-per-day\", \"as_of\": \"2020\", \"source\": \"report-2021\" }\n" /* 20 */
  "      ],\n"                                                                            /* 21 */
  "      \"audience\": {\n"                                                               /* 22 */
  "        \"as_of\": \"2020\", \"source\": \"report-2021\",\n"                             /* 23 */
  "        \"split\": [\n"                                                                /* 24 */
  "          { \"id\": \"male\", \"label\": { \"en\": \"Male\" }, \"share\": 45.4 },\n"     /* 25 */
  "          { \"id\": \"female\", \"label\": { \"en\": \"Female\" }, \"share\": 54.6 }\n"  /* 26 */
  "        ]\n"                                                                           /* 27 */
  "      },\n"                                                                            /* 28 */
  "      \"items\": [\n"                                                                  /* 29 */
  "        { \"id\": \"wechat.mini-programs\", \"kind\": \"function\",\n"                   /* 30 */
  "          \"title\": { \"en\": \"Mini Programs\" }, \"description\": { \"en\": \"Mini apps.\" },\n" /* 31 */
  "          \"tags\": [\"commerce\", \"crm\"] },\n"                                        /* 32 */
  "        { \"id\": \"wechat.brand-zone\", \"kind\": \"lever\", \"channel\": \"paid\",\n"  /* 33 */
  "          \"title\": { \"en\": \"Brand Zone\" }, \"description\": { \"en\": \"Search ads.\" } }\n" /* 34 */
  "      ]\n"                                                                             /* 35 */
  "    },\n"                                                                              /* 36 */
  "    {\n"                                                                               /* 37 */
  "      \"id\": \"zhihu\",\n"                                                            /* 38 */
  "      \"name\": { \"en\": \"Zhihu\", \"zh\": \"知乎\" },\n"                            /* 39 */
  "      \"tier\": \"derivative\",\n"                                                     /* 40 */
  "      \"color\": \"#0084ff\",\n"                                                       /* 41 */
  "      \"positioning\": { \"en\": \"Expert Q&A\" },\n"                                  /* 42 */
  "      \"summary\": { \"en\": \"Answers from experts.\" },\n"                           /* 43 */
  "      \"figures\": [],\n"                                                              /* 44 */
  "      \"items\": [\n"                                                                  /* 45 */
  "        { \"id\": \"zhihu.expert-qa\", \"kind\": \"content\",\n"                         /* 46 */
  "          \"title\": { \"en\": \"Expert Q&A\" }, \"description\": { \"en\": \"Answers.\" } }\n" /* 47 */
  "      ]\n"                                                                             /* 48 */
  "    }\n"                                                                               /* 49 */
  "  ]\n"                                                                                 /* 50 */
  "}\n";

static const char valid_landscape[] =
  "{\n"                                                                                   /*  1 */
  "  \"format\": \"social-solar-landscape\",\n"                                           /*  2 */
  "  \"version\": 1,\n"                                                                   /*  3 */
  "  \"tiers\": [\n"                                                                      /*  4 */
  "    { \"id\": \"core\", \"name\": { \"en\": \"Core platforms\" },\n"                   /*  5 */
  "      \"description\": { \"en\": \"The inner layer.\" } },\n"                          /*  6 */
  "    { \"id\": \"derivative\", \"name\": { \"en\": \"Derivative platforms\" },\n"       /*  7 */
  "      \"description\": { \"en\": \"The outer layer.\" } }\n"                           /*  8 */
  "  ],\n"                                                                                /*  9 */
  "  \"creator_segments\": [\n"                                                           /* 10 */
  "    { \"id\": \"future-shaper\", \"name\": { \"en\": \"Future Shaper\" },\n"           /* 11 */
  "      \"description\": { \"en\": \"Gen Z creators.\" }, \"size\": 215000000, \"source\": \"report-2021\" }\n" /* 12 */
  "  ],\n"                                                                                /* 13 */
  "  \"trends\": [\n"                                                                     /* 14 */
  "    { \"id\": \"third-space\", \"title\": { \"en\": \"Third space\" },\n"              /* 15 */
  "      \"description\": { \"en\": \"Places online.\" } }\n"                             /* 16 */
  "  ],\n"                                                                                /* 17 */
  "  \"tribes\": [\n"                                                                     /* 18 */
  "    { \"id\": \"foodie\", \"kind\": \"interest\", \"name\": { \"en\": \"Foodie\", \"zh\": \"吃货\" },\n" /* 19 */
  "      \"description\": { \"en\": \"Food lovers.\" }, \"platforms\": [\"zhihu\", \"wechat\"] }\n" /* 20 */
  "  ]\n"                                                                                 /* 21 */
  "}\n";

/* @text with its only occurrence of @needle replaced; the needle must occur exactly once, so a
 * change to the documents above cannot silently make a case test something else. */
static char *
replace_once (const char *text,
              const char *needle,
              const char *replacement)
{
  const char *found = strstr (text, needle);

  if (found == NULL)
    g_error ("“%s” does not occur in the document", needle);
  if (strstr (found + 1, needle) != NULL)
    g_error ("“%s” occurs more than once in the document", needle);

  return g_strdup_printf ("%.*s%s%s", (int)(found - text), text, replacement,
                          found + strlen (needle));
}

static SolarDataset *
load_bytes (const char  *platforms,
            gsize        platforms_length,
            const char  *landscape,
            gsize        landscape_length,
            GError     **error)
{
  g_autoptr(GBytes) platforms_bytes = g_bytes_new_static (platforms, platforms_length);
  g_autoptr(GBytes) landscape_bytes = g_bytes_new_static (landscape, landscape_length);

  return solar_dataset_new_from_bytes (platforms_bytes, "platforms.json",
                                       landscape_bytes, "landscape.json", error);
}

static SolarDataset *
load_strings (const char  *platforms,
              const char  *landscape,
              GError     **error)
{
  return load_bytes (platforms, strlen (platforms), landscape, strlen (landscape), error);
}

/* Asserts the documents are rejected with exactly @message. */
static void
assert_rejected_full (const char     *platforms,
                      gsize           platforms_length,
                      const char     *landscape,
                      gsize           landscape_length,
                      SolarJsonError  code,
                      const char     *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SolarDataset) dataset = NULL;

  dataset = load_bytes (platforms, platforms_length, landscape, landscape_length, &error);

  g_assert_null (dataset);
  g_assert_error (error, SOLAR_JSON_ERROR, (int) code);
  g_assert_cmpstr (error->message, ==, message);
}

static void
assert_rejected (const char     *platforms,
                 const char     *landscape,
                 SolarJsonError  code,
                 const char     *message)
{
  assert_rejected_full (platforms, strlen (platforms), landscape, strlen (landscape),
                        code, message);
}

typedef struct
{
  const char     *name;         /* the test case's name */
  gboolean        landscape;    /* change landscape.json rather than platforms.json */
  const char     *needle;
  const char     *replacement;
  SolarJsonError  code;
  const char     *message;      /* the whole message, as the data editor reads it */
} Mutation;


static const Mutation mutations[] = {
  /* Types and required members */
  { "figure-value-string", FALSE,
    "\"value\": 1200000000", "\"value\": \"1.2 billion\"",
    SOLAR_JSON_ERROR_TYPE,
    "platforms.json: $.platforms[0].figures[0].value: expected a number, got a string" },
  { "figure-value-null", FALSE,
    "\"value\": 1200000000", "\"value\": null",
    SOLAR_JSON_ERROR_TYPE,
    "platforms.json: $.platforms[0].figures[0].value: expected a number, got null" },
  { "text-not-object", FALSE,
    "\"name\": { \"en\": \"WeChat\", \"zh\": \"微信\" }", "\"name\": \"WeChat\"",
    SOLAR_JSON_ERROR_TYPE,
    "platforms.json: $.platforms[0].name: expected an object, got a string" },
  { "figures-not-array", FALSE,
    "\"figures\": [],", "\"figures\": {},",
    SOLAR_JSON_ERROR_TYPE,
    "platforms.json: $.platforms[1].figures: expected an array, got an object" },
  { "source-not-object", FALSE,
    "{ \"id\": \"report-2021\", \"title\": \"China's Social Solar System\", \"date\": \"2021\" }", "\"report-2021\"",
    SOLAR_JSON_ERROR_TYPE,
    "platforms.json: $.sources[0]: expected an object, got a string" },
  { "tag-not-string", FALSE,
    "\"tags\": [\"commerce\", \"crm\"]", "\"tags\": [\"commerce\", 7]",
    SOLAR_JSON_ERROR_TYPE,
    "platforms.json: $.platforms[0].items[0].tags[1]: expected a string" },
  { "platform-name-missing", FALSE,
    "      \"name\": { \"en\": \"WeChat\", \"zh\": \"微信\" },\n", "",
    SOLAR_JSON_ERROR_MISSING,
    "platforms.json: $.platforms[0].name: required member is missing" },
  { "text-en-missing", FALSE,
    "\"name\": { \"en\": \"WeChat\", \"zh\": \"微信\" }", "\"name\": { \"zh\": \"微信\" }",
    SOLAR_JSON_ERROR_MISSING,
    "platforms.json: $.platforms[0].name.en: required member is missing" },
  { "text-en-empty", FALSE,
    "\"name\": { \"en\": \"WeChat\", \"zh\": \"微信\" }", "\"name\": { \"en\": \"\", \"zh\": \"微信\" }",
    SOLAR_JSON_ERROR_VALUE,
    "platforms.json: $.platforms[0].name.en: expected a non-empty text" },
  { "platforms-missing", FALSE,
    "\"platforms\": [", "\"planets\": [",
    SOLAR_JSON_ERROR_MISSING,
    "platforms.json: $.platforms: required member is missing" },

  /* Unique ids */
  { "duplicate-platform", FALSE,
    "\"id\": \"zhihu\",", "\"id\": \"wechat\",",
    SOLAR_JSON_ERROR_DUPLICATE,
    "platforms.json: $.platforms[1].id: platform id “wechat” is used twice; ids must be unique" },
  { "duplicate-item", FALSE,
    "\"id\": \"wechat.brand-zone\"", "\"id\": \"wechat.mini-programs\"",
    SOLAR_JSON_ERROR_DUPLICATE,
    "platforms.json: $.platforms[0].items[1].id: "
    "item id “wechat.mini-programs” is used twice; ids must be unique" },
  /* Item ids are unique across the dataset, but the same id cannot appear on two platforms
   * without breaking the prefix rule, which is checked first and names the right fix. */
  { "duplicate-item-other-platform", FALSE,
    "\"id\": \"zhihu.expert-qa\"", "\"id\": \"wechat.mini-programs\"",
    SOLAR_JSON_ERROR_VALUE,
    "platforms.json: $.platforms[1].items[0].id: "
    "item id “wechat.mini-programs” must start with its platform's id, “zhihu.”" },
  { "duplicate-figure", FALSE,
    "{ \"id\": \"daily-time\"", "{ \"id\": \"mau\"",
    SOLAR_JSON_ERROR_DUPLICATE,
    "platforms.json: $.platforms[0].figures[1].id: figure id “mau” is used twice; ids must be unique" },
  { "duplicate-tier", TRUE,
    "\"id\": \"derivative\"", "\"id\": \"core\"",
    SOLAR_JSON_ERROR_DUPLICATE,
    "landscape.json: $.tiers[1].id: tier id “core” is used twice; ids must be unique" },

  /* References */
  { "size-figure-unknown", FALSE,
    "\"size_figure\": \"mau\"", "\"size_figure\": \"dau\"",
    SOLAR_JSON_ERROR_REFERENCE,
    "platforms.json: $.platforms[0].size_figure: no figure of this platform has the id “dau”" },
  { "size-figure-not-people", FALSE,
    "\"size_figure\": \"mau\"", "\"size_figure\": \"daily-time\"",
    SOLAR_JSON_ERROR_REFERENCE,
    "platforms.json: $.platforms[0].size_figure: figure “daily-time” does not count people, "
    "so it cannot size the platform's body" },
  { "figure-source-unknown", FALSE,
    "\"as_of\": \"2020-08\", \"source\": \"report-2021\"",
    "\"as_of\": \"2020-08\", \"source\": \"report-2020\"",
    SOLAR_JSON_ERROR_REFERENCE,
    "platforms.json: $.platforms[0].figures[0].source: "
    "no source has the id “report-2020”; add it to “sources” in platforms.json" },
  { "tribe-platform-unknown", TRUE,
    "[\"zhihu\", \"wechat\"]", "[\"weixin\", \"wechat\"]",
    SOLAR_JSON_ERROR_REFERENCE,
    "landscape.json: $.tribes[0].platforms[0]: no platform has the id “weixin”; "
    "expected the id of a platform in platforms.json" },
  { "segment-source-unknown", TRUE,
    "\"source\": \"report-2021\"", "\"source\": \"report-2020\"",
    SOLAR_JSON_ERROR_REFERENCE,
    "landscape.json: $.creator_segments[0].source: "
    "no source has the id “report-2020”; add it to “sources” in platforms.json" },

  /* Enumerations */
  { "tier-unknown", FALSE,
    "\"tier\": \"core\"", "\"tier\": \"moon\"",
    SOLAR_JSON_ERROR_VALUE,
    "platforms.json: $.platforms[0].tier: expected one of “core”, “derivative”, “not-in-report”, got “moon”" },
  { "item-kind-unknown", FALSE,
    "\"kind\": \"function\"", "\"kind\": \"banner\"",
    SOLAR_JSON_ERROR_VALUE,
    "platforms.json: $.platforms[0].items[0].kind: "
    "expected one of “function”, “content”, “lever”, “format”, “tip”, got “banner”" },
  { "unit-unknown", FALSE,
    "\"unit\": \"people\"", "\"unit\": \"users\"",
    SOLAR_JSON_ERROR_VALUE,
    "platforms.json: $.platforms[0].figures[0].unit: "
    "expected one of “people”, “percent”, “minutes-per-day”, “count”, got “users”" },
  { "lever-without-channel", FALSE,
    "\"channel\": \"paid\",", "",
    SOLAR_JSON_ERROR_MISSING,
    "platforms.json: $.platforms[0].items[1].channel: required member is missing" },
  { "lever-channel-unknown", FALSE,
    "\"channel\": \"paid\"", "\"channel\": \"free\"",
    SOLAR_JSON_ERROR_VALUE,
    "platforms.json: $.platforms[0].items[1].channel: "
    "expected one of “owned”, “earned”, “paid”, got “free”" },
  { "lever-channel-none", FALSE,
    "\"channel\": \"paid\"", "\"channel\": \"none\"",
    SOLAR_JSON_ERROR_VALUE,
    "platforms.json: $.platforms[0].items[1].channel: "
    "expected one of “owned”, “earned”, “paid”, got “none”" },
  { "tribe-kind-unknown", TRUE,
    "\"kind\": \"interest\"", "\"kind\": \"hobby\"",
    SOLAR_JSON_ERROR_VALUE,
    "landscape.json: $.tribes[0].kind: expected one of “interest”, “subculture”, got “hobby”" },
  { "landscape-tier-unknown", TRUE,
    "\"id\": \"derivative\"", "\"id\": \"outer\"",
    SOLAR_JSON_ERROR_VALUE,
    "landscape.json: $.tiers[1].id: expected one of “core”, “derivative”, “not-in-report”, got “outer”" },

  /* Ids */
  { "item-id-other-prefix", FALSE,
    "\"id\": \"wechat.mini-programs\"", "\"id\": \"weibo.mini-programs\"",
    SOLAR_JSON_ERROR_VALUE,
    "platforms.json: $.platforms[0].items[0].id: "
    "item id “weibo.mini-programs” must start with its platform's id, “wechat.”" },
  { "item-id-undotted", FALSE,
    "\"id\": \"wechat.mini-programs\"", "\"id\": \"mini-programs\"",
    SOLAR_JSON_ERROR_VALUE,
    "platforms.json: $.platforms[0].items[0].id: “mini-programs” is not a valid id; "
    "expected lowercase letters, digits and hyphens in the form “platform.item”" },
  { "item-id-uppercase", FALSE,
    "\"id\": \"wechat.mini-programs\"", "\"id\": \"wechat.Mini-Programs\"",
    SOLAR_JSON_ERROR_VALUE,
    "platforms.json: $.platforms[0].items[0].id: “wechat.Mini-Programs” is not a valid id; "
    "expected lowercase letters, digits and hyphens in the form “platform.item”" },
  { "platform-id-uppercase", FALSE,
    "\"id\": \"wechat\"", "\"id\": \"WeChat\"",
    SOLAR_JSON_ERROR_VALUE,
    "platforms.json: $.platforms[0].id: “WeChat” is not a valid id; "
    "expected lowercase letters, digits and hyphens" },
  { "platform-id-space", FALSE,
    "\"id\": \"zhihu\"", "\"id\": \"zhi hu\"",
    SOLAR_JSON_ERROR_VALUE,
    "platforms.json: $.platforms[1].id: “zhi hu” is not a valid id; "
    "expected lowercase letters, digits and hyphens" },

  /* Values */
  { "figure-value-negative", FALSE,
    "\"value\": 1200000000", "\"value\": -1",
    SOLAR_JSON_ERROR_VALUE,
    "platforms.json: $.platforms[0].figures[0].value: expected a number of zero or more, got -1" },
  /* Caught before parsing, with its line and column (it would otherwise load as infinity). */
  { "figure-value-infinite", FALSE,
    "\"value\": 1200000000", "\"value\": 1e999",
    SOLAR_JSON_ERROR_VALUE,
    "platforms.json:17:76: number out of range: it is larger than about 1e308" },
  { "segment-size-negative", TRUE,
    "\"size\": 215000000", "\"size\": -215000000",
    SOLAR_JSON_ERROR_VALUE,
    "landscape.json: $.creator_segments[0].size: expected a number of zero or more, got -2.15e+08" },
  { "shares-not-100", FALSE,
    "\"share\": 45.4", "\"share\": 40.4",
    SOLAR_JSON_ERROR_VALUE,
    "platforms.json: $.platforms[0].audience.split: the shares add up to 95%; expected 100%" },
  { "color-short", FALSE,
    "\"color\": \"#07c160\"", "\"color\": \"#12345\"",
    SOLAR_JSON_ERROR_VALUE,
    "platforms.json: $.platforms[0].color: expected a colour as #rrggbb, got “#12345”" },
  { "color-name", FALSE,
    "\"color\": \"#07c160\"", "\"color\": \"green\"",
    SOLAR_JSON_ERROR_VALUE,
    "platforms.json: $.platforms[0].color: expected a colour as #rrggbb, got “green”" },
  { "as-of-words", FALSE,
    "\"as_of\": \"2020-08\"", "\"as_of\": \"Aug 2020\"",
    SOLAR_JSON_ERROR_VALUE,
    "platforms.json: $.platforms[0].figures[0].as_of: "
    "expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got “Aug 2020”" },
  { "as-of-month-13", FALSE,
    "\"as_of\": \"2020-08\"", "\"as_of\": \"2020-13\"",
    SOLAR_JSON_ERROR_VALUE,
    "platforms.json: $.platforms[0].figures[0].as_of: "
    "expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got “2020-13”" },
  { "as-of-trailing-newline", FALSE,
    "\"as_of\": \"2020-08\"", "\"as_of\": \"2020\\n\"",
    SOLAR_JSON_ERROR_VALUE,
    "platforms.json: $.platforms[0].figures[0].as_of: "
    "expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got “2020\n”" },
  { "color-trailing-newline", FALSE,
    "\"color\": \"#07c160\"", "\"color\": \"#07c160\\n\"",
    SOLAR_JSON_ERROR_VALUE,
    "platforms.json: $.platforms[0].color: expected a colour as #rrggbb, got “#07c160\n”" },
  { "audience-as-of-bad", FALSE,
    "\"as_of\": \"2020\", \"source\": \"report-2021\",\n", "\"as_of\": \"2020/08\", \"source\": \"report-2021\",\n",
    SOLAR_JSON_ERROR_VALUE,
    "platforms.json: $.platforms[0].audience.as_of: "
    "expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got “2020/08”" },
  { "no-platforms", FALSE,
    "\"platforms\": [\n    {", "\"platforms\": [], \"unused\": [\n    {",
    SOLAR_JSON_ERROR_VALUE,
    "platforms.json: $.platforms: expected at least one platform" },

  /* Format and version */
  { "platforms-format-wrong", FALSE,
    "\"format\": \"social-solar-platforms\"", "\"format\": \"social-solar-landscape\"",
    SOLAR_JSON_ERROR_FORMAT,
    "platforms.json: $.format: expected “social-solar-platforms”, got “social-solar-landscape”" },
  { "platforms-version-2", FALSE,
    "\"version\": 1", "\"version\": 2",
    SOLAR_JSON_ERROR_FORMAT,
    "platforms.json: $.version: version 2 is not supported; this release reads version 1" },
  { "platforms-version-missing", FALSE,
    "  \"version\": 1,\n", "",
    SOLAR_JSON_ERROR_MISSING,
    "platforms.json: $.version: required member is missing" },
  { "landscape-version-2", TRUE,
    "\"version\": 1", "\"version\": 2",
    SOLAR_JSON_ERROR_FORMAT,
    "landscape.json: $.version: version 2 is not supported; this release reads version 1" },

  /* Located by line:column */
  { "figure-value-too-many-digits", FALSE,
    "\"value\": 1200000000", "\"value\": 99999999999999999999",
    SOLAR_JSON_ERROR_VALUE,
    "platforms.json:17:76: number out of range: at most 15 digits are supported" },
  { "name-invalid-utf8", FALSE,
    "\"zh\": \"微信\"", "\"zh\": \"微\xff信\"",
    SOLAR_JSON_ERROR_ENCODING,
    "platforms.json:10:41: the text is not valid UTF-8; save the file as UTF-8 and try again" },
  { "landscape-invalid-utf8", TRUE,
    "\"zh\": \"吃货\"", "\"zh\": \"吃\xe8\xb4\"",
    SOLAR_JSON_ERROR_ENCODING,
    "landscape.json:19:77: the text is not valid UTF-8; save the file as UTF-8 and try again" },
  { "landscape-missing-comma", TRUE,
    "\"version\": 1,", "\"version\": 1",
    SOLAR_JSON_ERROR_SYNTAX,
    /* Pointed where the comma belongs: after the 1, not at the next line. */
    "landscape.json:3:15: expected “,” or “}” after the member “version”, got “\"”; "
    "is a comma missing?" },

  /* Items merged into one keep their ids as "replaces" */
  { "replaces-other-platform", FALSE,
    "\"id\": \"wechat.mini-programs\", \"kind\": \"function\",",
    "\"id\": \"wechat.mini-programs\", \"replaces\": [\"weibo.memes\"], \"kind\": \"function\",",
    SOLAR_JSON_ERROR_VALUE,
    "platforms.json: $.platforms[0].items[0].replaces[0]: an item replaces only items of its "
    "platform (ids starting “wechat.”)" },
  { "replaces-itself", FALSE,
    "\"id\": \"wechat.mini-programs\", \"kind\": \"function\",",
    "\"id\": \"wechat.mini-programs\", \"replaces\": [\"wechat.mini-programs\"], \"kind\": \"function\",",
    SOLAR_JSON_ERROR_DUPLICATE,
    "platforms.json: $.platforms[0].items[0].replaces[0]: item id “wechat.mini-programs” is "
    "used twice; ids must be unique" },
  { "replaces-not-an-id", FALSE,
    "\"id\": \"wechat.mini-programs\", \"kind\": \"function\",",
    "\"id\": \"wechat.mini-programs\", \"replaces\": [42], \"kind\": \"function\",",
    SOLAR_JSON_ERROR_TYPE,
    "platforms.json: $.platforms[0].items[0].replaces[0]: expected a string" },
  /* landscape.json as a whole */
  { "tier-not-described", TRUE,
    "},\n    { \"id\": \"derivative\", \"name\": { \"en\": \"Derivative platforms\" },\n"
    "      \"description\": { \"en\": \"The outer layer.\" } }\n", "}\n",
    SOLAR_JSON_ERROR_MISSING,
    "landscape.json: $.tiers: the “derivative” tier is not described" },
  { "landscape-tribes-missing", TRUE,
    "\"tribes\": [", "\"tribe\": [",
    SOLAR_JSON_ERROR_MISSING,
    "landscape.json: $.tribes: required member is missing" },
};

static void
test_mutation (gconstpointer data)
{
  const Mutation *mutation = data;
  g_autofree char *changed = NULL;

  changed = replace_once (mutation->landscape ? valid_landscape : valid_platforms,
                          mutation->needle, mutation->replacement);
  if (mutation->landscape)
    assert_rejected_full (valid_platforms, strlen (valid_platforms), changed, strlen (changed),
                          mutation->code, mutation->message);
  else
    assert_rejected_full (changed, strlen (changed), valid_landscape, strlen (valid_landscape),
                          mutation->code, mutation->message);
}

/* Weibo's "Meme Influencer & BOT" is one account type in the report: one item, which
 * plans naming the two it replaced still find. */
static void
test_default_merged_items (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SolarDataset) dataset = solar_dataset_load_default (&error);
  SolarItem *merged;
  GListModel *items;
  guint listed = 0;

  g_assert_no_error (error);
  merged = solar_dataset_find_item (dataset, "weibo.meme-influencers");
  g_assert_nonnull (merged);
  g_assert_cmpstr (solar_text_get (solar_item_get_title (merged)), ==, "Meme influencers & bots");
  g_assert_true (solar_dataset_find_item (dataset, "weibo.memes") == merged);
  g_assert_true (solar_dataset_find_item (dataset, "weibo.influencer-bot") == merged);
  items = solar_platform_get_items (solar_dataset_find_platform (dataset, "weibo"));
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(SolarItem) item = g_list_model_get_item (items, i);

      g_assert_cmpstr (solar_item_get_id (item), !=, "weibo.memes");
      g_assert_cmpstr (solar_item_get_id (item), !=, "weibo.influencer-bot");
      listed += item == merged;
    }
  g_assert_cmpuint (listed, ==, 1);
}

/* The number as the source writes it, in one of the ways sources write numbers: "1.327
 * billion", "14.14億", "257M", "416.2百万". */
static void
assert_number_in_quote (const char *platform_id,
                        const char *figure_id,
                        double      value,
                        const char *quote)
{
  static const struct { double scale; const char *format; } written[] = {
    { 1e9, "%s billion" }, { 1e6, "%s million" }, { 1e6, "%sM" }, { 1e6, "%s百万" },
    { 1e8, "%s億" }, { 1e8, "%s亿" }, { 1e4, "%s萬" }, { 1e4, "%s万" },
  };

  for (guint w = 0; w < G_N_ELEMENTS (written); w++)
    {
      char number[32];
      g_autofree char *text = NULL;

      g_snprintf (number, sizeof number, "%g", value / written[w].scale);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
      text = g_strdup_printf (written[w].format, number);
#pragma GCC diagnostic pop
      if (strstr (quote, text) != NULL)
        return;
    }
  g_error ("%s: the %s figure (%.0f) is not in its quote “%s”", platform_id, figure_id, value,
           quote);
}

/* Every later figure shipped is the number its source's words give ("1.327 billion",
 * "14.14億", "257M"), so a figure mistyped in the data, or a quote of another number,
 * fails here. */
static void
test_default_later_figures_match_quotes (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SolarDataset) dataset = solar_dataset_load_default (&error);
  GListModel *platforms;
  guint checked = 0;

  g_assert_no_error (error);
  platforms = solar_dataset_get_platforms (dataset);
  for (guint p = 0; p < g_list_model_get_n_items (platforms); p++)
    {
      g_autoptr(SolarPlatform) platform = g_list_model_get_item (platforms, p);
      GListModel *figures = solar_platform_get_figures (platform);

      for (guint f = 0; f < g_list_model_get_n_items (figures); f++)
        {
          g_autoptr(SolarFigure) figure = g_list_model_get_item (figures, f);

          for (guint i = 0; i < solar_figure_get_n_later (figure); i++)
            {
              const SolarFigurePoint *point = solar_figure_get_later (figure, i);

              assert_number_in_quote (solar_platform_get_id (platform), solar_figure_get_id (figure),
                                      point->value, point->quote);
              g_assert_true (g_str_has_prefix (point->url, "http"));
              checked++;
            }
        }
    }
  g_assert_cmpuint (checked, >=, 6);
}

/* Issue 17: anything not in the report carries its source. The platforms the report does not
 * cover say what their summary rests on, and every figure and item on them cites a published
 * source with its words (or is marked as our judgement); a figure the report does not give,
 * on any platform, is quoted and its quote holds its number. */
static void
test_default_non_report_facts_cited (void)
{
  g_autoptr(SolarDataset) dataset = load_default ();
  GListModel *platforms = solar_dataset_get_platforms (dataset);
  guint cited_items = 0, quoted_figures = 0;

  for (guint p = 0; p < g_list_model_get_n_items (platforms); p++)
    {
      g_autoptr(SolarPlatform) platform = g_list_model_get_item (platforms, p);
      GListModel *items = solar_platform_get_items (platform);
      GListModel *figures = solar_platform_get_figures (platform);
      gboolean in_report = solar_platform_is_in_report (platform);

      g_assert_true (in_report == (solar_platform_get_n_citations (platform) == 0));
      for (guint i = 0; i < solar_platform_get_n_citations (platform); i++)
        {
          const SolarCitation *citation = solar_platform_get_citation (platform, i);

          g_assert_false (solar_citation_is_editorial (citation));
          g_assert_true (g_str_has_prefix (citation->url, "http"));
          g_assert_cmpstr (citation->quote, !=, "");
        }
      guint n_of_kind[SOLAR_ITEM_TIP + 1] = { 0 };

      for (guint i = 0; i < g_list_model_get_n_items (items); i++)
        {
          g_autoptr(SolarItem) item = g_list_model_get_item (items, i);
          const SolarCitation *citation = solar_item_get_citation (item);

          if (in_report)
            continue;
          n_of_kind[solar_item_get_kind (item)]++;
          if (citation == NULL)
            g_error ("%s is not from the report but cites nothing", solar_item_get_id (item));
          g_assert_true (solar_citation_is_editorial (citation) ||
                         (g_str_has_prefix (citation->url, "http") && *citation->quote != '\0'));
          cited_items++;
        }
      /* A page written from later sources has what a page of the report has: what brands can
       * use, the content that works and its formats. */
      if (!in_report)
        {
          g_assert_cmpuint (n_of_kind[SOLAR_ITEM_FUNCTION], >, 0);
          g_assert_cmpuint (n_of_kind[SOLAR_ITEM_CONTENT], >, 0);
          g_assert_cmpuint (n_of_kind[SOLAR_ITEM_FORMAT], >, 0);
        }
      for (guint f = 0; f < g_list_model_get_n_items (figures); f++)
        {
          g_autoptr(SolarFigure) figure = g_list_model_get_item (figures, f);

          g_assert_true (in_report || !solar_figure_is_from_report (figure));
          if (solar_figure_is_from_report (figure))
            {
              g_assert_null (solar_figure_get_quote (figure));
              continue;
            }
          g_assert_true (g_str_has_prefix (solar_figure_get_url (figure), "http"));
          assert_number_in_quote (solar_platform_get_id (platform), solar_figure_get_id (figure),
                                  solar_figure_get_value (figure), solar_figure_get_quote (figure));
          quoted_figures++;
        }
    }
  /* Kuaishou's and Channels' items; Kuaishou's two figures, Weibo's and RED's monthly users. */
  g_assert_cmpuint (cited_items, >=, 27);
  g_assert_cmpuint (quoted_figures, ==, 4);
}

/* Later figures: from a source with its publisher, URL and date, dated after the figure
 * before them, with the source's words. */
static void
test_later_figures (void)
{
  static const struct { const char *later, *message; SolarJsonError code; } cases[] = {
    { "{ \"value\": 1400000000, \"as_of\": \"2019-05\", \"source\": \"pub\", \"quote\": \"q\" }",
      "platforms.json: $.platforms[0].figures[0].later[0].as_of: “2019-05” is not after the figure "
      "before it (“2020-08”); give later figures oldest first",
      SOLAR_JSON_ERROR_VALUE },
    { "{ \"value\": 1300000000, \"as_of\": \"2023\", \"source\": \"pub\", \"quote\": \"q\" }, "
      "{ \"value\": 1400000000, \"as_of\": \"2022-06\", \"source\": \"pub\", \"quote\": \"q\" }",
      "platforms.json: $.platforms[0].figures[0].later[1].as_of: “2022-06” is not after the figure "
      "before it (“2023”); give later figures oldest first",
      SOLAR_JSON_ERROR_VALUE },
    { "{ \"value\": 1400000000, \"as_of\": null, \"source\": \"pub\", \"quote\": \"q\" }",
      "platforms.json: $.platforms[0].figures[0].later[0].as_of: a later figure says when it was true",
      SOLAR_JSON_ERROR_VALUE },
    { "{ \"value\": 1400000000, \"as_of\": \"2025\", \"source\": \"report-2021\", \"quote\": \"q\" }",
      "platforms.json: $.platforms[0].figures[0].later[0].source: a later figure's source needs its "
      "publisher, URL and date; “report-2021” lacks one",
      SOLAR_JSON_ERROR_VALUE },
    { "{ \"value\": 1400000000, \"as_of\": \"2025\", \"source\": \"pub\", \"quote\": \"\" }",
      "platforms.json: $.platforms[0].figures[0].later[0].quote: give the source's own words for the figure",
      SOLAR_JSON_ERROR_VALUE },
    { "{ \"value\": 1400000000, \"as_of\": \"2025\", \"source\": \"pub\" }",
      "platforms.json: $.platforms[0].figures[0].later[0].quote: required member is missing",
      SOLAR_JSON_ERROR_MISSING },
  };
  g_autofree char *with_source = replace_once (valid_platforms,
    "\"title\": \"China's Social Solar System\", \"date\": \"2021\" }\n",
    "\"title\": \"China's Social Solar System\", \"date\": \"2021\" },\n"
    "    { \"id\": \"pub\", \"title\": \"T\", \"publisher\": \"P\", \"url\": \"https://example.org/\", "
    "\"date\": \"2025-11-13\" }\n");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *member = g_strdup_printf ("\"as_of\": \"2020-08\", \"source\": \"report-2021\", "
                                                 "\"later\": [%s] },", cases[i].later);
      g_autofree char *document = replace_once (with_source,
                                                "\"as_of\": \"2020-08\", \"source\": \"report-2021\" },",
                                                member);

      assert_rejected_full (document, strlen (document), valid_landscape, strlen (valid_landscape),
                            cases[i].code, cases[i].message);
    }

  /* And one that is right: kept, with its source said in full. */
  {
    g_autofree char *document = replace_once (with_source,
      "\"as_of\": \"2020-08\", \"source\": \"report-2021\" },",
      "\"as_of\": \"2020-08\", \"source\": \"report-2021\", \"later\": [{ \"value\": 1414000000, "
      "\"as_of\": \"2025-09-30\", \"source\": \"pub\", \"quote\": \"1,414 million\" }] },");
    g_autoptr(GError) error = NULL;
    g_autoptr(SolarDataset) dataset = load_strings (document, valid_landscape, &error);
    SolarFigure *mau;
    const SolarFigurePoint *point;

    g_assert_no_error (error);
    mau = solar_platform_find_figure (solar_dataset_find_platform (dataset, "wechat"), "mau");
    g_assert_cmpuint (solar_figure_get_n_later (mau), ==, 1);
    point = solar_figure_get_later (mau, 0);
    g_assert_cmpfloat (point->value, ==, 1414000000);
    g_assert_cmpstr (point->source, ==, "T, P, 2025-11-13");
    g_assert_cmpstr (point->url, ==, "https://example.org/");
  }
}

/* A platform the report does not cover: its summary's sources ("cites"), each item's "cite",
 * figures from sources other than the report (quoted), its tier described; and measures. */
static void
test_not_in_report_documents (void)
{
  static const struct { const char *from, *to; gboolean in_landscape; SolarJsonError code;
                        const char *message; } cases[] = {
    { "      \"cites\": [{ \"id\": \"pub\", \"quote\": \"q\" }],\n", "", FALSE, SOLAR_JSON_ERROR_MISSING,
      "platforms.json: $.platforms[1].cites: required member is missing" },
    { "\"cites\": [{ \"id\": \"pub\", \"quote\": \"q\" }]", "\"cites\": []", FALSE, SOLAR_JSON_ERROR_MISSING,
      "platforms.json: $.platforms[1].cites: “zhihu” is not in the report: name at least one source "
      "its positioning and summary rest on" },
    { ", \"cite\": { \"id\": \"pub\", \"quote\": \"w\" }", "", FALSE, SOLAR_JSON_ERROR_MISSING,
      "platforms.json: $.platforms[1].items[0].cite: required member is missing" },
    { "\"cite\": { \"id\": \"pub\", \"quote\": \"w\" }", "\"cite\": { \"id\": \"pub\" }", FALSE,
      SOLAR_JSON_ERROR_MISSING, "platforms.json: $.platforms[1].items[0].cite.quote: quote the words "
      "of “pub” this rests on" },
    { "\"figures\": [],", "\"figures\": [{ \"id\": \"mau\", \"label\": { \"en\": \"MAU\" }, \"value\": 1, "
      "\"unit\": \"people\", \"as_of\": null, \"source\": \"report-2021\" }],", FALSE, SOLAR_JSON_ERROR_VALUE,
      "platforms.json: $.platforms[1].figures[0].source: “zhihu” is not in the report, so none of its "
      "figures can come from it; name the source the figure comes from" },
    { "\"figures\": [],", "\"figures\": [{ \"id\": \"mau\", \"label\": { \"en\": \"MAU\" }, \"value\": 1, "
      "\"unit\": \"people\", \"as_of\": \"2025\", \"source\": \"pub\" }],", FALSE, SOLAR_JSON_ERROR_MISSING,
      "platforms.json: $.platforms[1].figures[0].quote: required member is missing" },
    { "\"tier\": \"core\",", "\"tier\": \"core\", \"cites\": [],", FALSE, SOLAR_JSON_ERROR_VALUE,
      "platforms.json: $.platforms[0].cites: “wechat” is in the report, which its summary comes from; "
      "give later facts as figures or items with their sources" },
    { "\"unit\": \"people\", \"as_of\": \"2020-08\"", "\"unit\": \"people\", \"measure\": \"weekly\", "
      "\"as_of\": \"2020-08\"", FALSE, SOLAR_JSON_ERROR_VALUE,
      "platforms.json: $.platforms[0].figures[0].measure: expected one of “monthly-active-users”, "
      "“daily-active-users”, “subscribers”, got “weekly”" },
    { "\"unit\": \"minutes-per-day\",", "\"unit\": \"minutes-per-day\", \"measure\": \"subscribers\",",
      FALSE, SOLAR_JSON_ERROR_VALUE,
      "platforms.json: $.platforms[0].figures[1].measure: only a count of people has a measure; this "
      "figure's unit is “minutes-per-day”" },
    { "\"cites\": [{ \"id\": \"pub\", \"quote\": \"q\" }],", "\"cites\": [{ \"id\": \"pub\", \"quote\": \"q\" }], "
      "\"function_headings\": { \"en\": \"content\" },", FALSE, SOLAR_JSON_ERROR_VALUE,
      "platforms.json: $.platforms[1].function_headings: “zhihu” is not in the report, whose headings "
      "these are; remove them" },
    { ",\n    { \"id\": \"not-in-report\", \"name\": { \"en\": \"Not in the report\" }, "
      "\"description\": { \"en\": \"Later.\" } }", "", TRUE, SOLAR_JSON_ERROR_MISSING,
      "landscape.json: $.tiers: the “not-in-report” tier is not described" },
  };
  g_autofree char *with_source = replace_once (valid_platforms,
    "\"date\": \"2021\" }\n",
    "\"date\": \"2021\" },\n"
    "    { \"id\": \"pub\", \"title\": \"T\", \"publisher\": \"P\", \"url\": \"https://example.org/\", "
    "\"date\": \"2025-11-13\" }\n");
  g_autofree char *later_tier = replace_once (with_source, "\"tier\": \"derivative\",\n",
                                              "\"tier\": \"not-in-report\",\n"
                                              "      \"cites\": [{ \"id\": \"pub\", \"quote\": \"q\" }],\n");
  g_autofree char *platforms = replace_once (later_tier,
                                             "\"description\": { \"en\": \"Answers.\" }",
                                             "\"description\": { \"en\": \"Answers.\" }, "
                                             "\"cite\": { \"id\": \"pub\", \"quote\": \"w\" }");
  g_autofree char *landscape = replace_once (valid_landscape,
                                             "\"description\": { \"en\": \"The outer layer.\" } }",
                                             "\"description\": { \"en\": \"The outer layer.\" } },\n"
                                             "    { \"id\": \"not-in-report\", \"name\": { \"en\": \"Not in the report\" }, "
                                             "\"description\": { \"en\": \"Later.\" } }");

  /* The starting point is valid, and says where its facts come from. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(SolarDataset) dataset = load_strings (platforms, landscape, &error);
    SolarPlatform *zhihu;
    g_autoptr(SolarItem) item = NULL;
    const SolarCitation *citation;

    g_assert_no_error (error);
    zhihu = solar_dataset_find_platform (dataset, "zhihu");
    g_assert_false (solar_platform_is_in_report (zhihu));
    g_assert_cmpuint (solar_platform_get_n_citations (zhihu), ==, 1);
    g_assert_cmpstr (solar_platform_get_citation (zhihu, 0)->quote, ==, "q");
    item = g_list_model_get_item (solar_platform_get_items (zhihu), 0);
    citation = solar_item_get_citation (item);
    g_assert_nonnull (citation);
    g_assert_cmpstr (citation->url, ==, "https://example.org/");
    g_assert_cmpstr (citation->quote, ==, "w");
    g_assert_cmpstr (solar_dataset_get_tier_name (dataset, SOLAR_TIER_NOT_IN_REPORT)->en, ==,
                     "Not in the report");
  }

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *document = cases[i].in_landscape ? g_strdup (platforms)
                                                        : replace_once (platforms, cases[i].from, cases[i].to);
      g_autofree char *other = cases[i].in_landscape ? replace_once (landscape, cases[i].from, cases[i].to)
                                                     : g_strdup (landscape);

      assert_rejected_full (document, strlen (document), other, strlen (other),
                            cases[i].code, cases[i].message);
    }
}

static void
test_valid_documents (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SolarDataset) dataset = NULL;
  g_autoptr(SolarTribe) tribe = NULL;
  SolarPlatform *wechat;
  SolarItem *lever;
  const GArray *indices;

  /* The documents the error cases start from are valid, so each case tests one change. */
  dataset = load_strings (valid_platforms, valid_landscape, &error);
  g_assert_no_error (error);
  g_assert_nonnull (dataset);

  g_assert_cmpuint (g_list_model_get_n_items (solar_dataset_get_platforms (dataset)), ==, 2);
  wechat = get_platform (dataset, "wechat");
  g_assert_cmpfloat (solar_figure_get_value (solar_platform_get_size_figure (wechat)), ==, 1.2e9);
  g_assert_cmpfloat (solar_platform_get_color (wechat)->red, ==, 0x07 / 255.0);
  g_assert_cmpfloat (solar_platform_get_color (wechat)->green, ==, 0xc1 / 255.0);
  g_assert_cmpfloat (solar_platform_get_color (wechat)->blue, ==, 0x60 / 255.0);
  g_assert_null (solar_platform_get_size_figure (get_platform (dataset, "zhihu")));
  g_assert_null (solar_platform_get_audience (get_platform (dataset, "zhihu")));

  lever = solar_dataset_find_item (dataset, "wechat.brand-zone");
  g_assert_nonnull (lever);
  g_assert_cmpint (solar_item_get_kind (lever), ==, SOLAR_ITEM_LEVER);
  g_assert_cmpint (solar_item_get_channel (lever), ==, SOLAR_CHANNEL_PAID);
  /* An item without tags has an empty list, not NULL. */
  g_assert_nonnull (solar_item_get_tags (lever));
  g_assert_null (solar_item_get_tags (lever)[0]);

  tribe = g_list_model_get_item (solar_dataset_get_tribes (dataset), 0);
  indices = solar_tribe_get_platform_indices (tribe);
  g_assert_cmpuint (indices->len, ==, 2);
  g_assert_cmpuint (g_array_index (indices, guint, 0), ==, 1);
  g_assert_cmpuint (g_array_index (indices, guint, 1), ==, 0);
}

static void
assert_accepted (const char *needle,
                 const char *replacement)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SolarDataset) dataset = NULL;
  g_autofree char *changed = replace_once (valid_platforms, needle, replacement);

  dataset = load_strings (changed, valid_landscape, &error);
  g_assert_no_error (error);
  g_assert_nonnull (dataset);
}

static void
test_valid_variants (void)
{
  /* What the format allows must load. */
  assert_accepted ("\"share\": 45.4", "\"share\": 45.45");                 /* 100.05 ± 0.1 */
  assert_accepted ("\"as_of\": \"2020-08\"", "\"as_of\": \"2020-08-31\"");
  assert_accepted ("\"as_of\": \"2020-08\"", "\"as_of\": null");   /* the source gives no date */
  assert_accepted ("\"color\": \"#07c160\"", "\"color\": \"#07C160\"");
  assert_accepted ("\"value\": 1200000000", "\"value\": 999999999999999");  /* 15 digits */
  assert_accepted ("\"value\": 1200000000", "\"value\": 1.2e9");
  assert_accepted ("\"value\": 1200000000", "\"value\": 0");
  assert_accepted ("      \"size_figure\": \"mau\",\n", "");
  assert_accepted ("\"name\": { \"en\": \"WeChat\", \"zh\": \"微信\" }",
                   "\"name\": { \"en\": \"WeChat\" }");
}

static char *
cut_after (const char *text,
           const char *needle)
{
  const char *found = strstr (text, needle);

  g_assert_nonnull (found);
  return g_strndup (text, found - text + strlen (needle));
}

static void
test_syntax_error (void)
{
  g_autofree char *after_comma = cut_after (valid_platforms, "\"value\": 1200000000,\n");
  g_autofree char *after_bracket = cut_after (valid_platforms, "\"figures\": [\n");

  /* Files cut short, as a failed save leaves them: the end of the file is named as such,
   * with where the object or list left open begins. */
  assert_rejected (after_comma, valid_landscape, SOLAR_JSON_ERROR_SYNTAX,
                   "platforms.json:18:1: the file ends inside the object that starts at 17:9: "
                   "a “}” is missing; the file may have been cut off");
  assert_rejected (after_bracket, valid_landscape, SOLAR_JSON_ERROR_SYNTAX,
                   "platforms.json:17:1: the file ends inside the list that starts at 16:18: "
                   "a “]” is missing; the file may have been cut off");

  /* A trailing comma, pointed at. */
  assert_rejected ("{ \"format\": \"social-solar-platforms\", }", valid_landscape,
                   SOLAR_JSON_ERROR_SYNTAX,
                   "platforms.json:1:37: a comma before the closing “}”; remove the comma");
}

static void
test_syntax_error_column_after_chinese (void)
{
  g_autofree char *changed = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SolarDataset) dataset = NULL;

  /* A missing comma after Chinese text. Columns count characters, as an editor does: the
   * comma belongs just after the closing quote of "微信", column 43 of line 10 (column 47 in
   * bytes, which is where a byte count would point). */
  changed = replace_once (valid_platforms, "\"zh\": \"微信\" },", "\"zh\": \"微信\" \"x\": 1 },");
  dataset = load_strings (changed, valid_landscape, &error);
  g_assert_null (dataset);
  g_assert_error (error, SOLAR_JSON_ERROR, SOLAR_JSON_ERROR_SYNTAX);

  if (!g_str_has_prefix (error->message, "platforms.json:10:43: "))
    g_error ("expected the error at 10:43, got: %s", error->message);
}

static void
test_empty (void)
{
  assert_rejected ("", valid_landscape, SOLAR_JSON_ERROR_EMPTY,
                   "platforms.json: the file is empty; expected a JSON object");
  assert_rejected (" \n\t\r\n  ", valid_landscape, SOLAR_JSON_ERROR_EMPTY,
                   "platforms.json: the file is empty; expected a JSON object");
  assert_rejected_full (NULL, 0, valid_landscape, strlen (valid_landscape),
                        SOLAR_JSON_ERROR_EMPTY,
                        "platforms.json: the file is empty; expected a JSON object");
  assert_rejected (valid_platforms, "\n", SOLAR_JSON_ERROR_EMPTY,
                   "landscape.json: the file is empty; expected a JSON object");
}

static void
test_not_an_object (void)
{
  assert_rejected ("[]", valid_landscape, SOLAR_JSON_ERROR_TYPE,
                   "platforms.json: $: expected an object at the top level");
  assert_rejected ("[{ \"format\": \"social-solar-platforms\" }]", valid_landscape,
                   SOLAR_JSON_ERROR_TYPE,
                   "platforms.json: $: expected an object at the top level");
  assert_rejected ("\"social-solar-platforms\"", valid_landscape, SOLAR_JSON_ERROR_TYPE,
                   "platforms.json: $: expected an object at the top level");
  assert_rejected (valid_platforms, "null", SOLAR_JSON_ERROR_TYPE,
                   "landscape.json: $: expected an object at the top level");
}

static void
test_files_swapped (void)
{
  assert_rejected (valid_landscape, valid_platforms, SOLAR_JSON_ERROR_FORMAT,
                   "platforms.json: $.format: "
                   "expected “social-solar-platforms”, got “social-solar-landscape”");
}

static char *
nested_arrays (guint depth)
{
  GString *text = g_string_sized_new (2 * depth);

  for (guint i = 0; i < depth; i++)
    g_string_append_c (text, '[');
  for (guint i = 0; i < depth; i++)
    g_string_append_c (text, ']');
  return g_string_free (text, FALSE);
}

static void
test_too_deep (void)
{
  g_autofree char *deepest_allowed = nested_arrays (SOLAR_JSON_MAX_DEPTH);
  g_autofree char *too_deep = nested_arrays (SOLAR_JSON_MAX_DEPTH + 1);
  g_autofree char *in_document = NULL;
  g_autofree char *value = NULL;
  g_autofree char *brackets = NULL;

  /* 64 levels still parse; the document is then rejected for what it is. */
  assert_rejected (deepest_allowed, valid_landscape, SOLAR_JSON_ERROR_TYPE,
                   "platforms.json: $: expected an object at the top level");

  assert_rejected (too_deep, valid_landscape, SOLAR_JSON_ERROR_TOO_DEEP,
                   "platforms.json:1:65: nested more than 64 levels deep; "
                   "this is not a file Social Solar wrote");

  /* Inside a real document, the 65th level is the 60th bracket of the value on line 17. */
  brackets = nested_arrays (60);
  value = g_strdup_printf ("\"value\": %s", brackets);
  in_document = replace_once (valid_platforms, "\"value\": 1200000000", value);
  assert_rejected (in_document, valid_landscape, SOLAR_JSON_ERROR_TOO_DEEP,
                   "platforms.json:17:135: nested more than 64 levels deep; "
                   "this is not a file Social Solar wrote");
}

static void
test_very_deep (void)
{
  g_autofree char *open_only = g_strnfill (100000, '[');
  g_autofree char *balanced = nested_arrays (100000);
  g_autoptr(GString) objects = g_string_new (NULL);

  /* json-glib alone overflows its stack on these. */
  assert_rejected (open_only, valid_landscape, SOLAR_JSON_ERROR_TOO_DEEP,
                   "platforms.json:1:65: nested more than 64 levels deep; "
                   "this is not a file Social Solar wrote");
  assert_rejected (balanced, valid_landscape, SOLAR_JSON_ERROR_TOO_DEEP,
                   "platforms.json:1:65: nested more than 64 levels deep; "
                   "this is not a file Social Solar wrote");

  for (guint i = 0; i < 100000; i++)
    g_string_append (objects, "{\"a\":");
  assert_rejected (objects->str, valid_landscape, SOLAR_JSON_ERROR_TOO_DEEP,
                   "platforms.json:1:321: nested more than 64 levels deep; "
                   "this is not a file Social Solar wrote");

  assert_rejected (valid_platforms, open_only, SOLAR_JSON_ERROR_TOO_DEEP,
                   "landscape.json:1:65: nested more than 64 levels deep; "
                   "this is not a file Social Solar wrote");
}

static void
test_integer_too_large (void)
{
  assert_rejected ("{ \"version\": 99999999999999999999 }", valid_landscape,
                   SOLAR_JSON_ERROR_VALUE,
                   "platforms.json:1:14: number out of range: at most 15 digits are supported");
  assert_rejected ("{ \"version\": -1000000000000000 }", valid_landscape,
                   SOLAR_JSON_ERROR_VALUE,
                   "platforms.json:1:14: number out of range: at most 15 digits are supported");
}

static void
test_invalid_utf8 (void)
{
  static const char latin1[] = "{\n  \"name\": \"Caf\xe9\"\n}\n";

  assert_rejected_full (latin1, strlen (latin1), valid_landscape, strlen (valid_landscape),
                        SOLAR_JSON_ERROR_ENCODING,
                        "platforms.json:2:15: the text is not valid UTF-8; "
                        "save the file as UTF-8 and try again");
}

static void
test_too_large (void)
{
  gsize length = 17 * 1024 * 1024;
  g_autofree char *huge = g_malloc (length);

  memset (huge, ' ', length);
  huge[0] = '{';
  huge[length - 1] = '}';
  assert_rejected_full (huge, length, valid_landscape, strlen (valid_landscape),
                        SOLAR_JSON_ERROR_TOO_LARGE,
                        "platforms.json: the file is larger than 16 MiB, the most Social Solar opens; "
                        "this is not a plan it wrote");
}

static const struct { const char *id, *title; } sentence_case_titles[] = {
  { "wechat.live-support", "Live support" },
  { "wechat.personalised-journey", "Personalised journey" },
  { "wechat.instant-message", "Instant message" },
  { "wechat.product-display", "Product display" },
  { "wechat.track-shipping", "Track shipping" },
  { "wechat.o2o-functions", "O2O functions" },
  { "wechat.official-accounts", "Official Accounts" },
};

/* Issue 17's audit of the shipped data against the report: what it found stays fixed. */
static void
test_audit_points (void)
{
  g_autoptr(SolarDataset) dataset = load_default ();
  GListModel *platforms = solar_dataset_get_platforms (dataset);
  GListModel *tribes = solar_dataset_get_tribes (dataset);
  SolarItem *influencers = solar_dataset_find_item (dataset, "douyin.influencers");
  SolarItem *spreading = solar_dataset_find_item (dataset, "weibo.two-ways-of-spreading");

  /* Douyin's influencers are content that works there, not paid traffic (the report's paid
   * traffic is welcome-screen, display and newsfeed ads). */
  g_assert_nonnull (influencers);
  g_assert_cmpint (solar_item_get_kind (influencers), ==, SOLAR_ITEM_CONTENT);
  g_assert_cmpint (solar_item_get_channel (influencers), ==, SOLAR_CHANNEL_NONE);
  g_assert_false (g_strv_contains (solar_item_get_tags (influencers), "paid"));

  /* The headings the report prints over WeChat's and Douyin's functions, every word of them
   * ("CONTENT MARKETING COMMERCE COMMUNITY", "OFFICIAL ACCOUNT O2O MARKETING PAID TRAFFIC
   * COMMUNITY"), and no other platform's: the report gives no others. */
  g_assert_cmpstr (solar_platform_get_function_headings (solar_dataset_find_platform (dataset, "wechat"))->en,
                   ==, "content marketing, commerce and community");
  g_assert_cmpstr (solar_platform_get_function_headings (solar_dataset_find_platform (dataset, "douyin"))->en,
                   ==, "official account, O2O marketing, paid traffic and community");
  g_assert_nonnull (solar_platform_get_function_headings (solar_dataset_find_platform (dataset, "douyin"))->zh);
  g_assert_null (solar_platform_get_function_headings (solar_dataset_find_platform (dataset, "weibo")));

  /* The report sets its two ways of spreading beside Weibo's content types without saying
   * which is which: no content type is given one, and a tip tells the two apart. */
  g_assert_nonnull (spreading);
  g_assert_cmpint (solar_item_get_kind (spreading), ==, SOLAR_ITEM_TIP);

  for (guint p = 0; p < g_list_model_get_n_items (platforms); p++)
    {
      g_autoptr(SolarPlatform) platform = g_list_model_get_item (platforms, p);
      GListModel *items = solar_platform_get_items (platform);

      g_assert_false (text_has (solar_platform_get_summary (platform), "网红"));
      for (guint i = 0; i < g_list_model_get_n_items (items); i++)
        {
          g_autoptr(SolarItem) item = g_list_model_get_item (items, i);
          const char * const *tags = solar_item_get_tags (item);

          /* Weibo's topics as the report writes its own (#Trending): no "#topic#" form
           * stated as a fact in an item (the rule that says so names its source). */
          g_assert_false (text_has (solar_item_get_description (item), "#topic#"));
          g_assert_false (text_has (solar_item_get_description (item), "#话题#"));
          g_assert_false (g_strv_contains (tags, "burst") || g_strv_contains (tags, "slowburn"));
          /* One word for influencer in Chinese, 达人, as the rest of the app has it. */
          g_assert_false (text_has (solar_item_get_title (item), "网红"));
          g_assert_false (text_has (solar_item_get_description (item), "网红"));
          g_assert_false (text_has (solar_item_get_title (item), "思想领导力"));
        }
    }

  /* Items are titled in sentence case on every platform, WeChat's too; a name of WeChat's
   * own products (Official Accounts, Mini Programs, Brand Zone) keeps its capitals. */
  for (guint i = 0; i < G_N_ELEMENTS (sentence_case_titles); i++)
    {
      SolarItem *item = solar_dataset_find_item (dataset, sentence_case_titles[i].id);

      g_assert_nonnull (item);
      g_assert_cmpstr (solar_item_get_title (item)->en, ==, sentence_case_titles[i].title);
    }

  /* Report facts the audit found missing, now in the platforms' summaries. */
  {
    SolarPlatform *wechat = solar_dataset_find_platform (dataset, "wechat");
    SolarPlatform *red = solar_dataset_find_platform (dataset, "red");

    g_assert_true (text_has (solar_platform_get_summary (wechat), "content, videos, e-commerce and community"));
    g_assert_true (text_has (solar_platform_get_summary (wechat), "every demographic group"));
    g_assert_true (text_has (solar_platform_get_summary (red), "2021"));
  }

  /* A tribe is people: the boutique tribe is not a shop. */
  for (guint i = 0; i < g_list_model_get_n_items (tribes); i++)
    {
      g_autoptr(SolarTribe) tribe = g_list_model_get_item (tribes, i);

      g_assert_false (text_has (solar_tribe_get_name (tribe), "精品店"));
      /* No platform description names a tribe, so the links are said to be our judgement,
       * not a reading of those descriptions. */
      g_assert_false (text_has (solar_tribe_get_note (tribe), "descriptions"));
      g_assert_false (text_has (solar_tribe_get_note (tribe), "平台介绍"));
    }
}

int
main (int   argc,
      char *argv[])
{
  /* The expected texts are English; the test environment sets this too. */
  g_setenv ("LANGUAGE", "en", TRUE);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dataset/default/platforms", test_default_platforms);
  g_test_add_func ("/dataset/default/figures", test_default_figures);
  g_test_add_func ("/dataset/default/landscape", test_default_landscape);
  g_test_add_func ("/dataset/default/items", test_default_items);
  g_test_add_func ("/dataset/default/formatting", test_default_formatting);

  g_test_add_func ("/dataset/valid/documents", test_valid_documents);
  g_test_add_func ("/dataset/later-figures", test_later_figures);
  g_test_add_func ("/dataset/default/merged-items", test_default_merged_items);
  g_test_add_func ("/dataset/default/later-figures-match-quotes", test_default_later_figures_match_quotes);
  g_test_add_func ("/dataset/default/non-report-facts-cited", test_default_non_report_facts_cited);
  g_test_add_func ("/dataset/errors/not-in-report", test_not_in_report_documents);
  g_test_add_func ("/dataset/valid/variants", test_valid_variants);

  g_test_add_func ("/dataset/errors/syntax", test_syntax_error);
  g_test_add_func ("/dataset/errors/syntax-column-after-chinese",
                   test_syntax_error_column_after_chinese);
  g_test_add_func ("/dataset/errors/empty", test_empty);
  g_test_add_func ("/dataset/errors/not-an-object", test_not_an_object);
  g_test_add_func ("/dataset/errors/files-swapped", test_files_swapped);
  g_test_add_func ("/dataset/errors/too-deep", test_too_deep);
  g_test_add_func ("/dataset/errors/very-deep", test_very_deep);
  g_test_add_func ("/dataset/errors/integer-too-large", test_integer_too_large);
  g_test_add_func ("/dataset/errors/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/dataset/errors/too-large", test_too_large);
  g_test_add_func ("/dataset/audit-points", test_audit_points);

  for (guint i = 0; i < G_N_ELEMENTS (mutations); i++)
    {
      g_autofree char *path = g_strconcat ("/dataset/errors/", mutations[i].name, NULL);

      g_test_add_data_func (path, &mutations[i], test_mutation);
    }

  return g_test_run ();
}
