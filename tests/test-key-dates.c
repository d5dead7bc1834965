/* test-key-dates.c: China's marketing calendar (data/json/key-dates.json) against its sources
 *
 * The lunar festivals are found here again, for every year the calendar offers, from the
 * Hong Kong Observatory's published month starts (tests/data/hko-lunar-month-starts.txt),
 * not from the library the app uses: the Spring Festival is the first day of 正月, the
 * Dragon Boat Festival day 5 of 五月, and so on. The statutory holidays must be the days
 * the State Council's notices name in the words the data quotes. Every fact cites its
 * source, and a file that breaks a rule is refused with its JSON path.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "hko-month-starts.h"
#include "solar-dataset.h"
#include "solar-date-checks.h"
#include "solar-kol.h"
#include "solar-milestone.h"
#include "solar-key-dates.h"
#include "solar-lunar.h"
#include "solar-plan-checks.h"
#include "solar-rules.h"

/* The key dates issue 16 names: every year must have each of them. */
static const char * const required_ids[] = {
  "spring-festival", "lantern", "womens-day", "520", "dragon-boat", "618", "qixi",
  "mid-autumn", "national-day", "double-11", "double-12", NULL
};

static SolarKeyDates *
load_shipped (void)
{
  g_autoptr(GError) error = NULL;
  SolarKeyDates *key_dates = solar_key_dates_load_default (&error);

  g_assert_no_error (error);
  g_assert_nonnull (key_dates);
  return key_dates;
}

static char *
format_date (const GDate *date)
{
  char text[16];

  g_date_strftime (text, sizeof text, "%Y-%m-%d", date);
  return g_strdup (text);
}

static char *
day_of (SolarKeyDates *key_dates,
        const char    *id,
        guint          year)
{
  const SolarKeyDate *key_date = solar_key_dates_find (key_dates, id);
  g_autoptr(GError) error = NULL;
  SolarKeyDateDay day;

  g_assert_nonnull (key_date);
  if (!solar_key_dates_get_day (key_dates, key_date, year, &day, &error))
    {
      g_assert_no_error (error);
      return NULL;
    }
  return format_date (&day.date);
}

/* The published table
 * ===================
 */

/* The first day of lunar @month (not a leap month) of @lunar_year in the Observatory's table. */
static const GDate *
find_month_start (GArray *starts,
                  guint   lunar_year,
                  guint   month)
{
  for (guint i = 0; i < starts->len; i++)
    {
      MonthStart *start = &g_array_index (starts, MonthStart, i);

      if (start->lunar_year == lunar_year && start->month == month && !start->leap)
        return &start->starts;
    }
  g_error ("the Observatory's table has no month %u of lunar year %u", month, lunar_year);
}

/* Every lunar festival of every year offered falls where the Observatory's calendar puts
 * it: the day its month starts, plus the festival's day less one. */
static void
test_lunar_festivals_match_the_observatory (void)
{
  static const struct { const char *id; guint month, day; } festivals[] = {
    { "spring-festival", 1, 1 }, { "lantern", 1, 15 }, { "dragon-boat", 5, 5 },
    { "qixi", 7, 7 }, { "mid-autumn", 8, 15 },
  };
  g_autoptr(SolarKeyDates) key_dates = load_shipped ();
  g_autoptr(GArray) starts = hko_read_month_starts ();
  guint checked = 0;

  for (guint year = SOLAR_LUNAR_FIRST_YEAR; year <= SOLAR_LUNAR_LAST_YEAR; year++)
    for (guint i = 0; i < G_N_ELEMENTS (festivals); i++)
      {
        const SolarKeyDate *key_date = solar_key_dates_find (key_dates, festivals[i].id);
        GDate expected = *find_month_start (starts, year, festivals[i].month);
        g_autofree char *expected_text = NULL;
        g_autofree char *found = NULL;

        g_assert_nonnull (key_date);
        g_assert_cmpint (key_date->rule, ==, SOLAR_KEY_DATE_LUNAR);
        g_assert_cmpuint (key_date->month, ==, festivals[i].month);
        g_assert_cmpuint (key_date->day, ==, festivals[i].day);
        g_date_add_days (&expected, festivals[i].day - 1);
        expected_text = format_date (&expected);
        found = day_of (key_dates, festivals[i].id, year);
        if (g_strcmp0 (found, expected_text) != 0)
          g_error ("%s %u: the calendar gives %s, the Observatory's table %s", festivals[i].id,
                   year, found, expected_text);
        checked++;
      }
  g_assert_cmpuint (checked, ==, 5 * (SOLAR_LUNAR_LAST_YEAR - SOLAR_LUNAR_FIRST_YEAR + 1));
}

/* The two years where ICU is a day off (the new moon within minutes of midnight), spelled
 * out so a failure reads plainly. */
static void
test_close_new_moons (void)
{
  g_autoptr(SolarKeyDates) key_dates = load_shipped ();
  g_autofree char *spring_2027 = day_of (key_dates, "spring-festival", 2027);
  g_autofree char *spring_2030 = day_of (key_dates, "spring-festival", 2030);
  g_autofree char *lantern_2027 = day_of (key_dates, "lantern", 2027);

  g_assert_cmpstr (spring_2027, ==, "2027-02-06");
  g_assert_cmpstr (lantern_2027, ==, "2027-02-20");
  g_assert_cmpstr (spring_2030, ==, "2030-02-03");
}

static void
test_fixed_days (void)
{
  static const struct { const char *id; const char *month_day; } fixed[] = {
    { "womens-day", "03-08" }, { "520", "05-20" }, { "618", "06-18" },
    { "national-day", "10-01" }, { "double-11", "11-11" }, { "double-12", "12-12" },
  };
  g_autoptr(SolarKeyDates) key_dates = load_shipped ();

  for (guint year = SOLAR_LUNAR_FIRST_YEAR; year <= SOLAR_LUNAR_LAST_YEAR; year++)
    for (guint i = 0; i < G_N_ELEMENTS (fixed); i++)
      {
        g_autofree char *expected = g_strdup_printf ("%u-%s", year, fixed[i].month_day);
        g_autofree char *found = day_of (key_dates, fixed[i].id, year);

        g_assert_cmpstr (found, ==, expected);
      }
}

/* What `--key-dates` prints
 * ========================
 */

static void
test_every_year_lists_the_key_dates_in_order (void)
{
  g_autoptr(SolarKeyDates) key_dates = load_shipped ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) days = solar_key_dates_list (key_dates, SOLAR_LUNAR_FIRST_YEAR,
                                                 SOLAR_LUNAR_LAST_YEAR, &error);

  g_assert_no_error (error);
  for (guint year = SOLAR_LUNAR_FIRST_YEAR; year <= SOLAR_LUNAR_LAST_YEAR; year++)
    for (guint i = 0; required_ids[i] != NULL; i++)
      {
        guint count = 0;

        for (guint j = 0; j < days->len; j++)
          {
            SolarKeyDateDay *day = &g_array_index (days, SolarKeyDateDay, j);

            count += g_date_get_year (&day->date) == year &&
                     g_str_equal (day->key_date->id, required_ids[i]);
          }
        if (count != 1)
          g_error ("%s is listed %u times in %u", required_ids[i], count, year);
      }
  for (guint j = 1; j < days->len; j++)
    g_assert_cmpint (g_date_compare (&g_array_index (days, SolarKeyDateDay, j - 1).date,
                                     &g_array_index (days, SolarKeyDateDay, j).date), <=, 0);
}

/* Sales openings are known for the years a source reported, and for no other. */
static void
test_openings (void)
{
  g_autoptr(SolarKeyDates) key_dates = load_shipped ();
  const SolarKeyDate *tmall = solar_key_dates_find (key_dates, "double-11-tmall-opens");
  g_autoptr(GError) error = NULL;
  g_autofree char *tmall_2025 = day_of (key_dates, "double-11-tmall-opens", 2025);
  g_autofree char *jd_2025 = day_of (key_dates, "double-11-jd-opens", 2025);
  g_autoptr(GArray) days_2025 = NULL;
  SolarKeyDateDay day;
  gboolean listed = FALSE;

  g_assert_nonnull (tmall);
  g_assert_cmpint (tmall->rule, ==, SOLAR_KEY_DATE_OPENING);
  g_assert_cmpstr (tmall->festival_id, ==, "double-11");
  g_assert_cmpstr (tmall_2025, ==, "2025-10-15");
  g_assert_cmpstr (jd_2025, ==, "2025-10-09");

  g_assert_true (solar_key_dates_get_day (key_dates, tmall, 2025, &day, &error));
  g_assert_cmpint (day.opening->presale, ==, TRUE);
  g_assert_nonnull (strstr (day.opening->source.quote, "10月15日开启预售"));
  g_assert_true (solar_key_dates_get_day (key_dates, solar_key_dates_find (key_dates,
                                                                           "double-11-jd-opens"),
                                          2025, &day, &error));
  g_assert_cmpint (day.opening->presale, ==, FALSE);

  /* 2026's openings are in no source read: not known, and no error. */
  g_assert_false (solar_key_dates_get_day (key_dates, tmall, 2026, &day, &error));
  g_assert_no_error (error);

  days_2025 = solar_key_dates_list (key_dates, 2025, 2025, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < days_2025->len; i++)
    listed |= g_array_index (days_2025, SolarKeyDateDay, i).key_date == tmall;
  g_assert_true (listed);
}

static void
test_years_outside_the_calendar (void)
{
  g_autoptr(SolarKeyDates) key_dates = load_shipped ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) days = solar_key_dates_list (key_dates, 2019, 2020, &error);
  SolarKeyDateDay day;

  g_assert_null (days);
  g_assert_error (error, SOLAR_KEY_DATES_ERROR, SOLAR_KEY_DATES_ERROR_YEAR);
  g_assert_cmpstr (error->message, ==,
                   "The marketing calendar covers 2020 to 2035, the years its lunar dates are "
                   "checked for against the Hong Kong Observatory's tables; 2019 is not among "
                   "them");
  g_clear_error (&error);
  g_assert_false (solar_key_dates_get_day (key_dates, solar_key_dates_find (key_dates, "520"),
                                           2036, &day, &error));
  g_assert_error (error, SOLAR_KEY_DATES_ERROR, SOLAR_KEY_DATES_ERROR_YEAR);
}

/* Sources
 * =======
 */

static void
assert_cited (const SolarCitation *citation,
              const char          *what)
{
  if (solar_citation_is_editorial (citation))
    {
      if (citation->note == NULL || citation->note->zh == NULL)
        g_error ("%s: our own advice says why, in both languages", what);
      return;
    }
  if (citation->date == NULL || citation->url == NULL || citation->publisher == NULL ||
      citation->quote == NULL || *citation->quote == '\0')
    g_error ("%s: a source needs a title, publisher, URL, date and the words quoted", what);
}

/* Every rule, opening, note and holiday says where it comes from; names and notes are in
 * English and Chinese. */
static void
test_every_fact_is_cited (void)
{
  g_autoptr(SolarKeyDates) key_dates = load_shipped ();

  for (guint i = 0; i < solar_key_dates_get_n_key_dates (key_dates); i++)
    {
      const SolarKeyDate *key_date = solar_key_dates_get_key_date (key_dates, i);

      g_assert_nonnull (key_date->name->zh);
      g_assert_nonnull (key_date->note->zh);
      assert_cited (&key_date->note_source, key_date->id);
      if (key_date->rule == SOLAR_KEY_DATE_OPENING)
        for (guint j = 0; j < key_date->openings->len; j++)
          assert_cited (&g_array_index (key_date->openings, SolarKeyDateOpening, j).source,
                        key_date->id);
      else
        {
          g_assert_false (solar_citation_is_editorial (&key_date->source));
          assert_cited (&key_date->source, key_date->id);
        }
    }
}

/* Statutory holidays
 * ==================
 */

/* "2月15日" (the notices give a later day of the same month as "23日"). */
static gboolean
quote_names_day (const char  *quote,
                 const GDate *date,
                 gboolean     month_may_be_implied)
{
  g_autofree char *full = g_strdup_printf ("%u月%u日", g_date_get_month (date),
                                           g_date_get_day (date));
  g_autofree char *short_form = g_strdup_printf ("至%u日", g_date_get_day (date));

  return strstr (quote, full) != NULL ||
         (month_may_be_implied && strstr (quote, short_form) != NULL);
}

/* The days off and the make-up working days are the ones the notice's quoted words name,
 * and 2027 (not announced in any source read) has none. */
static void
test_holidays_are_the_notices (void)
{
  g_autoptr(SolarKeyDates) key_dates = load_shipped ();
  static const struct { guint year; guint periods; guint working_days; const char *spring; } years[] = {
    { 2025, 6, 5, "2025-01-28" },
    { 2026, 7, 6, "2026-02-15" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (years); i++)
    {
      GPtrArray *holidays = solar_key_dates_get_holidays (key_dates, years[i].year);
      g_autofree char *spring_festival = day_of (key_dates, "spring-festival", years[i].year);
      guint working_days = 0;
      gboolean spring_found = FALSE;

      g_assert_nonnull (holidays);
      g_assert_cmpuint (holidays->len, ==, years[i].periods);
      for (guint j = 0; j < holidays->len; j++)
        {
          SolarHoliday *holiday = g_ptr_array_index (holidays, j);
          g_autofree char *first = format_date (&holiday->first_day);
          GDate festival;

          g_assert_true (quote_names_day (holiday->source.quote, &holiday->first_day, FALSE));
          g_assert_true (quote_names_day (holiday->source.quote, &holiday->last_day, TRUE));
          g_assert_nonnull (strstr (holiday->source.title, "国务院办公厅关于"));
          for (guint k = 0; k < holiday->working_days->len; k++)
            g_assert_true (quote_names_day (holiday->source.quote,
                                            &g_array_index (holiday->working_days, GDate, k), FALSE));
          working_days += holiday->working_days->len;

          /* The Spring Festival holiday holds the festival the lunar calendar gives. */
          if (g_str_equal (holiday->name->en, "Spring Festival"))
            {
              g_assert_cmpstr (first, ==, years[i].spring);
              g_date_clear (&festival, 1);
              g_date_set_parse (&festival, spring_festival);
              g_assert_true (g_date_compare (&festival, &holiday->first_day) >= 0 &&
                             g_date_compare (&festival, &holiday->last_day) <= 0);
              spring_found = TRUE;
            }
        }
      g_assert_true (spring_found);
      g_assert_cmpuint (working_days, ==, years[i].working_days);
    }
  g_assert_null (solar_key_dates_get_holidays (key_dates, 2027));
}

static GDate
parse_day (const char *text)
{
  GDate day;

  g_assert_true (solar_plan_parse_date (text, &day));
  return day;
}

/* Between two days: the key dates on them and in between, across a year's end; holidays
 * with any day off in the range, the one announced for the next year included; past the
 * calendar's last year, what there is, no error. */
static void
test_between (void)
{
  g_autoptr(SolarKeyDates) key_dates = load_shipped ();
  GDate first = parse_day ("2025-12-12"), last = parse_day ("2026-02-17");
  g_autoptr(GArray) days = solar_key_dates_list_between (key_dates, &first, &last);
  g_autoptr(GPtrArray) holidays = solar_key_dates_holidays_between (key_dates, &first, &last);
  g_autoptr(GString) listed = g_string_new (NULL);

  for (guint i = 0; i < days->len; i++)
    {
      SolarKeyDateDay *day = &g_array_index (days, SolarKeyDateDay, i);
      g_autofree char *when = format_date (&day->date);

      g_string_append_printf (listed, "%s %s; ", when, day->key_date->id);
    }
  g_assert_cmpstr (listed->str, ==, "2025-12-12 double-12; 2026-02-17 spring-festival; ");

  g_string_truncate (listed, 0);
  for (guint i = 0; i < holidays->len; i++)
    {
      SolarHoliday *holiday = g_ptr_array_index (holidays, i);
      g_autofree char *from = format_date (&holiday->first_day);

      g_string_append_printf (listed, "%s %s; ", from, holiday->id);
    }
  g_assert_cmpstr (listed->str, ==, "2026-01-01 new-year; 2026-02-15 spring-festival; ");

  {
    GDate late = parse_day ("2035-12-01"), beyond = parse_day ("2036-03-01");
    g_autoptr(GArray) last_days = solar_key_dates_list_between (key_dates, &late, &beyond);

    g_assert_cmpuint (last_days->len, ==, 1);
    g_assert_cmpstr (g_array_index (last_days, SolarKeyDateDay, 0).key_date->id, ==, "double-12");
  }
}

static guint
count_of (const char *text,
          const char *part)
{
  guint n = 0;

  for (const char *p = strstr (text, part); p != NULL; p = strstr (p + 1, part))
    n++;
  return n;
}

/* A key date's tooltip and calendar event cite where its note comes from and where its day
 * comes from: both when they differ (the Spring Festival's rule and its shopping note; an
 * opening's editorial note and its year's report), each with the words it rests on. */
static void
test_describe_day (void)
{
  g_autoptr(SolarKeyDates) key_dates = load_shipped ();
  SolarKeyDateDay spring, dragon, opening;
  g_autofree char *spring_text = NULL, *dragon_text = NULL, *opening_text = NULL;

  g_assert_true (solar_key_dates_get_day (key_dates, solar_key_dates_find (key_dates, "spring-festival"),
                                          2026, &spring, NULL));
  g_assert_true (solar_key_dates_get_day (key_dates, solar_key_dates_find (key_dates, "dragon-boat"),
                                          2026, &dragon, NULL));
  g_assert_true (solar_key_dates_get_day (key_dates, solar_key_dates_find (key_dates, "double-11-tmall-opens"),
                                          2025, &opening, NULL));
  spring_text = solar_key_dates_describe_day (&spring);
  dragon_text = solar_key_dates_describe_day (&dragon);
  opening_text = solar_key_dates_describe_day (&opening);

  g_assert_true (g_str_has_prefix (spring_text, solar_text_get (spring.key_date->note)));
  g_assert_nonnull (strstr (spring_text, "Source: 年货经济 (niánhuò jīngjì)"));
  g_assert_nonnull (strstr (spring_text, "Source: Statutory holidays in China, China Daily"));
  /* One article for the day and the note: cited for each of the two things it says. */
  g_assert_cmpuint (count_of (dragon_text, "Source: Feature: Portrait of ordinary people behind "
                                           "Dragon Boat Festival"), ==, 2);
  g_assert_nonnull (strstr (dragon_text, dragon.key_date->source.quote));
  g_assert_nonnull (strstr (dragon_text, dragon.key_date->note_source.quote));
  g_assert_nonnull (strstr (opening_text, "Social Solar's own advice, from no published source"));
  g_assert_nonnull (strstr (opening_text, "Source: 抢跑“双11”"));
}

/* The calendar's checks
 * =====================
 */

/* The checks as they run on @today ("YYYY-MM-DD"). */
static GListModel *
run_checks_on (SolarCampaign *campaign,
               const char    *today)
{
  g_autoptr(SolarKeyDates) key_dates = load_shipped ();
  GListStore *problems = g_list_store_new (SOLAR_TYPE_PROBLEM);
  GDate day;

  g_assert_true (solar_plan_parse_date (today, &day));
  solar_date_checks_run (key_dates, campaign, &day, problems);
  return G_LIST_MODEL (problems);
}

/* On a day no check that depends on the day fires. */
static GListModel *
run_checks (SolarCampaign *campaign)
{
  return run_checks_on (campaign, "2026-07-01");
}

static SolarCampaign *
plan_with_milestone (const char *date)
{
  SolarCampaign *campaign = solar_campaign_new ();
  g_autoptr(SolarMilestone) milestone = solar_milestone_new ("Trial kits shipped", date, "red");

  solar_campaign_add_milestone (campaign, milestone);
  return campaign;
}

/* A milestone in the Spring Festival holiday's days off, in a year the data has the
 * holiday for, is flagged with where the advice and the days come from; the day after,
 * the make-up working day before, and 2027 (not announced) are not. */
static void
test_spring_festival_check (void)
{
  g_autoptr(SolarCampaign) inside = plan_with_milestone ("2026-02-17");
  g_autoptr(GListModel) found = run_checks (inside);
  g_autoptr(SolarProblem) problem = NULL;
  static const char * const quiet[] = { "2026-02-24", "2026-02-14", "2027-02-06", "2025-10-01", NULL };

  g_assert_cmpuint (g_list_model_get_n_items (found), ==, 1);
  problem = g_list_model_get_item (found, 0);
  g_assert_cmpstr (solar_problem_get_rule_id (problem), ==, "milestone-in-spring-festival-holiday");
  g_assert_cmpstr (solar_problem_get_field (problem), ==, "milestones[0].date");
  g_assert_cmpint (solar_problem_get_severity (problem), ==, SOLAR_SEVERITY_WARNING);
  g_assert_cmpstr (solar_problem_get_message (problem), ==,
                   "“Trial kits shipped” (2026-02-17) falls in the Spring Festival holiday, "
                   "2026-02-15 to 2026-02-23, when express delivery meets only basic needs; move "
                   "it, or allow for slow deliveries");
  g_assert_true (g_str_has_prefix (solar_problem_get_source (problem),
                                   "Source: State Post Bureau: Spring Festival Delivery Service "
                                   "Ensure in Stages, GMT Eight, 2026-01-30: “During the holiday"));
  g_assert_nonnull (strstr (solar_problem_get_source (problem),
                            "Source: 国务院办公厅关于2026年部分节假日安排的通知"));

  /* A milestone whose name looks like a placeholder keeps its name. */
  {
    g_autoptr(SolarCampaign) braces = plan_with_milestone ("2026-02-17");
    g_autoptr(SolarMilestone) milestone = g_list_model_get_item (solar_campaign_get_milestones (braces), 0);
    g_autoptr(GListModel) named = NULL;
    g_autoptr(SolarProblem) braced = NULL;

    solar_milestone_set_name (milestone, "{first} drop");
    named = run_checks (braces);
    braced = g_list_model_get_item (named, 0);
    g_assert_true (g_str_has_prefix (solar_problem_get_message (braced), "“{first} drop” (2026-02-17)"));
  }

  for (guint i = 0; quiet[i] != NULL; i++)
    {
      g_autoptr(SolarCampaign) campaign = plan_with_milestone (quiet[i]);
      g_autoptr(GListModel) none = run_checks (campaign);

      if (g_list_model_get_n_items (none) != 0)
        g_error ("a milestone on %s is flagged", quiet[i]);
    }
}

static SolarCampaign *
plan_between (const char *start,
              const char *end)
{
  SolarCampaign *campaign = solar_campaign_new ();

  solar_campaign_set_start_date (campaign, start);
  solar_campaign_set_end_date (campaign, end);
  return campaign;
}

/* A 618 campaign starting after Tmall and JD opened 618's sales (13 May 2025) is told so,
 * once for each; starting on the day, not covering 618, or in a year with no opening
 * known (2026) is quiet. */
static void
test_sales_opening_check (void)
{
  g_autoptr(SolarCampaign) late = plan_between ("2025-05-20", "2025-06-20");
  g_autoptr(GListModel) found = run_checks (late);
  static const char * const quiet[][2] = {
    { "2025-05-13", "2025-06-20" }, { "2025-05-20", "2025-06-10" }, { "2026-05-20", "2026-06-20" },
  };
  g_autoptr(SolarProblem) tmall = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (found), ==, 2);
  tmall = g_list_model_get_item (found, 0);
  g_assert_cmpstr (solar_problem_get_rule_id (tmall), ==, "campaign-after-618-tmall-opens");
  g_assert_cmpstr (solar_problem_get_field (tmall), ==, "start_date");
  g_assert_cmpstr (solar_problem_get_message (tmall), ==,
                   "Tmall's 618 sales open on 2025-05-13, before the campaign starts (2025-05-20): "
                   "shoppers buy from that day; start the campaign by then");
  /* Our advice, said to be ours, and the day's own source. */
  g_assert_true (g_str_has_prefix (solar_problem_get_source (tmall),
                                   "Social Solar's own advice, from no published source: "));
  g_assert_nonnull (strstr (solar_problem_get_source (tmall), "Caixin Global, 2025-06-11"));

  for (guint i = 0; i < G_N_ELEMENTS (quiet); i++)
    {
      g_autoptr(SolarCampaign) campaign = plan_between (quiet[i][0], quiet[i][1]);
      g_autoptr(GListModel) none = run_checks (campaign);

      if (g_list_model_get_n_items (none) != 0)
        g_error ("a campaign %s to %s is flagged", quiet[i][0], quiet[i][1]);
    }
}

static SolarCampaign *
double_11_plan (const char *start,
                const char *end)
{
  SolarCampaign *campaign = plan_between (start, end);
  static const char * const published[] = { "2026-10-05", "2026-11-10", "" };

  for (guint i = 0; i < G_N_ELEMENTS (published); i++)
    {
      g_autofree char *name = g_strdup_printf ("KOC %u", i + 1);
      g_autoptr(SolarKol) kol = solar_kol_new (name, "red", SOLAR_KOL_TIER_KOC);

      solar_kol_set_publish_date (kol, published[i]);
      solar_campaign_add_kol (campaign, kol);
    }
  return campaign;
}

/* A Double 11 plan checked on 20 October, after KOLs are swamped (from 1 October, as the
 * agency put it), is told how many of its KOLs have yet to publish (not the one that
 * posted on 5 October), on the first of them, with the agency's words and that it is one
 * agency's advice. Checked in September, after the festival, or on a plan that ends before
 * it, or with every KOL posted: quiet. The rules run it on the day they are told. */
static void
test_booked_late_check (void)
{
  g_autoptr(SolarCampaign) plan = double_11_plan ("2026-09-01", "2026-11-20");
  g_autoptr(GListModel) found = run_checks_on (plan, "2026-10-20");
  g_autoptr(SolarProblem) late = NULL;
  static const char * const quiet_days[] = { "2026-09-30", "2026-11-12", "2025-10-20", NULL };

  g_assert_cmpuint (g_list_model_get_n_items (found), ==, 1);
  late = g_list_model_get_item (found, 0);
  g_assert_cmpstr (solar_problem_get_rule_id (late), ==, "kols-booked-late-for-double-11");
  g_assert_cmpstr (solar_problem_get_field (late), ==, "kols[1].publish_date");
  g_assert_cmpint (solar_problem_get_severity (late), ==, SOLAR_SEVERITY_WARNING);
  g_assert_cmpstr (solar_problem_get_message (late), ==,
                   "Double 11 (Singles' Day) is on 2026-11-11, and from 2026-10-01 KOLs are "
                   "swamped with brands’ requests. KOLs of this plan yet to publish: 2; confirm "
                   "their bookings now, and have others in mind");
  g_assert_true (g_str_has_prefix (solar_problem_get_source (late),
                                   "Source: 6 Promo Periods You Must Know in China | Your Guide to "
                                   "2019 KOL Marketing Calendar, ICONKOL (an influencer-marketing "
                                   "agency's blog), 2019-02-04: “Start booking your KOLs as early "
                                   "as September, as they get swamped with brand cooperation "
                                   "requests later on.” One agency’s advice (2019)"));

  /* On the first day it applies, and on the festival itself. */
  {
    g_autoptr(GListModel) first = run_checks_on (plan, "2026-10-01");
    g_autoptr(GListModel) last = run_checks_on (plan, "2026-11-11");

    g_assert_cmpuint (g_list_model_get_n_items (first), ==, 1);
    g_assert_cmpuint (g_list_model_get_n_items (last), ==, 1);
  }
  for (guint i = 0; quiet_days[i] != NULL; i++)
    {
      g_autoptr(GListModel) none = run_checks_on (plan, quiet_days[i]);

      if (g_list_model_get_n_items (none) != 0)
        g_error ("a Double 11 plan checked on %s is flagged", quiet_days[i]);
    }
  {
    g_autoptr(SolarCampaign) before = double_11_plan ("2026-09-01", "2026-11-05");
    g_autoptr(GListModel) none = run_checks_on (before, "2026-10-20");

    g_assert_cmpuint (g_list_model_get_n_items (none), ==, 0);
  }
  {
    g_autoptr(SolarCampaign) posted = double_11_plan ("2026-09-01", "2026-11-20");
    GListModel *kols = solar_campaign_get_kols (posted);
    g_autoptr(GListModel) none = NULL;

    for (guint i = 0; i < g_list_model_get_n_items (kols); i++)
      {
        g_autoptr(SolarKol) kol = g_list_model_get_item (kols, i);

        solar_kol_set_publish_date (kol, "2026-09-15");
      }
    none = run_checks_on (posted, "2026-10-20");
    g_assert_cmpuint (g_list_model_get_n_items (none), ==, 0);
  }

  /* With the platform rules, on the day they are told. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(SolarDataset) dataset = solar_dataset_load_default (&error);
    g_autoptr(SolarRules) rules = NULL;
    g_autoptr(GListModel) on_the_day = NULL;
    g_autoptr(GListModel) in_august = NULL;
    GDate day;
    guint flagged = 0;

    g_assert_no_error (error);
    rules = solar_rules_load_default (dataset, &error);
    g_assert_no_error (error);
    g_assert_true (solar_plan_parse_date ("2026-10-20", &day));
    solar_rules_set_today (rules, &day);
    on_the_day = solar_rules_check (rules, plan);
    g_assert_true (solar_plan_parse_date ("2026-08-20", &day));
    solar_rules_set_today (rules, &day);
    in_august = solar_rules_check (rules, plan);
    for (guint i = 0; i < g_list_model_get_n_items (on_the_day); i++)
      {
        g_autoptr(SolarProblem) problem = g_list_model_get_item (on_the_day, i);

        flagged += g_str_equal (solar_problem_get_rule_id (problem), "kols-booked-late-for-double-11");
      }
    g_assert_cmpuint (flagged, ==, 1);
    g_assert_cmpuint (g_list_model_get_n_items (in_august), ==, g_list_model_get_n_items (on_the_day) - 1);
  }
}

/* A file that breaks a rule
 * =========================
 */

typedef struct
{
  const char *name;
  const char *key_dates;   /* the "key_dates" array */
  const char *holidays;    /* the "holidays" array */
  const char *message;
  const char *checks;      /* the "checks" array; NULL for none */
} BadFile;

#define NOTE "\"note\": {\"en\": \"n\", \"zh\": \"n\"}, \"note_source\": {\"id\": \"s\", \"quote\": \"q\"}"
#define NAME "\"name\": {\"en\": \"X\", \"zh\": \"X\"}"
#define CITED "\"source\": {\"id\": \"s\", \"quote\": \"q\"}"
#define FIXED(id, month, day) \
  "{\"id\": \"" id "\", " NAME ", \"gregorian\": {\"month\": " #month ", \"day\": " #day "}, " \
  CITED ", " NOTE "}"
#define HOLIDAY(from, to, days) \
  "{\"id\": \"spring-festival\", " NAME ", \"from\": \"" from "\", \"to\": \"" to "\", " \
  "\"working_days\": [" days "], " CITED "}"
#define CHECK(kind, target, message) \
  "[{\"id\": \"c\", \"kind\": \"" kind "\", " target ", \"severity\": \"warning\", " \
  "\"message\": " message ", " CITED "}]"
#define ONE_HOLIDAY "[{\"year\": 2026, \"periods\": [" HOLIDAY ("2026-02-15", "2026-02-23", "") "]}]"
#define ONE_OPENING \
  "[" FIXED ("double-11", 11, 11) ", {\"id\": \"x\", " NAME ", \"opens_before\": \"double-11\", " \
  "\"openings\": [{\"date\": \"2025-10-15\", " CITED "}], " NOTE "}]"

static const BadFile bad_files[] = {
  { "unknown-member",
    "[{\"id\": \"x\", " NAME ", \"lunar\": {\"month\": 1, \"day\": 1}, \"lunar_leap\": true, "
    CITED ", " NOTE "}]", "[]",
    "key-dates.json: $.key_dates[0].lunar_leap: unknown member; expected one of “id”, “name”, "
    "“gregorian”, “lunar”, “opens_before”, “openings”, “source”, “note”, “note_source”" },
  { "no-rule",
    "[{\"id\": \"x\", " NAME ", " CITED ", " NOTE "}]", "[]",
    "key-dates.json: $.key_dates[0]: say how the date is found: “gregorian”, “lunar” or "
    "“opens_before”" },
  { "two-rules",
    "[{\"id\": \"x\", " NAME ", \"gregorian\": {\"month\": 1, \"day\": 1}, "
    "\"lunar\": {\"month\": 1, \"day\": 1}, " CITED ", " NOTE "}]", "[]",
    "key-dates.json: $.key_dates[0].lunar: a key date has one rule; “gregorian” is given too" },
  { "lunar-day-31",
    "[{\"id\": \"x\", " NAME ", \"lunar\": {\"month\": 1, \"day\": 31}, " CITED ", " NOTE "}]",
    "[]",
    "key-dates.json: $.key_dates[0].lunar.day: expected a whole number from 1 to 30, got 31" },
  { "leap-day", "[" FIXED ("x", 2, 29) "]", "[]",
    "key-dates.json: $.key_dates[0].gregorian.day: month 2 has no day 29 every year" },
  { "month-and-a-half", "[" FIXED ("x", 2.5, 1) "]", "[]",
    "key-dates.json: $.key_dates[0].gregorian.month: expected a whole number from 1 to 12, got 2.5" },
  { "duplicate-id", "[" FIXED ("x", 1, 1) ", " FIXED ("x", 2, 1) "]", "[]",
    "key-dates.json: $.key_dates[1].id: another key date has the id “x”" },
  { "no-chinese-name",
    "[{\"id\": \"x\", \"name\": {\"en\": \"X\"}, \"gregorian\": {\"month\": 1, \"day\": 1}, "
    CITED ", " NOTE "}]", "[]",
    "key-dates.json: $.key_dates[0].name.zh: give the Chinese name too" },
  { "uncited-rule",
    "[{\"id\": \"x\", " NAME ", \"gregorian\": {\"month\": 1, \"day\": 1}, " NOTE "}]", "[]",
    "key-dates.json: $.key_dates[0].source: required member is missing" },
  { "unknown-source",
    "[{\"id\": \"x\", " NAME ", \"gregorian\": {\"month\": 1, \"day\": 1}, "
    "\"source\": {\"id\": \"blog\", \"quote\": \"q\"}, " NOTE "}]", "[]",
    "key-dates.json: $.key_dates[0].source.id: no source has the id “blog” in this file's "
    "“sources”; add it there, or write “editorial” for Social Solar's own advice" },
  { "editorial-without-why",
    "[{\"id\": \"x\", " NAME ", \"gregorian\": {\"month\": 1, \"day\": 1}, " CITED ", "
    "\"note\": {\"en\": \"n\"}, \"note_source\": {\"id\": \"editorial\"}}]", "[]",
    "key-dates.json: $.key_dates[0].note_source.note: Social Solar's own advice says why in a "
    "note {\"en\", \"zh\"}" },
  { "opening-of-nothing",
    "[{\"id\": \"x\", " NAME ", \"opens_before\": \"double-11\", "
    "\"openings\": [{\"date\": \"2025-10-15\", " CITED "}], " NOTE "}]", "[]",
    "key-dates.json: $.key_dates[0].opens_before: no fixed or lunar key date has the id "
    "“double-11”" },
  { "opening-after-the-festival",
    "[" FIXED ("double-11", 11, 11) ", {\"id\": \"x\", " NAME ", \"opens_before\": \"double-11\", "
    "\"openings\": [{\"date\": \"2025-11-12\", " CITED "}], " NOTE "}]", "[]",
    "key-dates.json: $.key_dates[1].openings: the opening on 2025-11-12 is not before "
    "“double-11” (2025-11-11)" },
  { "two-openings-a-year",
    "[" FIXED ("double-11", 11, 11) ", {\"id\": \"x\", " NAME ", \"opens_before\": \"double-11\", "
    "\"openings\": [{\"date\": \"2025-10-15\", " CITED "}, {\"date\": \"2025-10-20\", " CITED
    "}], " NOTE "}]", "[]",
    "key-dates.json: $.key_dates[1].openings[1].date: another opening is in 2025; give one a year" },
  { "opening-not-a-date",
    "[" FIXED ("double-11", 11, 11) ", {\"id\": \"x\", " NAME ", \"opens_before\": \"double-11\", "
    "\"openings\": [{\"date\": \"2025-10-32\", " CITED "}], " NOTE "}]", "[]",
    "key-dates.json: $.key_dates[1].openings[0].date: “2025-10-32” is not a date; expected "
    "YYYY-MM-DD" },
  { "presale-maybe",
    "[" FIXED ("double-11", 11, 11) ", {\"id\": \"x\", " NAME ", \"opens_before\": \"double-11\", "
    "\"openings\": [{\"date\": \"2025-10-15\", \"presale\": \"yes\", " CITED "}], " NOTE "}]", "[]",
    "key-dates.json: $.key_dates[1].openings[0].presale: expected true or false, got a string" },
  { "holiday-year-outside",
    "[]", "[{\"year\": 2040, \"periods\": []}]",
    "key-dates.json: $.holidays[0].year: expected a whole number from 2020 to 2035, got 2040" },
  { "holiday-backwards",
    "[]", "[{\"year\": 2026, \"periods\": [" HOLIDAY ("2026-02-23", "2026-02-15", "") "]}]",
    "key-dates.json: $.holidays[0].periods[0].to: the last day off comes before the first "
    "(“from”)" },
  { "working-on-a-day-off",
    "[]", "[{\"year\": 2026, \"periods\": [" HOLIDAY ("2026-02-15", "2026-02-23", "\"2026-02-16\"") "]}]",
    "key-dates.json: $.holidays[0].periods[0].working_days[0]: a working day cannot be one of "
    "the days off" },
  { "holidays-overlap",
    "[]", "[{\"year\": 2026, \"periods\": [" HOLIDAY ("2026-02-15", "2026-02-23", "") ", "
    HOLIDAY ("2026-02-20", "2026-02-24", "") "]}]",
    "key-dates.json: $.holidays[0].periods[1].from: these days off overlap those of X" },
  { "year-twice",
    "[]", "[{\"year\": 2026, \"periods\": []}, {\"year\": 2026, \"periods\": []}]",
    "key-dates.json: $.holidays[1].year: 2026 is announced twice" },
  { "check-of-no-kind", "[]", "[]",
    "key-dates.json: $.checks[0].kind: expected one of “milestone-during-holiday”, "
    "“start-after-opening”, “kols-booked-late”, got “late-booking”",
    CHECK ("late-booking", "\"holiday\": \"x\"", "{\"en\": \"x\", \"zh\": \"x\"}") },
  { "check-of-no-holiday", "[]", ONE_HOLIDAY,
    "key-dates.json: $.checks[0].holiday: no holiday in “holidays” has the id “chinese-new-year”",
    CHECK ("milestone-during-holiday", "\"holiday\": \"chinese-new-year\"",
           "{\"en\": \"x\", \"zh\": \"x\"}") },
  { "check-of-a-fixed-day", ONE_OPENING, "[]",
    "key-dates.json: $.checks[0].opening: no key date with “opens_before” has the id “double-11”",
    CHECK ("start-after-opening", "\"opening\": \"double-11\"", "{\"en\": \"x\", \"zh\": \"x\"}") },
  { "check-naming-both", ONE_OPENING, ONE_HOLIDAY,
    "key-dates.json: $.checks[0].holiday: a check of this kind names a “opening”",
    CHECK ("start-after-opening", "\"opening\": \"x\", \"holiday\": \"spring-festival\"",
           "{\"en\": \"x\", \"zh\": \"x\"}") },
  { "check-placeholder", "[]", ONE_HOLIDAY,
    "key-dates.json: $.checks[0].message.zh: this check cannot fill {kol}; it fills {name}, "
    "{date}, {first}, {last}",
    CHECK ("milestone-during-holiday", "\"holiday\": \"spring-festival\"",
           "{\"en\": \"{name}\", \"zh\": \"{kol}\"}") },
  { "check-in-english-only", ONE_OPENING, "[]",
    "key-dates.json: $.checks[0].message.zh: give the message in Chinese too",
    CHECK ("start-after-opening", "\"opening\": \"x\"", "{\"en\": \"{opening}\"}") },  { "booked-late-for-an-opening", ONE_OPENING, "[]",
    "key-dates.json: $.checks[0].key_date: no fixed or lunar key date has the id “x”",
    CHECK ("kols-booked-late", "\"key_date\": \"x\", \"late_from\": \"10-01\"",
           "{\"en\": \"x\", \"zh\": \"x\"}") },
  { "booked-late-from-no-day", ONE_OPENING, "[]",
    "key-dates.json: $.checks[0].late_from: “10-32” is not a day of every year as MM-DD, such as 10-01",
    CHECK ("kols-booked-late", "\"key_date\": \"double-11\", \"late_from\": \"10-32\"",
           "{\"en\": \"x\", \"zh\": \"x\"}") },
  { "booked-late-from-a-leap-day", ONE_OPENING, "[]",
    "key-dates.json: $.checks[0].late_from: “02-29” is not a day of every year as MM-DD, such as 10-01",
    CHECK ("kols-booked-late", "\"key_date\": \"double-11\", \"late_from\": \"02-29\"",
           "{\"en\": \"x\", \"zh\": \"x\"}") },
  { "booked-late-from-never", ONE_OPENING, "[]",
    "key-dates.json: $.checks[0].late_from: required member is missing",
    CHECK ("kols-booked-late", "\"key_date\": \"double-11\"", "{\"en\": \"x\", \"zh\": \"x\"}") },
  { "late-from-on-an-opening-check", ONE_OPENING, "[]",
    "key-dates.json: $.checks[0].late_from: only a “kols-booked-late” check has a day KOLs are late from",
    CHECK ("start-after-opening", "\"opening\": \"x\", \"late_from\": \"10-01\"",
           "{\"en\": \"x\", \"zh\": \"x\"}") },
  { "check-placeholder-unclosed", "[]", ONE_HOLIDAY,
    "key-dates.json: $.checks[0].message.en: this check cannot fill {{name moved}; it fills "
    "{name}, {date}, {first}, {last}",
    CHECK ("milestone-during-holiday", "\"holiday\": \"spring-festival\"",
           "{\"en\": \"{name moved\", \"zh\": \"{name}\"}") },
  { "booked-late-placeholder", ONE_OPENING, "[]",
    "key-dates.json: $.checks[0].message.en: this check cannot fill {name}; it fills {festival}, "
    "{date}, {late}, {count}",
    CHECK ("kols-booked-late", "\"key_date\": \"double-11\", \"late_from\": \"10-01\"",
           "{\"en\": \"{name}\", \"zh\": \"{count}\"}") },
};

static void
test_bad_file (gconstpointer data)
{
  const BadFile *bad = data;
  g_autofree char *text = g_strdup_printf (
    "{\"format\": \"social-solar-key-dates\", \"version\": 1, "
    "\"sources\": [{\"id\": \"s\", \"title\": \"T\", \"date\": \"2024\"}], "
    "\"key_dates\": %s, \"holidays\": %s, \"checks\": %s}", bad->key_dates, bad->holidays,
    bad->checks != NULL ? bad->checks : "[]");
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autoptr(SolarKeyDates) key_dates = solar_key_dates_new_from_bytes (bytes, "key-dates.json",
                                                                       &error);

  g_assert_null (key_dates);
  g_assert_nonnull (error);
  g_assert_cmpstr (error->message, ==, bad->message);
}

/* The skeleton the bad files are made from is itself a good file, so each bad file fails
 * for its own reason. */
static void
test_good_skeleton (void)
{
  const char *text =
    "{\"format\": \"social-solar-key-dates\", \"version\": 1, "
    "\"sources\": [{\"id\": \"s\", \"title\": \"T\", \"date\": \"2024\"}], "
    "\"key_dates\": [" FIXED ("double-11", 11, 11) ", {\"id\": \"x\", " NAME ", "
    "\"opens_before\": \"double-11\", \"openings\": [{\"date\": \"2025-10-15\", \"presale\": "
    "true, " CITED "}], " NOTE "}], "
    "\"holidays\": [{\"year\": 2026, \"periods\": [" HOLIDAY ("2026-02-15", "2026-02-23",
                                                              "\"2026-02-14\"") "]}], "
    "\"checks\": " CHECK ("milestone-during-holiday", "\"holiday\": \"spring-festival\"",
                           "{\"en\": \"{name} {date} {first} {last}\", \"zh\": \"{name}\"}") "}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autoptr(SolarKeyDates) key_dates = solar_key_dates_new_from_bytes (bytes, "key-dates.json",
                                                                       &error);

  g_assert_no_error (error);
  g_assert_cmpuint (solar_key_dates_get_n_key_dates (key_dates), ==, 2);
  g_assert_cmpuint (solar_key_dates_get_holidays (key_dates, 2026)->len, ==, 1);
  g_assert_cmpuint (solar_key_dates_get_n_checks (key_dates), ==, 1);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "en", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/key-dates/lunar-festivals-match-the-observatory",
                   test_lunar_festivals_match_the_observatory);
  g_test_add_func ("/key-dates/close-new-moons", test_close_new_moons);
  g_test_add_func ("/key-dates/fixed-days", test_fixed_days);
  g_test_add_func ("/key-dates/every-year-lists-the-key-dates-in-order",
                   test_every_year_lists_the_key_dates_in_order);
  g_test_add_func ("/key-dates/openings", test_openings);
  g_test_add_func ("/key-dates/years-outside-the-calendar", test_years_outside_the_calendar);
  g_test_add_func ("/key-dates/every-fact-is-cited", test_every_fact_is_cited);
  g_test_add_func ("/key-dates/holidays-are-the-notices", test_holidays_are_the_notices);
  g_test_add_func ("/key-dates/good-skeleton", test_good_skeleton);
  g_test_add_func ("/key-dates/between", test_between);
  g_test_add_func ("/key-dates/describe-day", test_describe_day);
  g_test_add_func ("/key-dates/checks/spring-festival", test_spring_festival_check);
  g_test_add_func ("/key-dates/checks/sales-opening", test_sales_opening_check);
  g_test_add_func ("/key-dates/checks/booked-late", test_booked_late_check);
  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autofree char *path = g_strdup_printf ("/key-dates/bad-file/%s", bad_files[i].name);

      g_test_add_data_func (path, &bad_files[i], test_bad_file);
    }
  return g_test_run ();
}
