/* solar-rules.c: live validation of a campaign plan, with platform rules from data
 *
 * What every plan must get right is in solar-plan-checks.c. What a platform allows (video
 * length, links per video, messaging windows, hashtag spelling) changes with the platforms,
 * so it is data: data/json/rules.json, read by solar-rules-file.c. Checking a plan makes a
 * new list of problems each time; it is cheap enough to run on every "changed".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-rules"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "solar-date-checks.h"
#include "solar-plan-checks.h"
#include "solar-rules.h"
#include "solar-rules-file.h"

#define RULES_RESOURCE "/io/github/socialsolar/SocialSolar/data/rules.json"

struct _SolarRules
{
  GObject       parent_instance;
  SolarDataset  *dataset;
  GPtrArray     *rules;       /* of SolarRule */
  SolarKeyDates *key_dates;   /* the calendar's checks; nullable */
  GDate          today;       /* the day checks that depend on it see; invalid: the day now */
};

G_DEFINE_FINAL_TYPE (SolarRules, solar_rules, G_TYPE_OBJECT)

static void
solar_rules_finalize (GObject *object)
{
  SolarRules *self = (SolarRules *)object;

  g_clear_object (&self->dataset);
  g_clear_pointer (&self->rules, g_ptr_array_unref);
  g_clear_object (&self->key_dates);

  G_OBJECT_CLASS (solar_rules_parent_class)->finalize (object);
}

static void
solar_rules_class_init (SolarRulesClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = solar_rules_finalize;
}

static void
solar_rules_init (SolarRules *self)
{
  g_date_clear (&self->today, 1);
}

/**
 * solar_rules_new_from_bytes:
 * @bytes: the contents of a rules.json file
 * @file_name: the name to report errors with
 * @dataset: the dataset the rules' platform and item ids must exist in
 *
 * Returns: (transfer full) (nullable): the rules, or %NULL with @error set to the first
 *   problem in the file, with its JSON path
 */
SolarRules *
solar_rules_new_from_bytes (GBytes        *bytes,
                            const char    *file_name,
                            SolarDataset  *dataset,
                            GError       **error)
{
  g_autoptr(GPtrArray) rules = NULL;
  SolarRules *self;

  g_return_val_if_fail (bytes != NULL && file_name != NULL, NULL);
  g_return_val_if_fail (SOLAR_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  rules = solar_rules_file_read (bytes, file_name, dataset, error);
  if (rules == NULL)
    return NULL;

  self = g_object_new (SOLAR_TYPE_RULES, NULL);
  self->dataset = g_object_ref (dataset);
  self->rules = g_steal_pointer (&rules);
  return self;
}

/* Returns: (transfer full) (nullable): the rules shipped in the application's resources */
SolarRules *
solar_rules_load_default (SolarDataset  *dataset,
                          GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(SolarRules) rules = NULL;
  SolarKeyDates *key_dates;

  g_return_val_if_fail (SOLAR_IS_DATASET (dataset), NULL);

  bytes = g_resources_lookup_data (RULES_RESOURCE, 0, error);
  if (bytes == NULL ||
      (rules = solar_rules_new_from_bytes (bytes, "rules.json", dataset, error)) == NULL ||
      (key_dates = solar_key_dates_get_default (error)) == NULL)
    return NULL;
  /* The calendar's checks (a milestone in the Spring Festival holiday…) run with the rules. */
  solar_rules_set_key_dates (rules, key_dates);
  return g_steal_pointer (&rules);
}

/**
 * solar_rules_set_key_dates:
 * @key_dates: (nullable): the calendar whose checks run with the rules
 */
void
solar_rules_set_key_dates (SolarRules    *self,
                           SolarKeyDates *key_dates)
{
  g_return_if_fail (SOLAR_IS_RULES (self));
  g_set_object (&self->key_dates, key_dates);
}

/**
 * solar_rules_set_today:
 * @today: (nullable): the day the checks are run on (a test's), or %NULL for the day now
 *
 * A check may depend on the day it runs: KOLs booked for Double 11 in late October are
 * late, in August they are not.
 */
void
solar_rules_set_today (SolarRules  *self,
                       const GDate *today)
{
  g_return_if_fail (SOLAR_IS_RULES (self));

  if (today != NULL)
    self->today = *today;
  else
    g_date_clear (&self->today, 1);
}

guint
solar_rules_get_n_rules (SolarRules *self)
{
  g_return_val_if_fail (SOLAR_IS_RULES (self), 0);
  return self->rules->len;
}

/* Applying the rules
 * ==================
 */

static gboolean
strv_intersects (const char * const *a,
                 const char * const *b)
{
  for (guint i = 0; a[i] != NULL; i++)
    if (g_strv_contains (b, a[i]))
      return TRUE;
  return FALSE;
}

static gboolean
has_kols_on (SolarCampaign *campaign,
             const char    *platform_id)
{
  GListModel *kols = solar_campaign_get_kols (campaign);

  for (guint i = 0; i < g_list_model_get_n_items (kols); i++)
    {
      g_autoptr(SolarKol) kol = g_list_model_get_item (kols, i);

      if (g_str_equal (solar_kol_get_platform_id (kol), platform_id))
        return TRUE;
    }
  return FALSE;
}

/* @plan may be NULL (a KOL on a platform the plan has no entry for): it then has no tactics
 * and no hashtags. */
static gboolean
conditions_hold (SolarRule         *rule,
                 SolarCampaign     *campaign,
                 SolarPlatformPlan *plan)
{
  static const char * const none[] = { NULL };
  const char * const *tactics = plan != NULL ? solar_platform_plan_get_tactics (plan) : none;
  const char * const *hashtags = plan != NULL ? solar_platform_plan_get_hashtags (plan) : none;

  if (rule->uses_any != NULL &&
      !strv_intersects (tactics, (const char * const *)rule->uses_any))
    return FALSE;
  if (rule->uses_none != NULL &&
      strv_intersects (tactics, (const char * const *)rule->uses_none))
    return FALSE;
  if (rule->has_hashtags != SOLAR_RULE_ANY && (hashtags[0] != NULL) != rule->has_hashtags)
    return FALSE;
  if (rule->has_kols != SOLAR_RULE_ANY &&
      has_kols_on (campaign, rule->platform_id) != rule->has_kols)
    return FALSE;
  return TRUE;
}

static gboolean
fails_pattern (SolarRule  *rule,
               const char *value)
{
  return g_regex_match (rule->pattern, value, 0, NULL) != rule->must_match;
}

/* "#topic", "topic#", " #topic# " → "topic": what the hashtag says, to suggest a spelling. */
static char *
bare_hashtag (const char *value)
{
  g_autofree char *copy = g_strstrip (g_strdup (value));
  char *start = copy;
  char *end = copy + strlen (copy);

  while (*start == '#')
    start++;
  while (end > start && end[-1] == '#')
    end--;
  return g_strstrip (g_strndup (start, end - start));
}

static void
add_problem (SolarRules *self,
             SolarRule  *rule,
             GListStore *problems,
             const char *field,
             const char *value,
             const char *kol)
{
  g_autofree char *platform = solar_plan_platform_name (self->dataset, rule->platform_id);
  g_autofree char *bare = value != NULL ? bare_hashtag (value) : NULL;
  const char *names[] = { "platform", "value", "bare", "kol" };
  const char *values[] = { platform, value, bare, kol };
  /* The loader made sure every placeholder is one this rule fills. */
  g_autofree char *message = solar_text_fill (solar_text_get (rule->message), names, values,
                                              G_N_ELEMENTS (names));
  g_autoptr(SolarProblem) problem = NULL;
  g_autofree char *source = NULL;

  problem = solar_problem_new (rule->severity, rule->id, field, message);
  source = solar_citation_describe (&rule->source);
  solar_problem_set_source (problem, source);
  g_list_store_append (problems, problem);
}

static void
apply_to_plan (SolarRules        *self,
               SolarRule         *rule,
               SolarCampaign     *campaign,
               SolarPlatformPlan *plan,
               guint              index,
               GListStore        *problems)
{
  const char * const *hashtags = solar_platform_plan_get_hashtags (plan);

  if (!conditions_hold (rule, campaign, plan))
    return;

  if (rule->each == SOLAR_RULE_EACH_PLATFORM)
    {
      g_autofree char *field = g_strdup_printf ("platforms[%u].%s", index, rule->field);

      add_problem (self, rule, problems, field, NULL, NULL);
      return;
    }

  for (guint j = 0; hashtags[j] != NULL; j++)
    {
      g_autofree char *field = g_strdup_printf ("platforms[%u].hashtags[%u]", index, j);

      if (fails_pattern (rule, hashtags[j]))
        add_problem (self, rule, problems, field, hashtags[j], NULL);
    }
}

static void
apply_to_kols (SolarRules    *self,
               SolarRule     *rule,
               SolarCampaign *campaign,
               GListStore    *problems)
{
  GListModel *kols = solar_campaign_get_kols (campaign);

  if (!conditions_hold (rule, campaign, solar_campaign_find_platform (campaign, rule->platform_id)))
    return;

  for (guint k = 0; k < g_list_model_get_n_items (kols); k++)
    {
      g_autoptr(SolarKol) kol = g_list_model_get_item (kols, k);
      const char *deliverables = solar_kol_get_deliverables (kol);
      g_autofree char *field = g_strdup_printf ("kols[%u].deliverables", k);

      if (g_str_equal (solar_kol_get_platform_id (kol), rule->platform_id) &&
          fails_pattern (rule, deliverables))
        add_problem (self, rule, problems, field, deliverables, solar_kol_get_name (kol));
    }
}

static void
apply_rule (SolarRules    *self,
            SolarRule     *rule,
            SolarCampaign *campaign,
            GListStore    *problems)
{
  GListModel *platforms = solar_campaign_get_platforms (campaign);

  if (rule->each == SOLAR_RULE_EACH_KOL_DELIVERABLES)
    {
      apply_to_kols (self, rule, campaign, problems);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (platforms); i++)
    {
      g_autoptr(SolarPlatformPlan) plan = g_list_model_get_item (platforms, i);

      if (g_str_equal (solar_platform_plan_get_platform_id (plan), rule->platform_id))
        apply_to_plan (self, rule, campaign, plan, i, problems);
    }
}

/**
 * solar_rules_check:
 * @campaign: the plan to check
 *
 * Checks the plan against the rules every plan follows and the platform rules of the
 * data. Nothing found here stops a plan from being saved.
 *
 * Returns: (transfer full): a list of #SolarProblem, in the order of the editor's form,
 *   empty when the plan is fine
 */
GListModel *
solar_rules_check (SolarRules    *self,
                   SolarCampaign *campaign)
{
  GListStore *problems;

  g_return_val_if_fail (SOLAR_IS_RULES (self), NULL);
  g_return_val_if_fail (SOLAR_IS_CAMPAIGN (campaign), NULL);

  problems = g_list_store_new (SOLAR_TYPE_PROBLEM);
  solar_plan_checks_run (campaign, self->dataset, problems);
  for (guint i = 0; i < self->rules->len; i++)
    apply_rule (self, g_ptr_array_index (self->rules, i), campaign, problems);
  if (self->key_dates != NULL)
    solar_date_checks_run (self->key_dates, campaign, &self->today, problems);
  return G_LIST_MODEL (problems);
}
