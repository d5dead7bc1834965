/* test-export-dialog.c: Export Diagram… writes the picture its choices describe; Ctrl+E and
 * Ctrl+P on a plan export and print its brief
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "solar-application.h"
#include "solar-campaign-io.h"
#include "solar-export.h"
#include "solar-export-dialog.h"
#include "solar-print.h"
#include "solar-test-helpers.h"
#include "solar-window.h"

static SolarApplication *application;

static gboolean
is_combo_titled (GtkWidget  *widget,
                 const char *title)
{
  return ADW_IS_COMBO_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static AdwComboRow *
find_combo (GtkWidget  *widget,
            const char *title)
{
  if (is_combo_titled (widget, title))
    return ADW_COMBO_ROW (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      AdwComboRow *found = find_combo (child, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The switch of the dialog's row titled @title. */
static GtkSwitch *
find_switch (GtkWidget  *widget,
             const char *title)
{
  if (ADW_IS_ACTION_ROW (widget) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return GTK_SWITCH (adw_action_row_get_activatable_widget (ADW_ACTION_ROW (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkSwitch *found = find_switch (child, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_ctrl_e_dialog_exports_what_it_says (void)
{
  g_autofree char *dir = g_dir_make_tmp ("solar-export-XXXXXX", NULL);
  g_autofree char *png = g_build_filename (dir, "orbit.png", NULL);
  g_autofree char *pdf = g_build_filename (dir, "orbit.pdf", NULL);
  g_autofree char *gif = g_build_filename (dir, "orbit.gif", NULL);
  g_autoptr(GFile) png_file = g_file_new_for_path (png);
  g_autoptr(GFile) pdf_file = g_file_new_for_path (pdf);
  g_autoptr(GFile) gif_file = g_file_new_for_path (gif);
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;
  GtkWindow *window;

  g_application_activate (G_APPLICATION (application));
  window = gtk_application_get_active_window (GTK_APPLICATION (application));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  /* Ctrl+E's action presents the dialog. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-orbit", NULL));
  WAIT_UNTIL ((dialog = find_dialog ()) != NULL);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (solar_alert_get_heading (dialog), ==, "Export Diagram");

  /* Full HD, dark. */
  adw_combo_row_set_selected (find_combo (GTK_WIDGET (dialog), "Size"), 1);
  adw_combo_row_set_selected (find_combo (GTK_WIDGET (dialog), "Colours"), 1);
  g_assert_true (solar_export_dialog_export_to (GTK_WIDGET (dialog), png_file, &error));
  g_assert_no_error (error);
  texture = gdk_texture_new_from_file (png_file, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, 1920);
  g_assert_cmpint (gdk_texture_get_height (texture), ==, 1080);
  {
    g_autofree guchar *pixels = g_malloc (1920 * 4 * 1080);

    /* The top-left pixel is the dark page colour (#242424; BGRA order). */
    gdk_texture_download (texture, pixels, 1920 * 4);
    g_assert_cmpuint (pixels[0], ==, 0x24);
    g_assert_cmpuint (pixels[2], ==, 0x24);
  }

  g_assert_true (solar_export_dialog_export_to (GTK_WIDGET (dialog), pdf_file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));

  /* The latest figures, off as the window shows the report's: an SVG with Kuaishou's name
   * only once they are switched on. */
  {
    g_autofree char *svg = g_build_filename (dir, "orbit.svg", NULL);
    g_autoptr(GFile) svg_file = g_file_new_for_path (svg);
    GtkSwitch *latest = find_switch (GTK_WIDGET (dialog), "Latest Figures");
    g_autofree char *text = NULL;

    g_assert_nonnull (latest);
    g_assert_false (gtk_switch_get_active (latest));
    g_assert_true (solar_export_dialog_export_to (GTK_WIDGET (dialog), svg_file, &error));
    g_assert_no_error (error);
    g_assert_true (g_file_get_contents (svg, &text, NULL, NULL));
    g_assert_null (strstr (text, "Kuaishou"));
    g_clear_pointer (&text, g_free);

    gtk_switch_set_active (latest, TRUE);
    g_assert_true (solar_export_dialog_export_to (GTK_WIDGET (dialog), svg_file, &error));
    g_assert_no_error (error);
    g_assert_true (g_file_get_contents (svg, &text, NULL, NULL));
    g_assert_nonnull (strstr (text, "Kuaishou"));
    g_assert_nonnull (strstr (text, "Size: monthly users (log)"));
    g_unlink (svg);
  }

  /* A name without a known ending says what to write. */
  g_assert_false (solar_export_dialog_export_to (GTK_WIDGET (dialog), gif_file, &error));
  g_assert_error (error, SOLAR_EXPORT_ERROR, SOLAR_EXPORT_ERROR_FORMAT);
  g_assert_nonnull (strstr (error->message, ".png, .svg or .pdf"));

  respond (dialog, "cancel");
  gtk_window_destroy (window);
  g_unlink (png);
  g_unlink (pdf);
  g_rmdir (dir);
}

/* Print… goes through GtkPrintOperation; exported to PDF, the page has every platform. */
static void
test_print_diagram (void)
{
  g_autofree char *dir = g_dir_make_tmp ("solar-print-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "printed.pdf", NULL);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  const char *argv[] = { "pdftotext", pdf, "-", NULL };
  static const char *names[] = { "WeChat", "Weibo", "Douyin", "RED", "Zhihu", "bilibili",
                                 "Tencent Video", "iQIYI", "Youku", "Mango TV" };
  int status;

  operation = solar_print_operation_new (solar_application_get_dataset (application), NULL, TRUE,
                                         SOLAR_ORBIT_FIGURES_REPORT);
  gtk_print_operation_set_export_filename (operation, pdf);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error),
                   ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);

  g_assert_true (g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &text, NULL, &status, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (strstr (text, names[i]) == NULL)
      g_error ("the printed page lacks %s", names[i]);

  g_unlink (pdf);
  g_rmdir (dir);
}

static char *
pdf_text (const char *pdf)
{
  const char *argv[] = { "pdftotext", pdf, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *text = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &text, NULL, &status, &error));
  g_assert_no_error (error);
  return text;
}

/* Print Brief… through GtkPrintOperation: several pages, the plan's name, its sections. */
static void
test_print_brief (void)
{
  g_autofree char *dir = g_dir_make_tmp ("solar-print-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "brief.pdf", NULL);
  g_autoptr(SolarCampaign) plan = solar_campaign_new_from_template ("red-product-seeding", NULL);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_assert_nonnull (plan);
  operation = solar_print_brief_operation_new (solar_application_get_dataset (application), plan);
  gtk_print_operation_set_export_filename (operation, pdf);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error),
                   ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);

  text = pdf_text (pdf);
  g_assert_nonnull (strstr (text, "Serum launch: product seeding on RED"));
  g_assert_nonnull (strstr (text, "Budget Split"));
  g_assert_nonnull (strstr (text, "Platforms and Tactics"));
  g_assert_nonnull (strstr (text, "User-generated content"));
  /* Cut into pages by the paper's size, each with its footer. */
  g_assert_nonnull (strstr (text, "page 1 of "));
  g_assert_nonnull (strstr (text, "page 2 of "));

  g_unlink (pdf);
  g_rmdir (dir);
}

/* Ctrl+E follows what the window shows: the diagram's dialog on the diagram, the brief's
 * file chooser on a plan; the plan exports as PDF, CSV and iCalendar. */
static void
test_export_follows_the_page (void)
{
  g_autofree char *dir = g_dir_make_tmp ("solar-brief-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "brief.pdf", NULL);
  g_autofree char *csv = g_build_filename (dir, "budget.csv", NULL);
  g_autofree char *ics = g_build_filename (dir, "timeline.ics", NULL);
  g_autoptr(GFile) pdf_file = g_file_new_for_path (pdf);
  g_autoptr(GFile) csv_file = g_file_new_for_path (csv);
  g_autoptr(GFile) ics_file = g_file_new_for_path (ics);
  g_autofree char *kols = g_build_filename (dir, "kols.csv", NULL);
  g_autofree char *milestones = g_build_filename (dir, "milestones.csv", NULL);
  g_autoptr(GFile) kols_file = g_file_new_for_path (kols);
  g_autoptr(GFile) milestones_file = g_file_new_for_path (milestones);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *contents = NULL;
  GtkWidget *dialog;
  GtkWindow *window;
  GtkWindow *chooser;

  g_application_activate (G_APPLICATION (application));
  window = gtk_application_get_active_window (GTK_APPLICATION (application));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL));
  WAIT_UNTIL ((dialog = find_dialog ()) != NULL);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (solar_alert_get_heading (dialog), ==, "Export Diagram");
  respond (dialog, "cancel");

  /* A plan from a template, shown on the plans page. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-plan", "s", "red-product-seeding"));
  wait_ms (100);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL));
  WAIT_UNTIL ((chooser = find_toplevel_titled ("Export Brief")) != NULL);
  g_assert_nonnull (chooser);
  g_assert_null (find_dialog ());
  gtk_window_destroy (chooser);

  g_assert_true (solar_window_export_plan_to (SOLAR_WINDOW (window), pdf_file, &error));
  g_assert_no_error (error);
  text = pdf_text (pdf);
  g_assert_nonnull (strstr (text, "Serum launch: product seeding on RED"));

  g_assert_true (solar_window_export_plan_to (SOLAR_WINDOW (window), csv_file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (csv, &contents, NULL, &error));
  g_assert_nonnull (strstr (contents, "800000.00"));
  g_clear_pointer (&contents, g_free);

  g_assert_true (solar_window_export_plan_to (SOLAR_WINDOW (window), ics_file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (ics, &contents, NULL, &error));
  g_assert_true (g_str_has_prefix (contents, "BEGIN:VCALENDAR\r\n"));
  g_assert_nonnull (strstr (contents, "SUMMARY:Results report\r\n"));

  /* The roster and the milestones, as spreadsheets read them back (docs/roster-csv.md). */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-plan", "s", "kols-csv"));
  WAIT_UNTIL ((chooser = find_toplevel_titled ("Export KOL Roster")) != NULL);
  gtk_window_destroy (chooser);
  g_assert_true (solar_window_export_plan_as (SOLAR_WINDOW (window), "kols-csv", kols_file, &error));
  g_assert_no_error (error);
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (kols, &contents, NULL, &error));
  g_assert_true (g_str_has_prefix (contents, "\xEF\xBB\xBF" "name,platform,tier,followers,fee,deliverables,publish date\r\n"
                                   "Mid-tier skincare reviewer,RED (Xiaohongshu),Mid,"));
  g_assert_true (solar_window_export_plan_as (SOLAR_WINDOW (window), "milestones-csv", milestones_file, &error));
  g_assert_no_error (error);
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (milestones, &contents, NULL, &error));
  g_assert_true (g_str_has_prefix (contents, "\xEF\xBB\xBF" "name,date,platform\r\n"));
  g_assert_nonnull (strstr (contents, "Results report,"));

  /* The plan is unchanged by exporting: closing it asks nothing. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.close-plan", NULL));
  wait_ms (100);
  g_assert_null (find_dialog ());

  gtk_window_destroy (window);
  g_unlink (pdf);
  g_unlink (csv);
  g_unlink (ics);
  g_unlink (kols);
  g_unlink (milestones);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  application = start_test_application (&argc, &argv);

  g_test_add_func ("/export-dialog/ctrl-e", test_ctrl_e_dialog_exports_what_it_says);
  g_test_add_func ("/export-dialog/print", test_print_diagram);
  g_test_add_func ("/export-dialog/print-brief", test_print_brief);
  g_test_add_func ("/export-dialog/export-follows-the-page", test_export_follows_the_page);

  ret = g_test_run ();
  g_clear_object (&application);
  return ret;
}
