/* solar-roster-import.c: rows from a spreadsheet into a plan: imported or pasted
 *
 * Import KOLs… and Import Milestones… ask for a CSV file and read it off the main thread;
 * Ctrl+V in a table reads the clipboard (solar-roster-csv.c does the reading). Before
 * anything changes it shows what it would add: how many rows, from which encoding, the
 * first rows as they will read, which columns it leaves out, and each row it cannot take
 * with its line, column and reason (a clean paste is added at once, unless KPIs would add
 * a platform to the plan). What is added is one step of the plan's history, undone from
 * its toast or with Ctrl+Z. A file that is not such a list is refused with what to do.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-roster-import"

#include "config.h"

#include <glib/gi18n.h>

#include "solar-alert.h"
#include "solar-file-chooser.h"
#include "solar-number.h"
#include "solar-roster-csv.h"
#include "solar-roster-import.h"
#include "solar-table-view.h"

/* The rows listed in the question: the first few to add, and the rows left out up to a few
 * screens' worth; the rest counted. */
#define ROWS_LISTED 5
#define REJECTIONS_LISTED 200
#define SHOWN_WHOLE 4

typedef struct
{
  GtkWidget         *table;       /* where toasts and alerts belong */
  SolarPlanHistory  *history;     /* of the plan the rows go to */
  SolarRosterKind    kind;
  SolarDataset      *dataset;
  GFile             *file;
  char              *file_name;
  SolarRosterImport *import;
} Import;

static void
import_free (Import *import)
{
  g_clear_object (&import->table);
  g_clear_object (&import->history);
  g_clear_object (&import->dataset);
  g_clear_object (&import->file);
  g_free (import->file_name);
  g_clear_pointer (&import->import, solar_roster_import_free);
  g_free (import);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Import, import_free)

static Import *
import_new (GtkWidget        *table,
            SolarPlanHistory *history,
            SolarRosterKind   kind,
            SolarDataset     *dataset)
{
  Import *import = g_new0 (Import, 1);

  import->table = g_object_ref (table);
  import->kind = kind;
  import->history = g_object_ref (history);
  import->dataset = g_object_ref (dataset);
  return import;
}

static void
import_notify (gpointer  data,
               GClosure *closure)
{
  import_free (data);
}

/* "Import 3 KOLs", "Paste 2 Milestones": the undo step. */
static char *
dup_step_name (Import *import,
               guint   n)
{
  /* A paste has no file. */
  gboolean pasted = import->file == NULL;

  switch (import->kind)
    {
    case SOLAR_ROSTER_KOLS:
      return pasted ? g_strdup_printf (ngettext ("Paste %u KOL", "Paste %u KOLs", n), n)
                    : g_strdup_printf (ngettext ("Import %u KOL", "Import %u KOLs", n), n);
    case SOLAR_ROSTER_MILESTONES:
      return pasted ? g_strdup_printf (ngettext ("Paste %u Milestone", "Paste %u Milestones", n), n)
                    : g_strdup_printf (ngettext ("Import %u Milestone", "Import %u Milestones", n), n);
    case SOLAR_ROSTER_KPIS:
    default:
      return g_strdup_printf (ngettext ("Paste %u KPI", "Paste %u KPIs", n), n);
    }
}

static char *
dup_added (SolarRosterKind kind,
           guint           n)
{
  switch (kind)
    {
    case SOLAR_ROSTER_KOLS:
      return g_strdup_printf (ngettext ("Added %u KOL", "Added %u KOLs", n), n);
    case SOLAR_ROSTER_MILESTONES:
      return g_strdup_printf (ngettext ("Added %u milestone", "Added %u milestones", n), n);
    case SOLAR_ROSTER_KPIS:
    default:
      return g_strdup_printf (ngettext ("Added %u KPI", "Added %u KPIs", n), n);
    }
}

/* Each KPI under its platform; a platform the plan does not have yet joins it, as Add to
 * Plan would add it. */
static void
add_kpis (SolarCampaign     *campaign,
          SolarRosterImport *rows)
{
  for (guint i = 0; i < rows->items->len; i++)
    {
      const char *platform_id = g_ptr_array_index (rows->owners, i);
      SolarPlatformPlan *plan = solar_campaign_find_platform (campaign, platform_id);

      if (plan == NULL)
        {
          g_autoptr(SolarPlatformPlan) new_plan = solar_platform_plan_new (platform_id);

          solar_campaign_add_platform (campaign, new_plan);
          plan = new_plan;   /* the plan keeps it */
        }
      solar_platform_plan_add_kpi (plan, g_ptr_array_index (rows->items, i));
    }
}

/* One step of the plan's history, so Ctrl+Z or the toast's Undo takes the whole import back. */
static void
add_rows (Import *import)
{
  SolarRosterImport *rows = import->import;
  SolarCampaign *campaign = solar_plan_history_get_campaign (import->history);
  guint n = rows->items->len;
  g_autofree char *step = dup_step_name (import, n);
  g_autofree char *title = dup_added (import->kind, n);

  solar_plan_history_begin_step (import->history, step);
  if (import->kind == SOLAR_ROSTER_KOLS)
    solar_campaign_add_kols (campaign, (SolarKol **)rows->items->pdata, n);
  else if (import->kind == SOLAR_ROSTER_MILESTONES)
    solar_campaign_add_milestones (campaign, (SolarMilestone **)rows->items->pdata, n);
  else
    add_kpis (campaign, rows);
  solar_plan_history_end_step (import->history);
  solar_table_view_offer_undo (import->table, import->history, title);
}

static void
on_preview_response (GtkWidget  *alert,
                     const char *response,
                     Import     *import)
{
  if (g_str_equal (response, "add"))
    add_rows (import);
}

static const char *
platform_name (Import     *import,
               const char *platform_id)
{
  SolarPlatform *platform = solar_dataset_find_platform (import->dataset, platform_id);

  if (platform != NULL)
    return solar_text_get (solar_platform_get_name (platform));
  return *platform_id != '\0' ? platform_id : _("no platform");
}

/* How a row to add reads in the question: "line 2: 小鹿 — RED (Xiaohongshu), Mid,
 * 12,000 followers, 8,000 CNY". */
static char *
describe_row (Import *import,
              guint   i)
{
  SolarRosterImport *rows = import->import;
  gpointer item = g_ptr_array_index (rows->items, i);
  guint line = g_array_index (rows->lines, guint, i);
  const char *currency = solar_campaign_get_currency (solar_plan_history_get_campaign (import->history));
  g_autofree char *what = NULL;

  if (SOLAR_IS_KOL (item))
    {
      g_autofree char *followers = solar_number_format (solar_kol_get_followers (item));
      g_autofree char *fee = solar_number_format_money (solar_kol_get_fee (item), currency);

      /* TRANSLATORS: a KOL to import: name, platform, tier, followers, fee */
      what = g_strdup_printf (_("%s — %s, %s, %s followers, %s"), solar_kol_get_name (item),
                              platform_name (import, solar_kol_get_platform_id (item)),
                              _(solar_kol_tier_get_labels ()[solar_kol_get_tier (item)]), followers, fee);
    }
  else if (SOLAR_IS_MILESTONE (item))
    /* TRANSLATORS: a milestone to import: name, date, platform */
    what = g_strdup_printf (_("%s — %s, %s"), solar_milestone_get_name (item),
                            *solar_milestone_get_date (item) != '\0' ? solar_milestone_get_date (item) : _("no date"),
                            platform_name (import, solar_milestone_get_platform_id (item)));
  else
    {
      g_autofree char *target = solar_number_format (solar_kpi_get_target (item));

      /* TRANSLATORS: a KPI to import: platform, metric, target, unit */
      what = g_strdup_printf (_("%s: %s, %s %s"), platform_name (import, g_ptr_array_index (rows->owners, i)),
                              solar_kpi_get_metric (item), target, solar_kpi_get_unit (item));
    }
  /* TRANSLATORS: a row of the file and what it becomes */
  return g_strdup_printf (_("line %u: %s"), line, what);
}

/* A titled list of lines, selectable so they can be copied into a message. */
static GtkWidget *
create_list (const char *title,
             GStrv       lines,
             guint       n_more)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  g_autofree char *text = g_strjoinv ("\n", lines);
  g_autoptr(GString) all = g_string_new (text);
  GtkWidget *heading = gtk_label_new (title);
  GtkWidget *label;

  if (n_more > 0)
    {
      g_string_append_c (all, '\n');
      g_string_append_printf (all, ngettext ("and %u more", "and %u more", n_more), n_more);
    }
  gtk_label_set_xalign (GTK_LABEL (heading), 0.0);
  gtk_widget_add_css_class (heading, "heading");
  label = g_object_new (GTK_TYPE_LABEL, "label", all->str, "wrap", TRUE, "xalign", 0.0,
                        "selectable", TRUE, "wrap-mode", PANGO_WRAP_WORD_CHAR, "max-width-chars", 60, NULL);
  gtk_widget_add_css_class (label, "caption");
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), label);
  return box;
}

/* What the question shows under its text: the first rows to add, then every row left out
 * (up to a few screens), each with its line. */
static GtkWidget *
create_rows_preview (Import *import)
{
  SolarRosterImport *rows = import->import;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  guint n_added = MIN (rows->items->len, ROWS_LISTED);
  guint n_rejected = MIN (rows->rejections->len, REJECTIONS_LISTED);
  GtkWidget *scroller;

  if (n_added > 0)
    {
      g_auto(GStrv) lines = g_new0 (char *, n_added + 1);

      for (guint i = 0; i < n_added; i++)
        lines[i] = describe_row (import, i);
      gtk_box_append (GTK_BOX (box), create_list (_("Rows to add"), lines, rows->items->len - n_added));
    }
  if (n_rejected > 0)
    {
      g_auto(GStrv) lines = g_new0 (char *, n_rejected + 1);

      for (guint i = 0; i < n_rejected; i++)
        lines[i] = g_strdup (((SolarRosterRejection *)g_ptr_array_index (rows->rejections, i))->message);
      gtk_box_append (GTK_BOX (box), create_list (_("Rows left out"), lines, rows->rejections->len - n_rejected));
    }
  /* A few show whole; more scroll, in a box of fixed height (a scrolled window asks a
   * wrapping label for its height at another width than it gets, and cuts it). */
  if (n_added + n_rejected <= SHOWN_WHOLE)
    return box;
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  scroller = g_object_new (GTK_TYPE_SCROLLED_WINDOW, "child", box, "hscrollbar-policy", GTK_POLICY_NEVER,
                           "min-content-height", 240, "has-frame", TRUE, NULL);
  return scroller;
}

/* The platforms pasted KPIs belong to that the plan does not have: "Douyin, Bilibili". */
static char *
dup_joining_platforms (Import *import)
{
  SolarCampaign *campaign = solar_plan_history_get_campaign (import->history);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < import->import->owners->len; i++)
    {
      const char *id = g_ptr_array_index (import->import->owners, i);

      if (solar_campaign_find_platform (campaign, id) == NULL && g_hash_table_add (seen, (gpointer)id))
        g_ptr_array_add (names, (gpointer)platform_name (import, id));
    }
  if (names->len == 0)
    return NULL;
  g_ptr_array_add (names, NULL);
  return g_strjoinv (", ", (char **)names->pdata);
}

static void
show_preview (Import *import)
{
  SolarRosterImport *rows = import->import;
  g_autoptr(GString) body = g_string_new (NULL);
  g_autofree char *heading = NULL;
  GtkWidget *alert;
  gboolean kols = import->kind == SOLAR_ROSTER_KOLS;
  gboolean milestones = import->kind == SOLAR_ROSTER_MILESTONES;
  guint n = rows->items->len;

  if (n == 0)
    {
      heading = g_strdup (_("Nothing to Import"));
      /* TRANSLATORS: %s is the file */
      g_string_append_printf (body, _("No row of “%s” can be added: each is listed below with "
                                      "what to change. Fix them in the sheet, save it, and import "
                                      "it again."), import->file_name);
    }
  else
    {
      const char *separator = rows->separator == '\t' ? _("tabs")
                            : rows->separator == ';' ? _("semicolons") : _("commas");

      heading = kols ? g_strdup_printf (ngettext ("Add %u KOL?", "Add %u KOLs?", n), n)
              : milestones ? g_strdup_printf (ngettext ("Add %u Milestone?", "Add %u Milestones?", n), n)
              : g_strdup_printf (ngettext ("Add %u KPI?", "Add %u KPIs?", n), n);
      /* TRANSLATORS: the file, its encoding ("GB18030") and its separator ("commas") */
      if (kols)
        g_string_append_printf (body, ngettext ("%3$u KOL from “%1$s” (%2$s, %4$s) will be added to the roster.",
                                                "%3$u KOLs from “%1$s” (%2$s, %4$s) will be added to the roster.", n),
                                import->file_name, rows->encoding, n, separator);
      else if (milestones)
        /* TRANSLATORS: the file, its encoding ("GB18030") and its separator ("commas") */
        g_string_append_printf (body, ngettext ("%3$u milestone from “%1$s” (%2$s, %4$s) will be added to the plan.",
                                                "%3$u milestones from “%1$s” (%2$s, %4$s) will be added to the plan.", n),
                                import->file_name, rows->encoding, n, separator);
      else
        {
          g_autofree char *joining = dup_joining_platforms (import);

          /* TRANSLATORS: where the rows come from ("the clipboard") and their separator */
          g_string_append_printf (body, ngettext ("%2$u KPI from %1$s (%3$s) will be added under its platform.",
                                                  "%2$u KPIs from %1$s (%3$s) will be added under their platforms.", n),
                                  import->file_name, n, separator);
          if (joining != NULL)
            {
              g_string_append (body, " ");
              /* TRANSLATORS: %s lists platforms: "Douyin, Bilibili" */
              g_string_append_printf (body, _("The plan does not have these platforms yet and will: %s."),
                                      joining);
            }
        }
      if (rows->rejections->len > 0)
        {
          g_string_append (body, " ");
          g_string_append_printf (body, ngettext ("%u problem leaves rows out; fix them in the sheet "
                                                  "and import those rows again.",
                                                  "%u problems leave rows out; fix them in the sheet "
                                                  "and import those rows again.", rows->rejections->len),
                                  rows->rejections->len);
        }
      if (rows->n_without_tier > 0)
        {
          g_string_append (body, " ");
          g_string_append_printf (body, ngettext ("%u row has no tier: it will be Mid.",
                                                  "%u rows have no tier: they will be Mid.",
                                                  rows->n_without_tier), rows->n_without_tier);
        }
    }
  if (rows->ignored_columns != NULL && rows->ignored_columns[0] != NULL)
    {
      g_autofree char *columns = g_strjoinv (", ", rows->ignored_columns);

      g_string_append (body, " ");
      g_string_append_printf (body, _("Columns not imported: %s."), columns);
    }

  alert = solar_alert_new (heading, body->str);
  if (n == 0)
    solar_alert_add_responses (alert, "close", _("_Close"), NULL);
  else
    {
      g_autofree char *add = kols ? g_strdup_printf (ngettext ("_Add %u KOL", "_Add %u KOLs", n), n)
                           : milestones ? g_strdup_printf (ngettext ("_Add %u Milestone", "_Add %u Milestones", n), n)
                           : g_strdup_printf (ngettext ("_Add %u KPI", "_Add %u KPIs", n), n);

      solar_alert_add_responses (alert, "cancel", _("_Cancel"), "add", add, NULL);
      solar_alert_set_response_appearance (alert, "add", ADW_RESPONSE_SUGGESTED);
      solar_alert_set_default_response (alert, "add");
      solar_alert_set_close_response (alert, "cancel");
    }
  if (rows->items->len + rows->rejections->len > 0)
    solar_alert_set_extra_child (alert, create_rows_preview (import));
  g_signal_connect_data (alert, "response", G_CALLBACK (on_preview_response), import, import_notify, 0);
  solar_alert_present (alert, import->table);
}

/* Pasted rows are added at once if nothing was left out (and, for KPIs, no platform would
 * join the plan); otherwise the paste asks first, listing what was, as an import does. */
static void
on_clipboard_text (GObject      *clipboard,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(Import) import = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (clipboard), result, &error);
  g_autofree char *joining = NULL;
  SolarRosterImport *rows;

  if (gtk_widget_get_root (import->table) == NULL)
    return;   /* the table went meanwhile */
  if (text == NULL || *text == '\0')
    {
      gtk_widget_error_bell (import->table);
      return;
    }
  if ((rows = solar_roster_tsv_paste (text, import->kind, import->dataset, &error)) == NULL)
    {
      solar_alert_show_error (import->table, _("Could Not Paste the Rows"), error->message);
      return;
    }
  import->file_name = g_strdup (_("the clipboard"));
  import->import = rows;
  if (rows->kind == SOLAR_ROSTER_KPIS)
    joining = dup_joining_platforms (import);
  if (rows->rejections->len == 0 && rows->items->len > 0 && joining == NULL)
    add_rows (import);
  else
    show_preview (g_steal_pointer (&import));
}

/**
 * solar_roster_import_paste:
 * @table: the table pasted into, which the question and the toast belong to
 *
 * Ctrl+V in a table: rows copied from a spreadsheet (or a table of the app) at the end of
 * the plan's list; if some cannot be taken, it asks first, as an import does.
 */
void
solar_roster_import_paste (GtkWidget        *table,
                           SolarPlanHistory *history,
                           SolarRosterKind   kind,
                           SolarDataset     *dataset)
{
  g_return_if_fail (GTK_IS_WIDGET (table));
  g_return_if_fail (SOLAR_IS_PLAN_HISTORY (history));

  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (table), NULL, on_clipboard_text,
                                 import_new (table, history, kind, dataset));
}

static void
read_in_thread (GTask        *task,
                gpointer      source,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Import *import = task_data;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  SolarRosterImport *rows;

  bytes = g_file_load_bytes (import->file, cancellable, NULL, &error);
  if (bytes == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  rows = solar_roster_csv_import (bytes, import->file_name, import->kind, import->dataset, &error);
  if (rows == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, rows, (GDestroyNotify)solar_roster_import_free);
}

static void
on_read (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(Import) import = user_data;
  g_autoptr(GError) error = NULL;

  import->import = g_task_propagate_pointer (G_TASK (result), &error);
  if (import->import == NULL)
    {
      solar_alert_show_error (import->table,
                              import->kind == SOLAR_ROSTER_KOLS ? _("Could Not Import the Roster")
                                                                : _("Could Not Import the Milestones"),
                              error->message);
      return;
    }
  show_preview (g_steal_pointer (&import));
}

/* Reads @import's file off the main thread; on_read() takes @import. */
static void
read_file (Import *import,
           GFile  *file)
{
  g_autoptr(GTask) task = NULL;

  import->file = g_object_ref (file);
  import->file_name = g_file_get_basename (file);
  task = g_task_new (NULL, NULL, on_read, import);
  g_task_set_task_data (task, import, NULL);
  g_task_run_in_thread (task, read_in_thread);
}

/**
 * solar_roster_import_file:
 * @table: the KOL table, which the question and the toast belong to
 *
 * Reads @file as a roster and asks whether to add what it holds to @history's plan.
 */
void
solar_roster_import_file (GtkWidget        *table,
                          SolarPlanHistory *history,
                          SolarRosterKind   kind,
                          SolarDataset     *dataset,
                          GFile            *file)
{
  g_return_if_fail (GTK_IS_WIDGET (table));
  g_return_if_fail (SOLAR_IS_PLAN_HISTORY (history));
  g_return_if_fail (G_IS_FILE (file));

  read_file (import_new (table, history, kind, dataset), file);
}

static void
on_chosen (GObject      *window,
           GAsyncResult *result,
           gpointer      user_data)
{
  Import *import = user_data;
  g_autoptr(GFile) file = solar_file_chooser_finish (result, NULL);

  if (file != NULL)
    read_file (import, file);
  else
    import_free (import);
}

/* Import KOLs… or Import Milestones…: asks for the file first. */
void
solar_roster_import_choose (GtkWidget        *table,
                            SolarPlanHistory *history,
                            SolarRosterKind   kind,
                            SolarDataset     *dataset)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Spreadsheets saved as CSV"));
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_filter_add_pattern (filter, "*.CSV");
  gtk_file_filter_add_pattern (filter, "*.txt");
  gtk_file_filter_add_mime_type (filter, "text/csv");
  solar_file_chooser_ask (GTK_WINDOW (gtk_widget_get_root (table)), SOLAR_FILE_CHOOSER_OPEN,
                          kind == SOLAR_ROSTER_KOLS ? _("Import KOLs") : _("Import Milestones"),
                          _("_Import"), filter, NULL, on_chosen, import_new (table, history, kind, dataset));
}
