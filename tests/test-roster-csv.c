/* test-roster-csv.c: rosters from spreadsheets, as Excel, WPS and LibreOffice save them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "solar-dataset.h"
#include "solar-kol.h"
#include "solar-kpi.h"
#include "solar-milestone.h"
#include "solar-roster-csv.h"

static SolarDataset *dataset;

static SolarRosterImport *
import_text (const char *text,
             gssize      length,
             GError    **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, length < 0 ? strlen (text) : (gsize)length);

  return solar_roster_csv_import (bytes, "roster.csv", SOLAR_ROSTER_KOLS, dataset, error);
}

static SolarKol *
kol_at (SolarRosterImport *import,
        guint              i)
{
  g_assert_cmpuint (i, <, import->items->len);
  return g_ptr_array_index (import->items, i);
}

static const char *
rejection_message (SolarRosterImport *import,
                   guint              i)
{
  g_assert_cmpuint (i, <, import->rejections->len);
  return ((SolarRosterRejection *)g_ptr_array_index (import->rejections, i))->message;
}

/* What LibreOffice's "Text CSV" writes from a UTF-8 sheet: a BOM if asked, commas, quotes
 * around what holds a comma, a quote or a line break, CRLF. */
static void
test_utf8_english (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SolarRosterImport) import =
    import_text ("\xEF\xBB\xBF" "Name,Platform,Tier,Followers,Fee,Deliverables,Notes\r\n"
                 "Lily Chen,RED (Xiaohongshu),KOC,\"8,500\",300,\"1 note, 1 video\",first\r\n"
                 "\"Ann \"\"the tea\"\" Wu\",Douyin,Head,3000000,60000,\"Line one\nline two\",\r\n"
                 "\r\n"
                 "Bo,wechat,mid,,,,\r\n", -1, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (import->encoding, ==, "UTF-8");
  g_assert_cmpint (import->separator, ==, ',');
  g_assert_cmpuint (import->items->len, ==, 3);
  g_assert_cmpuint (import->rejections->len, ==, 0);
  g_assert_cmpstrv (import->ignored_columns, ((const char * const[]) { "Notes", NULL }));

  g_assert_cmpstr (solar_kol_get_name (kol_at (import, 0)), ==, "Lily Chen");
  g_assert_cmpstr (solar_kol_get_platform_id (kol_at (import, 0)), ==, "red");
  g_assert_cmpint (solar_kol_get_tier (kol_at (import, 0)), ==, SOLAR_KOL_TIER_KOC);
  g_assert_cmpfloat (solar_kol_get_followers (kol_at (import, 0)), ==, 8500);
  g_assert_cmpfloat (solar_kol_get_fee (kol_at (import, 0)), ==, 300);
  g_assert_cmpstr (solar_kol_get_deliverables (kol_at (import, 0)), ==, "1 note, 1 video");

  g_assert_cmpstr (solar_kol_get_name (kol_at (import, 1)), ==, "Ann \"the tea\" Wu");
  g_assert_cmpstr (solar_kol_get_platform_id (kol_at (import, 1)), ==, "douyin");
  g_assert_cmpstr (solar_kol_get_deliverables (kol_at (import, 1)), ==, "Line one\nline two");
  /* The line each came from: the quoted line break counts. */
  g_assert_cmpuint (g_array_index (import->lines, guint, 1), ==, 3);
  g_assert_cmpuint (g_array_index (import->lines, guint, 2), ==, 6);

  g_assert_cmpstr (solar_kol_get_platform_id (kol_at (import, 2)), ==, "wechat");
  g_assert_cmpint (solar_kol_get_tier (kol_at (import, 2)), ==, SOLAR_KOL_TIER_MID);
  g_assert_cmpfloat (solar_kol_get_followers (kol_at (import, 2)), ==, 0);
}

/* What Excel and WPS save in a Chinese locale: GB18030 ("ANSI"), Chinese headers, and in
 * some regions semicolons; numbers as people type them. */
static void
test_gb18030_chinese (void)
{
  const char *utf8 = "昵称;平台;级别;粉丝数;报价;合作形式;备注\n"
                     "小鹿;小红书;腰部;1.2万;￥8,000;图文笔记;\n"
                     "大熊;抖音;头部;350w;2.5万元;短视频;复投\n"
                     "阿七;微博;KOC;8，600;600元;转发;\n";
  g_autoptr(GError) error = NULL;
  gsize length = 0;
  g_autofree char *gb = g_convert (utf8, -1, "GB18030", "UTF-8", NULL, &length, &error);
  g_autoptr(SolarRosterImport) import = NULL;

  g_assert_no_error (error);
  g_assert_false (g_utf8_validate (gb, length, NULL));
  import = import_text (gb, length, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (import->encoding, ==, "GB18030");
  g_assert_cmpint (import->separator, ==, ';');
  g_assert_cmpuint (import->rejections->len, ==, 0);
  g_assert_cmpuint (import->items->len, ==, 3);
  g_assert_cmpstrv (import->ignored_columns, ((const char * const[]) { "备注", NULL }));

  g_assert_cmpstr (solar_kol_get_name (kol_at (import, 0)), ==, "小鹿");
  g_assert_cmpstr (solar_kol_get_platform_id (kol_at (import, 0)), ==, "red");
  g_assert_cmpint (solar_kol_get_tier (kol_at (import, 0)), ==, SOLAR_KOL_TIER_MID);
  g_assert_cmpfloat (solar_kol_get_followers (kol_at (import, 0)), ==, 12000);
  g_assert_cmpfloat (solar_kol_get_fee (kol_at (import, 0)), ==, 8000);
  g_assert_cmpstr (solar_kol_get_deliverables (kol_at (import, 0)), ==, "图文笔记");
  g_assert_cmpint (solar_kol_get_tier (kol_at (import, 1)), ==, SOLAR_KOL_TIER_HEAD);
  g_assert_cmpfloat (solar_kol_get_followers (kol_at (import, 1)), ==, 3500000);
  g_assert_cmpfloat (solar_kol_get_fee (kol_at (import, 1)), ==, 25000);
  g_assert_cmpstr (solar_kol_get_platform_id (kol_at (import, 2)), ==, "weibo");
  g_assert_cmpfloat (solar_kol_get_followers (kol_at (import, 2)), ==, 8600);
}

/* Tab-separated, as a copy from a sheet or "Unicode text" saved as UTF-8. */
static void
test_tabs (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SolarRosterImport) import =
    import_text ("name\tplatform\tfee\nMei, the cook\tBilibili\t1200\n", -1, &error);

  g_assert_no_error (error);
  g_assert_cmpint (import->separator, ==, '\t');
  g_assert_cmpuint (import->items->len, ==, 1);
  g_assert_cmpstr (solar_kol_get_name (kol_at (import, 0)), ==, "Mei, the cook");
  g_assert_cmpstr (solar_kol_get_platform_id (kol_at (import, 0)), ==, "bilibili");
  /* No tier column: Mid, as Add KOL makes them, and counted so the preview says so. */
  g_assert_cmpuint (import->n_without_tier, ==, 1);
}

/* A bad row is left out with where and why; the good ones still come. */
static void
test_rejected_rows (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SolarRosterImport) import =
    import_text ("昵称,平台,级别,粉丝数,报价\n"
                 "小鹿,小红书,腰部,12000,800\n"
                 "阿强,头条,头部,很多,800\n"
                 ",抖音,KOC,100,10\n"
                 "=HYPERLINK(\"http://x\"),抖音,KOC,100,10\n"
                 "老王,微信,大V,100,-5\n", -1, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (import->items->len, ==, 1);
  g_assert_cmpstr (solar_kol_get_name (kol_at (import, 0)), ==, "小鹿");
  g_assert_cmpuint (import->rejections->len, ==, 6);
  g_assert_nonnull (strstr (rejection_message (import, 0),
                            "line 3, column 4 (平台): “头条” is not a platform Social Solar knows; write one of WeChat"));
  g_assert_cmpstr (rejection_message (import, 1), ==,
                   "line 3, column 10 (粉丝数): “很多” is not a number of followers; write it as 120000, 120,000 or 12万");
  g_assert_cmpstr (rejection_message (import, 2), ==, "line 4, column 1 (昵称): no name; every KOL needs one");
  g_assert_nonnull (strstr (rejection_message (import, 3), "line 5, column 1 (昵称): a spreadsheet formula"));
  g_assert_nonnull (strstr (rejection_message (import, 4), "line 6, column 7 (级别): “大V” is not a tier"));
  g_assert_nonnull (strstr (rejection_message (import, 5), "(报价): “-5” is not a fee"));
}

/* A file that is not a roster is refused whole, saying why and what to do, at once. */
static void
test_hostile_files (void)
{
  struct { const char *what; const char *data; gsize length; int code; const char *says; } cases[] = {
    { "workbook", "PK\x03\x04\0\0\x08\0", 8, SOLAR_CSV_ERROR_NOT_TEXT, "not a CSV text file" },
    { "UTF-16", "\xFF\xFEn\0a\0", 6, SOLAR_CSV_ERROR_ENCODING, "UTF-16" },
    { "cut character", "name\n\xE5\xB0", 7, SOLAR_CSV_ERROR_ENCODING, "line 2, column 1: the file ends in the middle of a character" },
    { "damaged UTF-8", "昵称\n小鹿\xFF\xFE,抖音\n", 0, SOLAR_CSV_ERROR_ENCODING,
      "line 2, column 3: the text is neither UTF-8 nor GB18030" },
    { "open quote", "name,fee\n\"Lily,300\nBo,200\n", 0, SOLAR_CSV_ERROR_SYNTAX, "line 2, column 1: the quoted field" },
    { "empty", "", 0, SOLAR_CSV_ERROR_EMPTY, "empty" },
    { "blank lines", "\n\r\n  \n", 0, SOLAR_CSV_ERROR_EMPTY, "no rows" },
    { "no name column", "platform,fee\nRED,300\n", 0, SOLAR_CSV_ERROR_SYNTAX, "line 1: the first row names no column" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SolarRosterImport) import = NULL;

      g_test_message ("%s", cases[i].what);
      import = import_text (cases[i].data, cases[i].length ? (gssize)cases[i].length : -1, &error);
      g_assert_null (import);
      g_assert_error (error, SOLAR_CSV_ERROR, cases[i].code);
      g_assert_true (g_str_has_prefix (error->message, "roster.csv: "));
      g_assert_nonnull (strstr (error->message, cases[i].says));
    }
}

/* 100 MB and a row of a million columns are refused quickly, not read. */
static void
test_huge_files (void)
{
  gsize big = 100 * 1024 * 1024;
  g_autofree char *hundred_mb = g_malloc (big);
  g_autofree char *wide = g_malloc (2000002);
  g_autoptr(GError) error = NULL;
  g_autoptr(SolarRosterImport) import = NULL;
  gint64 start = g_get_monotonic_time ();

  memset (hundred_mb, 'a', big);
  import = import_text (hundred_mb, big, &error);
  g_assert_null (import);
  g_assert_error (error, SOLAR_CSV_ERROR, SOLAR_CSV_ERROR_TOO_LARGE);
  g_clear_error (&error);

  memcpy (wide, "name", 4);
  memset (wide + 4, ',', 2000002 - 4);
  import = import_text (wide, 2000002, &error);
  g_assert_null (import);
  g_assert_error (error, SOLAR_CSV_ERROR, SOLAR_CSV_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "line 1 has more than 256 columns"));
  g_test_message ("both refused in %.0f ms", (g_get_monotonic_time () - start) / 1000.0);
}

/* Export, then import: every field back as it was, the awkward ones included. */
static void
test_round_trip (void)
{
  g_autoptr(GListStore) kols = g_list_store_new (SOLAR_TYPE_KOL);
  const char *names[] = { "Lily, \"the tea\" Chen", "小鹿\n第二行", "=1+1", "-Lily-", "@home", "Bo" };
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SolarRosterImport) import = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(SolarKol) kol = solar_kol_new (names[i], i % 2 ? "red" : "douyin", i % 4);

      solar_kol_set_followers (kol, 1000 * (i + 1) + 0.5 * (i == 5));
      solar_kol_set_fee (kol, 12345.67 * i);
      solar_kol_set_deliverables (kol, i == 2 ? "+1 video" : "1 note, 1 video");
      solar_kol_set_publish_date (kol, i % 2 ? "2026-05-20" : "");
      g_list_store_append (kols, kol);
    }
  bytes = solar_roster_csv_export (G_LIST_MODEL (kols), SOLAR_ROSTER_KOLS, dataset);
  g_assert_true (g_str_has_prefix (g_bytes_get_data (bytes, NULL), "\xEF\xBB\xBF" "name,platform,tier,"));
  g_assert_nonnull (strstr (g_bytes_get_data (bytes, NULL), "\"'=1+1\""));
  import = solar_roster_csv_import (bytes, "roster.csv", SOLAR_ROSTER_KOLS, dataset, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (import->rejections->len, ==, 0);
  g_assert_cmpuint (import->items->len, ==, G_N_ELEMENTS (names));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(SolarKol) original = g_list_model_get_item (G_LIST_MODEL (kols), i);
      SolarKol *back = kol_at (import, i);

      g_assert_cmpstr (solar_kol_get_name (back), ==, solar_kol_get_name (original));
      g_assert_cmpstr (solar_kol_get_platform_id (back), ==, solar_kol_get_platform_id (original));
      g_assert_cmpint (solar_kol_get_tier (back), ==, solar_kol_get_tier (original));
      g_assert_cmpfloat_with_epsilon (solar_kol_get_followers (back), solar_kol_get_followers (original), 0.005);
      g_assert_cmpfloat_with_epsilon (solar_kol_get_fee (back), solar_kol_get_fee (original), 0.005);
      g_assert_cmpstr (solar_kol_get_deliverables (back), ==, solar_kol_get_deliverables (original));
      g_assert_cmpstr (solar_kol_get_publish_date (back), ==, solar_kol_get_publish_date (original));
    }
}

/* Rows copied from the table paste back unchanged; rows copied from a sheet paste with or
 * without their header; a bad pasted row says where, by the table's column names. */
static void
test_copy_paste (void)
{
  g_autoptr(SolarKol) a = solar_kol_new ("Lily\tChen", "red", SOLAR_KOL_TIER_KOC);
  g_autoptr(SolarKol) b = solar_kol_new ("=1+1", "douyin", SOLAR_KOL_TIER_HEAD);
  SolarKol *kols[] = { a, b };
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SolarRosterImport) pasted = NULL;
  g_autoptr(SolarRosterImport) with_header = NULL;
  g_autoptr(SolarRosterImport) bad = NULL;

  solar_kol_set_followers (a, 8500);
  solar_kol_set_fee (a, 300.5);
  solar_kol_set_deliverables (a, "1 note\n1 video");
  solar_kol_set_publish_date (a, "2026-06-01");
  text = solar_roster_tsv_copy ((gpointer *)kols, NULL, 2, SOLAR_ROSTER_KOLS, dataset);
  /* The publish date last: six pasted columns still read as before. */
  g_assert_cmpstr (text, ==, "\"Lily\tChen\"\tRED (Xiaohongshu)\tKOC\t8500\t300.50\t\"1 note\n1 video\"\t2026-06-01\n"
                             "\"'=1+1\"\tDouyin\tHead\t0\t0\t\t\n");
  pasted = solar_roster_tsv_paste (text, SOLAR_ROSTER_KOLS, dataset, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pasted->rejections->len, ==, 0);
  g_assert_cmpuint (pasted->items->len, ==, 2);
  g_assert_cmpstr (solar_kol_get_name (kol_at (pasted, 0)), ==, "Lily\tChen");
  g_assert_cmpstr (solar_kol_get_deliverables (kol_at (pasted, 0)), ==, "1 note\n1 video");
  g_assert_cmpfloat (solar_kol_get_fee (kol_at (pasted, 0)), ==, 300.5);
  g_assert_cmpstr (solar_kol_get_publish_date (kol_at (pasted, 0)), ==, "2026-06-01");
  g_assert_cmpstr (solar_kol_get_name (kol_at (pasted, 1)), ==, "=1+1");
  g_assert_cmpstr (solar_kol_get_publish_date (kol_at (pasted, 1)), ==, "");
  g_assert_cmpint (solar_kol_get_tier (kol_at (pasted, 1)), ==, SOLAR_KOL_TIER_HEAD);

  with_header = solar_roster_tsv_paste ("平台\t昵称\n抖音\t大熊\n", SOLAR_ROSTER_KOLS, dataset, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (with_header->items->len, ==, 1);
  g_assert_cmpstr (solar_kol_get_name (kol_at (with_header, 0)), ==, "大熊");
  g_assert_cmpstr (solar_kol_get_platform_id (kol_at (with_header, 0)), ==, "douyin");

  bad = solar_roster_tsv_paste ("Mei\tToutiao\tKOC\n", SOLAR_ROSTER_KOLS, dataset, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (bad->items->len, ==, 0);
  g_assert_true (g_str_has_prefix (rejection_message (bad, 0),
                                   "line 1, column 5 (platform): “Toutiao” is not a platform"));
}

static void
test_amounts (void)
{
  struct { const char *text; double value; } good[] = {
    { "12000", 12000 }, { "12,000", 12000 }, { "12，000", 12000 }, { " 1.2万 ", 12000 },
    { "3w", 30000 }, { "3W", 30000 }, { "2亿", 2e8 }, { "1.5k", 1500 }, { "¥8,000", 8000 },
    { "￥8000", 8000 }, { "8000元", 8000 }, { "CNY 8000", 8000 }, { "0", 0 }, { "0.5", 0.5 },
  };
  const char *bad[] = { "", "lots", "-5", "1.2.3", "万", "12万元万", "1e5", "NaN", "inf", "12 000 000 k k" };
  double value;

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_test_message ("%s", good[i].text);
      g_assert_true (solar_roster_parse_amount (good[i].text, &value));
      g_assert_cmpfloat_with_epsilon (value, good[i].value, 1e-6);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_test_message ("%s", bad[i]);
      g_assert_false (solar_roster_parse_amount (bad[i], &value));
    }
}

static SolarMilestone *
milestone_at (SolarRosterImport *import,
              guint              i)
{
  g_assert_cmpuint (i, <, import->items->len);
  return g_ptr_array_index (import->items, i);
}

/* Milestones from a GB18030 sheet with Chinese headers, dates as Chinese sheets write them;
 * a date that is none leaves its row out, saying where and what to write. */
static void
test_milestones (void)
{
  const char *utf8 = "节点,日期,平台,负责人\r\n"
                     "预热,2026/5/20,小红书,王\r\n"
                     "618 大促,2026年6月18日,抖音,李\r\n"
                     "复盘,2026.6.30 00:00:00,,张\r\n"
                     "待定,,微博,\r\n"
                     "错误,2026-02-30,微博,\r\n"
                     "下月,6月1日,微博,\r\n";
  gsize length;
  g_autoptr(GError) error = NULL;
  g_autofree char *gb = g_convert (utf8, -1, "GB18030", "UTF-8", NULL, &length, &error);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(SolarRosterImport) import = NULL;

  g_assert_no_error (error);
  bytes = g_bytes_new (gb, length);
  import = solar_roster_csv_import (bytes, "节点.csv", SOLAR_ROSTER_MILESTONES, dataset, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (import->encoding, ==, "GB18030");
  g_assert_cmpuint (import->items->len, ==, 4);
  g_assert_true (SOLAR_IS_MILESTONE (milestone_at (import, 0)));
  g_assert_cmpstr (solar_milestone_get_name (milestone_at (import, 0)), ==, "预热");
  g_assert_cmpstr (solar_milestone_get_date (milestone_at (import, 0)), ==, "2026-05-20");
  g_assert_cmpstr (solar_milestone_get_platform_id (milestone_at (import, 0)), ==, "red");
  g_assert_cmpstr (solar_milestone_get_date (milestone_at (import, 1)), ==, "2026-06-18");
  g_assert_cmpstr (solar_milestone_get_platform_id (milestone_at (import, 1)), ==, "douyin");
  g_assert_cmpstr (solar_milestone_get_date (milestone_at (import, 2)), ==, "2026-06-30");
  g_assert_cmpstr (solar_milestone_get_platform_id (milestone_at (import, 2)), ==, "");
  g_assert_cmpstr (solar_milestone_get_date (milestone_at (import, 3)), ==, "");
  g_assert_cmpstrv (import->ignored_columns, ((const char * const[]) { "负责人", NULL }));
  g_assert_cmpuint (import->rejections->len, ==, 2);
  g_assert_cmpstr (rejection_message (import, 0), ==,
                   "line 6, column 4 (日期): “2026-02-30” is not a date; write it as 2026-06-18 or 2026年6月18日");
  g_assert_true (g_str_has_prefix (rejection_message (import, 1), "line 7, column 4 (日期): “6月1日”"));

  /* A sheet whose first row is not a header is refused, naming a milestone's columns. */
  {
    g_autoptr(GBytes) headless = g_bytes_new_static ("预热,2026-05-20\n", strlen ("预热,2026-05-20\n"));
    g_autoptr(SolarRosterImport) none = solar_roster_csv_import (headless, "m.csv", SOLAR_ROSTER_MILESTONES,
                                                                 dataset, &error);

    g_assert_null (none);
    g_assert_nonnull (strstr (error->message, "m.csv: line 1: the first row names no column Social Solar knows as a milestone's name"));
    g_clear_error (&error);
  }
}

/* Milestones out (CSV, and rows for a sheet) and back in: nothing lost. */
static void
test_milestones_round_trip (void)
{
  g_autoptr(GListStore) milestones = g_list_store_new (SOLAR_TYPE_MILESTONE);
  g_autoptr(SolarMilestone) a = solar_milestone_new ("Teaser, day 1", "2026-06-01", "weibo");
  g_autoptr(SolarMilestone) b = solar_milestone_new ("=launch\nlive", "2026-06-18", "");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(SolarRosterImport) import = NULL;
  g_autoptr(SolarRosterImport) pasted = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gpointer both[] = { a, b };

  g_list_store_append (milestones, a);
  g_list_store_append (milestones, b);
  bytes = solar_roster_csv_export (G_LIST_MODEL (milestones), SOLAR_ROSTER_MILESTONES, dataset);
  g_assert_true (g_str_has_prefix (g_bytes_get_data (bytes, NULL), "\xEF\xBB\xBF" "name,date,platform\r\n"
                                   "\"Teaser, day 1\",2026-06-01,Weibo\r\n"));
  import = solar_roster_csv_import (bytes, "m.csv", SOLAR_ROSTER_MILESTONES, dataset, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (import->rejections->len, ==, 0);
  g_assert_cmpuint (import->items->len, ==, 2);
  g_assert_cmpstr (solar_milestone_get_name (milestone_at (import, 0)), ==, "Teaser, day 1");
  g_assert_cmpstr (solar_milestone_get_platform_id (milestone_at (import, 0)), ==, "weibo");
  g_assert_cmpstr (solar_milestone_get_name (milestone_at (import, 1)), ==, "=launch\nlive");
  g_assert_cmpstr (solar_milestone_get_date (milestone_at (import, 1)), ==, "2026-06-18");

  text = solar_roster_tsv_copy (both, NULL, 2, SOLAR_ROSTER_MILESTONES, dataset);
  g_assert_cmpstr (text, ==, "Teaser, day 1\t2026-06-01\tWeibo\n\"'=launch\nlive\"\t2026-06-18\t\n");
  pasted = solar_roster_tsv_paste (text, SOLAR_ROSTER_MILESTONES, dataset, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pasted->items->len, ==, 2);
  g_assert_cmpstr (solar_milestone_get_date (milestone_at (pasted, 0)), ==, "2026-06-01");
  g_assert_cmpstr (solar_milestone_get_name (milestone_at (pasted, 1)), ==, "=launch\nlive");
}

/* Dates as sheets write them, and what is not a date: a day past 31 (2026-06-274 is not
 * the 18th), digits that are not ASCII, no year. */
static void
test_dates (void)
{
  static const struct { const char *text; const char *iso; } cases[] = {
    { "2026-06-18", "2026-06-18" }, { "2026/6/8", "2026-06-08" }, { "2026.6.18", "2026-06-18" },
    { "2026年6月18日", "2026-06-18" }, { "2026年6月18日 10:00", "2026-06-18" },
    { "2026-06-18 00:00:00", "2026-06-18" }, { "2026-06-18T09:30", "2026-06-18" },
    { "2028-02-29", "2028-02-29" }, { "2026-06-18日", "2026-06-18" },
    { "2026-06-274", NULL }, { "2026-006-18", NULL }, { "2026-02-30", NULL }, { "2027-02-29", NULL },
    { "6月18日", NULL }, { "06/18/26", NULL }, { "２０２６-06-18", NULL }, { "2026-13-01", NULL },
    { "2026丸06-18", NULL }, { "soon", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup_printf ("节点\t日期\nx\t%s\n", cases[i].text);
      g_autoptr(GError) error = NULL;
      g_autoptr(SolarRosterImport) import = solar_roster_tsv_paste (text, SOLAR_ROSTER_MILESTONES, dataset, &error);

      g_test_message ("%s", cases[i].text);
      g_assert_no_error (error);
      if (cases[i].iso != NULL)
        {
          g_assert_cmpuint (import->items->len, ==, 1);
          g_assert_cmpstr (solar_milestone_get_date (g_ptr_array_index (import->items, 0)), ==, cases[i].iso);
        }
      else
        {
          g_assert_cmpuint (import->items->len, ==, 0);
          g_assert_nonnull (strstr (rejection_message (import, 0), "is not a date"));
        }
    }
}

/* Pasted rows without a header may start with a name that is also a header's word: the row
 * is kept as a milestone, not taken for a header. A real header still is one. */
static void
test_headerless_name_like_header (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SolarRosterImport) rows =
    solar_roster_tsv_paste ("活动\t2026-06-18\tWeibo\n预热\t2026-06-01\tRED\n", SOLAR_ROSTER_MILESTONES,
                            dataset, &error);
  g_autoptr(SolarRosterImport) headed =
    solar_roster_tsv_paste ("活动\t日期\n预热\t2026-06-01\n", SOLAR_ROSTER_MILESTONES, dataset, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (rows->items->len, ==, 2);
  g_assert_cmpstr (solar_milestone_get_name (g_ptr_array_index (rows->items, 0)), ==, "活动");
  g_assert_cmpstr (solar_milestone_get_platform_id (g_ptr_array_index (rows->items, 0)), ==, "weibo");
  g_assert_cmpuint (headed->items->len, ==, 1);
  g_assert_cmpstr (solar_milestone_get_name (g_ptr_array_index (headed->items, 0)), ==, "预热");
}

/* KPIs as the KPI table copies them: platform, metric, target, unit; the platform is the
 * KPI's owner, kept beside it; one is needed. */
static void
test_kpis (void)
{
  g_autoptr(SolarKpi) views = solar_kpi_new ("Views", 5000000, "count");
  g_autoptr(SolarKpi) rate = solar_kpi_new ("Engagement rate", 3.5, "%");
  gpointer both[] = { views, rate };
  const char *owners[] = { "douyin", "red" };
  g_autofree char *text = solar_roster_tsv_copy (both, owners, 2, SOLAR_ROSTER_KPIS, dataset);
  g_autoptr(SolarRosterImport) pasted = NULL;
  g_autoptr(SolarRosterImport) from_sheet = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (text, ==, "Douyin\tViews\t5000000\tcount\nRED (Xiaohongshu)\tEngagement rate\t3.50\t%\n");
  pasted = solar_roster_tsv_paste (text, SOLAR_ROSTER_KPIS, dataset, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pasted->items->len, ==, 2);
  g_assert_true (SOLAR_IS_KPI (g_ptr_array_index (pasted->items, 0)));
  g_assert_cmpstr (solar_kpi_get_metric (g_ptr_array_index (pasted->items, 1)), ==, "Engagement rate");
  g_assert_cmpfloat (solar_kpi_get_target (g_ptr_array_index (pasted->items, 1)), ==, 3.5);
  g_assert_cmpstr (g_ptr_array_index (pasted->owners, 0), ==, "douyin");
  g_assert_cmpstr (g_ptr_array_index (pasted->owners, 1), ==, "red");

  /* From a sheet with Chinese headers in its own order; a KPI with no platform is left out. */
  from_sheet = solar_roster_tsv_paste ("指标\t目标\t平台\n播放量\t100万\t抖音\n互动\t5000\t\n", SOLAR_ROSTER_KPIS,
                                       dataset, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (from_sheet->items->len, ==, 1);
  g_assert_cmpfloat (solar_kpi_get_target (g_ptr_array_index (from_sheet->items, 0)), ==, 1000000);
  g_assert_cmpstr (g_ptr_array_index (from_sheet->owners, 0), ==, "douyin");
  g_assert_cmpstr (rejection_message (from_sheet, 0), ==,
                   "line 3, column 9 (平台): no platform; every KPI belongs to one of the plan's platforms");
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

  g_test_add_func ("/roster-csv/utf8-english", test_utf8_english);
  g_test_add_func ("/roster-csv/gb18030-chinese", test_gb18030_chinese);
  g_test_add_func ("/roster-csv/tabs", test_tabs);
  g_test_add_func ("/roster-csv/rejected-rows", test_rejected_rows);
  g_test_add_func ("/roster-csv/hostile-files", test_hostile_files);
  g_test_add_func ("/roster-csv/huge-files", test_huge_files);
  g_test_add_func ("/roster-csv/round-trip", test_round_trip);
  g_test_add_func ("/roster-csv/amounts", test_amounts);
  g_test_add_func ("/roster-csv/copy-paste", test_copy_paste);
  g_test_add_func ("/roster-csv/milestones", test_milestones);
  g_test_add_func ("/roster-csv/milestones-round-trip", test_milestones_round_trip);
  g_test_add_func ("/roster-csv/kpis", test_kpis);
  g_test_add_func ("/roster-csv/dates", test_dates);
  g_test_add_func ("/roster-csv/headerless-name-like-header", test_headerless_name_like_header);
  ret = g_test_run ();
  g_object_unref (dataset);
  return ret;
}
