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
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-key-dates"

#include "config.h"

#include <string.h>

#include "solar-date-checks.h"
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

/**
 * solar_date_checks_run:
 * @key_dates: the calendar, with its checks
 * @problems: where each finding is appended, as a #SolarProblem
 *
 * Runs key-dates.json's checks on @campaign.
 */
void
solar_date_checks_run (SolarKeyDates *key_dates,
                       SolarCampaign *campaign,
                       GListStore    *problems)
{
  g_return_if_fail (SOLAR_IS_KEY_DATES (key_dates));

  for (guint i = 0; i < solar_key_dates_get_n_checks (key_dates); i++)
    {
      const SolarDateCheck *check = solar_key_dates_get_check (key_dates, i);

      if (check->kind == SOLAR_DATE_CHECK_HOLIDAY)
        check_holidays (key_dates, check, campaign, problems);
      else
        check_opening (key_dates, check, campaign, problems);
    }
}
