/* test-roster-libreoffice.c: rosters and milestones saved by LibreOffice Calc (issue 15)
 *
 * The unit tests of test-roster-csv.c are written by hand after what spreadsheets write;
 * these files are written by a spreadsheet. The test makes two sheets in LibreOffice's
 * flat XML format (a KOL roster with Chinese headers, a cell of two lines, a comma inside a
 * name, a formula, a bad platform and a bad follower count; milestones with date cells),
 * has LibreOffice Calc (Debian's libreoffice-calc-nogui, run headless) save them as CSV as
 * a planner would: UTF-8 with commas, GB18030 with semicolons, UTF-8 with tabs; and reads
 * each with the importer the app uses.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "solar-milestone.h"
#include "solar-roster-csv.h"

static SolarDataset *dataset;
static char *work_dir;

#define FODS_START \
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
  "<office:document xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"" \
  " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"" \
  " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"" \
  " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\"" \
  " xmlns:number=\"urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0\"" \
  " xmlns:of=\"urn:oasis:names:tc:opendocument:xmlns:of:1.2\"" \
  " office:version=\"1.2\" office:mimetype=\"application/vnd.oasis.opendocument.spreadsheet\">\n"

#define S(text) "<table:table-cell office:value-type=\"string\"><text:p>" text "</text:p></table:table-cell>"
#define N(value) "<table:table-cell office:value-type=\"float\" office:value=\"" value "\"><text:p>" value "</text:p></table:table-cell>"
#define ROW(cells) "<table:table-row>" cells "</table:table-row>\n"

/* A KOL roster as planners keep one: Chinese headers, a note column the app does not
 * import, amounts as numbers and as 万, a cell of two paragraphs, a formula. */
static const char kol_sheet[] =
  FODS_START
  "<office:body><office:spreadsheet><table:table table:name=\"达人\">\n"
  ROW (S ("昵称") S ("平台") S ("级别") S ("粉丝数") S ("报价") S ("合作形式") S ("备注"))
  ROW (S ("小鹿, 美妆") S ("小红书") S ("腰部") N ("12000") N ("8000")
       "<table:table-cell office:value-type=\"string\"><text:p>图文笔记</text:p><text:p>短视频</text:p></table:table-cell>"
       S ("首发"))
  ROW (S ("大熊") S ("抖音") S ("头部")
       "<table:table-cell table:formula=\"of:=3*1000000\" office:value-type=\"float\" office:value=\"3000000\"><text:p>3000000</text:p></table:table-cell>"
       S ("2.5万") S ("直播") S (""))
  ROW (S ("Mei") S ("头条") S ("KOC") N ("5000") N ("300") S ("") S (""))
  ROW (S ("Ann") S ("微博") S ("尾部") S ("很多") N ("0") S ("") S (""))
  "</table:table></office:spreadsheet></office:body></office:document>\n";

/* Milestones with real date cells, shown as Chinese sheets show them (2026/6/18). */
static const char milestone_sheet[] =
  FODS_START
  "<office:automatic-styles>"
  "<number:date-style style:name=\"N1\"><number:year number:style=\"long\"/><number:text>/</number:text>"
  "<number:month/><number:text>/</number:text><number:day/></number:date-style>"
  "<style:style style:name=\"ce1\" style:family=\"table-cell\" style:data-style-name=\"N1\"/>"
  "</office:automatic-styles>\n"
  "<office:body><office:spreadsheet><table:table table:name=\"节点\">\n"
  ROW (S ("节点") S ("日期") S ("平台"))
  ROW (S ("预热")
       "<table:table-cell table:style-name=\"ce1\" office:value-type=\"date\" office:date-value=\"2026-05-20\"><text:p>2026/5/20</text:p></table:table-cell>"
       S ("小红书"))
  ROW (S ("618 大促")
       "<table:table-cell table:style-name=\"ce1\" office:value-type=\"date\" office:date-value=\"2026-06-18\"><text:p>2026/6/18</text:p></table:table-cell>"
       S ("抖音"))
  ROW (S ("待定") S ("下个月") S (""))
  "</table:table></office:spreadsheet></office:body></office:document>\n";

/* LibreOffice's CSV filter options: separator, quote (34: "), character set (76 UTF-8, 85
 * GB18030, as rtl/textenc.h numbers them), first line. */
static GBytes *
save_as_csv (const char *sheet,
             const char *name,
             const char *options)
{
  g_autofree char *fods = g_build_filename (work_dir, name, NULL);
  g_autofree char *out_dir = g_build_filename (work_dir, options, NULL);
  g_autofree char *filter = g_strdup_printf ("csv:Text - txt - csv (StarCalc):%s", options);
  g_autofree char *base = g_strndup (name, strlen (name) - strlen (".fods"));
  g_autofree char *csv_name = g_strconcat (base, ".csv", NULL);
  g_autofree char *csv = g_build_filename (out_dir, csv_name, NULL);
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autofree char *standard_error = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;
  int status;
  /* A profile of its own, so no other LibreOffice (or an earlier run) is asked to do it. */
  g_autofree char *profile = g_strdup_printf ("-env:UserInstallation=file://%s/profile", work_dir);
  const char *argv[] = { soffice, profile, "--headless", "--norestore", "--convert-to", filter,
                         "--outdir", out_dir, fods, NULL };

  if (soffice == NULL)
    g_error ("soffice is not installed: these files are made by LibreOffice Calc "
             "(Debian's libreoffice-calc-nogui, which build-aux/dev installs)");
  g_assert_true (g_file_set_contents (fods, sheet, -1, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                               NULL, &standard_error, &status, &error));
  g_assert_no_error (error);
  if (!g_file_get_contents (csv, &contents, &length, &error))
    g_error ("LibreOffice wrote no %s (exit status %d): %s", csv, status, standard_error);
  g_test_message ("%s, as LibreOffice saved it with %s: %" G_GSIZE_FORMAT " bytes", name, options, length);
  return g_bytes_new_take (g_steal_pointer (&contents), length);
}

static const char *
message_at (SolarRosterImport *import,
            guint              i)
{
  g_assert_cmpuint (i, <, import->rejections->len);
  return ((SolarRosterRejection *)g_ptr_array_index (import->rejections, i))->message;
}

/* What every form of the KOL sheet must read as. */
static void
check_kols (SolarRosterImport *import)
{
  SolarKol *deer, *bear;

  g_assert_cmpuint (import->items->len, ==, 2);
  deer = g_ptr_array_index (import->items, 0);
  bear = g_ptr_array_index (import->items, 1);
  g_assert_cmpstr (solar_kol_get_name (deer), ==, "小鹿, 美妆");
  g_assert_cmpstr (solar_kol_get_platform_id (deer), ==, "red");
  g_assert_cmpint (solar_kol_get_tier (deer), ==, SOLAR_KOL_TIER_MID);
  g_assert_cmpfloat (solar_kol_get_followers (deer), ==, 12000);
  g_assert_cmpfloat (solar_kol_get_fee (deer), ==, 8000);
  g_assert_cmpstr (solar_kol_get_deliverables (deer), ==, "图文笔记\n短视频");
  g_assert_cmpstr (solar_kol_get_platform_id (bear), ==, "douyin");
  g_assert_cmpint (solar_kol_get_tier (bear), ==, SOLAR_KOL_TIER_HEAD);
  g_assert_cmpfloat (solar_kol_get_followers (bear), ==, 3000000);   /* the formula's value */
  g_assert_cmpfloat (solar_kol_get_fee (bear), ==, 25000);
  g_assert_cmpstrv (import->ignored_columns, ((const char * const[]) { "备注", NULL }));

  /* The two-line cell takes lines 2 and 3: Mei is on line 5, Ann on 6. */
  g_assert_cmpuint (import->rejections->len, ==, 2);
  g_assert_true (g_str_has_prefix (message_at (import, 0), "line 5, column "));
  g_assert_nonnull (strstr (message_at (import, 0), "(平台): “头条” is not a platform Social Solar knows"));
  g_assert_true (g_str_has_prefix (message_at (import, 1), "line 6, column "));
  g_assert_nonnull (strstr (message_at (import, 1), "(粉丝数): “很多” is not a number of followers"));
}

static void
test_utf8_commas (void)
{
  g_autoptr(GBytes) bytes = save_as_csv (kol_sheet, "roster.fods", "44,34,76,1");
  g_autoptr(GError) error = NULL;
  g_autoptr(SolarRosterImport) import =
    solar_roster_csv_import (bytes, "roster.csv", SOLAR_ROSTER_KOLS, dataset, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (import->encoding, ==, "UTF-8");
  g_assert_cmpint (import->separator, ==, ',');
  check_kols (import);
}

static void
test_gb18030_semicolons (void)
{
  g_autoptr(GBytes) bytes = save_as_csv (kol_sheet, "roster.fods", "59,34,85,1");
  g_autoptr(GError) error = NULL;
  g_autoptr(SolarRosterImport) import =
    solar_roster_csv_import (bytes, "roster.csv", SOLAR_ROSTER_KOLS, dataset, &error);

  /* Really GB18030: 昵称 in it, not in UTF-8. */
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "\xEA\xC7\xB3\xC6"));
  g_assert_no_error (error);
  g_assert_cmpstr (import->encoding, ==, "GB18030");
  g_assert_cmpint (import->separator, ==, ';');
  check_kols (import);
}

/* Rows copied out of Calc are tab-separated text, as "Text CSV" with tabs saves them. */
static void
test_tabs_pasted (void)
{
  g_autoptr(GBytes) bytes = save_as_csv (kol_sheet, "roster.fods", "9,34,76,1");
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_autoptr(GError) error = NULL;
  g_autoptr(SolarRosterImport) import = solar_roster_tsv_paste (text, SOLAR_ROSTER_KOLS, dataset, &error);

  g_assert_no_error (error);
  g_assert_cmpint (import->separator, ==, '\t');
  check_kols (import);
}

static void
test_milestones_gb18030 (void)
{
  g_autoptr(GBytes) bytes = save_as_csv (milestone_sheet, "milestones.fods", "44,34,85,1");
  g_autoptr(GError) error = NULL;
  g_autoptr(SolarRosterImport) import =
    solar_roster_csv_import (bytes, "milestones.csv", SOLAR_ROSTER_MILESTONES, dataset, &error);
  SolarMilestone *launch;

  g_assert_no_error (error);
  g_assert_cmpstr (import->encoding, ==, "GB18030");
  g_assert_cmpuint (import->items->len, ==, 2);
  launch = g_ptr_array_index (import->items, 1);
  g_assert_cmpstr (solar_milestone_get_name (launch), ==, "618 大促");
  g_assert_cmpstr (solar_milestone_get_date (launch), ==, "2026-06-18");
  g_assert_cmpstr (solar_milestone_get_platform_id (launch), ==, "douyin");
  g_assert_cmpstr (solar_milestone_get_date (g_ptr_array_index (import->items, 0)), ==, "2026-05-20");
  g_assert_cmpuint (import->rejections->len, ==, 1);
  g_assert_true (g_str_has_prefix (message_at (import, 0), "line 4, column "));
  g_assert_nonnull (strstr (message_at (import, 0), "(日期): “下个月” is not a date"));
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
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
  work_dir = g_dir_make_tmp ("solar-libreoffice-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/roster-libreoffice/utf8-commas", test_utf8_commas);
  g_test_add_func ("/roster-libreoffice/gb18030-semicolons", test_gb18030_semicolons);
  g_test_add_func ("/roster-libreoffice/tabs-pasted", test_tabs_pasted);
  g_test_add_func ("/roster-libreoffice/milestones-gb18030", test_milestones_gb18030);
  ret = g_test_run ();

  remove_tree (work_dir);
  g_free (work_dir);
  g_object_unref (dataset);
  return ret;
}
