/* test-lunar.c: the lunar calendar against the Hong Kong Observatory's published tables
 *
 * Every year solar-lunar.c offers is checked here, month by month: the first day of each
 * lunar month (the leap months included), as the Observatory's 公曆與農曆日期對照表 print
 * it (tests/data/hko-lunar-month-starts.txt, with where it was read), must be the date the
 * library gives. Libraries disagree in years whose new moon falls close to midnight (2027
 * and 2030 here): the published calendar is the one that counts.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "solar-lunar.h"

typedef struct
{
  guint    lunar_year;
  guint    month;
  gboolean leap;
  GDate    starts;      /* its first day */
  guint    line;
} MonthStart;

/* 正月 is the first month; the others are numbered (十一月 the eleventh). */
static guint
month_number (const char *name)
{
  static const char * const digits[] = { "一", "二", "三", "四", "五", "六", "七", "八", "九", NULL };
  guint number = 0;

  if (g_str_equal (name, "正"))
    return 1;
  if (g_str_has_prefix (name, "十"))
    {
      number = 10;
      name += strlen ("十");
    }
  for (guint i = 0; digits[i] != NULL; i++)
    if (g_str_equal (name, digits[i]))
      return number + i + 1;
  return *name == '\0' ? number : 0;
}

/* "2027年2月6日          正月        星期六": a month that starts on that day. */
static GArray *
read_month_starts (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "hko-lunar-month-starts.txt", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRegex) row = g_regex_new ("^(\\d+)年(\\d+)月(\\d+)日\\s+(閏?)(\\S+)月\\s", 0, 0, NULL);
  g_autoptr(GRegex) title = g_regex_new ("^(\\d+)\\(.*年公曆與農曆日期對照表$", 0, 0, NULL);
  GArray *starts = g_array_new (FALSE, TRUE, sizeof (MonthStart));
  g_auto(GStrv) lines = NULL;
  guint table_year = 0;
  gboolean seen_first_month = FALSE;

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(GMatchInfo) match = NULL;
      MonthStart start = { 0 };
      g_autofree char *name = NULL;

      if (g_regex_match (title, lines[i], 0, &match))
        {
          g_autofree char *year = g_match_info_fetch (match, 1);

          table_year = (guint)strtoul (year, NULL, 10);
          seen_first_month = FALSE;
          continue;
        }
      g_clear_pointer (&match, g_match_info_unref);
      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      if (!g_regex_match (row, lines[i], 0, &match))
        g_error ("hko-lunar-month-starts.txt:%u: not a row of the table: %s", i + 1, lines[i]);

      g_autofree char *year = g_match_info_fetch (match, 1);
      g_autofree char *month = g_match_info_fetch (match, 2);
      g_autofree char *day = g_match_info_fetch (match, 3);
      g_autofree char *leap = g_match_info_fetch (match, 4);

      name = g_match_info_fetch (match, 5);
      g_assert_cmpuint (strtoul (year, NULL, 10), ==, table_year);
      g_date_clear (&start.starts, 1);
      g_date_set_dmy (&start.starts, (GDateDay)strtoul (day, NULL, 10),
                      (GDateMonth)strtoul (month, NULL, 10), (GDateYear)table_year);
      start.month = month_number (name);
      g_assert_cmpuint (start.month, >=, 1);
      g_assert_cmpuint (start.month, <=, 12);
      start.leap = *leap != '\0';
      if (start.month == 1 && !start.leap)
        seen_first_month = TRUE;
      /* Before 正月, January's months still belong to the lunar year before. */
      start.lunar_year = seen_first_month ? table_year : table_year - 1;
      start.line = i + 1;
      g_array_append_val (starts, start);
    }
  return starts;
}

static const char *
describe (const MonthStart *start)
{
  static char text[80];
  char date[16];

  g_date_strftime (date, sizeof date, "%Y-%m-%d", &start->starts);
  g_snprintf (text, sizeof text, "lunar %u, %smonth %u, from %s (line %u)", start->lunar_year,
              start->leap ? "leap " : "", start->month, date, start->line);
  return text;
}

/* The table covers every month of every year offered, and the library starts each where
 * the Observatory does. */
static void
test_every_month_start (void)
{
  g_autoptr(GArray) starts = read_month_starts ();
  guint regular = 0, leap = 0;

  for (guint i = 0; i < starts->len; i++)
    {
      MonthStart *start = &g_array_index (starts, MonthStart, i);
      g_autoptr(GError) error = NULL;
      GDate found;

      if (!solar_lunar_to_gregorian (start->lunar_year, start->month, 1, start->leap, &found, &error))
        g_error ("%s: %s", describe (start), error->message);
      if (g_date_compare (&found, &start->starts) != 0)
        {
          char date[16];

          g_date_strftime (date, sizeof date, "%Y-%m-%d", &found);
          g_error ("%s: the library says %s", describe (start), date);
        }
      start->leap ? leap++ : regular++;
    }
  /* Twelve months a year from SOLAR_LUNAR_FIRST_YEAR to SOLAR_LUNAR_LAST_YEAR, and the
   * leap months of 2020, 2023, 2025, 2028, 2031 and 2033. */
  g_assert_cmpuint (regular, ==, 12 * (SOLAR_LUNAR_LAST_YEAR - SOLAR_LUNAR_FIRST_YEAR + 1));
  g_assert_cmpuint (leap, ==, 6);
  g_assert_cmpuint (g_array_index (starts, MonthStart, 0).lunar_year, ==, SOLAR_LUNAR_FIRST_YEAR);
  g_assert_cmpuint (g_array_index (starts, MonthStart, starts->len - 1).lunar_year, ==, SOLAR_LUNAR_LAST_YEAR);
}

/* A month runs to the day before the next one starts: the festivals mid-month (Lantern on
 * the 15th, Dragon Boat on the 5th, Qixi on the 7th, Mid-Autumn on the 15th) fall where the
 * table's days say, and a 30th day exists only in a month of 30. */
static void
test_days_within_months (void)
{
  g_autoptr(GArray) starts = read_month_starts ();

  for (guint i = 0; i + 1 < starts->len; i++)
    {
      const MonthStart *start = &g_array_index (starts, MonthStart, i);
      const MonthStart *next = &g_array_index (starts, MonthStart, i + 1);
      guint length = (guint)g_date_days_between (&start->starts, &next->starts);
      g_autoptr(GError) error = NULL;
      GDate expected = start->starts, found;
      gboolean has_30;

      g_assert_true (length == 29 || length == 30);
      for (guint day = 5; day <= 15; day += 10)
        {
          expected = start->starts;
          g_date_add_days (&expected, day - 1);
          g_assert_true (solar_lunar_to_gregorian (start->lunar_year, start->month, day, start->leap, &found, &error));
          g_assert_no_error (error);
          if (g_date_compare (&found, &expected) != 0)
            g_error ("%s: day %u is not %u days after the first", describe (start), day, day - 1);
        }
      has_30 = solar_lunar_to_gregorian (start->lunar_year, start->month, 30, start->leap, &found, &error);
      if (has_30 != (length == 30))
        g_error ("%s: %u days in the table, but day 30 %s", describe (start), length,
                 has_30 ? "was found" : "was refused");
      if (!has_30)
        {
          g_assert_error (error, SOLAR_LUNAR_ERROR, SOLAR_LUNAR_ERROR_DATE);
          g_assert_nonnull (strstr (error->message, "has no day 30"));
        }
    }
}

/* What the calendar does not have is refused, and says why. */
static void
test_refused (void)
{
  g_autoptr(GError) error = NULL;
  GDate date;

  /* 2021 has no leap month. */
  g_assert_false (solar_lunar_to_gregorian (2021, 4, 1, TRUE, &date, &error));
  g_assert_error (error, SOLAR_LUNAR_ERROR, SOLAR_LUNAR_ERROR_DATE);
  g_assert_cmpstr (error->message, ==, "The lunar year 2021 has no day 1 in a leap month after month 4");
  g_clear_error (&error);

  g_assert_false (solar_lunar_to_gregorian (2025, 13, 1, FALSE, &date, &error));
  g_assert_error (error, SOLAR_LUNAR_ERROR, SOLAR_LUNAR_ERROR_DATE);
  g_assert_cmpstr (error->message, ==, "There is no lunar month 13, day 1");
  g_clear_error (&error);

  /* Years the tests do not check are not offered. */
  for (guint year = SOLAR_LUNAR_FIRST_YEAR - 1; year <= SOLAR_LUNAR_LAST_YEAR + 1;
       year += SOLAR_LUNAR_LAST_YEAR - SOLAR_LUNAR_FIRST_YEAR + 2)
    {
      g_autofree char *expected = g_strdup_printf ("Lunar dates are known here for %d to %d, "
                                                   "the years checked against the Hong Kong "
                                                   "Observatory's calendar; %u is not among them",
                                                   SOLAR_LUNAR_FIRST_YEAR, SOLAR_LUNAR_LAST_YEAR, year);

      g_assert_false (solar_lunar_to_gregorian (year, 1, 1, FALSE, &date, &error));
      g_assert_error (error, SOLAR_LUNAR_ERROR, SOLAR_LUNAR_ERROR_YEAR);
      g_assert_cmpstr (error->message, ==, expected);
      g_clear_error (&error);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/lunar/every-month-start", test_every_month_start);
  g_test_add_func ("/lunar/days-within-months", test_days_within_months);
  g_test_add_func ("/lunar/refused", test_refused);
  return g_test_run ();
}
