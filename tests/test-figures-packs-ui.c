/* test-figures-packs-ui.c: figures packs in the window (issue 17): a stored pack that cannot
 * be read is told at start and listed with its reason; one imported through the dialog is
 * listed, shows on the platform page with its pack, and goes (and comes back) with Remove
 * (and Undo); a refused one is explained and changes nothing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "solar-figures-packs-dialog.h"
#include "solar-orbit-view-private.h"
#include "solar-platform-page.h"
#include "solar-test-helpers.h"
#include "solar-ui-test-helpers.h"

#define EXAMPLE_TITLE "Weibo, first quarter of 2025"
#define EXAMPLE_FILE  "weibo-2025-q1.figures-pack.json"

static SolarApplication *application;
static char *packs_dir;

static gboolean
is_label_containing (GtkWidget     *widget,
                     gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_is_drawable (widget) &&
         strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL;
}

static GtkWidget *
find_label_containing (GtkWidget  *widget,
                       const char *text)
{
  return find_widget (widget, is_label_containing, text);
}

static gboolean
is_button_with_tooltip (GtkWidget     *widget,
                        gconstpointer  tooltip)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0;
}

static gboolean
is_button_labelled (GtkWidget     *widget,
                    gconstpointer  label)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

static void
close_toasts (GtkWidget *window)
{
  GtkWidget *toast;

  while ((toast = find_widget (window, is_of_type,
                               GSIZE_TO_POINTER (g_type_from_name ("AdwToastWidget")))) != NULL)
    {
      g_signal_emit_by_name (find_widget (toast, is_close_button, NULL), "clicked");
      wait_ms (100);
    }
}

static SolarPlatformPage *
open_platform (SolarWindow *window,
               const char  *platform_id)
{
  SolarPlatformPage *page = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-platform", "s", platform_id));
  WAIT_UNTIL ((page = SOLAR_PLATFORM_PAGE (find_descendant (GTK_WIDGET (window), SOLAR_TYPE_PLATFORM_PAGE))) != NULL &&
              gtk_widget_is_drawable (GTK_WIDGET (page)) &&
              g_strcmp0 (solar_platform_get_id (solar_platform_page_get_platform (page)), platform_id) == 0);
  return page;
}

static SolarFiguresPacksDialog *
open_dialog (void)
{
  GtkWindow *dialog = NULL;

  g_action_group_activate_action (G_ACTION_GROUP (application), "figures-packs", NULL);
  WAIT_UNTIL ((dialog = find_toplevel_titled ("Figures Packs")) != NULL);
  g_assert_true (SOLAR_IS_FIGURES_PACKS_DIALOG (dialog));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
  return SOLAR_FIGURES_PACKS_DIALOG (dialog);
}

static guint
n_packs (void)
{
  return g_list_model_get_n_items (solar_pack_folder_get_packs (solar_application_get_pack_folder (application)));
}

static gboolean
stored (const char *name)
{
  g_autofree char *path = g_build_filename (packs_dir, name, NULL);

  return g_file_test (path, G_FILE_TEST_EXISTS);
}

/* The pack broken before the app started: told in the first window, listed with why. */
static void
test_unreadable_at_start (void)
{
  SolarWindow *window = open_window (1000, 760);
  SolarFiguresPacksDialog *dialog;
  GtkWidget *reason;

  g_assert_cmpuint (solar_pack_folder_count_unreadable (solar_application_get_pack_folder (application)), ==, 1);
  WAIT_UNTIL (find_label (GTK_WIDGET (window),
                          "A figures pack could not be read: its figures are left out") != NULL);
  dismiss_toasts (window);

  dialog = open_dialog ();
  g_assert_nonnull (find_label (GTK_WIDGET (dialog), "0-broken.json"));
  reason = find_label_containing (GTK_WIDGET (dialog), "Not read, so its figures are left out: ");
  g_assert_nonnull (reason);
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (reason)),
                            "0-broken.json:3:1: the file ends inside the object that starts at 1:1"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  close_window (window);
}

static void
test_import_show_remove (void)
{
  SolarWindow *window = open_window (1000, 760);
  g_autofree char *example_path = g_test_build_filename (G_TEST_DIST, "..", "docs", "examples",
                                                         EXAMPLE_FILE, NULL);
  g_autoptr(GFile) example = g_file_new_for_path (example_path);
  SolarPlatformPage *page = open_platform (window, "weibo");
  SolarFiguresPacksDialog *dialog;
  GtkWidget *row, *remove_button, *undo, *subtitle;

  g_assert_null (find_label_containing (GTK_WIDGET (page), "From the pack"));
  dialog = open_dialog ();
  g_assert_cmpuint (n_packs (), ==, 1);

  /* Imported: listed, stored, and on the open page at once, marked with its pack. */
  solar_figures_packs_dialog_import_file (dialog, example);
  WAIT_UNTIL (n_packs () == 2);
  g_assert_true (stored (EXAMPLE_FILE));
  WAIT_UNTIL (find_label (GTK_WIDGET (dialog), EXAMPLE_TITLE) != NULL);
  g_assert_nonnull (find_label (GTK_WIDGET (dialog), EXAMPLE_FILE " · 1 figure"));
  WAIT_UNTIL ((subtitle = find_label_containing (GTK_WIDGET (page), "From the pack “" EXAMPLE_TITLE "”")) != NULL);
  g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (subtitle)),
                                   "As of March 2025 · Weibo Q2 2025 Earnings Outlook"));
  g_assert_nonnull (find_label (GTK_WIDGET (page), "261 million"));

  row = gtk_widget_get_ancestor (find_label (GTK_WIDGET (dialog), EXAMPLE_TITLE), ADW_TYPE_EXPANDER_ROW);
  g_assert_nonnull (row);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  wait_ms (200);
  g_assert_nonnull (find_label (GTK_WIDGET (dialog), "Weibo · Daily active users"));
  g_assert_nonnull (find_label_containing (GTK_WIDGET (dialog), "Weibo Q2 2025 Earnings Outlook: Strategic Position"));
  save_screenshot (GTK_WIDGET (dialog), "figures-packs-dialog");
  scroll_to (find_label_containing (GTK_WIDGET (page), "From the pack"));
  save_screenshot (GTK_WIDGET (window), "platform-weibo-pack-figure");

  /* The same file again: a newer edition, in place of the old, not clashing with it. (The
   * toast before it is closed, or the new one would wait for it.) */
  close_toasts (GTK_WIDGET (dialog));
  solar_figures_packs_dialog_import_file (dialog, example);
  WAIT_UNTIL (find_label (GTK_WIDGET (dialog), "Updated “" EXAMPLE_TITLE "”") != NULL);
  g_assert_cmpuint (n_packs (), ==, 2);
  row = gtk_widget_get_ancestor (find_label (GTK_WIDGET (dialog), EXAMPLE_TITLE), ADW_TYPE_EXPANDER_ROW);
  g_assert_nonnull (row);

  /* A refused pack: the precise message, and nothing changed. */
  {
    g_autofree char *bad_path = g_build_filename (g_get_tmp_dir (), "bad.json", NULL);
    g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
    g_autofree char *text = NULL;
    g_auto(GStrv) parts = NULL;
    g_autofree char *changed = NULL;
    GtkWidget *alert;

    g_assert_true (g_file_get_contents (example_path, &text, NULL, NULL));
    parts = g_strsplit (text, "\"platform\": \"weibo\"", -1);
    g_assert_cmpuint (g_strv_length (parts), ==, 2);
    changed = g_strjoinv ("\"platform\": \"weixin\"", parts);
    g_assert_true (g_file_set_contents (bad_path, changed, -1, NULL));
    solar_figures_packs_dialog_import_file (dialog, bad);
    alert = wait_for_dialog ("Could Not Import “bad.json”");
    g_assert_true (g_str_has_prefix (solar_alert_get_body (alert),
                                     "bad.json: $.figures[0].platform: Social Solar has no platform “weixin”; "
                                     "expected one of “wechat”, “weibo”"));
    g_assert_nonnull (strstr (solar_alert_get_body (alert), "Nothing was changed."));
    save_screenshot (alert, "figures-packs-import-refused");
    respond (alert, "close");
    g_assert_cmpuint (n_packs (), ==, 2);
    g_assert_false (stored ("bad.json"));
    g_remove (bad_path);
  }

  /* Removed: gone from the list, the folder and the page; Undo puts it all back. */
  remove_button = find_widget (row, is_button_with_tooltip, "Remove");
  g_assert_nonnull (remove_button);
  g_signal_emit_by_name (remove_button, "clicked");
  WAIT_UNTIL (n_packs () == 1);
  g_assert_false (stored (EXAMPLE_FILE));
  WAIT_UNTIL (find_label_containing (GTK_WIDGET (page), "From the pack") == NULL);
  g_assert_null (find_label (GTK_WIDGET (page), "261 million"));
  WAIT_UNTIL (find_label (GTK_WIDGET (dialog), "Removed “" EXAMPLE_TITLE "”") != NULL);
  undo = find_widget (GTK_WIDGET (dialog), is_button_labelled, "_Undo");
  g_assert_nonnull (undo);
  g_signal_emit_by_name (undo, "clicked");
  WAIT_UNTIL (n_packs () == 2);
  g_assert_true (stored (EXAMPLE_FILE));
  WAIT_UNTIL (find_label_containing (GTK_WIDGET (page), "From the pack “" EXAMPLE_TITLE "”") != NULL);

  /* And removed for good. */
  row = gtk_widget_get_ancestor (find_label (GTK_WIDGET (dialog), EXAMPLE_TITLE), ADW_TYPE_EXPANDER_ROW);
  g_signal_emit_by_name (find_widget (row, is_button_with_tooltip, "Remove"), "clicked");
  WAIT_UNTIL (n_packs () == 1);
  g_assert_false (stored (EXAMPLE_FILE));

  gtk_window_destroy (GTK_WINDOW (dialog));
  close_window (window);
}

/* The diagram's latest view follows a pack at once: a later count of Kuaishou's monthly
 * users (a test pack: its source is example.org) sizes and names its body, and goes with
 * the pack. */
static void
test_latest_view_follows_packs (void)
{
  static const char pack[] =
    "{ \"format\": \"social-solar-figures-pack\", \"version\": 1,\n"
    "  \"title\": { \"en\": \"Test pack\" },\n"
    "  \"sources\": [{ \"id\": \"test\", \"title\": \"A test source\", \"publisher\": \"Tests\",\n"
    "                 \"url\": \"https://example.org/\", \"date\": \"2026-01-20\" }],\n"
    "  \"figures\": [{ \"platform\": \"kuaishou\", \"figure\": \"mau\", \"later\": [\n"
    "    { \"value\": 740000000, \"as_of\": \"2025-12\", \"source\": \"test\",\n"
    "      \"quote\": \"740 million monthly active users\" }] }] }\n";
  SolarWindow *window = open_window (1000, 760);
  GtkWidget *view = find_descendant (GTK_WIDGET (window), SOLAR_TYPE_ORBIT_VIEW);
  SolarDataset *dataset = solar_application_get_dataset (application);
  guint kuaishou = solar_dataset_get_platform_index (dataset, solar_dataset_find_platform (dataset, "kuaishou"));
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "kuaishou-test.figures-pack.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  SolarFiguresPacksDialog *dialog;
  guint before = n_packs ();

  solar_orbit_view_set_figures (SOLAR_ORBIT_VIEW (view), SOLAR_ORBIT_FIGURES_LATEST);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (solar_orbit_view_get_body_button (SOLAR_ORBIT_VIEW (view), kuaishou)),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Kuaishou 快手, not in the report, 731 million monthly active users, "
                                       "September 2025");
  g_assert_true (g_file_set_contents (path, pack, -1, NULL));
  dialog = open_dialog ();
  solar_figures_packs_dialog_import_file (dialog, file);
  WAIT_UNTIL (n_packs () == before + 1);
  wait_ms (100);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (solar_orbit_view_get_body_button (SOLAR_ORBIT_VIEW (view), kuaishou)),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Kuaishou 快手, not in the report, 740 million monthly active users, "
                                       "December 2025");

  {
    GtkWidget *row = gtk_widget_get_ancestor (find_label (GTK_WIDGET (dialog), "Test pack"), ADW_TYPE_EXPANDER_ROW);

    g_signal_emit_by_name (find_widget (row, is_button_with_tooltip, "Remove"), "clicked");
  }
  WAIT_UNTIL (n_packs () == before);
  wait_ms (100);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (solar_orbit_view_get_body_button (SOLAR_ORBIT_VIEW (view), kuaishou)),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Kuaishou 快手, not in the report, 731 million monthly active users, "
                                       "September 2025");
  solar_orbit_view_set_figures (SOLAR_ORBIT_VIEW (view), SOLAR_ORBIT_FIGURES_REPORT);
  gtk_window_destroy (GTK_WINDOW (dialog));
  close_window (window);
  g_remove (path);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *broken = NULL;
  int ret;

  /* The run's own data folder, with a pack broken before the app starts. */
  packs_dir = g_build_filename (test_data_home (), "social-solar", "figures-packs", NULL);
  g_assert_cmpint (g_mkdir_with_parents (packs_dir, 0700), ==, 0);
  broken = g_build_filename (packs_dir, "0-broken.json", NULL);
  g_assert_true (g_file_set_contents (broken, "{ \"format\": \"social-solar-figures-pack\",\n  \"version\": 1,\n", -1, NULL));

  application = start_test_application (&argc, &argv);

  g_test_add_func ("/figures-packs/unreadable-at-start", test_unreadable_at_start);
  g_test_add_func ("/figures-packs/import-show-remove", test_import_show_remove);
  g_test_add_func ("/figures-packs/latest-view-follows", test_latest_view_follows_packs);

  ret = g_test_run ();
  g_clear_object (&application);
  g_remove (broken);
  g_rmdir (packs_dir);
  g_free (packs_dir);
  return ret;
}
