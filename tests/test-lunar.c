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

#include "hko-month-starts.h"
#include "solar-lunar.h"

/* The table covers every month of every year offered, and the library starts each where
 * the Observatory does. */
static void
test_every_month_start (void)
{
  g_autoptr(GArray) starts = hko_read_month_starts ();
  guint regular = 0, leap = 0;

  for (guint i = 0; i < starts->len; i++)
    {
      MonthStart *start = &g_array_index (starts, MonthStart, i);
      g_autoptr(GError) error = NULL;
      GDate found;

      if (!solar_lunar_to_gregorian (start->lunar_year, start->month, 1, start->leap, &found, &error))
        g_error ("%s: %s", hko_describe_month_start (start), error->message);
      if (g_date_compare (&found, &start->starts) != 0)
        {
          char date[16];

          g_date_strftime (date, sizeof date, "%Y-%m-%d", &found);
          g_error ("%s: the library says %s", hko_describe_month_start (start), date);
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
  g_autoptr(GArray) starts = hko_read_month_starts ();

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
            g_error ("%s: day %u is not %u days after the first", hko_describe_month_start (start), day, day - 1);
        }
      has_30 = solar_lunar_to_gregorian (start->lunar_year, start->month, 30, start->leap, &found, &error);
      if (has_30 != (length == 30))
        g_error ("%s: %u days in the table, but day 30 %s", hko_describe_month_start (start), length,
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
