/* solar-date-checks.c: the checks that know China's calendar, from key-dates.json
 *
 * Like the platform rules, these are data ("checks" in data/json/key-dates.json, read by
 * solar-key-dates.c), each with its message in English and Chinese and its source:
 *
 * - "milestone-during-holiday": a dated milestone falls in a statutory holiday's days off
 *   (the Spring Festival's, when couriers deliver only the basics). Only years whose
 *   holidays the State Council has announced, and the data holds, are checked.
 * - "start-after-opening": the campaign covers a festival (618, Double 11) but starts after
 *   a platform opened that festival's sales that year, when shoppers are already buying.
 *   Only years a source reported the opening for are checked.
 * - "kols-booked-late": the campaign covers a festival (Double 11), today is between the day
 *   KOLs become hard to book ("late_from") and the festival, and some of the plan's KOLs have
 *   yet to publish. It depends on the day it runs, as the advice does: a plan checked in
 *   August is quiet, the same plan checked in late October is not.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-key-dates"

#include "config.h"

#include <string.h>

#include "solar-date-checks.h"
#include "solar-kol.h"
#include "solar-milestone.h"
#include "solar-plan-checks.h"

static char *
format_day (const GDate *day)
{
  char text[16];

  g_date_strftime (text, sizeof text, "%Y-%m-%d", day);
  return g_strdup (text);
}

/* The check's message with its {placeholders} filled, in the UI's language. */
static char *
fill (const SolarDateCheck *check,
      const char * const   *names,
      const char * const   *values)
{
  return solar_text_fill (solar_text_get (check->message), names, values,
                          g_strv_length ((char **)names));
}

static void
add (GListStore           *problems,
     const SolarDateCheck *check,
     const char           *field,
     const char           *message,
     const SolarCitation  *fact)
{
  g_autoptr(SolarProblem) problem = solar_problem_new (check->severity, check->id, field, message);
  g_autofree char *source = solar_citation_describe (&check->source);

  /* Our advice, and where its date comes from. */
  if (fact != NULL)
    {
      g_autofree char *cited = solar_citation_describe (fact);
      g_autofree char *both = g_strconcat (source, " ", cited, NULL);

      g_free (source);
      source = g_steal_pointer (&both);
    }
  solar_problem_set_source (problem, source);
  g_list_store_append (problems, problem);
}

static void
check_holidays (SolarKeyDates        *key_dates,
                const SolarDateCheck *check,
                SolarCampaign        *campaign,
                GListStore           *problems)
{
  GListModel *milestones = solar_campaign_get_milestones (campaign);

  for (guint i = 0; i < g_list_model_get_n_items (milestones); i++)
    {
      g_autoptr(SolarMilestone) milestone = g_list_model_get_item (milestones, i);
      GPtrArray *holidays;
      GDate day;

      if (!solar_plan_parse_date (solar_milestone_get_date (milestone), &day) ||
          (holidays = solar_key_dates_get_holidays (key_dates, g_date_get_year (&day))) == NULL)
        continue;
      for (guint h = 0; h < holidays->len; h++)
        {
          SolarHoliday *holiday = g_ptr_array_index (holidays, h);

          if (g_str_equal (holiday->id, check->target) &&
              g_date_compare (&day, &holiday->first_day) >= 0 &&
              g_date_compare (&day, &holiday->last_day) <= 0)
            {
              g_autofree char *first = format_day (&holiday->first_day);
              g_autofree char *last = format_day (&holiday->last_day);
              g_autofree char *field = g_strdup_printf ("milestones[%u].date", i);
              const char *names[] = { "name", "date", "first", "last", NULL };
              const char *values[] = { solar_milestone_get_name (milestone),
                                       solar_milestone_get_date (milestone), first, last, NULL };
              g_autofree char *message = fill (check, names, values);

              add (problems, check, field, message, &holiday->source);
            }
        }
    }
}

static void
check_opening (SolarKeyDates        *key_dates,
               const SolarDateCheck *check,
               SolarCampaign        *campaign,
               GListStore           *problems)
{
  const SolarKeyDate *opening = solar_key_dates_find (key_dates, check->target);
  const SolarKeyDate *festival;
  GDate start, end;

  if (opening == NULL ||
      (festival = solar_key_dates_find (key_dates, opening->festival_id)) == NULL ||
      !solar_plan_parse_date (solar_campaign_get_start_date (campaign), &start) ||
      !solar_plan_parse_date (solar_campaign_get_end_date (campaign), &end))
    return;

  for (guint year = g_date_get_year (&start); year <= g_date_get_year (&end); year++)
    {
      SolarKeyDateDay festival_day, opening_day;

      /* The festival in the campaign's span, the opening known for that year, and the
       * campaign starting after it: shoppers were buying before the campaign began. */
      if (!solar_key_dates_get_day (key_dates, festival, year, &festival_day, NULL) ||
          g_date_compare (&festival_day.date, &start) < 0 ||
          g_date_compare (&festival_day.date, &end) > 0 ||
          !solar_key_dates_get_day (key_dates, opening, year, &opening_day, NULL) ||
          g_date_compare (&start, &opening_day.date) <= 0)
        continue;
      {
        g_autofree char *opened = format_day (&opening_day.date);
        const char *names[] = { "opening", "date", "start", NULL };
        const char *values[] = { solar_text_get (opening->name), opened,
                                 solar_campaign_get_start_date (campaign), NULL };
        g_autofree char *message = fill (check, names, values);

        add (problems, check, "start_date", message, &opening_day.opening->source);
      }
    }
}

static void
check_booked_late (SolarKeyDates        *key_dates,
                   const SolarDateCheck *check,
                   SolarCampaign        *campaign,
                   const GDate          *today,
                   GListStore           *problems)
{
  const SolarKeyDate *festival = solar_key_dates_find (key_dates, check->target);
  GListModel *kols = solar_campaign_get_kols (campaign);
  guint year = g_date_get_year (today);
  SolarKeyDateDay festival_day;
  GDate start, end, late;
  guint count = 0, first = G_MAXUINT;

  /* This year's festival, in the campaign's span, and today from the day KOLs are late
   * until the festival. */
  if (festival == NULL ||
      !solar_plan_parse_date (solar_campaign_get_start_date (campaign), &start) ||
      !solar_plan_parse_date (solar_campaign_get_end_date (campaign), &end) ||
      !solar_key_dates_get_day (key_dates, festival, year, &festival_day, NULL) ||
      g_date_compare (&festival_day.date, &start) < 0 ||
      g_date_compare (&festival_day.date, &end) > 0 ||
      !g_date_valid_dmy ((GDateDay)check->late_day, (GDateMonth)check->late_month, (GDateYear)year))
    return;
  g_date_clear (&late, 1);
  g_date_set_dmy (&late, (GDateDay)check->late_day, (GDateMonth)check->late_month, (GDateYear)year);
  if (g_date_compare (today, &late) < 0 || g_date_compare (today, &festival_day.date) > 0)
    return;

  /* The KOLs still to publish: no day yet, or a day from today on. */
  for (guint i = 0; i < g_list_model_get_n_items (kols); i++)
    {
      g_autoptr(SolarKol) kol = g_list_model_get_item (kols, i);
      GDate published;

      if (solar_plan_parse_date (solar_kol_get_publish_date (kol), &published) &&
          g_date_compare (&published, today) < 0)
        continue;
      count++;
      first = MIN (first, i);
    }
  if (count == 0)
    return;
  {
    g_autofree char *date = format_day (&festival_day.date);
    g_autofree char *late_text = format_day (&late);
    g_autofree char *count_text = g_strdup_printf ("%u", count);
    g_autofree char *field = g_strdup_printf ("kols[%u].publish_date", first);
    const char *names[] = { "festival", "date", "late", "count", NULL };
    const char *values[] = { solar_text_get (festival->name), date, late_text, count_text, NULL };
    g_autofree char *message = fill (check, names, values);

    add (problems, check, field, message, NULL);
  }
}

/**
 * solar_date_checks_run:
 * @key_dates: the calendar, with its checks
 * @today: (nullable): the day the checks are run on, for those that depend on it; %NULL
 *   (or an invalid day) for the local day now
 * @problems: where each finding is appended, as a #SolarProblem
 *
 * Runs key-dates.json's checks on @campaign.
 */
void
solar_date_checks_run (SolarKeyDates *key_dates,
                       SolarCampaign *campaign,
                       const GDate   *today,
                       GListStore    *problems)
{
  GDate now;

  g_return_if_fail (SOLAR_IS_KEY_DATES (key_dates));

  if (today == NULL || !g_date_valid (today))
    {
      g_autoptr(GDateTime) local = g_date_time_new_now_local ();

      g_date_clear (&now, 1);
      g_date_set_dmy (&now, (GDateDay)g_date_time_get_day_of_month (local),
                      (GDateMonth)g_date_time_get_month (local), (GDateYear)g_date_time_get_year (local));
      today = &now;
    }
  for (guint i = 0; i < solar_key_dates_get_n_checks (key_dates); i++)
    {
      const SolarDateCheck *check = solar_key_dates_get_check (key_dates, i);

      switch (check->kind)
        {
        case SOLAR_DATE_CHECK_HOLIDAY:
          check_holidays (key_dates, check, campaign, problems);
          break;
        case SOLAR_DATE_CHECK_OPENING:
          check_opening (key_dates, check, campaign, problems);
          break;
        case SOLAR_DATE_CHECK_BOOKED_LATE:
          check_booked_late (key_dates, check, campaign, today, problems);
          break;
        default:
          g_assert_not_reached ();
        }
    }
}
