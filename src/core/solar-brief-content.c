/* solar-brief-content.c: what the campaign brief says, in the order a client reads it
 *
 * Title and key facts, audience, the budget as a bar chart, the diagram with the plan's
 * overlay, each platform's tactics explained with the dataset's own descriptions and its
 * KPIs, the influencers, the milestones, the notes, and what the checks found. Everything
 * the plan leaves empty is left out rather than printed blank, except the checks, which
 * say so when they find nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-brief"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "solar-brief-private.h"
#include "solar-item.h"
#include "solar-key-dates.h"
#include "solar-plan-checks.h"
#include "solar-rules.h"
#include "solar-segment.h"
#include "solar-timeline.h"
#include "solar-tribe.h"

#define SECTION_SPACE 18.0
#define GREY "#555555"

static const SolarColor unallocated_colour = { 0.6, 0.6, 0.6 };

/* "1,200,000": digits grouped in threes with commas, as both English and Chinese
 * business documents write money. Done by hand because %' follows LC_NUMERIC, which is
 * "C" (no grouping) wherever no English or Chinese locale is installed. */
static char *
format_grouped (double value)
{
  g_autofree char *plain = value == floor (value) ? g_strdup_printf ("%.0f", fabs (value))
                                                  : g_strdup_printf ("%.2f", fabs (value));
  const char *point = strchr (plain, '.');
  gsize n_digits = point != NULL ? (gsize)(point - plain) : strlen (plain);
  GString *grouped = g_string_new (value < 0 ? "−" : "");

  for (gsize i = 0; i < n_digits; i++)
    {
      if (i > 0 && (n_digits - i) % 3 == 0)
        g_string_append_c (grouped, ',');
      g_string_append_c (grouped, plain[i]);
    }
  if (point != NULL)
    g_string_append (grouped, point);
  return g_string_free (grouped, FALSE);
}

/**
 * solar_brief_format_money:
 *
 * Returns: (transfer full): "1,200,000 CNY", or "1,200.50 CNY" with cents
 */
char *
solar_brief_format_money (double      amount,
                          const char *currency)
{
  g_autofree char *number = format_grouped (amount);

  return g_strdup_printf ("%s %s", number, currency);
}

/* Returns: (transfer full): the plan's name, or what an unnamed plan is called */
char *
solar_brief_dup_title (SolarCampaign *campaign)
{
  const char *name = solar_campaign_get_name (campaign);

  return g_strdup (name != NULL && *name != '\0' ? name : _("Untitled Plan"));
}

static char *
format_date (const char *iso)
{
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *with_time = NULL;

  if (!solar_plan_is_valid_date (iso))
    return g_strdup (iso);
  with_time = g_strconcat (iso, "T00:00:00Z", NULL);
  date = g_date_time_new_from_iso8601 (with_time, NULL);
  if (date == NULL)
    return g_strdup (iso);
  /* TRANSLATORS: a date in the brief, as g_date_time_format() takes it: "1 March 2021" */
  return g_date_time_format (date, _("%-d %B %Y"));
}

static char *
format_count (double value)
{
  return format_grouped (value);
}

static void
add_heading (SolarBriefColumn *column,
             const char       *text)
{
  g_autofree char *markup = g_markup_escape_text (text, -1);

  solar_brief_column_add_text (column, SOLAR_BRIEF_STYLE_HEADING, markup, 0, SECTION_SPACE);
  solar_brief_column_add_rule (column);
  /* The rule is part of the heading: they stay with what follows. */
  ((SolarBriefBlock *)g_ptr_array_index (column->blocks, column->blocks->len - 1))->keep_with_next = TRUE;
}

/* A line of the key facts: a label on the left, the value on the right. */
static void
add_fact (SolarBriefColumn *column,
          const char       *label,
          const char       *value)
{
  static const double columns[] = { 0, 0.26 };
  g_autofree char *label_markup = NULL;
  g_autofree char *value_markup = NULL;
  const char *markups[2];

  if (value == NULL || *value == '\0')
    return;
  label_markup = g_markup_printf_escaped ("<span foreground='" GREY "'>%s</span>", label);
  value_markup = g_markup_escape_text (value, -1);
  markups[0] = label_markup;
  markups[1] = value_markup;
  solar_brief_column_add_row (column, SOLAR_BRIEF_STYLE_BODY, markups, columns, 2, 5);
}

static char *
join_labels (GPtrArray *labels)
{
  g_ptr_array_add (labels, NULL);
  /* TRANSLATORS: what goes between the items of a list in one line, "Tier 1, Tier 2" */
  return g_strjoinv (_(", "), (char **)labels->pdata);
}

static void
write_title (SolarBriefColumn *column,
             SolarCampaign    *campaign)
{
  g_autofree char *title = solar_brief_dup_title (campaign);
  g_autofree char *kicker = g_markup_printf_escaped ("<span foreground='" GREY "'>%s</span>",
                                                     _("Campaign Brief"));
  g_autofree char *markup = g_markup_escape_text (title, -1);
  const char *message = solar_campaign_get_key_message (campaign);

  solar_brief_column_add_text (column, SOLAR_BRIEF_STYLE_SMALL, kicker, 0, 0);
  solar_brief_column_add_text (column, SOLAR_BRIEF_STYLE_TITLE, markup, 0, 2);
  if (message != NULL && *message != '\0')
    {
      g_autofree char *quote = g_markup_printf_escaped ("<i>%s</i>", message);

      solar_brief_column_add_text (column, SOLAR_BRIEF_STYLE_SUBHEADING, quote, 0, 8);
    }
}

static void
write_facts (SolarBriefColumn *column,
             SolarCampaign    *campaign)
{
  const char *start = solar_campaign_get_start_date (campaign);
  const char *end = solar_campaign_get_end_date (campaign);
  g_autofree char *budget = NULL;
  g_autofree char *dates = NULL;

  add_heading (column, _("Key Facts"));
  add_fact (column, _("Brand"), solar_campaign_get_brand (campaign));
  add_fact (column, _("Objective"), _(solar_objective_get_labels ()[solar_campaign_get_objective (campaign)]));
  if (solar_plan_is_valid_date (start) || solar_plan_is_valid_date (end))
    {
      g_autofree char *from = start && *start ? format_date (start) : g_strdup ("…");
      g_autofree char *to = end && *end ? format_date (end) : g_strdup ("…");

      /* TRANSLATORS: the campaign's dates, from the first to the last */
      dates = g_strdup_printf (_("%s to %s"), from, to);
    }
  add_fact (column, _("Dates"), dates);
  if (solar_campaign_get_total_budget (campaign) > 0)
    budget = solar_brief_format_money (solar_campaign_get_total_budget (campaign),
                                       solar_campaign_get_currency (campaign));
  add_fact (column, _("Total budget"), budget);
}

static const SolarText *
find_segment_name (SolarDataset *dataset,
                   const char   *id)
{
  GListModel *segments = solar_dataset_get_segments (dataset);

  for (guint i = 0; i < g_list_model_get_n_items (segments); i++)
    {
      g_autoptr(SolarSegment) segment = g_list_model_get_item (segments, i);

      if (g_str_equal (solar_segment_get_id (segment), id))
        return solar_segment_get_name (segment);
    }
  return NULL;
}

static const SolarText *
find_tribe_name (SolarDataset *dataset,
                 const char   *id)
{
  GListModel *tribes = solar_dataset_get_tribes (dataset);

  for (guint i = 0; i < g_list_model_get_n_items (tribes); i++)
    {
      g_autoptr(SolarTribe) tribe = g_list_model_get_item (tribes, i);

      if (g_str_equal (solar_tribe_get_id (tribe), id))
        return solar_tribe_get_name (tribe);
    }
  return NULL;
}

/* Returns: (transfer full) (nullable): the names of @ids joined in a line, an id the
 *   dataset lacks as itself, or %NULL if there are none */
static char *
dup_names (SolarDataset       *dataset,
           const char * const *ids,
           const SolarText *(*find_name) (SolarDataset *, const char *))
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      const SolarText *name = find_name (dataset, ids[i]);

      g_ptr_array_add (names, (gpointer)(name != NULL ? solar_text_get (name) : ids[i]));
    }
  return names->len > 0 ? join_labels (names) : NULL;
}

static void
write_audience (SolarBriefColumn *column,
                SolarDataset     *dataset,
                SolarCampaign    *campaign)
{
  const char * const *tiers = solar_campaign_get_city_tiers (campaign);
  g_autoptr(GPtrArray) tier_labels = g_ptr_array_new ();
  g_autofree char *tier_text = NULL;
  g_autofree char *segments = NULL;
  g_autofree char *tribes = NULL;

  for (guint i = 0; tiers != NULL && tiers[i] != NULL; i++)
    {
      const char *label = solar_city_tier_get_label (tiers[i]);

      g_ptr_array_add (tier_labels, (gpointer)(label ? label : tiers[i]));
    }
  if (tier_labels->len > 0)
    tier_text = join_labels (tier_labels);
  segments = dup_names (dataset, solar_campaign_get_segments (campaign), find_segment_name);
  tribes = dup_names (dataset, solar_campaign_get_tribes (campaign), find_tribe_name);

  add_heading (column, _("Audience"));
  add_fact (column, _("Gender focus"),
            _(solar_gender_focus_get_labels ()[solar_campaign_get_gender_focus (campaign)]));
  add_fact (column, _("City tiers"), tier_text);
  add_fact (column, _("Creator segments"), segments);
  add_fact (column, _("Interest tribes"), tribes);
}

static double
platform_amount (SolarCampaign     *campaign,
                 SolarPlatformPlan *plan)
{
  return solar_platform_plan_get_amount (plan, solar_campaign_get_total_budget (campaign));
}

/* "WeChat 微信", and the platform's colour for the chart */
static char *
platform_name (SolarDataset      *dataset,
               const char        *platform_id,
               const SolarColor **colour)
{
  SolarPlatform *platform = solar_dataset_find_platform (dataset, platform_id);

  if (colour != NULL)
    *colour = platform != NULL ? solar_platform_get_color (platform) : &unallocated_colour;
  return solar_plan_platform_name (dataset, platform_id);
}

static void
write_budget (SolarBriefColumn *column,
              SolarDataset     *dataset,
              SolarCampaign    *campaign)
{
  GListModel *platforms = solar_campaign_get_platforms (campaign);
  double total = solar_campaign_get_total_budget (campaign);
  const char *currency = solar_campaign_get_currency (campaign);
  double allocated = 0;

  add_heading (column, _("Budget Split"));
  if (total <= 0)
    {
      solar_brief_column_add_text (column, SOLAR_BRIEF_STYLE_BODY,
                                   _("The plan has no total budget yet, so there is no split to show."),
                                   0, 4);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (platforms); i++)
    {
      g_autoptr(SolarPlatformPlan) plan = g_list_model_get_item (platforms, i);
      const SolarColor *colour;
      g_autofree char *name = platform_name (dataset, solar_platform_plan_get_platform_id (plan), &colour);
      double amount = platform_amount (campaign, plan);
      g_autofree char *money = solar_brief_format_money (amount, currency);
      g_autofree char *label = g_markup_escape_text (name, -1);
      g_autofree char *value = g_strdup_printf ("%s · %.0f%%", money, amount / total * 100);

      allocated += amount;
      solar_brief_column_add_bar (column, label, value, colour, amount / total);
    }

  if (total - allocated > 0.005)
    {
      g_autofree char *money = solar_brief_format_money (total - allocated, currency);
      g_autofree char *value = g_strdup_printf ("%s · %.0f%%", money, (total - allocated) / total * 100);
      g_autofree char *label = g_markup_printf_escaped ("<i>%s</i>", _("Not allocated yet"));

      solar_brief_column_add_bar (column, label, value, &unallocated_colour, (total - allocated) / total);
    }
}

static void
write_diagram (SolarBriefColumn *column)
{
  g_autofree char *caption = g_markup_printf_escaped (
    "<span foreground='" GREY "'>%s</span>",
    _("Each platform in the plan carries an arc for its share of the budget; platforms "
      "the plan does not use are dimmed."));

  add_heading (column, _("The Plan on China’s Social Solar System"));
  solar_brief_column_add_diagram (column);
  solar_brief_column_add_text (column, SOLAR_BRIEF_STYLE_SMALL, caption, 0, 4);
}

static void
write_tactic (SolarBriefColumn *column,
              SolarDataset     *dataset,
              const char       *item_id)
{
  SolarItem *item = solar_dataset_find_item (dataset, item_id);
  g_autofree char *markup = NULL;

  if (item == NULL)
    markup = g_markup_printf_escaped ("• <b>%s</b> — %s", item_id,
                                      _("not in this version’s platform data"));
  else
    markup = g_markup_printf_escaped ("• <b>%s</b> — %s", solar_text_get (solar_item_get_title (item)),
                                      solar_text_get (solar_item_get_description (item)));
  solar_brief_column_add_text (column, SOLAR_BRIEF_STYLE_BODY, markup, 10, 4);
}

static void
write_kpis (SolarBriefColumn  *column,
            SolarPlatformPlan *plan)
{
  GListModel *kpis = solar_platform_plan_get_kpis (plan);

  for (guint i = 0; i < g_list_model_get_n_items (kpis); i++)
    {
      g_autoptr(SolarKpi) kpi = g_list_model_get_item (kpis, i);
      g_autofree char *target = format_count (solar_kpi_get_target (kpi));
      g_autofree char *markup = NULL;

      if (i == 0)
        {
          g_autofree char *label = g_markup_escape_text (_("KPIs"), -1);

          solar_brief_column_add_text (column, SOLAR_BRIEF_STYLE_LABEL, label, 10, 8)->keep_with_next = TRUE;
        }
      /* TRANSLATORS: a KPI in the brief: what is measured, its target and the target's unit */
      markup = g_markup_printf_escaped (_("• %s: %s %s"), solar_kpi_get_metric (kpi), target,
                                        solar_kpi_get_unit (kpi));
      solar_brief_column_add_text (column, SOLAR_BRIEF_STYLE_BODY, markup, 10, 2);
    }
}

static void
write_platforms (SolarBriefColumn *column,
                 SolarDataset     *dataset,
                 SolarCampaign    *campaign)
{
  GListModel *platforms = solar_campaign_get_platforms (campaign);
  double total = solar_campaign_get_total_budget (campaign);

  if (g_list_model_get_n_items (platforms) == 0)
    return;

  add_heading (column, _("Platforms and Tactics"));
  for (guint i = 0; i < g_list_model_get_n_items (platforms); i++)
    {
      g_autoptr(SolarPlatformPlan) plan = g_list_model_get_item (platforms, i);
      const char *id = solar_platform_plan_get_platform_id (plan);
      SolarPlatform *platform = solar_dataset_find_platform (dataset, id);
      const char * const *tactics = solar_platform_plan_get_tactics (plan);
      const char * const *hashtags = solar_platform_plan_get_hashtags (plan);
      g_autofree char *name = platform_name (dataset, id, NULL);
      g_autofree char *heading = NULL;

      if (total > 0)
        {
          double amount = platform_amount (campaign, plan);
          g_autofree char *money = solar_brief_format_money (amount, solar_campaign_get_currency (campaign));

          heading = g_markup_printf_escaped ("%s <span weight='normal' foreground='" GREY "'>%s · %.0f%%</span>",
                                             name, money, amount / total * 100);
        }
      else
        heading = g_markup_escape_text (name, -1);
      solar_brief_column_add_text (column, SOLAR_BRIEF_STYLE_SUBHEADING, heading, 0, i == 0 ? 6 : 14);

      if (platform != NULL)
        {
          g_autofree char *positioning = g_markup_printf_escaped (
            "<span foreground='" GREY "'>%s</span>", solar_text_get (solar_platform_get_positioning (platform)));

          solar_brief_column_add_text (column, SOLAR_BRIEF_STYLE_BODY, positioning, 0, 2);
        }

      for (guint t = 0; tactics != NULL && tactics[t] != NULL; t++)
        write_tactic (column, dataset, tactics[t]);
      if (tactics == NULL || tactics[0] == NULL)
        solar_brief_column_add_text (column, SOLAR_BRIEF_STYLE_BODY,
                                     _("No tactics chosen for this platform yet."), 10, 4);

      if (hashtags != NULL && hashtags[0] != NULL)
        {
          g_autofree char *joined = g_strjoinv (" ", (char **)hashtags);
          g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b> %s", _("Hashtags:"), joined);

          solar_brief_column_add_text (column, SOLAR_BRIEF_STYLE_BODY, markup, 10, 8);
        }
      write_kpis (column, plan);
    }
}

static void
add_table_header (SolarBriefColumn   *column,
                  const char * const *labels,
                  const double       *columns,
                  guint               n_columns)
{
  g_autoptr(GPtrArray) markups = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < n_columns; i++)
    g_ptr_array_add (markups, g_markup_escape_text (labels[i], -1));
  solar_brief_column_add_row (column, SOLAR_BRIEF_STYLE_LABEL, (const char * const *)markups->pdata,
                              columns, n_columns, 4)->keep_with_next = TRUE;
  solar_brief_column_add_rule (column);
  ((SolarBriefBlock *)g_ptr_array_index (column->blocks, column->blocks->len - 1))->keep_with_next = TRUE;
}

static void
add_table_row (SolarBriefColumn   *column,
               const char * const *texts,
               const double       *columns,
               guint               n_columns)
{
  g_autoptr(GPtrArray) markups = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < n_columns; i++)
    g_ptr_array_add (markups, g_markup_escape_text (texts[i] ? texts[i] : "", -1));
  solar_brief_column_add_row (column, SOLAR_BRIEF_STYLE_TABLE, (const char * const *)markups->pdata,
                              columns, n_columns, 5);
}

static void
write_kols (SolarBriefColumn *column,
            SolarDataset     *dataset,
            SolarCampaign    *campaign)
{
  static const double columns[] = { 0, 0.19, 0.37, 0.45, 0.58, 0.74 };
  GListModel *kols = solar_campaign_get_kols (campaign);
  const char *labels[] = {
    _("Name"), _("Platform"), _("Tier"), _("Followers"), _("Fee"), _("Deliverables")
  };

  if (g_list_model_get_n_items (kols) == 0)
    return;

  add_heading (column, _("Influencers"));
  add_table_header (column, labels, columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < g_list_model_get_n_items (kols); i++)
    {
      g_autoptr(SolarKol) kol = g_list_model_get_item (kols, i);
      g_autofree char *platform = platform_name (dataset, solar_kol_get_platform_id (kol), NULL);
      g_autofree char *followers = format_count (solar_kol_get_followers (kol));
      g_autofree char *fee = solar_brief_format_money (solar_kol_get_fee (kol), solar_campaign_get_currency (campaign));
      const char *texts[] = {
        solar_kol_get_name (kol), platform, _(solar_kol_tier_get_labels ()[solar_kol_get_tier (kol)]),
        followers, fee, solar_kol_get_deliverables (kol)
      };

      add_table_row (column, texts, columns, G_N_ELEMENTS (columns));
    }
}

static void
write_milestones (SolarBriefColumn *column,
                  SolarDataset     *dataset,
                  SolarCampaign    *campaign)
{
  static const double columns[] = { 0, 0.24, 0.76 };
  GListModel *milestones = solar_campaign_get_milestones (campaign);
  const char *labels[] = { _("Date"), _("Milestone"), _("Platform") };

  if (g_list_model_get_n_items (milestones) == 0)
    return;

  add_heading (column, _("Milestones"));
  add_table_header (column, labels, columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < g_list_model_get_n_items (milestones); i++)
    {
      g_autoptr(SolarMilestone) milestone = g_list_model_get_item (milestones, i);
      const char *platform_id = solar_milestone_get_platform_id (milestone);
      g_autofree char *date = format_date (solar_milestone_get_date (milestone));
      g_autofree char *platform = platform_id != NULL && *platform_id != '\0'
                                  ? platform_name (dataset, platform_id, NULL) : NULL;
      const char *texts[] = { date, solar_milestone_get_name (milestone), platform };

      add_table_row (column, texts, columns, G_N_ELEMENTS (columns));
    }
}

static void
write_notes (SolarBriefColumn *column,
             SolarCampaign    *campaign)
{
  const char *notes = solar_campaign_get_notes (campaign);
  g_autofree char *markup = NULL;

  if (notes == NULL || *notes == '\0')
    return;
  add_heading (column, _("Notes"));
  markup = g_markup_escape_text (notes, -1);
  solar_brief_column_add_text (column, SOLAR_BRIEF_STYLE_BODY, markup, 0, 4);
}

static void
write_checks (SolarBriefColumn *column,
              SolarDataset     *dataset,
              SolarCampaign    *campaign)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SolarRules) rules = solar_rules_load_default (dataset, &error);
  g_autoptr(GListModel) problems = NULL;

  add_heading (column, _("Checks"));
  if (rules == NULL)
    {
      g_autofree char *markup = g_markup_escape_text (error->message, -1);

      solar_brief_column_add_text (column, SOLAR_BRIEF_STYLE_BODY, markup, 0, 4);
      return;
    }

  problems = solar_rules_check (rules, campaign);
  if (g_list_model_get_n_items (problems) == 0)
    solar_brief_column_add_text (column, SOLAR_BRIEF_STYLE_BODY,
                                 _("The plan passes every check of the platforms’ rules."), 0, 4);
  for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(SolarProblem) problem = g_list_model_get_item (problems, i);
      gboolean is_error = solar_problem_get_severity (problem) == SOLAR_SEVERITY_ERROR;
      g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b> %s",
                                                         is_error ? _("Error:") : _("Warning:"),
                                                         solar_problem_get_message (problem));

      solar_brief_column_add_text (column, SOLAR_BRIEF_STYLE_BODY, markup, 0, 4);
    }
}

/* The plan in time, with China's key dates: by the week for a short campaign, by the
 * month or quarter for a long one, whichever first fits the page's width. */
static void
write_timeline (SolarBriefColumn *column,
                SolarDataset     *dataset,
                SolarCampaign    *campaign)
{
  g_autoptr(SolarTimeline) timeline = solar_timeline_new (dataset, solar_key_dates_get_default (NULL));
  g_autofree char *caption = g_markup_printf_escaped (
    "<span foreground='" GREY "'>%s</span>",
    _("Milestones are diamonds and KOL posts dots, in a lane per platform; China’s key dates "
      "and statutory holidays run down the page in red and grey."));

  solar_timeline_update_to_fit (timeline, campaign, column->width);
  if (solar_timeline_is_empty (timeline))
    return;
  add_heading (column, _("Timeline"));
  solar_brief_column_add_timeline (column, G_OBJECT (timeline));
  solar_brief_column_add_text (column, SOLAR_BRIEF_STYLE_SMALL, caption, 0, 4);
}

void
solar_brief_write_content (SolarBriefColumn *column,
                           SolarDataset     *dataset,
                           SolarCampaign    *campaign)
{
  write_title (column, campaign);
  write_facts (column, campaign);
  write_audience (column, dataset, campaign);
  write_budget (column, dataset, campaign);
  write_diagram (column);
  write_platforms (column, dataset, campaign);
  write_kols (column, dataset, campaign);
  write_milestones (column, dataset, campaign);
  write_timeline (column, dataset, campaign);
  write_notes (column, campaign);
  write_checks (column, dataset, campaign);
}
