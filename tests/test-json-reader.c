/* test-json-reader.c: the app's JSON reader builds the tree json-glib's parser builds
 *
 * solar-json-syntax.c reads files into json-glib's nodes itself (json-glib's parser is
 * slow, and takes more than JSON). Whatever it accepts must read exactly as json-glib would
 * have read it: the same members in the same order, the same texts after their escapes,
 * integers as integers and other numbers as doubles, so that a plan's unknown members are
 * written back as they came. Each document below, and every JSON file the app ships, is
 * read both ways and written out with json-glib's generator; the two texts must match.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>

#include "solar-json.h"

static const char * const documents[] = {
  "{}",
  "[]",
  "\xef\xbb\xbf{\"bom\": true}",
  " \t\r\n{ \"a\" : 1 , \"b\" :[ 1 ,2 ] }\n",
  "{\"z\": 1, \"a\": 2, \"m\": {\"y\": [], \"b\": {}}}",
  "{\"integers\": [0, -0, 7, -7, 123456789012345, -123456789012345]}",
  ("{\"doubles\": [0.0, -0.0, 1.5, -2.25, 1e5, 1E5, 1e-3, -2.5e+10, 0.1, 123456789.123456789, "
   "1.7976931348623157e308, 5e-324, 1e-400]}"),
  "{\"words\": [true, false, null]}",
  "{\"escapes\": \"\\\" \\\\ \\/ \\b \\f \\n \\r \\t\"}",
  "{\"unicode\": \"\\u4e2d\\u6587 \\u00e9 \\u0001 \\u007f \\uffff\"}",
  "{\"pair\": \"\\ud83d\\ude00 and \\uD834\\uDD1E\"}",
  "{\"raw\": \"中文 😀 é\"}",
  "{\"\\u540d\\u5b57\": \"an escaped member name\", \"名 字\": 2}",
  "{\"a\\\"b\": 1, \"a\\\\b\": 2}",
  "[\"\", \"\\\\\", \"x\\\\\", \"\\\\u0041\"]",
  "[[[[[[[[[[1]]]]]]]]]]",
  "{\"kols\": [{\"name\": \"小鹿\", \"fee\": 8000, \"followers\": 12000.5}]}",
  "42",
  "\"just a text\"",
  "null",
};

/* What json-glib's generator writes for @node: it tells integers from doubles, and keeps
 * the members' order. */
static char *
written (JsonNode *node)
{
  return json_to_string (node, FALSE);
}

static void
assert_same_tree (const char *text,
                  gsize       length,
                  const char *name)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, length);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) ours = solar_json_parse (bytes, name, &error);
  g_autofree char *ours_text = NULL;
  g_autofree char *theirs_text = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (ours);
  g_assert_true (json_parser_load_from_data (parser, text, length, &error));
  g_assert_no_error (error);

  ours_text = written (ours);
  theirs_text = written (json_parser_get_root (parser));
  if (g_strcmp0 (ours_text, theirs_text) != 0)
    g_error ("%s: read differently\n  ours:      %.400s\n  json-glib: %.400s", name, ours_text,
             theirs_text);
  g_assert_true (json_node_equal (ours, json_parser_get_root (parser)));
}

static void
test_documents (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    {
      g_autofree char *name = g_strdup_printf ("document %u", i);

      assert_same_tree (documents[i], strlen (documents[i]), name);
    }
}

/* Every *.json under @directory; returns how many were compared. */
static guint
compare_files (const char *directory,
               gboolean    skip_refused)
{
  g_autoptr(GDir) dir = g_dir_open (directory, 0, NULL);
  const char *entry;
  guint count = 0;

  g_assert_nonnull (dir);
  while ((entry = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (directory, entry, NULL);
      g_autofree char *contents = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(JsonNode) node = NULL;
      gsize length;

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          count += compare_files (path, skip_refused);
          continue;
        }
      if (!g_str_has_suffix (entry, ".json"))
        continue;
      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      bytes = g_bytes_new (contents, length);
      /* The fuzzing corpus holds files the reader must refuse; those it accepts must read
       * as json-glib reads them. */
      if (skip_refused && (node = solar_json_parse (bytes, entry, NULL)) == NULL)
        continue;
      assert_same_tree (contents, length, path);
      count++;
    }
  return count;
}

static void
test_shipped_files (void)
{
  g_autofree char *data = g_test_build_filename (G_TEST_DIST, "..", "data", "json", NULL);

  /* The dataset, the rules, the templates. */
  g_assert_cmpuint (compare_files (data, FALSE), >=, 8);
}

static void
test_fuzz_corpus (void)
{
  g_autofree char *corpus = g_test_build_filename (G_TEST_DIST, "fuzz", "corpus", NULL);

  g_assert_cmpuint (compare_files (corpus, TRUE), >=, 3);
}

/* Two members of one name are refused however they are written: json-glib would keep the
 * second, so the file would read differently from how it looks. */
static void
test_duplicate_after_escapes (void)
{
  static const char text[] = "{\"name\": 1,\n \"n\\u0061me\": 2}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, sizeof text - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = solar_json_parse (bytes, "twice.json", &error);

  g_assert_null (node);
  g_assert_error (error, SOLAR_JSON_ERROR, SOLAR_JSON_ERROR_DUPLICATE);
  g_assert_cmpstr (error->message, ==,
                   "twice.json:2:2: the member “name” is in this object twice; keep one");
}

/* The paths in messages, made for every item read (without printf, so tested here). */
static void
test_paths (void)
{
  static const struct { const char *path; guint index; const char *expected; } cases[] = {
    { "$.kols", 0, "$.kols[0]" },
    { "$.kols", 9, "$.kols[9]" },
    { "$.kols", 10, "$.kols[10]" },
    { "$.platforms[2].kpis", 4294967295u, "$.platforms[2].kpis[4294967295]" },
    { "", 120, "[120]" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = solar_json_path_index (cases[i].path, cases[i].index);

      g_assert_cmpstr (path, ==, cases[i].expected);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/json-reader/documents", test_documents);
  g_test_add_func ("/json-reader/shipped-files", test_shipped_files);
  g_test_add_func ("/json-reader/fuzz-corpus", test_fuzz_corpus);
  g_test_add_func ("/json-reader/duplicate-after-escapes", test_duplicate_after_escapes);
  g_test_add_func ("/json-reader/paths", test_paths);
  return g_test_run ();
}
