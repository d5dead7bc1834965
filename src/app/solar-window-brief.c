/* solar-window-brief.c: the plan in front leaves the app: print its brief, or export it
 * as the brief (PDF), the budget (CSV), the timeline (iCalendar), or its KOL roster or
 * milestones as a spreadsheet (CSV)
 *
 * Ctrl+P and Ctrl+E follow what the window shows: on the plans page they print and export
 * the plan, anywhere else the diagram.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "solar-alert.h"
#include "solar-brief.h"
#include "solar-file-chooser.h"
#include "solar-document.h"
#include "solar-export.h"
#include "solar-print.h"
#include "solar-roster-csv.h"
#include "solar-window-private.h"

typedef struct
{
  const char *format;
  const char *extension;
  const char *title;        /* the file chooser's */
  const char *filter_name;
  const char *mime_type;
  const char *name_suffix;  /* after the plan's name in the name suggested: "launch-kols.csv" */
  int         rows;         /* a SolarRosterKind, or -1 for the brief's formats */
} ExportKind;

static const ExportKind export_kinds[] = {
  { "pdf", ".pdf", N_("Export Brief"), N_("PDF Documents"), "application/pdf", "", -1 },
  { "csv", ".csv", N_("Export Budget"), N_("CSV Spreadsheets"), "text/csv", "", -1 },
  { "ics", ".ics", N_("Export Timeline"), N_("iCalendar Files"), "text/calendar", "", -1 },
  { "ics-key-dates", ".ics", N_("Export Timeline with Key Dates"), N_("iCalendar Files"), "text/calendar",
    "", -1 },
  { "kols-csv", ".csv", N_("Export KOL Roster"), N_("CSV Spreadsheets"), "text/csv", "-kols", SOLAR_ROSTER_KOLS },
  { "milestones-csv", ".csv", N_("Export Milestones"), N_("CSV Spreadsheets"), "text/csv", "-milestones",
    SOLAR_ROSTER_MILESTONES },
};

static const ExportKind *
find_kind (const char *format)
{
  for (guint i = 0; i < G_N_ELEMENTS (export_kinds); i++)
    if (g_str_equal (export_kinds[i].format, format))
      return &export_kinds[i];
  return NULL;
}

static SolarCampaign *
current_plan (SolarWindow *self)
{
  SolarDocument *document = solar_window_plans_get_current_document (self);

  return document ? solar_document_get_campaign (document) : NULL;
}

/**
 * solar_window_export_plan_to:
 * @file: a .pdf, .csv or .ics file
 *
 * Writes the plan in front as the brief, the budget or the timeline, by @file's ending.
 *
 * Returns: %TRUE if it was written
 */
gboolean
solar_window_export_plan_to (SolarWindow  *self,
                             GFile        *file,
                             GError      **error)
{
  SolarCampaign *plan = current_plan (self);
  g_autofree char *path = g_file_get_path (file);

  g_return_val_if_fail (plan != NULL, FALSE);

  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Cannot write to “%s”; choose a folder on this computer"), g_file_peek_path (file));
      return FALSE;
    }
  return solar_brief_export (self->dataset, plan, path, SOLAR_BRIEF_EXPORT_DEFAULT, error);
}

/**
 * solar_window_export_plan_as:
 * @format: "pdf", "csv" or "ics" (as solar_window_export_plan_to() by ending), "ics-key-dates"
 *   (the timeline with China's key dates and holidays within the campaign), "kols-csv"
 *   (the KOL roster) or "milestones-csv" (the milestones), as spreadsheets read them back
 *
 * Returns: %TRUE if the plan in front was written to @file
 */
gboolean
solar_window_export_plan_as (SolarWindow  *self,
                             const char   *format,
                             GFile        *file,
                             GError      **error)
{
  const ExportKind *kind = find_kind (format);
  SolarCampaign *plan = current_plan (self);
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GBytes) bytes = NULL;
  GListModel *items;

  g_return_val_if_fail (plan != NULL, FALSE);
  g_return_val_if_fail (kind != NULL, FALSE);

  if (g_str_equal (kind->format, "ics-key-dates") && path != NULL)
    return solar_brief_export (self->dataset, plan, path, SOLAR_BRIEF_EXPORT_KEY_DATES, error);
  if (kind->rows < 0 || path == NULL)
    return solar_window_export_plan_to (self, file, error);
  items = kind->rows == SOLAR_ROSTER_KOLS ? solar_campaign_get_kols (plan) : solar_campaign_get_milestones (plan);
  bytes = solar_roster_csv_export (items, kind->rows, self->dataset);
  return solar_export_write_file (path, bytes, error);
}

static void
on_export_file_chosen (GObject      *window,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  SolarWindow *self = SOLAR_WINDOW (window);
  const ExportKind *kind = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = solar_file_chooser_finish (result, NULL);
  g_autofree char *name = NULL;

  if (file == NULL || current_plan (self) == NULL)
    return;

  /* A name typed without its ending gets the one of the format chosen from the menu. */
  name = g_file_get_basename (file);
  if (!g_str_has_suffix (name, kind->extension))
    {
      g_autofree char *with_ending = g_strconcat (name, kind->extension, NULL);
      g_autoptr(GFile) parent = g_file_get_parent (file);

      if (parent != NULL && strchr (name, '.') == NULL)
        g_set_object (&file, g_file_get_child (parent, with_ending));
    }

  if (!solar_window_export_plan_as (self, kind->format, file, &error))
    solar_alert_show_error (GTK_WIDGET (self), _("Could Not Export the Plan"), error->message);
  else
    gtk_widget_activate_action (GTK_WIDGET (self), "win.exported", "s", g_file_peek_path (file));
}

static char *
suggest_name (SolarWindow      *self,
              const ExportKind *kind)
{
  SolarDocument *document = solar_window_plans_get_current_document (self);
  GFile *file = solar_document_get_file (document);
  const char *name = solar_campaign_get_name (solar_document_get_campaign (document));
  g_autofree char *stem = NULL;

  /* After the plan's file ("launch.campaign.json" → "launch.pdf"), or its name. */
  if (file != NULL)
    {
      g_autofree char *basename = g_file_get_basename (file);

      stem = g_strdup (basename);
      if (strchr (stem, '.') != NULL)
        *strchr (stem, '.') = '\0';
    }
  else if (*name != '\0')
    stem = g_strdelimit (g_strdup (name), "/\\:", '-');
  else
    stem = g_strdup (_("Untitled Plan"));
  return g_strconcat (stem, kind->name_suffix, kind->extension, NULL);
}

static void
export_plan_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SolarWindow *self = SOLAR_WINDOW (widget);
  const ExportKind *kind = find_kind (g_variant_get_string (parameter, NULL));
  g_autoptr(GtkFileFilter) filter = NULL;
  g_autofree char *name = NULL;

  if (kind == NULL || current_plan (self) == NULL)
    return;

  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _(kind->filter_name));
  gtk_file_filter_add_mime_type (filter, kind->mime_type);
  name = suggest_name (self, kind);
  /* kind points into a static table: it outlives the question. */
  solar_file_chooser_ask (GTK_WINDOW (self), SOLAR_FILE_CHOOSER_SAVE, _(kind->title), _("_Export"),
                          filter, name, on_export_file_chosen, (gpointer)kind);
}

static void
print_brief_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SolarWindow *self = SOLAR_WINDOW (widget);
  SolarCampaign *plan = current_plan (self);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;

  if (plan == NULL)
    return;
  operation = solar_print_brief_operation_new (self->dataset, plan);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_WINDOW (self), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    solar_alert_show_error (GTK_WIDGET (self), _("Could Not Print"), error->message);
}

static gboolean
showing_plan (SolarWindow *self)
{
  return g_strcmp0 (self->here.page, "plans") == 0 && current_plan (self) != NULL;
}

/* Ctrl+P: the plan's brief on the plans page, the diagram elsewhere. */
static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  SolarWindow *self = SOLAR_WINDOW (widget);

  gtk_widget_activate_action (widget, showing_plan (self) ? "win.print-brief" : "win.print-orbit", NULL);
}

/* Ctrl+E: the plan's brief as PDF on the plans page, the diagram elsewhere. */
static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SolarWindow *self = SOLAR_WINDOW (widget);

  if (showing_plan (self))
    gtk_widget_activate_action (widget, "win.export-plan", "s", "pdf");
  else
    gtk_widget_activate_action (widget, "win.export-orbit", NULL);
}

/* Called when the plan in front changes: there is something to print or not. */
void
solar_window_brief_update_actions (SolarWindow *self)
{
  gboolean have_plan = current_plan (self) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print-brief", have_plan);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-plan", have_plan);
}

void
solar_window_brief_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.print-brief", NULL, print_brief_action);
  gtk_widget_class_install_action (widget_class, "win.export-plan", "s", export_plan_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export", NULL);
}
