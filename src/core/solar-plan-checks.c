/* solar-plan-checks.c: the rules every plan follows, whatever its platforms
 *
 * A required name, dates that exist and are in order, a budget that adds up, platforms
 * that have something to do and something to measure, ids the dataset knows, no negative
 * numbers. Errors are contradictions (the end before the start, more than 100 % shared out);
 * warnings are gaps a finished plan would not have. Every message says what to change.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-rules"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "solar-json.h"
#include "solar-number.h"
#include "solar-plan-checks.h"

/* Shares are typed in with a decimal or two, so allow for rounding (33.33 × 3). */
#define SHARE_TOLERANCE 0.05

typedef struct
{
  SolarCampaign *campaign;
  SolarDataset  *dataset;
  GListStore    *problems;
} Checker;

static void
add (Checker       *checker,
     SolarSeverity  severity,
     const char    *rule_id,
     const char    *field,
     const char    *message)
{
  g_autoptr(SolarProblem) problem = solar_problem_new (severity, rule_id, field, message);

  g_list_store_append (checker->problems, problem);
}

/* Made for each item of a plan on every check, so without printf. */
static char *
field_path (const char *list,
            guint       index,
            const char *member)
{
  g_autofree char *item = solar_json_path_index (list, index);

  if (member == NULL)
    return g_steal_pointer (&item);
  return g_strconcat (item, ".", member, NULL);
}

gboolean
solar_plan_is_valid_date (const char *date)
{
  static const char shape[] = "dddd-dd-dd";
  int year, month, day;

  /* By hand, not with a regex: a plan with 20,000 milestones checks as many dates. */
  if (date == NULL || strlen (date) != sizeof shape - 1)
    return FALSE;
  for (guint i = 0; shape[i] != '\0'; i++)
    if (shape[i] == 'd' ? !g_ascii_isdigit (date[i]) : date[i] != shape[i])
      return FALSE;
  year = g_ascii_digit_value (date[0]) * 1000 + g_ascii_digit_value (date[1]) * 100 +
         g_ascii_digit_value (date[2]) * 10 + g_ascii_digit_value (date[3]);
  month = g_ascii_digit_value (date[5]) * 10 + g_ascii_digit_value (date[6]);
  day = g_ascii_digit_value (date[8]) * 10 + g_ascii_digit_value (date[9]);
  return g_date_valid_dmy (day, month, year);
}

/**
 * solar_plan_parse_date:
 * @date: (out caller-allocates): the day @text names
 *
 * Returns: whether @text is a date as plans write them, YYYY-MM-DD, that exists
 */
gboolean
solar_plan_parse_date (const char *text,
                       GDate      *date)
{
  if (!solar_plan_is_valid_date (text))
    return FALSE;
  g_date_clear (date, 1);
  /* Checked digit by digit above: the fields are where the shape says. */
  g_date_set_dmy (date, (GDateDay)g_ascii_strtoull (text + 8, NULL, 10),
                  (GDateMonth)g_ascii_strtoull (text + 5, NULL, 10),
                  (GDateYear)g_ascii_strtoull (text, NULL, 10));
  return TRUE;
}

/**
 * solar_plan_compare_dates:
 *
 * Orders two of a plan's days as a table lists them: YYYY-MM-DD sorts as it falls, and a
 * day not set yet ("") comes after every set one.
 *
 * Returns: less than, equal to or more than zero, as for strcmp()
 */
int
solar_plan_compare_dates (const char *a,
                          const char *b)
{
  int order;

  if ((*a == '\0') != (*b == '\0'))
    return *a == '\0' ? 1 : -1;
  order = strcmp (a, b);
  return (order > 0) - (order < 0);
}

/* Amounts as people write them on a brief: 500000, 12.50, -3. */
char *
solar_plan_format_number (double value)
{
  if (value == floor (value))
    return g_strdup_printf ("%.0f", value);
  return g_strdup_printf ("%.2f", value);
}

/* Returns: the platform's name in the UI's language, or its id if the dataset lacks it */
char *
solar_plan_platform_name (SolarDataset *dataset,
                          const char   *platform_id)
{
  SolarPlatform *platform = solar_dataset_find_platform (dataset, platform_id);

  if (platform == NULL)
    return g_strdup (platform_id);
  return g_strdup (solar_text_get (solar_platform_get_name (platform)));
}

static void
check_negative (Checker    *checker,
                double      value,
                const char *field,
                const char *what)
{
  g_autofree char *message = NULL;

  if (value >= 0)
    return;
  /* TRANSLATORS: %s is what the number is, such as "The total budget" or "The fee" */
  message = g_strdup_printf (_("%s is negative; enter zero or more"), what);
  add (checker, SOLAR_SEVERITY_ERROR, "negative-number", field, message);
}

static void
check_name (Checker *checker)
{
  g_autofree char *name = g_strstrip (g_strdup (solar_campaign_get_name (checker->campaign)));

  if (*name == '\0')
    add (checker, SOLAR_SEVERITY_ERROR, "name-missing", "name",
         _("The plan has no name; give it one, such as the product and season it is for"));
}

static gboolean
check_date (Checker    *checker,
            const char *date,
            const char *field)
{
  g_autofree char *message = NULL;

  if (*date == '\0' || solar_plan_is_valid_date (date))
    return *date != '\0';
  message = g_strdup_printf (_("“%s” is not a date; write it as YYYY-MM-DD, such as 2021-03-08"),
                             date);
  add (checker, SOLAR_SEVERITY_ERROR, "date-invalid", field, message);
  return FALSE;
}

static void
check_dates (Checker *checker)
{
  const char *start = solar_campaign_get_start_date (checker->campaign);
  const char *end = solar_campaign_get_end_date (checker->campaign);
  gboolean have_start = check_date (checker, start, "start_date");
  gboolean have_end = check_date (checker, end, "end_date");
  g_autofree char *message = NULL;

  /* ISO dates compare as strings. */
  if (!have_start || !have_end || strcmp (end, start) >= 0)
    return;
  message = g_strdup_printf (_("The campaign ends (%s) before it starts (%s); move the end "
                               "date to %s or later"), end, start, start);
  add (checker, SOLAR_SEVERITY_ERROR, "dates-reversed", "end_date", message);
}

static void
check_platform_id (Checker    *checker,
                   const char *platform_id,
                   const char *field)
{
  g_autofree char *message = NULL;

  if (*platform_id == '\0' || solar_dataset_find_platform (checker->dataset, platform_id))
    return;
  message = g_strdup_printf (_("“%s” is not a platform Social Solar knows; choose one from "
                               "the list"), platform_id);
  add (checker, SOLAR_SEVERITY_ERROR, "unknown-platform", field, message);
}

/* A dated thing of the plan (a milestone, a KOL's post) that falls outside its span. */
static void
check_in_span (Checker    *checker,
               const char *name,
               const char *date,
               const char *field,
               const char *code)
{
  const char *start = solar_campaign_get_start_date (checker->campaign);
  const char *end = solar_campaign_get_end_date (checker->campaign);
  g_autofree char *message = NULL;

  if (!check_date (checker, date, field) ||
      !solar_plan_is_valid_date (start) || !solar_plan_is_valid_date (end) ||
      (strcmp (date, start) >= 0 && strcmp (date, end) <= 0))
    return;

  message = g_strdup_printf (_("“%s” (%s) falls outside the campaign, %s to %s; move it or "
                               "change the campaign's dates"), name, date, start, end);
  add (checker, SOLAR_SEVERITY_WARNING, code, field, message);
}

static void
check_milestone (Checker        *checker,
                 SolarMilestone *milestone,
                 guint           index)
{
  const char *date = solar_milestone_get_date (milestone);
  g_autofree char *date_field = field_path ("milestones", index, "date");
  g_autofree char *platform_field = field_path ("milestones", index, "platform");

  check_platform_id (checker, solar_milestone_get_platform_id (milestone), platform_field);
  if (*date == '\0')
    {
      g_autofree char *message = g_strdup_printf (_("“%s” has no date; give it one"),
                                                  solar_milestone_get_name (milestone));

      add (checker, SOLAR_SEVERITY_WARNING, "milestone-no-date", date_field, message);
      return;
    }
  check_in_span (checker, solar_milestone_get_name (milestone), date, date_field,
                 "milestone-outside");
}

typedef enum
{
  ID_SEGMENT,
  ID_TRIBE,
  ID_CITY_TIER,
} IdKind;

static gboolean
is_known_id (Checker    *checker,
             IdKind      kind,
             const char *id)
{
  GListModel *list;

  if (kind == ID_CITY_TIER)
    return solar_city_tier_get_label (id) != NULL;

  list = kind == ID_SEGMENT ? solar_dataset_get_segments (checker->dataset)
                            : solar_dataset_get_tribes (checker->dataset);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (list, i);
      const char *known = kind == ID_SEGMENT ? solar_segment_get_id (SOLAR_SEGMENT (object))
                                             : solar_tribe_get_id (SOLAR_TRIBE (object));

      if (g_str_equal (known, id))
        return TRUE;
    }
  return FALSE;
}

static char *
describe_unknown_id (IdKind      kind,
                     const char *id)
{
  switch (kind)
    {
    case ID_SEGMENT:
      return g_strdup_printf (_("“%s” is not a creator segment Social Solar knows; remove it "
                                "or choose one from the list"), id);
    case ID_TRIBE:
      return g_strdup_printf (_("“%s” is not a tribe or subculture Social Solar knows; remove "
                                "it or choose one from the list"), id);
    case ID_CITY_TIER:
    default:
      return g_strdup_printf (_("“%s” is not a city tier; use tier-1, new-tier-1 or tier-2 "
                                "to tier-5"), id);
    }
}

static void
check_ids (Checker            *checker,
           const char * const *ids,
           IdKind              kind,
           const char         *member)
{
  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autofree char *field = NULL;
      g_autofree char *message = NULL;

      if (is_known_id (checker, kind, ids[i]))
        continue;
      field = field_path (member, i, NULL);
      message = describe_unknown_id (kind, ids[i]);
      add (checker, SOLAR_SEVERITY_WARNING, "unknown-id", field, message);
    }
}

static void
check_audience (Checker *checker)
{
  SolarCampaign *campaign = checker->campaign;

  check_ids (checker, solar_campaign_get_segments (campaign), ID_SEGMENT, "audience.segments");
  check_ids (checker, solar_campaign_get_tribes (campaign), ID_TRIBE, "audience.tribes");
  check_ids (checker, solar_campaign_get_city_tiers (campaign), ID_CITY_TIER,
             "audience.city_tiers");
}

static void
check_budget_split (Checker *checker)
{
  GListModel *platforms = solar_campaign_get_platforms (checker->campaign);
  double total = solar_campaign_get_total_budget (checker->campaign);
  const char *currency = solar_campaign_get_currency (checker->campaign);
  double shares = 0, amounts = 0;
  guint n_shares = 0, n_amounts = 0;
  g_autofree char *message = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (platforms); i++)
    {
      g_autoptr(SolarPlatformPlan) plan = g_list_model_get_item (platforms, i);
      double value = MAX (solar_platform_plan_get_allocation_value (plan), 0);

      if (solar_platform_plan_get_allocation_mode (plan) == SOLAR_ALLOCATION_SHARE)
        {
          shares += value;
          n_shares++;
        }
      else
        {
          amounts += value;
          n_amounts++;
        }
    }

  if (n_shares > 0 && n_amounts == 0 && fabs (shares - 100) > SHARE_TOLERANCE)
    {
      g_autofree char *sum = solar_plan_format_number (shares);
      g_autofree char *rest = solar_plan_format_number (100 - shares);

      if (shares > 100)
        message = g_strdup_printf (_("The platforms' shares add up to %s%%; lower them so they "
                                     "make 100%%"), sum);
      else
        message = g_strdup_printf (_("The platforms' shares add up to %s%%; share out the "
                                     "remaining %s%% so they make 100%%"), sum, rest);
      add (checker, shares > 100 ? SOLAR_SEVERITY_ERROR : SOLAR_SEVERITY_WARNING,
           shares > 100 ? "shares-over" : "shares-under", "platforms", message);
    }
  else if (n_amounts > 0 && amounts + total * shares / 100 > total + 0.005)
    {
      g_autofree char *sum = solar_number_format_money (amounts + total * shares / 100, currency);
      g_autofree char *budget = solar_number_format_money (total, currency);

      /* TRANSLATORS: the amounts come with their currency: "1,100,000 CNY" */
      message = g_strdup_printf (_("The platforms' budgets add up to %s, over the total "
                                   "budget of %s; lower them or raise the total"),
                                 sum, budget);
      add (checker, SOLAR_SEVERITY_ERROR, "amounts-over-budget", "platforms", message);
    }

  if (n_shares > 0 && shares > 0 && total <= 0)
    add (checker, SOLAR_SEVERITY_WARNING, "no-total-budget", "budget.total",
         _("The platforms get shares of the budget, but there is no total budget; enter it"));
}

static void
check_budget (Checker *checker)
{
  const char *currency = solar_campaign_get_currency (checker->campaign);
  g_autofree char *message = NULL;

  check_negative (checker, solar_campaign_get_total_budget (checker->campaign), "budget.total",
                  _("The total budget"));
  if (strlen (currency) != 3 || !g_ascii_isupper (currency[0]) || !g_ascii_isupper (currency[1]) ||
      !g_ascii_isupper (currency[2]))
    {
      message = g_strdup_printf (_("“%s” is not a currency code; use a three-letter code such "
                                   "as CNY, USD or EUR"), currency);
      add (checker, SOLAR_SEVERITY_ERROR, "currency-invalid", "budget.currency", message);
    }
  check_budget_split (checker);
}

static void
check_tactics (Checker           *checker,
               SolarPlatformPlan *plan,
               guint              index,
               const char        *name)
{
  const char * const *tactics = solar_platform_plan_get_tactics (plan);
  const char *platform_id = solar_platform_plan_get_platform_id (plan);

  for (guint j = 0; tactics[j] != NULL; j++)
    {
      SolarItem *item = solar_dataset_find_item (checker->dataset, tactics[j]);
      g_autofree char *field = NULL;
      g_autofree char *message = NULL;

      if (item != NULL && g_str_equal (solar_item_get_platform_id (item), platform_id))
        continue;
      field = g_strdup_printf ("platforms[%u].tactics[%u]", index, j);
      message = g_strdup_printf (_("“%s” is not one of %s's functions, content types or "
                                   "levers; remove it"), tactics[j], name);
      add (checker, SOLAR_SEVERITY_ERROR, "unknown-item", field, message);
    }
}

static void
check_kpis (Checker           *checker,
            SolarPlatformPlan *plan,
            guint              index)
{
  GListModel *kpis = solar_platform_plan_get_kpis (plan);
  g_autofree char *kpis_path = field_path ("platforms", index, "kpis");

  for (guint k = 0; k < g_list_model_get_n_items (kpis); k++)
    {
      g_autoptr(SolarKpi) kpi = g_list_model_get_item (kpis, k);
      g_autofree char *target_field = field_path (kpis_path, k, "target");
      g_autofree char *metric_field = field_path (kpis_path, k, "metric");
      g_autofree char *metric = g_strstrip (g_strdup (solar_kpi_get_metric (kpi)));

      if (*metric == '\0')
        add (checker, SOLAR_SEVERITY_WARNING, "kpi-metric-missing", metric_field,
             _("Name what this target measures, such as views, followers or sales"));
      check_negative (checker, solar_kpi_get_target (kpi), target_field, _("The target"));
    }
}

static void
check_platform_work (Checker           *checker,
                     SolarPlatformPlan *plan,
                     guint              index,
                     const char        *name)
{
  g_autofree char *tactics_field = field_path ("platforms", index, "tactics");
  g_autofree char *kpis_field = field_path ("platforms", index, "kpis");
  g_autofree char *message = NULL;

  if (solar_platform_plan_get_allocation_value (plan) <= 0)
    return;

  if (g_strv_length ((char **)solar_platform_plan_get_tactics (plan)) == 0)
    {
      message = g_strdup_printf (_("%s has a budget but no tactic; add at least one of its "
                                   "functions, content types or levers"), name);
      add (checker, SOLAR_SEVERITY_WARNING, "no-tactic", tactics_field, message);
      g_clear_pointer (&message, g_free);
    }
  if (g_list_model_get_n_items (solar_platform_plan_get_kpis (plan)) == 0)
    {
      message = g_strdup_printf (_("%s has a budget but no KPI; add a target to measure it by, "
                                   "such as views or sales"), name);
      add (checker, SOLAR_SEVERITY_WARNING, "no-kpi", kpis_field, message);
    }
}

static void
check_platform (Checker           *checker,
                SolarPlatformPlan *plan,
                guint              index,
                GHashTable        *seen)
{
  const char *platform_id = solar_platform_plan_get_platform_id (plan);
  g_autofree char *name = solar_plan_platform_name (checker->dataset, platform_id);
  g_autofree char *platform_field = field_path ("platforms", index, "platform");
  g_autofree char *allocation_field = field_path ("platforms", index, "allocation");
  g_autofree char *message = NULL;

  if (*platform_id == '\0')
    add (checker, SOLAR_SEVERITY_ERROR, "platform-missing", platform_field,
         _("Choose which platform this part of the plan is for"));
  check_platform_id (checker, platform_id, platform_field);
  if (*platform_id != '\0' && !g_hash_table_add (seen, (gpointer)platform_id))
    {
      message = g_strdup_printf (_("%s is in the plan twice; merge the two into one"), name);
      add (checker, SOLAR_SEVERITY_WARNING, "duplicate-platform", platform_field, message);
    }

  check_negative (checker, solar_platform_plan_get_allocation_value (plan), allocation_field,
                  _("The budget"));
  check_tactics (checker, plan, index, name);
  check_platform_work (checker, plan, index, name);
  check_kpis (checker, plan, index);
}

static void
check_platforms (Checker *checker)
{
  GListModel *platforms = solar_campaign_get_platforms (checker->campaign);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < g_list_model_get_n_items (platforms); i++)
    {
      g_autoptr(SolarPlatformPlan) plan = g_list_model_get_item (platforms, i);

      check_platform (checker, plan, i, seen);
    }
}

static void
check_kol_platform (Checker  *checker,
                    SolarKol *kol,
                    guint     index)
{
  const char *platform_id = solar_kol_get_platform_id (kol);
  g_autofree char *field = field_path ("kols", index, "platform");
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  check_platform_id (checker, platform_id, field);
  if (*platform_id == '\0')
    {
      message = g_strdup_printf (_("Choose the platform %s posts on"), solar_kol_get_name (kol));
      add (checker, SOLAR_SEVERITY_WARNING, "kol-platform-missing", field, message);
    }
  else if (solar_dataset_find_platform (checker->dataset, platform_id) != NULL &&
           solar_campaign_find_platform (checker->campaign, platform_id) == NULL)
    {
      name = solar_plan_platform_name (checker->dataset, platform_id);
      message = g_strdup_printf (_("%s is not among the plan's platforms; add it, so its "
                                   "budget covers %s"), name, solar_kol_get_name (kol));
      add (checker, SOLAR_SEVERITY_WARNING, "kol-platform-unused", field, message);
    }
}

static void
check_kols (Checker *checker)
{
  GListModel *kols = solar_campaign_get_kols (checker->campaign);

  for (guint k = 0; k < g_list_model_get_n_items (kols); k++)
    {
      g_autoptr(SolarKol) kol = g_list_model_get_item (kols, k);
      g_autofree char *name_field = field_path ("kols", k, "name");
      g_autofree char *followers_field = field_path ("kols", k, "followers");
      g_autofree char *fee_field = field_path ("kols", k, "fee");
      g_autofree char *name = g_strstrip (g_strdup (solar_kol_get_name (kol)));

      if (*name == '\0')
        add (checker, SOLAR_SEVERITY_WARNING, "kol-name-missing", name_field,
             _("Give this influencer's name or account"));
      check_kol_platform (checker, kol, k);
      /* Optional: a KOL without a publish date is not yet scheduled, not a problem. */
      if (*solar_kol_get_publish_date (kol) != '\0')
        {
          g_autofree char *date_field = field_path ("kols", k, "publish_date");

          check_in_span (checker, solar_kol_get_name (kol), solar_kol_get_publish_date (kol),
                         date_field, "kol-publish-outside");
        }
      check_negative (checker, solar_kol_get_followers (kol), followers_field,
                      _("The number of followers"));
      check_negative (checker, solar_kol_get_fee (kol), fee_field, _("The fee"));
    }
}

static double
sum_kol_fees (Checker    *checker,
              const char *platform_id)
{
  GListModel *kols = solar_campaign_get_kols (checker->campaign);
  double fees = 0;

  for (guint k = 0; k < g_list_model_get_n_items (kols); k++)
    {
      g_autoptr(SolarKol) kol = g_list_model_get_item (kols, k);

      if (g_str_equal (solar_kol_get_platform_id (kol), platform_id))
        fees += MAX (solar_kol_get_fee (kol), 0);
    }
  return fees;
}

/* Influencers are paid from their platform's budget, so their fees should fit in it. */
static void
check_kol_fees (Checker *checker)
{
  GListModel *platforms = solar_campaign_get_platforms (checker->campaign);
  const char *currency = solar_campaign_get_currency (checker->campaign);
  double total = solar_campaign_get_total_budget (checker->campaign);

  for (guint i = 0; i < g_list_model_get_n_items (platforms); i++)
    {
      g_autoptr(SolarPlatformPlan) plan = g_list_model_get_item (platforms, i);
      const char *platform_id = solar_platform_plan_get_platform_id (plan);
      double budget = solar_platform_plan_get_amount (plan, total);
      double fees = sum_kol_fees (checker, platform_id);
      g_autofree char *field = NULL, *name = NULL, *sum = NULL, *limit = NULL, *message = NULL;

      /* A platform in the plan twice is reported as such; compare its fees once. */
      if (fees <= budget + 0.005 ||
          solar_campaign_find_platform (checker->campaign, platform_id) != plan)
        continue;

      field = field_path ("platforms", i, "allocation");
      name = solar_plan_platform_name (checker->dataset, platform_id);
      /* Written as the KOL table and the pyramid write money: "585,313.09 CNY". */
      sum = solar_number_format_money (fees, currency);
      limit = solar_number_format_money (budget, currency);
      /* TRANSLATORS: the amounts come with their currency: "600,000 CNY" */
      message = g_strdup_printf (_("The influencers on %s cost %s, more than its budget of "
                                   "%s; raise its budget or book fewer influencers"),
                                 name, sum, limit);
      add (checker, SOLAR_SEVERITY_WARNING, "kol-fees-over-budget", field, message);
    }
}

/**
 * solar_plan_checks_run:
 * @problems: where to append the #SolarProblem found, in the order of the editor's form
 *
 * Checks what every plan must get right, whatever its platforms.
 */
void
solar_plan_checks_run (SolarCampaign *campaign,
                       SolarDataset  *dataset,
                       GListStore    *problems)
{
  Checker checker = { campaign, dataset, problems };
  GListModel *milestones = solar_campaign_get_milestones (campaign);

  check_name (&checker);
  check_audience (&checker);
  check_dates (&checker);
  for (guint i = 0; i < g_list_model_get_n_items (milestones); i++)
    {
      g_autoptr(SolarMilestone) milestone = g_list_model_get_item (milestones, i);

      check_milestone (&checker, milestone, i);
    }
  check_budget (&checker);
  check_platforms (&checker);
  check_kols (&checker);
  check_kol_fees (&checker);
}
