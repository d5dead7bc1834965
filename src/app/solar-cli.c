/* solar-cli.c: what social-solar does on the command line without a window
 *
 * `social-solar --check FILE...` runs each plan through the same loader and checks the
 * app uses, and prints one line per finding in the form editors and CI logs understand:
 * "FILE:LINE:COL: message" or "FILE: $.path: message" for what makes a file unreadable,
 * "FILE: field: warning: message" (or "error:") for what the checks say about a readable
 * plan. Exit 1 if any file is unreadable or has an error; warnings do not fail.
 *
 * `social-solar --key-dates 2026..2027` prints China's marketing calendar, one key date a
 * line: "YYYY-MM-DD<TAB>id<TAB>English name<TAB>Chinese name", for scripts and calendars.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-cli"

#include "config.h"

#include <glib/gi18n.h>

#include <stdio.h>
#include <string.h>

#include "solar-brief.h"
#include "solar-campaign-io.h"
#include "solar-cli.h"
#include "solar-export.h"
#include "solar-plan-overlay.h"
#include "solar-json.h"
#include "solar-key-dates.h"
#include "solar-problem.h"
#include "solar-rules.h"
#include "solar-timeline.h"

static void
print_problems (const char *path,
                GListModel *problems)
{
  for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(SolarProblem) problem = g_list_model_get_item (problems, i);

      g_print ("%s: %s: %s: %s\n", path, solar_problem_get_field (problem),
               solar_problem_get_severity (problem) == SOLAR_SEVERITY_ERROR
                 ? _("error") : _("warning"),
               solar_problem_get_message (problem));
    }
}

/* Reads at most the loader's limit plus one byte, so a huge file is refused without
 * reading it all into memory first. */
static GBytes *
read_file (const char  *path,
           GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GFileInputStream) stream = g_file_read (file, NULL, error);

  if (stream == NULL)
    return NULL;
  return g_input_stream_read_bytes (G_INPUT_STREAM (stream), SOLAR_JSON_MAX_SIZE + 1, NULL, error);
}

/* The same checked loader as the app; the message names the file. The command line only
 * reads plans, so their items are not watched for edits. */
static SolarCampaign *
load_plan (const char  *plan_path,
           GError     **error)
{
  g_autoptr(GBytes) bytes = read_file (plan_path, error);

  if (bytes == NULL)
    {
      /* TRANSLATORS: a file that cannot be read; the system's reason follows, such as
       * "No such file or directory" */
      g_prefix_error (error, _("%s: cannot read the file: "), plan_path);
      return NULL;
    }
  return solar_campaign_new_from_bytes_full (bytes, plan_path, SOLAR_CAMPAIGN_READ_UNWATCHED,
                                             error);
}

static gboolean
check_one (const char *path,
           SolarRules *rules)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SolarCampaign) campaign = load_plan (path, &error);
  g_autoptr(GListModel) problems = NULL;

  if (campaign == NULL)
    {
      g_printerr ("%s\n", error->message);
      return FALSE;
    }

  /* Warnings are advice, as in the app; an error (a date that is no date, shares over
   * 100 %) makes the plan invalid, though it opens, so that CI can stop on it. */
  if (rules != NULL)
    {
      problems = solar_rules_check (rules, campaign);
      print_problems (path, problems);
      return solar_problems_count (problems, SOLAR_SEVERITY_ERROR) == 0;
    }
  return TRUE;
}

/**
 * solar_cli_check:
 * @paths: the plan files named on the command line
 *
 * Returns: %SOLAR_EXIT_OK if every file is a valid plan, %SOLAR_EXIT_INVALID if any is not,
 *   %SOLAR_EXIT_USAGE if no file was named
 */
int
solar_cli_check (const char * const *paths)
{
  g_autoptr(SolarDataset) dataset = NULL;
  g_autoptr(SolarRules) rules = NULL;
  g_autoptr(GError) error = NULL;
  gboolean all_valid = TRUE;

  if (paths == NULL || paths[0] == NULL)
    {
      g_printerr (_("social-solar: --check needs at least one plan file, e.g. "
                    "social-solar --check plan.campaign.json\n"));
      return SOLAR_EXIT_USAGE;
    }

  dataset = solar_dataset_load_default (&error);
  if (dataset != NULL)
    rules = solar_rules_load_default (dataset, &error);
  if (rules == NULL)
    g_printerr ("social-solar: %s\n", error->message);

  for (guint i = 0; paths[i] != NULL; i++)
    all_valid &= check_one (paths[i], rules);

  return all_valid ? SOLAR_EXIT_OK : SOLAR_EXIT_INVALID;
}

static gboolean
parse_size (const char *size,
            int        *width,
            int        *height)
{
  char tail;

  if (size == NULL)
    {
      *width = 1600;
      *height = 1000;
      return TRUE;
    }
  /* Small enough to be drawn sensibly, large enough for print at 300 dpi. */
  return sscanf (size, "%dx%d%c", width, height, &tail) == 2 &&
         *width >= 200 && *height >= 200 && *width <= 20000 && *height <= 20000;
}

static SolarPlanOverlay *
load_overlay (SolarDataset  *dataset,
              const char    *plan_path,
              GError       **error)
{
  g_autoptr(SolarCampaign) campaign = load_plan (plan_path, error);

  if (campaign == NULL)
    return NULL;
  return solar_plan_overlay_new (dataset, campaign);
}

/**
 * solar_cli_export_orbit:
 * @path: where to write; .png, .svg or .pdf
 * @size: (nullable): "WIDTHxHEIGHT" in pixels (points for PDF); 1600x1000 if %NULL
 * @plan_path: (nullable): a plan to draw over the diagram
 *
 * Returns: %SOLAR_EXIT_OK, %SOLAR_EXIT_INVALID (the plan or the output file failed) or
 *   %SOLAR_EXIT_USAGE (an unknown format or size)
 */
int
solar_cli_export_orbit (const char *path,
                        const char *size,
                        const char *plan_path,
                        gboolean    dark,
                        gboolean    tunnel,
                        gboolean    latest)
{
  g_autoptr(SolarDataset) dataset = NULL;
  g_autoptr(SolarPlanOverlay) overlay = NULL;
  g_autoptr(GError) error = NULL;
  SolarExportOptions options = { 0, 0, dark, tunnel, NULL,
                                 latest ? SOLAR_ORBIT_FIGURES_LATEST : SOLAR_ORBIT_FIGURES_REPORT };

  if (!parse_size (size, &options.width, &options.height))
    {
      g_printerr (_("social-solar: “%s” is not a size; give it as WIDTHxHEIGHT, e.g. 1920x1080, "
                    "each from 200 to 20000\n"), size);
      return SOLAR_EXIT_USAGE;
    }

  if ((dataset = solar_dataset_load_default (&error)) == NULL)
    {
      g_printerr ("social-solar: %s\n", error->message);
      return SOLAR_EXIT_INVALID;
    }
  if (plan_path != NULL && (overlay = load_overlay (dataset, plan_path, &error)) == NULL)
    {
      g_printerr ("%s\n", error->message);
      return SOLAR_EXIT_INVALID;
    }

  options.plan = overlay;
  if (!solar_export_orbit (dataset, path, &options, &error))
    {
      g_printerr ("social-solar: %s\n", error->message);
      return g_error_matches (error, SOLAR_EXPORT_ERROR, SOLAR_EXPORT_ERROR_WRITE)
             ? SOLAR_EXIT_INVALID : SOLAR_EXIT_USAGE;
    }
  return SOLAR_EXIT_OK;
}

/**
 * solar_cli_export_brief:
 * @path: where to write: .pdf (the brief), .csv (the budget) or .ics (the timeline)
 * @plan_paths: the plan, which must be exactly one file
 *
 * Returns: %SOLAR_EXIT_OK, %SOLAR_EXIT_INVALID (the plan, its content or the output file
 *   failed) or %SOLAR_EXIT_USAGE (no plan, several plans or an unknown format)
 */
int
solar_cli_export_brief (const char         *path,
                        gboolean            with_key_dates,
                        const char * const *plan_paths)
{
  g_autoptr(SolarDataset) dataset = NULL;
  g_autoptr(SolarCampaign) campaign = NULL;
  g_autoptr(GError) error = NULL;

  if (plan_paths == NULL || plan_paths[0] == NULL || plan_paths[1] != NULL)
    {
      g_printerr (_("social-solar: --export-brief needs one plan file after it, e.g. "
                    "social-solar --export-brief brief.pdf plan.campaign.json\n"));
      return SOLAR_EXIT_USAGE;
    }

  if ((dataset = solar_dataset_load_default (&error)) == NULL)
    {
      g_printerr ("social-solar: %s\n", error->message);
      return SOLAR_EXIT_INVALID;
    }
  if ((campaign = load_plan (plan_paths[0], &error)) == NULL)
    {
      g_printerr ("%s\n", error->message);
      return SOLAR_EXIT_INVALID;
    }
  if (!solar_brief_export (dataset, campaign, path,
                           with_key_dates ? SOLAR_BRIEF_EXPORT_KEY_DATES : SOLAR_BRIEF_EXPORT_DEFAULT,
                           &error))
    {
      g_printerr ("social-solar: %s\n", error->message);
      return g_error_matches (error, SOLAR_EXPORT_ERROR, SOLAR_EXPORT_ERROR_FORMAT)
             ? SOLAR_EXIT_USAGE : SOLAR_EXIT_INVALID;
    }
  return SOLAR_EXIT_OK;
}

/* "2026" or "2026..2027": digits only, so "2026-2027" or "26" is a usage error, not a
 * year 26. */
static gboolean
parse_years (const char *text,
             guint      *first,
             guint      *last)
{
  g_auto(GStrv) parts = NULL;
  guint64 years[2];
  guint n;

  if (text == NULL)
    return FALSE;
  parts = g_strsplit (text, "..", 2);
  n = g_strv_length (parts);
  for (guint i = 0; i < n; i++)
    if (strlen (parts[i]) != 4 ||
        !g_ascii_string_to_unsigned (parts[i], 10, 1, 9999, &years[i], NULL))
      return FALSE;
  *first = (guint)years[0];
  *last = (guint)years[n - 1];
  return *first <= *last;
}

/**
 * solar_cli_key_dates:
 * @years: "YEAR" or "YEAR..YEAR" from the command line
 *
 * Returns: %SOLAR_EXIT_OK, or %SOLAR_EXIT_USAGE if @years is not a year range the
 *   calendar covers
 */
int
solar_cli_key_dates (const char *years)
{
  g_autoptr(SolarKeyDates) key_dates = NULL;
  g_autoptr(GArray) days = NULL;
  g_autoptr(GError) error = NULL;
  guint first, last;

  if (!parse_years (years, &first, &last))
    {
      /* TRANSLATORS: %s is what was typed after --key-dates */
      g_printerr (_("social-solar: --key-dates needs a year or a range of years, such as 2026 "
                    "or 2026..2027, not “%s”\n"), years != NULL ? years : "");
      return SOLAR_EXIT_USAGE;
    }
  key_dates = solar_key_dates_load_default (&error);
  if (key_dates != NULL)
    days = solar_key_dates_list (key_dates, first, last, &error);
  if (days == NULL)
    {
      g_printerr ("social-solar: %s\n", error->message);
      return SOLAR_EXIT_USAGE;
    }

  for (guint i = 0; i < days->len; i++)
    {
      SolarKeyDateDay *day = &g_array_index (days, SolarKeyDateDay, i);
      char date[16];

      g_date_strftime (date, sizeof date, "%Y-%m-%d", &day->date);
      g_print ("%s\t%s\t%s\t%s\n", date, day->key_date->id, day->key_date->name->en,
               day->key_date->name->zh);
    }
  return SOLAR_EXIT_OK;
}

/* When no zoom is asked for: the finest that keeps the picture under this width. */
#define AUTO_ZOOM_MAX_WIDTH 2400

static gboolean
parse_zoom (const char        *zoom,
            int               *value)
{
  static const char * const names[] = { "week", "month", "quarter", NULL };

  if (zoom == NULL)
    {
      *value = -1;
      return TRUE;
    }
  for (int i = 0; names[i] != NULL; i++)
    if (g_str_equal (zoom, names[i]))
      {
        *value = i;
        return TRUE;
      }
  return FALSE;
}

/**
 * solar_cli_export_timeline:
 * @path: the file to write: .png, .svg or .pdf
 * @zoom: (nullable): "week", "month" or "quarter"; %NULL picks the finest that fits
 * @plan_paths: the one plan file named after it
 *
 * Returns: %SOLAR_EXIT_OK; %SOLAR_EXIT_USAGE for a wrong command line, format or zoom;
 *   %SOLAR_EXIT_INVALID for a plan that cannot be read or has no dates, or a file that
 *   cannot be written
 */
int
solar_cli_export_timeline (const char         *path,
                           const char         *zoom,
                           gboolean            dark,
                           const char * const *plan_paths)
{
  g_autoptr(SolarDataset) dataset = NULL;
  g_autoptr(SolarKeyDates) key_dates = NULL;
  g_autoptr(SolarCampaign) campaign = NULL;
  g_autoptr(SolarTimeline) timeline = NULL;
  g_autoptr(GError) error = NULL;
  int zoom_value;

  if (plan_paths == NULL || plan_paths[0] == NULL || plan_paths[1] != NULL)
    {
      g_printerr (_("social-solar: --export-timeline needs one plan file after it, e.g. "
                    "social-solar --export-timeline timeline.png plan.campaign.json\n"));
      return SOLAR_EXIT_USAGE;
    }
  if (!parse_zoom (zoom, &zoom_value))
    {
      /* TRANSLATORS: %s is what was typed after --zoom; week, month and quarter stay as they are */
      g_printerr (_("social-solar: “%s” is not a zoom; give week, month or quarter\n"), zoom);
      return SOLAR_EXIT_USAGE;
    }

  if ((dataset = solar_dataset_load_default (&error)) == NULL ||
      (key_dates = solar_key_dates_load_default (&error)) == NULL)
    {
      g_printerr ("social-solar: %s\n", error->message);
      return SOLAR_EXIT_INVALID;
    }
  if ((campaign = load_plan (plan_paths[0], &error)) == NULL)
    {
      g_printerr ("%s\n", error->message);
      return SOLAR_EXIT_INVALID;
    }

  timeline = solar_timeline_new (dataset, key_dates);
  if (zoom_value >= 0)
    {
      solar_timeline_set_zoom (timeline, zoom_value);
      solar_timeline_update (timeline, campaign);
    }
  else
    solar_timeline_update_to_fit (timeline, campaign, AUTO_ZOOM_MAX_WIDTH);
  if (!solar_export_timeline (timeline, path, dark, &error))
    {
      g_printerr ("social-solar: %s\n", error->message);
      return g_error_matches (error, SOLAR_EXPORT_ERROR, SOLAR_EXPORT_ERROR_FORMAT) ||
             g_error_matches (error, SOLAR_EXPORT_ERROR, SOLAR_EXPORT_ERROR_SIZE)
             ? SOLAR_EXIT_USAGE : SOLAR_EXIT_INVALID;
    }
  return SOLAR_EXIT_OK;
}
