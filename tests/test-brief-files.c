/* test-brief-files.c: the files a plan leaves the app as: its budget as CSV, its timeline as
 * iCalendar
 *
 * The CSV is read back by a strict RFC 4180 reader here, and its sums are checked on plans
 * that are easy to get wrong. The iCalendar file is unfolded and checked line by line here;
 * tests/check-ics.py reads it with an independent parser (python3-icalendar): run with
 * --write-ics FILE (no other arguments), this program writes the calendar it checks.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "solar-budget-csv.h"
#include "solar-campaign.h"
#include "solar-dataset.h"
#include "solar-key-dates.h"
#include "solar-timeline-ics.h"

#define UTF8_BOM "\xEF\xBB\xBF"

/* Fixtures
 * ========
 */

static SolarDataset *
load_dataset (void)
{
  g_autoptr(GError) error = NULL;
  SolarDataset *dataset = solar_dataset_load_default (&error);

  g_assert_no_error (error);
  return dataset;
}

static void
add_platform (SolarCampaign       *campaign,
              const char          *platform_id,
              SolarAllocationMode  mode,
              double               value)
{
  g_autoptr(SolarPlatformPlan) plan = solar_platform_plan_new (platform_id);

  solar_platform_plan_set_allocation_mode (plan, mode);
  solar_platform_plan_set_allocation_value (plan, value);
  solar_campaign_add_platform (campaign, plan);
}

static void
add_kol (SolarCampaign *campaign,
         const char    *name,
         const char    *platform_id,
         double         fee)
{
  g_autoptr(SolarKol) kol = solar_kol_new (name, platform_id, SOLAR_KOL_TIER_MID);

  solar_kol_set_fee (kol, fee);
  solar_campaign_add_kol (campaign, kol);
}

static void
add_milestone (SolarCampaign *campaign,
               const char    *name,
               const char    *date,
               const char    *platform_id)
{
  g_autoptr(SolarMilestone) milestone = solar_milestone_new (name, date, platform_id);

  solar_campaign_add_milestone (campaign, milestone);
}

static char *
bytes_to_string (GBytes *bytes)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  g_assert_null (memchr (data, '\0', length));
  return g_strndup (data, length);
}

/* Budget CSV
 * ==========
 */

typedef enum
{
  COLUMN_PLATFORM,
  COLUMN_LINE_ITEM,
  COLUMN_KIND,
  COLUMN_AMOUNT,
  COLUMN_CURRENCY,
  COLUMN_SHARE,
  N_COLUMNS,
} Column;

/* One field at @p, unquoting it; leaves @p on the comma, CR or end after it. */
static char *
read_field (const char **p,
            const char  *end)
{
  GString *field = g_string_new (NULL);
  const char *q = *p;

  if (q < end && *q == '"')
    {
      for (q++; ; q++)
        {
          g_assert_true (q < end);   /* an unterminated quote */
          if (*q == '"' && q + 1 < end && q[1] == '"')
            g_string_append_c (field, *q++);
          else if (*q == '"')
            break;
          else
            g_string_append_c (field, *q);
        }
      q++;
    }
  else
    {
      for (; q < end && *q != ',' && *q != '\r'; q++)
        {
          /* RFC 4180 §2.5–2.6: an unquoted field holds no quote and no line break. */
          g_assert_true (*q != '"' && *q != '\n');
          g_string_append_c (field, *q);
        }
    }
  *p = q;
  return g_string_free (field, FALSE);
}

/* A strict RFC 4180 reader: a byte order mark, then records each ending in CRLF, fields
 * quoted when they hold a comma, quote, CR or LF, with their quotes doubled. Anything else
 * fails the test. Every record has N_COLUMNS fields.
 *
 * Returns: (element-type GStrv): the records, the header first */
static GPtrArray *
parse_csv (GBytes *bytes)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  const char *end = data + length;
  const char *p = data + strlen (UTF8_BOM);
  GPtrArray *records = g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);

  g_assert_cmpuint (length, >=, strlen (UTF8_BOM));
  g_assert_cmpmem (data, strlen (UTF8_BOM), UTF8_BOM, strlen (UTF8_BOM));
  g_assert_true (g_utf8_validate (data, length, NULL));

  while (p < end)
    {
      GPtrArray *fields = g_ptr_array_new ();

      for (;;)
        {
          g_ptr_array_add (fields, read_field (&p, end));
          g_assert_true (p < end);   /* the last record ends in CRLF too */
          if (*p != ',')
            break;
          p++;
        }
      g_assert_true (end - p >= 2 && p[0] == '\r' && p[1] == '\n');
      p += 2;
      g_assert_cmpuint (fields->len, ==, N_COLUMNS);
      g_ptr_array_add (fields, NULL);
      g_ptr_array_add (records, g_ptr_array_free (fields, FALSE));
    }
  return records;
}

static GPtrArray *
budget_records (SolarCampaign *campaign)
{
  g_autoptr(SolarDataset) dataset = load_dataset ();
  g_autoptr(GBytes) bytes = solar_budget_csv_new (dataset, campaign);

  g_assert_nonnull (bytes);
  return parse_csv (bytes);
}

/* "-1234.50" as -123450, exactly: two decimals, '.' as separator, nothing else. */
static gint64
parse_cents (const char *amount)
{
  g_autofree char *digits = NULL;
  char *end = NULL;
  gint64 cents;

  g_assert_true (g_regex_match_simple ("^-?[0-9]+\\.[0-9]{2}$", amount, 0, 0));
  digits = g_strdup (amount);
  memmove (strchr (digits, '.'), strchr (digits, '.') + 1, 3);
  cents = g_ascii_strtoll (digits, &end, 10);
  g_assert_cmpint (*end, ==, '\0');
  return cents;
}

static gboolean
is_part_kind (const char *kind)
{
  return g_str_equal (kind, "kol-fee") || g_str_equal (kind, "platform-other") ||
         g_str_equal (kind, "unallocated");
}

/* Each row's share is its amount over the total, or empty when the total is zero. */
static void
assert_share (char   **record,
              gint64   total)
{
  const char *share = record[COLUMN_SHARE];
  double expected;

  if (total == 0)
    {
      g_assert_cmpstr (share, ==, "");
      return;
    }
  g_assert_true (g_regex_match_simple ("^-?[0-9]+\\.[0-9]{1,2}$", share, 0, 0));
  expected = (double)parse_cents (record[COLUMN_AMOUNT]) / total * 100;
  g_assert_cmpfloat_with_epsilon (g_ascii_strtod (share, NULL), expected, 0.0051);
}

/* The invariants the spreadsheet promises: the line items (KOL fees, the rest of each
 * platform's budget, the unallocated remainder) add up to the total row, which is the plan's
 * total budget; each platform's rows add up to its subtotal row.
 *
 * Returns: the unallocated row's amount, in cents */
static gint64
assert_budget_adds_up (GPtrArray *records,
                       gint64     total)
{
  char **last = g_ptr_array_index (records, records->len - 1);
  gint64 parts = 0, block = 0, unallocated = G_MININT64;
  const char *block_platform = NULL;
  gboolean block_mixed = FALSE;

  g_assert_cmpuint (records->len, >=, 3);
  g_assert_cmpstr (last[COLUMN_KIND], ==, "total");
  g_assert_cmpint (parse_cents (last[COLUMN_AMOUNT]), ==, total);

  for (guint i = 1; i < records->len; i++)
    {
      char **record = g_ptr_array_index (records, i);
      char **previous = g_ptr_array_index (records, i - 1);
      const char *kind = record[COLUMN_KIND];
      gint64 cents = parse_cents (record[COLUMN_AMOUNT]);

      assert_share (record, total);
      if (g_str_equal (kind, "total"))
        {
          g_assert_cmpuint (i, ==, records->len - 1);
          continue;
        }
      if (g_str_equal (kind, "subtotal"))
        {
          /* A platform's rows: its KOLs, the rest of its budget, then this. */
          g_assert_cmpstr (previous[COLUMN_KIND], ==, "platform-other");
          g_assert_cmpstr (record[COLUMN_PLATFORM], ==, block_platform);
          g_assert_false (block_mixed);
          g_assert_cmpint (block, ==, cents);
          block = 0;
          block_platform = NULL;
          continue;
        }

      g_assert_true (is_part_kind (kind));
      parts += cents;
      if (g_str_equal (kind, "unallocated"))
        {
          unallocated = cents;
          continue;
        }
      if (block_platform == NULL)
        block_platform = record[COLUMN_PLATFORM];
      block_mixed |= !g_str_equal (block_platform, record[COLUMN_PLATFORM]);
      block += cents;
    }
  g_assert_cmpint (parts, ==, total);
  g_assert_cmpint (unallocated, !=, G_MININT64);
  return unallocated;
}

static void
test_csv_layout (void)
{
  static const char expected[] =
    UTF8_BOM "Platform,Line item,Kind,Amount,Currency,Share of budget (%)\r\n"
    "Douyin,KOL: Ann,kol-fee,20000.00,CNY,20.00\r\n"
    "Douyin,Rest of the platform’s budget,platform-other,40000.00,CNY,40.00\r\n"
    "Douyin,Subtotal,subtotal,60000.00,CNY,60.00\r\n"
    "RED (Xiaohongshu),\"KOL: Bo, Jr.\",kol-fee,5000.00,CNY,5.00\r\n"
    "RED (Xiaohongshu),Rest of the platform’s budget,platform-other,25000.00,CNY,25.00\r\n"
    "RED (Xiaohongshu),Subtotal,subtotal,30000.00,CNY,30.00\r\n"
    "bilibili,KOL: Cy,kol-fee,3000.00,CNY,3.00\r\n"
    ",Unallocated,unallocated,7000.00,CNY,7.00\r\n"
    ",Total budget,total,100000.00,CNY,100.00\r\n";
  g_autoptr(SolarDataset) dataset = load_dataset ();
  g_autoptr(SolarCampaign) campaign = solar_campaign_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *text = NULL;

  solar_campaign_set_name (campaign, "Spring");
  solar_campaign_set_total_budget (campaign, 100000);
  solar_campaign_set_currency (campaign, "CNY");
  add_platform (campaign, "douyin", SOLAR_ALLOCATION_AMOUNT, 60000);
  add_platform (campaign, "red", SOLAR_ALLOCATION_SHARE, 30);
  add_kol (campaign, "Ann", "douyin", 20000);
  add_kol (campaign, "Bo, Jr.", "red", 5000);
  add_kol (campaign, "Cy", "bilibili", 3000);

  bytes = solar_budget_csv_new (dataset, campaign);
  text = bytes_to_string (bytes);
  g_assert_cmpstr (text, ==, expected);
}

static void
test_csv_quoting (void)
{
  const char *tricky = "Li \"Lipstick\" King, Jr.\nline2";
  const char *formula = "=HYPERLINK(\"http://evil.example/\",\"Click\")";
  g_autoptr(SolarCampaign) campaign = solar_campaign_new ();
  g_autoptr(GPtrArray) records = NULL;
  g_autofree char *tricky_item = g_strconcat ("KOL: ", tricky, NULL);
  g_autofree char *formula_item = g_strconcat ("KOL: ", formula, NULL);
  char **record;

  solar_campaign_set_total_budget (campaign, 10000);
  add_platform (campaign, "red", SOLAR_ALLOCATION_AMOUNT, 1000);
  add_kol (campaign, tricky, "red", 1500.25);
  add_kol (campaign, formula, "red", 999.75);
  /* Unknown platform ids are written as they are: the way in for a formula. */
  add_kol (campaign, "Injected", "=1+2", 10);
  add_kol (campaign, "At", "@SUM(A1:A9)", 10);
  add_kol (campaign, "Plus", "+cmd|' /C calc'!A0", 10);
  add_kol (campaign, "Minus", "-2+3", 10);

  records = budget_records (campaign);
  assert_budget_adds_up (records, 1000000);

  record = g_ptr_array_index (records, 1);
  g_assert_cmpstr (record[COLUMN_LINE_ITEM], ==, tricky_item);
  g_assert_cmpstr (record[COLUMN_AMOUNT], ==, "1500.25");
  record = g_ptr_array_index (records, 2);
  g_assert_cmpstr (record[COLUMN_LINE_ITEM], ==, formula_item);
  /* Fees over the allocation: an honest negative number, not text. */
  record = g_ptr_array_index (records, 3);
  g_assert_cmpstr (record[COLUMN_KIND], ==, "platform-other");
  g_assert_cmpstr (record[COLUMN_AMOUNT], ==, "-1500.00");
  g_assert_cmpstr (record[COLUMN_SHARE], ==, "-15.00");

  record = g_ptr_array_index (records, 5);
  g_assert_cmpstr (record[COLUMN_PLATFORM], ==, "'=1+2");
  record = g_ptr_array_index (records, 6);
  g_assert_cmpstr (record[COLUMN_PLATFORM], ==, "'@SUM(A1:A9)");
  record = g_ptr_array_index (records, 7);
  g_assert_cmpstr (record[COLUMN_PLATFORM], ==, "'+cmd|' /C calc'!A0");
  record = g_ptr_array_index (records, 8);
  g_assert_cmpstr (record[COLUMN_PLATFORM], ==, "'-2+3");
  g_assert_cmpstr (record[COLUMN_KIND], ==, "kol-fee");
}

typedef struct
{
  const char          *platform_id;
  SolarAllocationMode  mode;
  double               value;
} PlatformCase;

typedef struct
{
  const char *platform_id;
  double      fee;
} KolCase;

typedef struct
{
  const char   *name;
  double        total;
  PlatformCase  platforms[4];   /* up to the first without an id */
  KolCase       kols[4];
  gint64        unallocated;    /* cents */
  guint         n_records;      /* with the header */
} BudgetCase;

static const BudgetCase budget_cases[] = {
  { "amounts", 100000,
    { { "douyin", SOLAR_ALLOCATION_AMOUNT, 60000 }, { "red", SOLAR_ALLOCATION_AMOUNT, 30000 } },
    { { "douyin", 20000 }, { "red", 5000 } },
    1000000, 9 },
  { "shares", 1234567.89,
    { { "douyin", SOLAR_ALLOCATION_SHARE, 33.33 }, { "red", SOLAR_ALLOCATION_SHARE, 33.33 },
      { "weibo", SOLAR_ALLOCATION_SHARE, 33.34 } },
    { { "weibo", 1000.5 } },
    /* 41148148 + 41148148 + 41160493 cents: the rounded shares still make the total */
    0, 10 },
  { "fees-over-allocation", 50000,
    { { "douyin", SOLAR_ALLOCATION_AMOUNT, 10000 } },
    { { "douyin", 8000 }, { "douyin", 7000 } },
    4000000, 7 },
  { "kol-outside-plan", 50000,
    { { "red", SOLAR_ALLOCATION_SHARE, 40 } },
    { { "bilibili", 3000 }, { "", 1000 }, { "red", 500 } },
    2600000, 8 },
  { "zero-total", 0,
    { { "red", SOLAR_ALLOCATION_SHARE, 50 }, { "douyin", SOLAR_ALLOCATION_AMOUNT, 0 } },
    { { "red", 100 }, { "zhihu", 25.5 } },
    -2550, 9 },
  { "platform-twice", 1000,
    { { "red", SOLAR_ALLOCATION_AMOUNT, 100 }, { "red", SOLAR_ALLOCATION_AMOUNT, 200 } },
    { { "red", 50 } },
    70000, 8 },
  { "cents-rounding", 0.03,
    { { "douyin", SOLAR_ALLOCATION_SHARE, 33.33 }, { "red", SOLAR_ALLOCATION_SHARE, 33.33 },
      { "weibo", SOLAR_ALLOCATION_SHARE, 33.34 } },
    { { NULL } },
    0, 9 },
  { "empty-plan", 2500,
    { { NULL } },
    { { NULL } },
    250000, 3 },
};

static SolarCampaign *
build_budget_case (const BudgetCase *test)
{
  SolarCampaign *campaign = solar_campaign_new ();

  solar_campaign_set_name (campaign, test->name);
  solar_campaign_set_total_budget (campaign, test->total);
  for (guint i = 0; i < G_N_ELEMENTS (test->platforms) && test->platforms[i].platform_id; i++)
    add_platform (campaign, test->platforms[i].platform_id, test->platforms[i].mode,
                  test->platforms[i].value);
  for (guint i = 0; i < G_N_ELEMENTS (test->kols) && test->kols[i].platform_id; i++)
    {
      g_autofree char *name = g_strdup_printf ("KOL %u", i);

      add_kol (campaign, name, test->kols[i].platform_id, test->kols[i].fee);
    }
  return campaign;
}

static void
test_csv_sums (gconstpointer data)
{
  const BudgetCase *test = data;
  g_autoptr(SolarCampaign) campaign = build_budget_case (test);
  g_autoptr(GPtrArray) records = budget_records (campaign);
  gint64 total = (gint64)(test->total * 100 + 0.5);
  gint64 unallocated = assert_budget_adds_up (records, total);

  g_assert_cmpuint (records->len, ==, test->n_records);
  g_assert_cmpint (unallocated, ==, test->unallocated);
}

/* Amounts are the same text whatever LC_NUMERIC says: a German "1234,50" would split into
 * two columns. Skipped where no comma-decimal locale is installed. */
static void
test_csv_comma_locale (void)
{
  static const char * const locales[] = {
    "de_DE.UTF-8", "de_DE.utf8", "fr_FR.UTF-8", "fr_FR.utf8", "nl_NL.UTF-8", "ru_RU.UTF-8",
  };
  g_autofree char *saved = g_strdup (setlocale (LC_NUMERIC, NULL));
  g_autoptr(SolarCampaign) campaign = build_budget_case (&budget_cases[1]);
  g_autoptr(GPtrArray) records = NULL;
  char printed[16];
  const char *found = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (locales) && found == NULL; i++)
    if (setlocale (LC_NUMERIC, locales[i]) != NULL)
      found = locales[i];
  g_snprintf (printed, sizeof printed, "%.2f", 1.5);
  if (found == NULL || !g_str_equal (printed, "1,50"))
    {
      setlocale (LC_NUMERIC, saved);
      g_test_skip ("no locale with a decimal comma is installed");
      return;
    }
  g_test_message ("LC_NUMERIC=%s", found);

  records = budget_records (campaign);
  setlocale (LC_NUMERIC, saved);
  assert_budget_adds_up (records, 123456789);
  g_assert_cmpstr (((char **)g_ptr_array_index (records, 1))[COLUMN_AMOUNT], ==, "411481.48");
}

/* Timeline iCalendar
 * ==================
 */

static GDateTime *
fixed_stamp (void)
{
  g_autoptr(GTimeZone) beijing = g_time_zone_new_offset (8 * 3600);

  return g_date_time_new (beijing, 2021, 6, 1, 9, 30, 15);
}

static GBytes *
write_calendar (SolarCampaign  *campaign,
                GError        **error)
{
  g_autoptr(SolarDataset) dataset = load_dataset ();
  g_autoptr(GDateTime) stamp = fixed_stamp ();

  return solar_timeline_ics_new (dataset, campaign, NULL, stamp, error);
}

/* The lines of a calendar file once unfolded, after checking what the file itself must be:
 * CRLF line ends only, no line over 75 octets, each physical line whole UTF-8. */
static GStrv
unfold_calendar (GBytes *bytes)
{
  g_autofree char *text = bytes_to_string (bytes);
  g_auto(GStrv) physical = NULL;
  g_autoptr(GStrvBuilder) logical = g_strv_builder_new ();
  g_autoptr(GString) line = g_string_new (NULL);
  guint n;

  g_assert_true (g_str_has_suffix (text, "\r\n"));
  physical = g_strsplit (text, "\r\n", -1);
  n = g_strv_length (physical);
  g_assert_cmpstr (physical[n - 1], ==, "");   /* the file ends with a line end */
  for (guint i = 0; i + 1 < n; i++)
    {
      const char *part = physical[i];

      g_assert_null (strchr (part, '\r'));
      g_assert_null (strchr (part, '\n'));
      g_assert_cmpuint (strlen (part), <=, 75);
      g_assert_true (g_utf8_validate (part, -1, NULL));
      if (part[0] == ' ')
        {
          g_assert_cmpuint (i, >, 0);
          g_string_append (line, part + 1);
          continue;
        }
      if (i > 0)
        g_strv_builder_add (logical, line->str);
      g_string_assign (line, part);
    }
  g_strv_builder_add (logical, line->str);
  return g_strv_builder_end (logical);
}

/* The values of property @name ("SUMMARY", "DTEND;VALUE=DATE"…), in order. */
static GStrv
property_values (GStrv       lines,
                 const char *name)
{
  g_autoptr(GStrvBuilder) values = g_strv_builder_new ();
  g_autofree char *prefix = g_strconcat (name, ":", NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], prefix))
      g_strv_builder_add (values, lines[i] + strlen (prefix));
  return g_strv_builder_end (values);
}

static guint
count_lines (GStrv       lines,
             const char *line)
{
  guint n = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    n += g_str_equal (lines[i], line);
  return n;
}

/* The plan tests/check-ics.py also reads: commas and semicolons in the names, a line break,
 * a 200-character Chinese name, milestones without a valid date. */
static char *
long_chinese_name (const char *prefix)
{
  static const char pattern[] = "双十一直播预热活动第";   /* 10 characters, 3 octets each */
  GString *name = g_string_new (prefix);

  for (guint i = 0; i < 20; i++)
    g_string_append (name, pattern);
  g_assert_cmpuint (g_utf8_strlen (name->str, -1), ==, 200 + strlen (prefix));
  return g_string_free (name, FALSE);
}

static SolarCampaign *
build_calendar_plan (void)
{
  SolarCampaign *campaign = solar_campaign_new ();
  g_autofree char *long_name = long_chinese_name ("");

  solar_campaign_set_name (campaign, "Summer, Beat; 夏日");
  solar_campaign_set_key_message (campaign, "Feel the beat\nall summer");
  solar_campaign_set_start_date (campaign, "2021-06-15");
  solar_campaign_set_end_date (campaign, "2021-07-31");
  add_milestone (campaign, "Teaser, part 1", "2021-06-10", "douyin");
  add_milestone (campaign, "Launch; live", "2021-06-20", "");
  add_milestone (campaign, "No date", "", "red");
  add_milestone (campaign, "Not a day", "2021-02-30", NULL);
  add_milestone (campaign, long_name, "2021-12-31", "red");
  return campaign;
}

static void
test_ics_calendar (void)
{
  g_autoptr(SolarCampaign) campaign = build_calendar_plan ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = write_calendar (campaign, &error);
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) starts = NULL, ends = NULL, stamps = NULL, uids = NULL, summaries = NULL;
  g_auto(GStrv) descriptions = NULL;
  guint n;

  g_assert_no_error (error);
  lines = unfold_calendar (bytes);
  n = g_strv_length (lines);
  g_assert_cmpstr (lines[0], ==, "BEGIN:VCALENDAR");
  g_assert_cmpstr (lines[n - 1], ==, "END:VCALENDAR");
  g_assert_cmpuint (count_lines (lines, "VERSION:2.0"), ==, 1);
  g_assert_cmpuint (count_lines (lines, "PRODID:-//Social Solar//Social Solar//EN"), ==, 1);
  g_assert_cmpuint (count_lines (lines, "CALSCALE:GREGORIAN"), ==, 1);
  g_assert_cmpuint (count_lines (lines, "X-WR-CALNAME:Summer\\, Beat\\; 夏日"), ==, 1);
  g_assert_cmpuint (count_lines (lines, "BEGIN:VEVENT"), ==, 4);
  g_assert_cmpuint (count_lines (lines, "END:VEVENT"), ==, 4);

  /* The span, then the dated milestones in order; DTEND is the day after, past month and
   * year ends. */
  starts = property_values (lines, "DTSTART;VALUE=DATE");
  ends = property_values (lines, "DTEND;VALUE=DATE");
  g_assert_cmpstrv (starts, ((const char * const[]) {
    "20210615", "20210610", "20210620", "20211231", NULL }));
  g_assert_cmpstrv (ends, ((const char * const[]) {
    "20210801", "20210611", "20210621", "20220101", NULL }));

  summaries = property_values (lines, "SUMMARY");
  g_assert_cmpuint (g_strv_length (summaries), ==, 4);
  g_assert_cmpstr (summaries[0], ==, "Summer\\, Beat\\; 夏日");
  g_assert_cmpstr (summaries[1], ==, "Teaser\\, part 1");
  g_assert_cmpstr (summaries[2], ==, "Launch\\; live");
  descriptions = property_values (lines, "DESCRIPTION");
  g_assert_cmpstrv (descriptions, ((const char * const[]) {
    "Feel the beat\\nall summer",
    "Plan: Summer\\, Beat\\; 夏日\\nPlatform: Douyin",
    "Plan: Summer\\, Beat\\; 夏日",
    "Plan: Summer\\, Beat\\; 夏日\\nPlatform: RED (Xiaohongshu)",
    NULL }));

  /* 09:30:15 in Beijing is 01:30:15 UTC. */
  stamps = property_values (lines, "DTSTAMP");
  g_assert_cmpuint (g_strv_length (stamps), ==, 4);
  for (guint i = 0; stamps[i] != NULL; i++)
    g_assert_cmpstr (stamps[i], ==, "20210601T013015Z");
  uids = property_values (lines, "UID");
  g_assert_cmpuint (g_strv_length (uids), ==, 4);
  for (guint i = 0; uids[i] != NULL; i++)
    g_assert_true (g_str_has_suffix (uids[i], "@socialsolar.github.io"));
}

static void
test_ics_escaping (void)
{
  g_autoptr(SolarCampaign) campaign = solar_campaign_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) summaries = NULL;

  solar_campaign_set_name (campaign, "Plan");
  add_milestone (campaign, "a,b;c\\d\ne\r\nf\rg\x01h\tI:J", "2024-02-28", NULL);
  bytes = write_calendar (campaign, &error);
  g_assert_no_error (error);
  lines = unfold_calendar (bytes);
  summaries = property_values (lines, "SUMMARY");
  g_assert_cmpstrv (summaries, ((const char * const[]) {
    "a\\,b\\;c\\\\d\\ne\\nf\\ngh\tI:J", NULL }));
  /* A leap year's February 28th ends on the 29th. */
  g_assert_cmpuint (count_lines (lines, "DTEND;VALUE=DATE:20240229"), ==, 1);
}

/* RFC 5545's TEXT unescaped, for comparing with what went in. */
static char *
unescape_text (const char *value)
{
  GString *text = g_string_new (NULL);

  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p != '\\')
        {
          g_string_append_c (text, *p);
          continue;
        }
      p++;
      g_assert_true (strchr ("\\;,nN", *p) != NULL && *p != '\0');
      g_string_append_c (text, *p == 'n' || *p == 'N' ? '\n' : *p);
    }
  return g_string_free (text, FALSE);
}

/* Folding at 75 octets never splits a character, whatever the 3-octet characters' offset. */
static void
test_ics_folding (void)
{
  static const char * const prefixes[] = { "", "x", "xy" };

  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    {
      g_autofree char *name = long_chinese_name (prefixes[i]);
      g_autoptr(SolarCampaign) campaign = solar_campaign_new ();
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;
      g_autofree char *summary = NULL;
      g_auto(GStrv) lines = NULL;
      g_auto(GStrv) summaries = NULL;

      solar_campaign_set_name (campaign, "Folding");
      add_milestone (campaign, name, "2021-11-11", NULL);
      bytes = write_calendar (campaign, &error);
      g_assert_no_error (error);

      text = bytes_to_string (bytes);
      g_assert_nonnull (strstr (text, "\r\n "));   /* it was folded */
      lines = unfold_calendar (bytes);
      summaries = property_values (lines, "SUMMARY");
      g_assert_cmpuint (g_strv_length (summaries), ==, 1);
      summary = unescape_text (summaries[0]);
      g_assert_cmpstr (summary, ==, name);
    }
}

static void
assert_no_dates (SolarCampaign *campaign)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = write_calendar (campaign, &error);

  g_assert_null (bytes);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_nonnull (strstr (error->message, "no dates"));
  g_assert_nonnull (strstr (error->message, "milestone"));
}

/* With the calendar: the key dates and holidays within the span, each a day (or days)
 * with its note and source; those outside the span are left out. */
static void
test_ics_key_dates (void)
{
  g_autoptr(SolarCampaign) campaign = solar_campaign_new ();
  g_autoptr(SolarDataset) dataset = load_dataset ();
  g_autoptr(SolarKeyDates) key_dates = NULL;
  g_autoptr(GDateTime) stamp = fixed_stamp ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) summaries = NULL;
  g_auto(GStrv) starts = NULL;
  g_auto(GStrv) ends = NULL;
  g_auto(GStrv) descriptions = NULL;
  static const char * const expected[][3] = {
    { "618 launch", "20260601", "20260626" },
    { "618 Shopping Festival", "20260618", "20260619" },
    { "Dragon Boat Festival", "20260619", "20260620" },
    { "Dragon Boat Festival holiday", "20260619", "20260622" },
  };

  key_dates = solar_key_dates_load_default (&error);
  g_assert_no_error (error);
  solar_campaign_set_name (campaign, "618 launch");
  solar_campaign_set_start_date (campaign, "2026-06-01");
  solar_campaign_set_end_date (campaign, "2026-06-25");
  bytes = solar_timeline_ics_new (dataset, campaign, key_dates, stamp, &error);
  g_assert_no_error (error);
  lines = unfold_calendar (bytes);
  summaries = property_values (lines, "SUMMARY");
  starts = property_values (lines, "DTSTART;VALUE=DATE");
  ends = property_values (lines, "DTEND;VALUE=DATE");
  descriptions = property_values (lines, "DESCRIPTION");

  g_assert_cmpuint (g_strv_length (summaries), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_assert_cmpstr (summaries[i], ==, expected[i][0]);
      g_assert_cmpstr (starts[i], ==, expected[i][1]);
      g_assert_cmpstr (ends[i], ==, expected[i][2]);
    }
  /* Each key date says what it means and where that comes from (escaped for iCalendar). */
  g_assert_nonnull (strstr (descriptions[0], "JD.com's anniversary sale"));
  g_assert_nonnull (strstr (descriptions[0], "Source: China's e-commerce giants\\, led by"));
  g_assert_nonnull (strstr (descriptions[2], "国务院办公厅关于2026年部分节假日安排的通知"));
  /* Not 520 (20 May, before the span). */
  g_assert_false (g_strv_contains ((const char * const *)summaries, "520 Day"));
}

static void
test_ics_no_dates (void)
{
  g_autoptr(SolarCampaign) campaign = solar_campaign_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;

  solar_campaign_set_name (campaign, "Dateless");
  assert_no_dates (campaign);

  /* Only the start, dates that do not exist, an end before the start. */
  solar_campaign_set_start_date (campaign, "2021-06-15");
  add_milestone (campaign, "Undated", "", NULL);
  add_milestone (campaign, "Nonsense", "June 20th", NULL);
  add_milestone (campaign, "No such day", "2021-13-01", NULL);
  assert_no_dates (campaign);
  solar_campaign_set_end_date (campaign, "2021-06-14");
  assert_no_dates (campaign);

  /* One dated milestone is enough; the undated ones are left out. */
  add_milestone (campaign, "Launch", "2021-06-20", NULL);
  bytes = write_calendar (campaign, &error);
  g_assert_no_error (error);
  lines = unfold_calendar (bytes);
  g_assert_cmpuint (count_lines (lines, "BEGIN:VEVENT"), ==, 1);
  g_assert_cmpuint (count_lines (lines, "SUMMARY:Launch"), ==, 1);
  g_assert_cmpuint (count_lines (lines, "X-WR-CALNAME:Dateless"), ==, 1);
}

static GStrv
calendar_uids (SolarCampaign *campaign)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = write_calendar (campaign, &error);
  g_auto(GStrv) lines = NULL;

  g_assert_no_error (error);
  lines = unfold_calendar (bytes);
  return property_values (lines, "UID");
}

static void
test_ics_uid_stable (void)
{
  g_autoptr(SolarCampaign) first = build_calendar_plan ();
  g_autoptr(SolarCampaign) second = build_calendar_plan ();
  g_autoptr(GBytes) first_bytes = write_calendar (first, NULL);
  g_autoptr(GBytes) second_bytes = write_calendar (second, NULL);
  g_auto(GStrv) uids = calendar_uids (first);
  g_auto(GStrv) moved_uids = NULL;
  g_auto(GStrv) renamed_uids = NULL;
  g_auto(GStrv) twin_uids = NULL;
  g_autoptr(SolarMilestone) launch = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  /* The same plan, built twice, gives the same file. */
  g_assert_true (g_bytes_equal (first_bytes, second_bytes));

  for (guint i = 0; uids[i] != NULL; i++)
    g_assert_true (g_hash_table_add (seen, uids[i]));

  /* Moving a milestone keeps its UID, so a calendar moves the event it imported. */
  launch = g_list_model_get_item (solar_campaign_get_milestones (second), 1);
  solar_milestone_set_date (launch, "2021-06-21");
  moved_uids = calendar_uids (second);
  g_assert_cmpstrv (moved_uids, uids);

  /* Another plan's events are other events. */
  solar_campaign_set_name (second, "Winter");
  renamed_uids = calendar_uids (second);
  for (guint i = 0; renamed_uids[i] != NULL; i++)
    g_assert_false (g_hash_table_contains (seen, renamed_uids[i]));

  /* Two milestones of the same name (a weekly live stream) are two events. */
  add_milestone (second, "Launch; live", "2021-06-27", NULL);
  twin_uids = calendar_uids (second);
  g_assert_cmpuint (g_strv_length (twin_uids), ==, 5);
  g_assert_cmpstr (twin_uids[2], !=, twin_uids[4]);
  g_assert_cmpstr (twin_uids[2], ==, renamed_uids[2]);
}

/* --write-ics FILE: the calendar tests/check-ics.py reads with python3-icalendar. */
static int
write_ics (const char *path)
{
  g_autoptr(SolarCampaign) campaign = build_calendar_plan ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = write_calendar (campaign, &error);

  if (bytes == NULL ||
      !g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                            &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  /* The expected texts are in English, whatever the desktop speaks. */
  g_setenv ("LANGUAGE", "en", TRUE);

  if (argc == 3 && g_str_equal (argv[1], "--write-ics"))
    return write_ics (argv[2]);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/brief-files/csv/layout", test_csv_layout);
  g_test_add_func ("/brief-files/csv/quoting", test_csv_quoting);
  for (guint i = 0; i < G_N_ELEMENTS (budget_cases); i++)
    {
      g_autofree char *path = g_strconcat ("/brief-files/csv/sums/", budget_cases[i].name, NULL);

      g_test_add_data_func (path, &budget_cases[i], test_csv_sums);
    }
  g_test_add_func ("/brief-files/csv/comma-locale", test_csv_comma_locale);

  g_test_add_func ("/brief-files/ics/calendar", test_ics_calendar);
  g_test_add_func ("/brief-files/ics/escaping", test_ics_escaping);
  g_test_add_func ("/brief-files/ics/folding", test_ics_folding);
  g_test_add_func ("/brief-files/ics/key-dates", test_ics_key_dates);
  g_test_add_func ("/brief-files/ics/no-dates", test_ics_no_dates);
  g_test_add_func ("/brief-files/ics/uid-stable", test_ics_uid_stable);

  return g_test_run ();
}
