/* test-figures-pack.c: figures packs (issue 17): read by the dataset's own reader, merged in
 * date order and marked, refused with the dataset's precise messages, kept in a folder
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "solar-dataset.h"
#include "solar-figures-pack.h"
#include "solar-json.h"
#include "solar-pack-folder.h"

/* Adds to a figure the report dates (WeChat's users, August 2020), with points on both
 * sides of a shipped one, and to one it does not date (Weibo's daily users). */
static const char good_pack[] =
  "{\n"
  "  \"format\": \"social-solar-figures-pack\",\n"
  "  \"version\": 1,\n"
  "  \"title\": { \"en\": \"Test pack\", \"zh\": \"测试包\" },\n"
  "  \"sources\": [\n"
  "    { \"id\": \"pub\", \"title\": \"T\", \"publisher\": \"P\", \"url\": \"https://example.org/\",\n"
  "      \"date\": \"2026-11-13\" }\n"
  "  ],\n"
  "  \"figures\": [\n"
  "    { \"platform\": \"wechat\", \"figure\": \"mau\", \"later\": [\n"
  "      { \"value\": 1371000000, \"as_of\": \"2024-06\", \"source\": \"pub\", \"quote\": \"1.371 billion\" },\n"
  "      { \"value\": 1420000000, \"as_of\": \"2026-03\", \"source\": \"pub\", \"quote\": \"1.42 billion\",\n"
  "        \"note\": { \"en\": \"n\" } }\n"
  "    ] },\n"
  "    { \"platform\": \"weibo\", \"figure\": \"dau\", \"later\": [\n"
  "      { \"value\": 261000000, \"as_of\": \"2025-03\", \"source\": \"pub\", \"quote\": \"261 million\" }\n"
  "    ] }\n"
  "  ]\n"
  "}\n";

static SolarDataset *
load_default (void)
{
  g_autoptr(GError) error = NULL;
  SolarDataset *dataset = solar_dataset_load_default (&error);

  g_assert_no_error (error);
  return dataset;
}

static SolarFigure *
get_figure (SolarDataset *dataset,
            const char   *platform_id,
            const char   *figure_id)
{
  SolarPlatform *platform = solar_dataset_find_platform (dataset, platform_id);

  g_assert_nonnull (platform);
  return solar_platform_find_figure (platform, figure_id);
}

static SolarFiguresPack *
read_pack (SolarDataset  *dataset,
           const char    *text,
           const char    *file_name,
           GError       **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return solar_figures_pack_new_from_bytes (dataset, bytes, file_name, error);
}

/* @good_pack with @needle replaced by @replacement (which must be there once). */
static char *
mutate (const char *needle,
        const char *replacement)
{
  const char *at = strstr (good_pack, needle);

  g_assert_nonnull (at);
  g_assert_null (strstr (at + 1, needle));
  return g_strdup_printf ("%.*s%s%s", (int)(at - good_pack), good_pack, replacement,
                          at + strlen (needle));
}

/* "2023-06 -, 2024-06 test.json, …": a figure's later points and the pack of each. */
static char *
describe_later (SolarFigure *figure)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < solar_figure_get_n_later (figure); i++)
    {
      const SolarFigurePoint *point = solar_figure_get_later (figure, i);

      g_string_append_printf (text, "%s%s %s", i > 0 ? ", " : "", point->as_of,
                              point->pack != NULL ? point->pack : "-");
    }
  return g_string_free (text, FALSE);
}

static void
test_merge (void)
{
  g_autoptr(SolarDataset) dataset = load_default ();
  g_autoptr(SolarFiguresPack) pack = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) sources = NULL;
  g_auto(GStrv) figure_ids = NULL;
  SolarFigure *mau = get_figure (dataset, "wechat", "mau");
  SolarFigure *dau = get_figure (dataset, "weibo", "dau");
  g_autofree char *shipped_mau = describe_later (mau);
  g_autofree char *shipped_dau = describe_later (dau);
  g_autofree char *merged = NULL;
  guint changes = 0;

  g_signal_connect_swapped (dataset, "figures-changed", G_CALLBACK (g_atomic_int_inc), &changes);
  pack = read_pack (dataset, good_pack, "test.json", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (solar_figures_pack_get_title (pack)->en, ==, "Test pack");
  g_assert_cmpstr (solar_figures_pack_get_title (pack)->zh, ==, "测试包");
  g_assert_cmpuint (solar_figures_pack_get_n_figures (pack), ==, 3);
  sources = solar_figures_pack_dup_sources (pack);
  g_assert_cmpuint (g_strv_length (sources), ==, 1);
  g_assert_cmpstr (sources[0], ==, "T, P, 2026-11-13");
  figure_ids = solar_figures_pack_dup_figure_ids (pack);
  g_assert_cmpstrv (figure_ids, ((const char * const[]) { "wechat/mau", "weibo/dau", NULL }));
  /* Read, not yet merged. */
  merged = describe_later (mau);
  g_assert_cmpstr (merged, ==, shipped_mau);
  g_clear_pointer (&merged, g_free);

  solar_dataset_add_figures_pack (dataset, pack);
  g_assert_cmpuint (changes, ==, 1);
  merged = describe_later (mau);
  g_assert_cmpstr (merged, ==, "2023-06 -, 2024-06 test.json, 2025-09-30 -, 2026-03 test.json");
  g_clear_pointer (&merged, g_free);
  merged = describe_later (dau);
  g_assert_cmpstr (merged, ==, "2025-03 test.json, 2025-09 -");
  g_clear_pointer (&merged, g_free);
  {
    const SolarFigurePoint *point = solar_figure_get_later (mau, 3);

    g_assert_cmpfloat (point->value, ==, 1420000000);
    g_assert_cmpstr (point->source, ==, "T, P, 2026-11-13");
    g_assert_cmpstr (point->url, ==, "https://example.org/");
    g_assert_cmpstr (point->quote, ==, "1.42 billion");
    g_assert_cmpstr (point->note->en, ==, "n");
    g_assert_cmpstr (point->pack_title->en, ==, "Test pack");
    g_assert_null (solar_figure_get_later (mau, 2)->pack_title);
  }
  /* The report's figure as it published it. */
  g_assert_cmpfloat (solar_figure_get_value (mau), ==, 1200000000);
  g_assert_cmpstr (solar_figure_get_as_of (mau), ==, "2020-08");
  g_assert_true (solar_figure_is_from_report (mau));

  /* Removed: the shipped points, and only they, are left. */
  solar_dataset_remove_figures_pack (dataset, pack);
  g_assert_cmpuint (changes, ==, 2);
  merged = describe_later (mau);
  g_assert_cmpstr (merged, ==, shipped_mau);
  g_clear_pointer (&merged, g_free);
  merged = describe_later (dau);
  g_assert_cmpstr (merged, ==, shipped_dau);
}

static void
test_example (void)
{
  g_autoptr(SolarDataset) dataset = load_default ();
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "docs", "examples",
                                                 "weibo-2025-q1.figures-pack.json", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SolarFiguresPack) pack = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  pack = read_pack (dataset, text, "weibo-2025-q1.figures-pack.json", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (solar_figures_pack_get_n_figures (pack), ==, 1);
}

typedef struct
{
  const char     *needle;
  const char     *replacement;
  SolarJsonError  code;
  const char     *message;
  gboolean        schema;     /* figures-pack.schema.json refuses it too (validate-figures-pack.py) */
} Refusal;

static const Refusal refusals[] = {
  { "\"platform\": \"weibo\"", "\"platform\": \"weixin\"", SOLAR_JSON_ERROR_REFERENCE,
    "p.json: $.figures[1].platform: Social Solar has no platform “weixin”; expected one of "
    "“wechat”, “weibo”, “douyin”, “red”, “zhihu”, “bilibili”, “tencent-video”, “iqiyi”, "
    "“youku”, “mango-tv”, “kuaishou”, “wechat-channels”" },
  { "\"figure\": \"dau\"", "\"figure\": \"daily-users\"", SOLAR_JSON_ERROR_REFERENCE,
    "p.json: $.figures[1].figure: “weibo” has no figure “daily-users”; expected one of "
    "“dau”, “mau”" },
  { "\"url\": \"https://example.org/\",\n", "", SOLAR_JSON_ERROR_MISSING,
    "p.json: $.sources[0].url: required member is missing", TRUE },
  { "\"as_of\": \"2024-06\"", "\"as_of\": \"2019-05\"", SOLAR_JSON_ERROR_VALUE,
    "p.json: $.figures[0].later[0].as_of: “2019-05” is not after the figure before it "
    "(“2020-08”); give later figures oldest first" },
  { "\"as_of\": \"2026-03\"", "\"as_of\": \"2024-01\"", SOLAR_JSON_ERROR_VALUE,
    "p.json: $.figures[0].later[1].as_of: “2024-01” is not after the figure before it "
    "(“2024-06”); give later figures oldest first" },
  { "\"as_of\": \"2025-03\"", "\"as_of\": \"2025-09\"", SOLAR_JSON_ERROR_DUPLICATE,
    "p.json: $.figures[1].later[0].as_of: “dau” of “weibo” already has a figure as of "
    "“2025-09”, from Social Solar's own data; a pack adds figures and never replaces one, "
    "so leave this one out" },
  { "\"source\": \"pub\", \"quote\": \"261 million\"", "\"source\": \"report-2021\", \"quote\": \"261 million\"",
    SOLAR_JSON_ERROR_REFERENCE,
    "p.json: $.figures[1].later[0].source: no source has the id “report-2021”; add it to "
    "“sources” in p.json" },
  { "\"quote\": \"261 million\"", "\"quote\": \"\"", SOLAR_JSON_ERROR_VALUE,
    "p.json: $.figures[1].later[0].quote: give the source's own words for the figure", TRUE },
  /* Weibo's monthly users are dated June 2025: a pack cannot add a point before them. */
  { "\"figure\": \"dau\"", "\"figure\": \"mau\"", SOLAR_JSON_ERROR_VALUE,
    "p.json: $.figures[1].later[0].as_of: “2025-03” is not after the figure before it "
    "(“2025-06”); give later figures oldest first" },
  { "\"platform\": \"weibo\", \"figure\": \"dau\"", "\"platform\": \"wechat\", \"figure\": \"mau\"",
    SOLAR_JSON_ERROR_DUPLICATE,
    "p.json: $.figures[1].figure: “mau” of “wechat” is listed already, at $.figures[0]; give "
    "all its figures in that one list" },
  { "\"later\": [\n      { \"value\": 261000000", "\"latter\": [\n      { \"value\": 261000000",
    SOLAR_JSON_ERROR_VALUE,
    "p.json: $.figures[1].latter: unknown member; expected one of “platform”, “figure”, “later”", TRUE },
  { "\"format\": \"social-solar-figures-pack\"", "\"format\": \"social-solar-platforms\"",
    SOLAR_JSON_ERROR_FORMAT,
    "p.json: $.format: expected “social-solar-figures-pack”, got “social-solar-platforms”", TRUE },
  { "\"version\": 1", "\"version\": 2", SOLAR_JSON_ERROR_FORMAT,
    "p.json: $.version: version 2 is not supported; this release reads version 1", TRUE },
  { "\"value\": 261000000,", "\"value\": 261000000", SOLAR_JSON_ERROR_SYNTAX,
    /* Line 16, just after 261000000, where the comma belongs. */
    "p.json:16:27: expected “,” or “}” after the member “value”, got “\"”; is a comma missing?", TRUE },
};

static void
test_refused (gconstpointer data)
{
  const Refusal *refusal = data;
  g_autoptr(SolarDataset) dataset = load_default ();
  g_autofree char *document = mutate (refusal->needle, refusal->replacement);
  g_autoptr(GError) error = NULL;
  g_autoptr(SolarFiguresPack) pack = read_pack (dataset, document, "p.json", &error);

  g_assert_null (pack);
  g_assert_error (error, SOLAR_JSON_ERROR, (int)refusal->code);
  g_assert_cmpstr (error->message, ==, refusal->message);
}

/* A point the shipped data has not, dated as one another pack added, is refused naming it. */
static void
test_clash_with_pack (void)
{
  g_autoptr(SolarDataset) dataset = load_default ();
  g_autoptr(GError) error = NULL;
  g_autoptr(SolarFiguresPack) first = read_pack (dataset, good_pack, "a.json", &error);
  g_autoptr(SolarFiguresPack) second = NULL;

  g_assert_no_error (error);
  solar_dataset_add_figures_pack (dataset, first);
  second = read_pack (dataset, good_pack, "b.json", &error);
  g_assert_null (second);
  g_assert_error (error, SOLAR_JSON_ERROR, SOLAR_JSON_ERROR_DUPLICATE);
  g_assert_cmpstr (error->message, ==,
                   "b.json: $.figures[0].later[0].as_of: “mau” of “wechat” already has a "
                   "figure as of “2024-06”, from the pack “Test pack” (a.json); a pack adds "
                   "figures and never replaces one, so leave this one out");
}

/* The folder
 * ==========
 */

static char *
count_later (SolarDataset *dataset)
{
  return g_strdup_printf ("%u %u", solar_figure_get_n_later (get_figure (dataset, "wechat", "mau")),
                          solar_figure_get_n_later (get_figure (dataset, "weibo", "dau")));
}

static void
write_text (GFile      *directory,
            const char *name,
            const char *text)
{
  g_autoptr(GFile) file = g_file_get_child (directory, name);
  g_autoptr(GError) error = NULL;

  g_file_replace_contents (file, text, strlen (text), NULL, FALSE, 0, NULL, NULL, &error);
  g_assert_no_error (error);
}

static void
test_folder (void)
{
  g_autofree char *path = g_dir_make_tmp ("solar-packs-XXXXXX", NULL);
  g_autofree char *packs_path = g_build_filename (path, "figures-packs", NULL);
  g_autoptr(GFile) directory = g_file_new_for_path (packs_path);
  g_autoptr(SolarDataset) dataset = load_default ();
  g_autoptr(SolarPackFolder) folder = solar_pack_folder_new (dataset, directory);
  g_autoptr(GBytes) good = g_bytes_new_static (good_pack, strlen (good_pack));
  g_autoptr(GBytes) bad = g_bytes_new_static ("{ \"format\": ", 12);
  g_autoptr(GError) error = NULL;
  g_autofree char *shipped = count_later (dataset);
  g_autofree char *counts = NULL;
  SolarFiguresPack *pack;

  /* No folder yet: no packs. */
  solar_pack_folder_load (folder);
  g_assert_cmpuint (g_list_model_get_n_items (solar_pack_folder_get_packs (folder)), ==, 0);

  /* A bad pack changes nothing, and makes no folder. */
  g_assert_null (solar_pack_folder_install (folder, bad, "bad.json", &error));
  g_assert_error (error, SOLAR_JSON_ERROR, SOLAR_JSON_ERROR_SYNTAX);
  g_clear_error (&error);
  g_assert_false (g_file_query_exists (directory, NULL));
  counts = count_later (dataset);
  g_assert_cmpstr (counts, ==, shipped);
  g_clear_pointer (&counts, g_free);

  pack = solar_pack_folder_install (folder, good, "good.json", &error);
  g_assert_no_error (error);
  g_assert_nonnull (pack);
  counts = count_later (dataset);
  g_assert_cmpstr (counts, ==, "4 2");
  g_clear_pointer (&counts, g_free);

  /* The same name again is a newer edition: in place of the old, not clashing with it. */
  pack = solar_pack_folder_install (folder, good, "good.json", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (solar_pack_folder_get_packs (folder)), ==, 1);
  counts = count_later (dataset);
  g_assert_cmpstr (counts, ==, "4 2");
  g_clear_pointer (&counts, g_free);

  /* A new start reads it back, and lists a broken one beside it without stopping. */
  write_text (directory, "0-broken.json", "{ \"format\": \"social-solar-figures-pack\",\n  \"version\": 1,,\n}");
  write_text (directory, "notes.txt", "not a pack");
  {
    g_autoptr(SolarDataset) again = load_default ();
    g_autoptr(SolarPackFolder) reread = solar_pack_folder_new (again, directory);
    GListModel *packs = solar_pack_folder_get_packs (reread);
    g_autoptr(SolarFiguresPack) broken = NULL;
    g_autoptr(SolarFiguresPack) loaded = NULL;

    solar_pack_folder_load (reread);
    g_assert_cmpuint (g_list_model_get_n_items (packs), ==, 2);
    g_assert_cmpuint (solar_pack_folder_count_unreadable (reread), ==, 1);
    broken = g_list_model_get_item (packs, 0);
    g_assert_cmpstr (solar_figures_pack_get_file_name (broken), ==, "0-broken.json");
    g_assert_nonnull (solar_figures_pack_get_error (broken));
    g_assert_true (g_str_has_prefix (solar_figures_pack_get_error (broken)->message,
                                     "0-broken.json:2:16: "));
    loaded = g_list_model_get_item (packs, 1);
    g_assert_null (solar_figures_pack_get_error (loaded));
    counts = count_later (again);
    g_assert_cmpstr (counts, ==, "4 2");
    g_clear_pointer (&counts, g_free);

    /* Removing the broken one deletes its file, and undoing puts it back. */
    g_assert_true (solar_pack_folder_remove (reread, broken, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (packs), ==, 1);
    g_assert_true (solar_pack_folder_restore (reread, broken, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (packs), ==, 2);
    g_assert_true (solar_pack_folder_remove (reread, broken, &error));
  }

  /* Removed: the file and the points go; undone: both come back. */
  g_object_ref (pack);
  g_assert_true (solar_pack_folder_remove (folder, pack, &error));
  g_assert_no_error (error);
  {
    g_autofree char *file = g_build_filename (packs_path, "good.json", NULL);

    g_assert_false (g_file_test (file, G_FILE_TEST_EXISTS));
    counts = count_later (dataset);
    g_assert_cmpstr (counts, ==, shipped);
    g_clear_pointer (&counts, g_free);
    g_assert_true (solar_pack_folder_restore (folder, pack, &error));
    g_assert_no_error (error);
    g_assert_true (g_file_test (file, G_FILE_TEST_EXISTS));
    counts = count_later (dataset);
    g_assert_cmpstr (counts, ==, "4 2");
    g_clear_pointer (&counts, g_free);
    g_remove (file);
  }
  g_object_unref (pack);

  {
    g_autofree char *notes = g_build_filename (packs_path, "notes.txt", NULL);

    g_remove (notes);
    g_rmdir (packs_path);
    g_rmdir (path);
  }
}

static void
test_name_for (void)
{
  static const char * const cases[][2] = {
    { "/home/u/Downloads/weibo.figures-pack.json", "weibo.figures-pack.json" },
    { "/home/u/pack", "pack.json" },
    { "/home/u/.hidden.json", "pack.hidden.json" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (cases[i][0]);
      g_autofree char *name = solar_pack_folder_name_for (file);

      g_assert_cmpstr (name, ==, cases[i][1]);
    }
}

/* --write-packs DIR: the good pack and every refused one, for validate-figures-pack.py to
 * check the schema against the same documents (refused-N-schema.json where the schema must
 * refuse it too, refused-N.json where only the loader can). */
static int
write_packs (const char *directory)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *good = g_build_filename (directory, "good.json", NULL);

  if (!g_file_set_contents (good, good_pack, -1, &error))
    g_error ("%s", error->message);
  for (guint i = 0; i < G_N_ELEMENTS (refusals); i++)
    {
      g_autofree char *document = mutate (refusals[i].needle, refusals[i].replacement);
      g_autofree char *name = g_strdup_printf ("refused-%u%s.json", i, refusals[i].schema ? "-schema" : "");
      g_autofree char *path = g_build_filename (directory, name, NULL);

      if (!g_file_set_contents (path, document, -1, &error))
        g_error ("%s", error->message);
    }
  return 0;
}

int
main (int    argc,
      char **argv)
{
  if (argc == 3 && g_str_equal (argv[1], "--write-packs"))
    return write_packs (argv[2]);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/figures-pack/merge", test_merge);
  g_test_add_func ("/figures-pack/example", test_example);
  g_test_add_func ("/figures-pack/clash-with-pack", test_clash_with_pack);
  for (guint i = 0; i < G_N_ELEMENTS (refusals); i++)
    {
      g_autofree char *path = g_strdup_printf ("/figures-pack/refused/%u", i);

      g_test_add_data_func (path, &refusals[i], test_refused);
    }
  g_test_add_func ("/figures-pack/folder", test_folder);
  g_test_add_func ("/figures-pack/name-for", test_name_for);
  return g_test_run ();
}
