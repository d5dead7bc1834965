/* solar-timeline-ics.c: a plan's dates as an iCalendar file (RFC 5545) calendars import
 *
 * An all-day event for the campaign, from its start to its end, and one for each dated
 * milestone, so the team sees the launch day in GNOME Calendar, Outlook or their phone.
 * Each event keeps its UID from one export to the next (see make_uid), so importing an
 * updated plan again updates the events instead of doubling them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-timeline"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "solar-plan-checks.h"
#include "solar-timeline-ics.h"

#define UID_DOMAIN "@socialsolar.github.io"

/* RFC 5545 §3.1: lines are at most 75 octets, not counting the CRLF. */
#define MAX_LINE_OCTETS 75

typedef struct
{
  GString    *out;
  const char *plan_name;
  char       *stamp;   /* DTSTAMP's value */
  GHashTable *seen;    /* UID seed → events with that seed so far */
} Writer;

/* Lines
 * =====
 */

/* Folds @line into lines of MAX_LINE_OCTETS, each continuation starting with a space, and
 * never inside a UTF-8 character: calendars that unfold before decoding cope with a split
 * character, but many decode each physical line on its own and show U+FFFD. */
static void
append_line (GString    *out,
             const char *line)
{
  gsize length = strlen (line);
  gsize start = 0;
  gsize room = MAX_LINE_OCTETS;

  while (length - start > room)
    {
      gsize end = start + room;

      /* Back off to the first byte of a character: the others are 10xxxxxx. */
      while ((line[end] & 0xC0) == 0x80)
        end--;
      g_assert (end > start);
      g_string_append_len (out, line + start, end - start);
      g_string_append (out, "\r\n ");
      start = end;
      room = MAX_LINE_OCTETS - 1;   /* the leading space is part of the line */
    }
  g_string_append (out, line + start);
  g_string_append (out, "\r\n");
}

static void
append_property (GString    *out,
                 const char *name,
                 const char *value)
{
  g_autofree char *line = g_strconcat (name, ":", value, NULL);

  append_line (out, line);
}

/* A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, line breaks as
 * "\n". Other control characters are not allowed in TEXT at all, so they are dropped, and
 * invalid UTF-8 is repaired, as the folding relies on it. */
static char *
escape_text (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  GString *escaped = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p != '\0'; p++)
    {
      guchar c = *p;

      if (c == '\\' || c == ';' || c == ',')
        g_string_append_c (g_string_append_c (escaped, '\\'), c);
      else if (c == '\n' || (c == '\r' && p[1] != '\n'))
        g_string_append (escaped, "\\n");
      else if ((c >= 0x20 && c != 0x7F) || c == '\t')
        g_string_append_c (escaped, c);
    }
  return g_string_free (escaped, FALSE);
}

static void
append_text_property (GString    *out,
                      const char *name,
                      const char *text)
{
  g_autofree char *escaped = escape_text (text);

  append_property (out, name, escaped);
}

/* Dates
 * =====
 */

/* A date the calendar can hold: DTEND is the day after, and iCalendar years have four
 * digits, so 9999-12-31 cannot end an event. */
static gboolean
is_calendar_date (const char *date)
{
  return solar_plan_is_valid_date (date) && strcmp (date, "9999-12-31") < 0;
}

static gboolean
has_span (SolarCampaign *campaign)
{
  const char *start = solar_campaign_get_start_date (campaign);
  const char *end = solar_campaign_get_end_date (campaign);

  /* ISO dates compare as strings; an end before the start is no span to show. */
  return is_calendar_date (start) && is_calendar_date (end) && strcmp (end, start) >= 0;
}

static gboolean
has_dates (SolarCampaign *campaign)
{
  GListModel *milestones = solar_campaign_get_milestones (campaign);

  if (has_span (campaign))
    return TRUE;
  for (guint i = 0; i < g_list_model_get_n_items (milestones); i++)
    {
      g_autoptr(SolarMilestone) milestone = g_list_model_get_item (milestones, i);

      if (is_calendar_date (solar_milestone_get_date (milestone)))
        return TRUE;
    }
  return FALSE;
}

/* @date ("2021-06-18", valid), @days_after later, as a DATE value ("20210618") */
static char *
format_date (const char *date,
             guint       days_after)
{
  int year, month, day;
  GDate value;

  sscanf (date, "%4d-%2d-%2d", &year, &month, &day);
  g_date_clear (&value, 1);
  g_date_set_dmy (&value, day, month, year);
  g_date_add_days (&value, days_after);
  return g_strdup_printf ("%04d%02d%02d", g_date_get_year (&value), g_date_get_month (&value),
                          g_date_get_day (&value));
}

/* Events
 * ======
 */

/* The same plan gives the same UIDs, so a calendar updates what it imported before. The
 * seed is the plan's name, the kind of event and its name, plus a count for events of the
 * same name (a weekly "Live stream"); not the date, so moving a milestone moves its event
 * rather than leaving the old one behind. */
static char *
make_uid (Writer     *writer,
          const char *kind,
          const char *name)
{
  const char *parts[] = { writer->plan_name, kind, name };
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  char *seed;
  guint n;

  /* Each part with its NUL, so "ab" + "c" and "a" + "bc" differ. */
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    g_checksum_update (checksum, (const guchar *)parts[i], strlen (parts[i]) + 1);
  seed = g_strdup (g_checksum_get_string (checksum));
  n = GPOINTER_TO_UINT (g_hash_table_lookup (writer->seen, seed));
  g_hash_table_replace (writer->seen, seed, GUINT_TO_POINTER (n + 1));

  if (n > 0)
    {
      g_autofree char *again = g_strdup_printf ("%s:%u", seed, n);

      g_checksum_reset (checksum);
      g_checksum_update (checksum, (const guchar *)again, -1);
    }
  /* 128 bits are plenty, and keep the UID line short of folding. */
  return g_strdup_printf ("%.32s" UID_DOMAIN, g_checksum_get_string (checksum));
}

/* An all-day event from @start to @end, both included: DTEND is exclusive, so it is the
 * day after @end. TRANSP:TRANSPARENT, as a campaign day does not make anyone busy. */
static void
append_event (Writer     *writer,
              const char *kind,
              const char *summary,
              const char *description,
              const char *start,
              const char *end)
{
  g_autofree char *uid = make_uid (writer, kind, summary);
  g_autofree char *dtstart = format_date (start, 0);
  g_autofree char *dtend = format_date (end, 1);
  GString *out = writer->out;

  append_line (out, "BEGIN:VEVENT");
  append_property (out, "UID", uid);
  append_property (out, "DTSTAMP", writer->stamp);
  append_property (out, "DTSTART;VALUE=DATE", dtstart);
  append_property (out, "DTEND;VALUE=DATE", dtend);
  append_text_property (out, "SUMMARY", summary);
  if (description != NULL && *description != '\0')
    append_text_property (out, "DESCRIPTION", description);
  append_line (out, "TRANSP:TRANSPARENT");
  append_line (out, "END:VEVENT");
}

static void
append_span (Writer        *writer,
             SolarCampaign *campaign)
{
  if (!has_span (campaign))
    return;
  append_event (writer, "campaign", writer->plan_name,
                solar_campaign_get_key_message (campaign),
                solar_campaign_get_start_date (campaign),
                solar_campaign_get_end_date (campaign));
}

/* Imported into an existing calendar, an event loses the calendar's name: the description
 * says which plan, and which platform, it belongs to. */
static char *
describe_milestone (Writer         *writer,
                    SolarDataset   *dataset,
                    SolarMilestone *milestone)
{
  const char *platform_id = solar_milestone_get_platform_id (milestone);
  g_autofree char *platform = NULL;

  if (platform_id == NULL || *platform_id == '\0')
    /* TRANSLATORS: in a calendar event's description; %s is the plan's name */
    return g_strdup_printf (_("Plan: %s"), writer->plan_name);

  platform = solar_plan_platform_name (dataset, platform_id);
  /* TRANSLATORS: in a calendar event's description; the first %s is the plan's name, the
   * second the platform the milestone is on, such as Douyin */
  return g_strdup_printf (_("Plan: %s\nPlatform: %s"), writer->plan_name, platform);
}

static void
append_milestones (Writer        *writer,
                   SolarDataset  *dataset,
                   SolarCampaign *campaign)
{
  GListModel *milestones = solar_campaign_get_milestones (campaign);

  for (guint i = 0; i < g_list_model_get_n_items (milestones); i++)
    {
      g_autoptr(SolarMilestone) milestone = g_list_model_get_item (milestones, i);
      const char *date = solar_milestone_get_date (milestone);
      const char *name = solar_milestone_get_name (milestone);
      g_autofree char *description = NULL;

      /* Undated milestones are a warning of the plan's checks, not a reason to refuse. */
      if (!is_calendar_date (date))
        continue;
      description = describe_milestone (writer, dataset, milestone);
      append_event (writer, "milestone", *name != '\0' ? name : _("Milestone"), description,
                    date, date);
    }
}

/* China's key dates and statutory holidays within the campaign's span, so the planner's
 * calendar shows 618 or the Spring Festival holiday beside the plan's own days. Each says
 * what it means and where it comes from; none is a plan's event, so the UIDs do not clash
 * with the milestones'. */
static void
append_key_dates (Writer        *writer,
                  SolarKeyDates *key_dates,
                  SolarCampaign *campaign)
{
  g_autoptr(GArray) days = NULL;
  g_autoptr(GPtrArray) holidays = NULL;
  GDate start, end;

  if (!has_span (campaign) ||
      !solar_plan_parse_date (solar_campaign_get_start_date (campaign), &start) ||
      !solar_plan_parse_date (solar_campaign_get_end_date (campaign), &end))
    return;

  days = solar_key_dates_list_between (key_dates, &start, &end);
  for (guint i = 0; i < days->len; i++)
    {
      SolarKeyDateDay *day = &g_array_index (days, SolarKeyDateDay, i);
      g_autofree char *description = solar_key_dates_describe_day (day);
      char date[16];

      g_date_strftime (date, sizeof date, "%Y-%m-%d", &day->date);
      append_event (writer, "key-date", solar_text_get (day->key_date->name), description, date, date);
    }

  holidays = solar_key_dates_holidays_between (key_dates, &start, &end);
  for (guint i = 0; i < holidays->len; i++)
    {
      SolarHoliday *holiday = g_ptr_array_index (holidays, i);
      g_autofree char *source = solar_citation_describe (&holiday->source);
      g_autofree char *summary = NULL;
      char first[16], last[16];

      g_date_strftime (first, sizeof first, "%Y-%m-%d", &holiday->first_day);
      g_date_strftime (last, sizeof last, "%Y-%m-%d", &holiday->last_day);
      /* TRANSLATORS: a statutory holiday's days off, as a calendar event: "Spring Festival holiday" */
      summary = g_strdup_printf (_("%s holiday"), solar_text_get (holiday->name));
      append_event (writer, "holiday", summary, source, first, last);
    }
}

/**
 * solar_timeline_ics_new:
 * @dataset: for the platforms' names
 * @campaign: the plan
 * @key_dates: (nullable): China's calendar, to add its key dates and statutory holidays
 *   within the campaign's span; %NULL for the plan's own dates only
 * @stamp: (nullable): when the file is made (DTSTAMP), in any time zone; %NULL for now
 * @error: set when the plan has no date to put in a calendar
 *
 * Writes the plan's campaign span and dated milestones as all-day events of an iCalendar
 * file. Milestones without a valid date are left out. A plan with no valid date at all is
 * refused, rather than giving an empty calendar that imports as nothing.
 *
 * Returns: (transfer full) (nullable): the file's contents, or %NULL with @error set
 */
GBytes *
solar_timeline_ics_new (SolarDataset   *dataset,
                        SolarCampaign  *campaign,
                        SolarKeyDates  *key_dates,
                        GDateTime      *stamp,
                        GError        **error)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GHashTable) seen = NULL;
  g_autofree char *stamp_value = NULL;
  const char *name;
  GString *out;
  Writer writer;

  g_return_val_if_fail (SOLAR_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (SOLAR_IS_CAMPAIGN (campaign), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!has_dates (campaign))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("The plan has no dates to put in a calendar: set the start and "
                             "end dates, the end on or after the start, or a date on a "
                             "milestone"));
      return NULL;
    }

  utc = stamp != NULL ? g_date_time_to_utc (stamp) : g_date_time_new_now_utc ();
  stamp_value = g_date_time_format (utc, "%Y%m%dT%H%M%SZ");
  seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  name = solar_campaign_get_name (campaign);
  out = g_string_new (NULL);
  writer = (Writer) { out, *name != '\0' ? name : _("Untitled Plan"), stamp_value, seen };

  append_line (out, "BEGIN:VCALENDAR");
  append_line (out, "VERSION:2.0");
  append_line (out, "PRODID:-//Social Solar//Social Solar//EN");
  append_line (out, "CALSCALE:GREGORIAN");
  append_line (out, "METHOD:PUBLISH");
  append_text_property (out, "X-WR-CALNAME", writer.plan_name);
  append_span (&writer, campaign);
  append_milestones (&writer, dataset, campaign);
  if (key_dates != NULL)
    append_key_dates (&writer, key_dates, campaign);
  append_line (out, "END:VCALENDAR");

  return g_string_free_to_bytes (out);
}
