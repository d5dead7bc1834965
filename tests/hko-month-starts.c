/* hko-month-starts.c: the Hong Kong Observatory's lunar month starts, as the tests read them
 *
 * tests/data/hko-lunar-month-starts.txt holds the rows of the Observatory's
 * 公曆與農曆日期對照表 on which a lunar month begins (where they were read is in the file).
 * test-lunar checks the library against every row; test-key-dates finds the lunar
 * festivals in them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "hko-month-starts.h"


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
GArray *
hko_read_month_starts (void)
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

const char *
hko_describe_month_start (const MonthStart *start)
{
  static char text[80];
  char date[16];

  g_date_strftime (date, sizeof date, "%Y-%m-%d", &start->starts);
  g_snprintf (text, sizeof text, "lunar %u, %smonth %u, from %s (line %u)", start->lunar_year,
              start->leap ? "leap " : "", start->month, date, start->line);
  return text;
}

