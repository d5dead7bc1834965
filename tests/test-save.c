/* test-save.c: plans are never lost: a crash's drafts are offered back, a failed save keeps
 * the old file and the changes and offers Save As, a file changed on disk is not
 * overwritten without asking, and closing the window asks about every unsaved plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>
#include <utime.h>

#include "solar-application.h"
#include "solar-campaign-io.h"
#include "solar-drafts.h"
#include "solar-plan-editor.h"
#include "solar-test-helpers.h"
#include "solar-ui-test-helpers.h"
#include "solar-window-private.h"

static SolarApplication *application;

static SolarWindow *
get_window (void)
{
  g_application_activate (G_APPLICATION (application));
  return SOLAR_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (application)));
}

/* A template written to a fresh folder, as a colleague's file would be. */
static char *
write_plan_file (const char *name)
{
  g_autoptr(SolarCampaign) campaign = solar_campaign_new_from_template ("red-product-seeding", NULL);
  g_autoptr(GBytes) bytes = solar_campaign_to_bytes (campaign);
  g_autofree char *folder = g_dir_make_tmp ("solar-save-XXXXXX", NULL);
  char *path = g_build_filename (folder, name, NULL);

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
  return path;
}

static SolarDocument *
open_plan (SolarWindow *window,
           const char  *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  solar_window_open_plan (window, file);
  for (guint i = 0; i < 500; i++)
    {
      SolarDocument *document = solar_window_plans_get_current_document (window);

      if (document != NULL && solar_document_get_file (document) != NULL &&
          g_file_equal (solar_document_get_file (document), file))
        return document;
      wait_ms (10);
    }
  g_error ("%s did not open", path);
  return NULL;
}

static char *
read_file (const char *path)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

/* Whether a draft of this session holds @text. */
static gboolean
some_draft_contains (const char *text)
{
  g_autofree char *directory = solar_drafts_dup_default_directory ();
  g_autoptr(GPtrArray) plans = find_draft_files (directory, ".campaign.json");

  for (guint i = 0; i < plans->len; i++)
    {
      g_autofree char *contents = NULL;

      if (g_file_get_contents (g_ptr_array_index (plans, i), &contents, NULL, NULL) &&
          strstr (contents, text) != NULL)
        return TRUE;
    }
  return FALSE;
}

static void
close_all_plans (SolarWindow *window)
{
  SolarDocument *document;

  while ((document = solar_window_plans_get_current_document (window)) != NULL)
    {
      gboolean modified = solar_document_get_modified (document);

      gtk_widget_activate_action (GTK_WIDGET (window), "win.close-plan", NULL);
      if (modified)
        respond (wait_for_dialog ("Save Changes?"), "discard");
      WAIT_UNTIL (solar_window_plans_get_current_document (window) != document);
    }
}

/* What a crash left is offered at the first window; Restore opens it with its changes. */
static void
test_restore_after_crash (void)
{
  g_autofree char *directory = solar_drafts_dup_default_directory ();
  g_autoptr(SolarDrafts) crashed = solar_drafts_new (directory);
  g_autoptr(SolarCampaign) campaign = solar_campaign_new ();
  g_autoptr(SolarDocument) lost = NULL;
  GtkWidget *dialog;
  SolarDocument *restored;
  SolarWindow *window;

  /* A session that wrote a draft and never quit (no solar_drafts_close). */
  solar_campaign_set_name (campaign, "Double Eleven countdown");
  solar_campaign_set_total_budget (campaign, 88000);
  lost = solar_document_new_with_changes (campaign, NULL);
  solar_drafts_track (crashed, lost);

  window = get_window ();
  dialog = wait_for_dialog ("Restore Unsaved Plans?");
  g_assert_nonnull (strstr (solar_alert_get_body (dialog), "• Double Eleven countdown"));
  respond (dialog, "restore");
  WAIT_UNTIL (solar_window_plans_get_current_document (window) != NULL);

  restored = solar_window_plans_get_current_document (window);
  g_assert_nonnull (restored);
  g_assert_cmpstr (solar_campaign_get_name (solar_document_get_campaign (restored)), ==,
                   "Double Eleven countdown");
  g_assert_cmpfloat (solar_campaign_get_total_budget (solar_document_get_campaign (restored)), ==, 88000);
  /* Still unsaved, and marked so in its tab. */
  g_assert_true (solar_document_get_modified (restored));
  {
    g_autofree char *title = solar_document_dup_title (restored);

    g_assert_cmpstr (title, ==, "• Double Eleven countdown");
  }
  /* Nothing is offered twice. */
  {
    g_autoptr(GPtrArray) orphans = solar_drafts_list_orphans (solar_application_get_drafts (application));

    g_assert_cmpuint (orphans->len, ==, 0);
  }
  close_all_plans (window);
}

/* A save that cannot write says why in plain words, offers Save As, and leaves the old
 * file byte for byte and the changes (and their draft) in place. As root no folder is
 * read-only, so the backup is made impossible instead: a folder in its way. */
static void
test_failed_save_keeps_everything (void)
{
  g_autofree char *path = write_plan_file ("seeding.campaign.json");
  g_autofree char *before = read_file (path);
  g_autofree char *blocker = g_strconcat (path, "~", NULL);
  g_autofree char *blocker_child = g_build_filename (blocker, "keep", NULL);
  g_autofree char *after = NULL;
  SolarWindow *window = get_window ();
  SolarDocument *document = open_plan (window, path);
  GtkWidget *dialog;

  solar_campaign_set_name (solar_document_get_campaign (document), "Changed here");
  g_assert_cmpint (g_mkdir (blocker, 0700), ==, 0);
  g_assert_true (g_file_set_contents (blocker_child, "x", -1, NULL));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.save-plan", NULL);
  dialog = wait_for_dialog ("Could Not Save");
  g_assert_cmpstr (solar_alert_get_heading (dialog), ==, "Could Not Save “seeding.campaign.json”");
  g_assert_nonnull (strstr (solar_alert_get_body (dialog), "The file on disk is as it was"));
  g_assert_true (solar_alert_has_response (dialog, "save-as"));

  after = read_file (path);
  g_assert_cmpstr (after, ==, before);
  g_assert_true (solar_document_get_modified (document));
  g_assert_cmpstr (solar_campaign_get_name (solar_document_get_campaign (document)), ==, "Changed here");
  respond (dialog, "close");
  wait_ms (50);
  g_assert_true (solar_window_plans_get_current_document (window) == document);

  /* The draft holds the changes meanwhile. */
  solar_drafts_flush (solar_application_get_drafts (application));
  g_assert_true (some_draft_contains ("\"name\": \"Changed here\""));

  /* The folder gone altogether: said so. */
  g_unlink (blocker_child);
  g_rmdir (blocker);
  g_unlink (path);
  {
    g_autofree char *folder = g_path_get_dirname (path);

    g_assert_cmpint (g_rmdir (folder), ==, 0);
  }
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save-plan", NULL);
  dialog = wait_for_dialog ("Could Not Save");
  g_assert_nonnull (strstr (solar_alert_get_body (dialog), "The folder is gone"));
  respond (dialog, "close");
  wait_ms (50);
  g_assert_true (solar_document_get_modified (document));

  /* Not root: a read-only folder, the case the issue names. */
  if (geteuid () != 0)
    {
      g_autofree char *again = write_plan_file ("readonly.campaign.json");
      g_autofree char *folder = g_path_get_dirname (again);
      g_autofree char *original = read_file (again);
      g_autofree char *kept = NULL;
      SolarDocument *readonly = open_plan (window, again);

      solar_campaign_set_name (solar_document_get_campaign (readonly), "Changed");
      g_assert_cmpint (g_chmod (folder, 0500), ==, 0);
      gtk_widget_activate_action (GTK_WIDGET (window), "win.save-plan", NULL);
      dialog = wait_for_dialog ("Could Not Save");
      g_assert_nonnull (strstr (solar_alert_get_body (dialog), "You may not write"));
      respond (dialog, "close");
      kept = read_file (again);
      g_assert_cmpstr (kept, ==, original);
      g_chmod (folder, 0700);
    }
  close_all_plans (window);
}

/* Fills the file system under @folder until it has no room left. */
static void
fill_disk (const char *folder)
{
  g_autofree char *filler = g_build_filename (folder, "filler", NULL);
  char block[4096];
  int fd = g_open (filler, O_WRONLY | O_CREAT | O_TRUNC, 0600);

  g_assert_cmpint (fd, >=, 0);
  memset (block, 'x', sizeof block);
  for (;;)
    {
      ssize_t written = write (fd, block, sizeof block);

      if (written < 0)
        {
          g_assert_cmpint (errno, ==, ENOSPC);
          break;
        }
      if (written == 0)
        break;
    }
  g_assert_cmpint (fsync (fd), ==, 0);
  close (fd);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *)a, *(const char * const *)b);
}

/* The names in @folder, sorted. */
static GPtrArray *
list_folder (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  return names;
}

/* A full disk, for real: $SOLAR_TEST_FULL_DISK is an empty folder on a small file system
 * of its own (test-disk-full.py mounts a tmpfs there in a mount namespace of the test's
 * own). Saving says the disk is full, the file on disk is as it was, nothing half-written
 * is left beside it, the plan stays open with its changes; with room made, it saves. */
static void
test_disk_full (void)
{
  const char *folder = g_getenv ("SOLAR_TEST_FULL_DISK");
  g_autofree char *path = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *filler = NULL;
  g_autoptr(SolarCampaign) campaign = solar_campaign_new_from_template ("red-product-seeding", NULL);
  g_autoptr(GBytes) bytes = solar_campaign_to_bytes (campaign);
  g_autoptr(GPtrArray) left = NULL;
  SolarWindow *window;
  SolarDocument *document;
  GtkWidget *dialog;

  if (folder == NULL)
    {
      g_test_skip ("needs SOLAR_TEST_FULL_DISK, a small file system of its own: run test-disk-full");
      return;
    }
  path = g_build_filename (folder, "launch.campaign.json", NULL);
  filler = g_build_filename (folder, "filler", NULL);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
  before = read_file (path);
  window = get_window ();
  document = open_plan (window, path);

  /* A longer name: the plan needs more room than it had. */
  solar_campaign_set_name (solar_document_get_campaign (document),
                           "Serum launch: product seeding on RED, with the autumn KOC wave");
  fill_disk (folder);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save-plan", NULL);
  dialog = wait_for_dialog ("Could Not Save");
  g_assert_cmpstr (solar_alert_get_heading (dialog), ==, "Could Not Save “launch.campaign.json”");
  g_assert_nonnull (strstr (solar_alert_get_body (dialog), "The disk is full. Free some space and save again"));
  g_assert_nonnull (strstr (solar_alert_get_body (dialog), "The file on disk is as it was, and your changes are still here"));
  g_assert_true (solar_alert_has_response (dialog, "save-as"));
  respond (dialog, "close");

  after = read_file (path);
  g_assert_cmpstr (after, ==, before);
  left = list_folder (folder);
  g_assert_cmpuint (left->len, ==, 2);
  g_assert_cmpstr (left->pdata[0], ==, "filler");
  g_assert_cmpstr (left->pdata[1], ==, "launch.campaign.json");
  g_assert_true (solar_window_plans_get_current_document (window) == document);
  g_assert_true (solar_document_get_modified (document));

  /* Room made: the same Save writes the plan. */
  g_assert_cmpint (g_unlink (filler), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save-plan", NULL);
  WAIT_UNTIL (!solar_document_get_modified (document));
  g_clear_pointer (&after, g_free);
  after = read_file (path);
  g_assert_nonnull (strstr (after, "with the autumn KOC wave"));
  close_all_plans (window);
}

/* Another program changed the file: saving asks; Overwrite writes ours, Reload shows theirs. */
static void
test_changed_on_disk (void)
{
  g_autofree char *path = write_plan_file ("shared.campaign.json");
  g_autofree char *written = NULL;
  g_autoptr(SolarCampaign) theirs = solar_campaign_new_from_template ("red-product-seeding", NULL);
  g_autoptr(GBytes) their_bytes = NULL;
  SolarWindow *window = get_window ();
  SolarDocument *document = open_plan (window, path);
  GtkWidget *dialog;
  struct utimbuf later;

  solar_campaign_set_name (theirs, "Their version");
  their_bytes = solar_campaign_to_bytes (theirs);

  /* Ours, then theirs on disk (a second later, as an editor's save would be). */
  solar_campaign_set_name (solar_document_get_campaign (document), "Our version");
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (their_bytes, NULL), g_bytes_get_size (their_bytes), NULL));
  later.actime = later.modtime = time (NULL) + 5;
  g_assert_cmpint (utime (path, &later), ==, 0);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.save-plan", NULL);
  dialog = wait_for_dialog ("“shared.campaign.json” Changed on Disk");
  g_assert_true (solar_alert_has_response (dialog, "reload"));
  written = read_file (path);
  g_assert_nonnull (strstr (written, "Their version"));   /* nothing written yet */
  g_clear_pointer (&written, g_free);
  respond (dialog, "overwrite");
  WAIT_UNTIL (!solar_document_get_modified (document));
  written = read_file (path);
  g_assert_nonnull (strstr (written, "Our version"));
  g_clear_pointer (&written, g_free);

  /* Again, and this time take theirs. */
  solar_campaign_set_name (solar_document_get_campaign (document), "Our second version");
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (their_bytes, NULL), g_bytes_get_size (their_bytes), NULL));
  later.actime = later.modtime = time (NULL) + 10;
  g_assert_cmpint (utime (path, &later), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save-plan", NULL);
  dialog = wait_for_dialog ("“shared.campaign.json” Changed on Disk");
  respond (dialog, "reload");
  WAIT_UNTIL (solar_window_plans_get_current_document (window) != document);
  document = solar_window_plans_get_current_document (window);
  g_assert_nonnull (document);
  g_assert_cmpstr (solar_campaign_get_name (solar_document_get_campaign (document)), ==, "Their version");
  g_assert_false (solar_document_get_modified (document));
  g_assert_null (find_dialog ());
  written = read_file (path);
  g_assert_nonnull (strstr (written, "Their version"));
  close_all_plans (window);
}

static void
new_plan_named (SolarWindow *window,
                const char  *name)
{
  SolarDocument *before = solar_window_plans_get_current_document (window);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-plan", "s", "");
  WAIT_UNTIL (solar_window_plans_get_current_document (window) != before);
  solar_campaign_set_name (solar_document_get_campaign (solar_window_plans_get_current_document (window)), name);
}

/* Closing the window asks about each unsaved plan in turn; Cancel stops; Ctrl+Q asks too. */
static void
test_close_window_asks_each (void)
{
  SolarWindow *window = get_window ();
  GtkWidget *dialog;
  g_autoptr(GtkWindow) watched = NULL;

  new_plan_named (window, "First");
  new_plan_named (window, "Second");

  gtk_window_close (GTK_WINDOW (window));
  dialog = wait_for_dialog ("Save Changes?");
  respond (dialog, "discard");
  wait_ms (100);
  /* On to the next, without a second Ctrl+W. */
  dialog = wait_for_dialog ("Save Changes?");
  g_assert_nonnull (strstr (solar_alert_get_body (dialog), "“Second”") ?
                    strstr (solar_alert_get_body (dialog), "“Second”") :
                    strstr (solar_alert_get_body (dialog), "“First”"));
  respond (dialog, "cancel");
  wait_ms (100);
  g_assert_null (find_dialog ());
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_nonnull (solar_window_plans_get_current_document (window));

  /* app.quit (Ctrl+Q) goes through the same question rather than dropping the plan. */
  watched = g_object_ref (GTK_WINDOW (window));
  g_action_group_activate_action (G_ACTION_GROUP (application), "quit", NULL);
  dialog = wait_for_dialog ("Save Changes?");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  respond (dialog, "discard");
  WAIT_UNTIL (gtk_application_get_active_window (GTK_APPLICATION (application)) == NULL);
}

typedef struct
{
  gint64         last_tick;
  gint64         longest_gap;
  SolarDocument *document;
  gboolean       done;
} LoadWatch;

static gboolean
on_tick (gpointer data)
{
  LoadWatch *watch = data;
  gint64 now = g_get_monotonic_time ();

  watch->longest_gap = MAX (watch->longest_gap, now - watch->last_tick);
  watch->last_tick = now;
  return G_SOURCE_CONTINUE;
}

static void
on_large_plan_loaded (GObject      *object,
                      GAsyncResult *result,
                      gpointer      data)
{
  LoadWatch *watch = data;
  g_autoptr(GError) error = NULL;

  watch->document = solar_document_load_finish (result, &error);
  g_assert_no_error (error);
  watch->done = TRUE;
}

/* A large plan is read and parsed off the main thread: while it loads, the main loop
 * keeps running (a timer every 10 ms is never held up for half the load). Parsing on the
 * main thread held it for the whole parse. */
static void
test_load_keeps_main_loop_running (void)
{
  g_autoptr(SolarCampaign) campaign = solar_campaign_new_from_template ("red-product-seeding", NULL);
  g_autofree char *folder = g_dir_make_tmp ("solar-load-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "large.campaign.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) bytes = NULL;
  LoadWatch watch = { 0 };
  guint n_kols = g_list_model_get_n_items (solar_campaign_get_kols (campaign)) + 30000;
  gint64 started;
  guint tick;

  for (guint i = 0; i < 30000; i++)
    {
      g_autoptr(SolarKol) kol = solar_kol_new ("KOC", "red", SOLAR_KOL_TIER_KOC);

      solar_campaign_add_kol (campaign, kol);
    }
  bytes = solar_campaign_to_bytes (campaign);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));

  started = watch.last_tick = g_get_monotonic_time ();
  tick = g_timeout_add (10, on_tick, &watch);
  solar_document_load_async (file, NULL, on_large_plan_loaded, &watch);
  while (!watch.done)
    {
      g_main_context_iteration (NULL, TRUE);
      if (g_get_monotonic_time () - started > 60 * G_USEC_PER_SEC)
        g_error ("the plan did not load in 60 s");
    }
  on_tick (&watch);  /* the gap up to the end counts too */
  g_source_remove (tick);

  g_assert_nonnull (watch.document);
  g_assert_cmpuint (g_list_model_get_n_items (solar_campaign_get_kols (solar_document_get_campaign (watch.document))),
                    ==, n_kols);
  g_test_message ("load took %.0f ms; the main loop's longest wait %.0f ms",
                  (g_get_monotonic_time () - started) / 1000.0, watch.longest_gap / 1000.0);
  g_assert_cmpint (watch.longest_gap, <, (g_get_monotonic_time () - started) / 2);
  g_object_unref (watch.document);
  g_unlink (path);
  g_rmdir (folder);
}

static char *
write_large_plan (const char *folder,
                  const char *name)
{
  g_autoptr(SolarCampaign) campaign = solar_campaign_new_from_template ("red-product-seeding", NULL);
  g_autoptr(GBytes) bytes = NULL;
  char *path = g_build_filename (folder, name, NULL);

  for (guint i = 0; i < 30000; i++)
    {
      g_autoptr(SolarKol) kol = solar_kol_new ("KOC", "red", SOLAR_KOL_TIER_KOC);

      solar_campaign_add_kol (campaign, kol);
    }
  bytes = solar_campaign_to_bytes (campaign);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
  return path;
}

/* Opening shows the plan's tab at once, named after the file and spinning, with nothing to
 * save yet; the editor takes its place once the plan is read. Closing the tab before that
 * stops the reading: no editor, no error, and the window goes back where it was. */
static gboolean
is_status_page_on_screen (GtkWidget     *widget,
                          gconstpointer  data)
{
  return ADW_IS_STATUS_PAGE (widget) && gtk_widget_is_drawable (widget);
}

static void
test_opening_tab (void)
{
  g_autofree char *folder = g_dir_make_tmp ("solar-opening-XXXXXX", NULL);
  g_autofree char *path = write_large_plan (folder, "large.campaign.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  SolarWindow *window = get_window ();
  AdwTabView *view;
  AdwTabPage *page;
  GtkWidget *status;

  close_all_plans (window);
  solar_window_open_plan (window, file);
  view = ADW_TAB_VIEW (find_descendant (GTK_WIDGET (window), ADW_TYPE_TAB_VIEW));
  g_assert_nonnull (view);
  g_assert_cmpint (adw_tab_view_get_n_pages (view), ==, 1);
  page = adw_tab_view_get_selected_page (view);
  g_assert_cmpstr (adw_tab_page_get_title (page), ==, "large.campaign.json");
  g_assert_true (adw_tab_page_get_loading (page));
  g_assert_null (find_descendant (adw_tab_page_get_child (page), SOLAR_TYPE_PLAN_EDITOR));
  status = find_descendant (adw_tab_page_get_child (page), ADW_TYPE_STATUS_PAGE);
  g_assert_nonnull (status);
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (status)), ==, "Opening “large.campaign.json”…");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (find_descendant (GTK_WIDGET (window), GTK_TYPE_STACK))),
                   ==, "plans");
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (window)));
  /* Nothing to save yet: Save has no plan. */
  g_assert_null (solar_window_plans_get_current_document (window));

  /* A slow read says so on the page after a moment (a quick one only spins in its tab). */
  wait_ms (400);
  if (adw_tab_page_get_loading (page))
    {
      g_assert_true (gtk_widget_get_visible (status));
      save_screenshot (GTK_WIDGET (window), "plan-opening");
    }
  WAIT_UNTIL (find_descendant (adw_tab_page_get_child (page), SOLAR_TYPE_PLAN_EDITOR) != NULL);
  g_assert_false (adw_tab_page_get_loading (page));
  {
    g_autofree char *title = solar_document_dup_title (solar_window_plans_get_current_document (window));

    g_assert_cmpstr (adw_tab_page_get_title (page), ==, title);
  }
  /* The "Opening…" page is gone (the timeline's empty state, a status page too, is not
   * on screen: the form is). */
  g_assert_null (find_widget (adw_tab_page_get_child (page), is_status_page_on_screen, NULL));

  /* Closed while it is read. */
  close_all_plans (window);
  g_unlink (path);
  g_free (path);
  path = write_large_plan (folder, "other.campaign.json");
  {
    g_autoptr(GFile) other = g_file_new_for_path (path);

    solar_window_open_plan (window, other);
  }
  g_assert_cmpint (adw_tab_view_get_n_pages (view), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.close-plan", NULL));
  WAIT_UNTIL (adw_tab_view_get_n_pages (view) == 0);
  wait_ms (1000);
  g_assert_null (find_dialog ());
  g_assert_null (find_descendant (GTK_WIDGET (window), SOLAR_TYPE_PLAN_EDITOR));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (find_descendant (GTK_WIDGET (window), GTK_TYPE_STACK))),
                   !=, "plans");
  g_unlink (path);
  g_rmdir (folder);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  application = start_test_application (&argc, &argv);
  solar_drafts_set_delay (solar_application_get_drafts (application), 20);

  /* First: the restore question comes with the first window. */
  g_test_add_func ("/save/restore-after-crash", test_restore_after_crash);
  g_test_add_func ("/save/failed-save-keeps-everything", test_failed_save_keeps_everything);
  g_test_add_func ("/save/changed-on-disk", test_changed_on_disk);
  g_test_add_func ("/save/disk-full", test_disk_full);
  g_test_add_func ("/save/close-window-asks-each", test_close_window_asks_each);
  g_test_add_func ("/save/load-keeps-main-loop-running", test_load_keeps_main_loop_running);
  g_test_add_func ("/save/opening-tab", test_opening_tab);

  ret = g_test_run ();
  g_clear_object (&application);
  return ret;
}
