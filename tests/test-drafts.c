/* test-drafts.c: unsaved plans are kept on disk a moment after each change, go when saved
 * or closed, are left behind by a crash (and only by a crash), and come back with their
 * changes through the checked loader
 *
 * A crash is simulated by a second SolarDrafts over the same folder: the first one's
 * session has our PID, which no other running session can have, so it counts as dead.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "solar-campaign-io.h"
#include "solar-drafts.h"
#include "solar-test-helpers.h"

static char *
make_directory (void)
{
  g_autofree char *tmp = g_dir_make_tmp ("solar-drafts-XXXXXX", NULL);

  return g_build_filename (tmp, "drafts", NULL);
}

static guint
count_entries (const char *directory)
{
  g_autoptr(GDir) dir = g_dir_open (directory, 0, NULL);
  guint n = 0;

  while (dir != NULL && g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

static void
spin_until_file (const char *directory,
                 const char *suffix,
                 gboolean    present)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_TIME_SPAN_SECOND;

  for (;;)
    {
      g_autoptr(GPtrArray) found = find_draft_files (directory, suffix);

      if ((found->len > 0) == present)
        return;
      if (g_get_monotonic_time () > deadline)
        g_error ("no %s file %s in %s after 5 s", suffix, present ? "appeared" : "went", directory);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (5000);
    }
}

static char *
read_draft (const char *directory)
{
  g_autoptr(GPtrArray) plans = find_draft_files (directory, ".campaign.json");
  char *contents = NULL;

  g_assert_cmpuint (plans->len, ==, 1);
  g_assert_true (g_file_get_contents (g_ptr_array_index (plans, 0), &contents, NULL, NULL));
  return contents;
}

/* A change to an unnamed plan is on disk a moment later, and each further change too. */
static void
test_draft_follows_changes (void)
{
  g_autofree char *directory = make_directory ();
  g_autoptr(SolarDrafts) drafts = solar_drafts_new (directory);
  g_autoptr(SolarCampaign) campaign = solar_campaign_new ();
  g_autoptr(SolarDocument) document = solar_document_new (campaign);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  solar_drafts_set_delay (drafts, 20);
  solar_drafts_track (drafts, document);
  /* Nothing to keep yet: no folder at all. */
  g_assert_false (g_file_test (directory, G_FILE_TEST_EXISTS));

  solar_campaign_set_total_budget (campaign, 300000);
  spin_until_file (directory, ".draft", TRUE);
  first = read_draft (directory);
  g_assert_nonnull (strstr (first, "300000"));

  solar_campaign_set_name (campaign, "Mid-Autumn gifting");
  solar_drafts_flush (drafts);
  second = read_draft (directory);
  g_assert_nonnull (strstr (second, "\"name\": \"Mid-Autumn gifting\""));
  g_assert_nonnull (strstr (second, "300000"));
}

/* Saved: the file has it all, so the draft goes; a plan closed (changes discarded) too. */
static void
test_draft_goes_when_saved_or_closed (void)
{
  g_autofree char *directory = make_directory ();
  g_autofree char *folder = g_path_get_dirname (directory);
  g_autofree char *path = g_build_filename (folder, "gifting.campaign.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(SolarDrafts) drafts = solar_drafts_new (directory);
  g_autoptr(SolarCampaign) campaign = solar_campaign_new ();
  g_autoptr(SolarCampaign) other_campaign = solar_campaign_new ();
  g_autoptr(SolarDocument) document = solar_document_new (campaign);
  g_autoptr(SolarDocument) other = solar_document_new (other_campaign);
  gboolean saved = FALSE;

  solar_drafts_set_delay (drafts, 10);
  solar_drafts_track (drafts, document);
  solar_drafts_track (drafts, other);
  solar_campaign_set_name (campaign, "Gifting");
  solar_campaign_set_name (other_campaign, "Other");
  solar_drafts_flush (drafts);
  {
    g_autoptr(GPtrArray) found = find_draft_files (directory, ".draft");

    g_assert_cmpuint (found->len, ==, 2);
  }

  solar_document_save_async (document, file, SOLAR_DOCUMENT_SAVE_DEFAULT, NULL, save_done, &saved);
  while (!saved)
    g_main_context_iteration (NULL, TRUE);
  {
    g_autoptr(GPtrArray) found = find_draft_files (directory, ".draft");

    g_assert_cmpuint (found->len, ==, 1);
  }

  solar_drafts_forget (drafts, other);
  spin_until_file (directory, ".draft", FALSE);

  /* A clean quit with nothing unsaved leaves no folder behind. */
  solar_drafts_close (drafts);
  g_assert_cmpuint (count_entries (directory), ==, 0);
  g_unlink (path);
}

/* A crash leaves the drafts; the next session finds them, and restores each as a plan
 * with unsaved changes still tied to its file; the old drafts are then gone. */
static void
test_crash_then_restore (void)
{
  g_autofree char *directory = make_directory ();
  g_autoptr(SolarDrafts) crashed = solar_drafts_new (directory);
  g_autoptr(SolarDrafts) next = NULL;
  g_autoptr(SolarCampaign) named = solar_campaign_new ();
  g_autoptr(SolarCampaign) unnamed = solar_campaign_new ();
  g_autoptr(SolarDocument) saved_before = NULL;
  g_autoptr(SolarDocument) never_saved = solar_document_new (unnamed);
  g_autoptr(GFile) file = g_file_new_for_path ("/tmp/launch.campaign.json");
  g_autoptr(GPtrArray) orphans = NULL;
  gboolean seen_named = FALSE, seen_unnamed = FALSE;

  solar_campaign_set_name (named, "Launch");
  saved_before = solar_document_new_with_changes (named, file);
  solar_drafts_track (crashed, saved_before);   /* written at once: it has changes */
  solar_drafts_track (crashed, never_saved);
  solar_campaign_set_total_budget (unnamed, 42000);
  solar_drafts_flush (crashed);
  /* The process "dies" here, killed while it rewrote a key file: no solar_drafts_close(),
   * and the file g_file_set_contents() writes before renaming it is left over. */
  {
    g_autoptr(GPtrArray) keys = find_draft_files (directory, ".draft");
    g_autofree char *cut_short = g_strconcat (g_ptr_array_index (keys, 0), ".0FMPZ3", NULL);

    g_assert_true (g_file_set_contents (cut_short, "[Draft]\ntit", -1, NULL));
  }

  next = solar_drafts_new (directory);
  orphans = solar_drafts_list_orphans (next);
  g_assert_cmpuint (orphans->len, ==, 2);

  for (guint i = 0; i < orphans->len; i++)
    {
      SolarOrphanDraft *draft = g_ptr_array_index (orphans, i);
      g_autoptr(GError) error = NULL;
      g_autoptr(SolarDocument) document = solar_drafts_restore (next, draft, &error);
      SolarCampaign *campaign;

      g_assert_no_error (error);
      g_assert_true (solar_document_get_modified (document));
      campaign = solar_document_get_campaign (document);
      if (g_str_equal (draft->title, "launch.campaign.json"))
        {
          seen_named = TRUE;
          g_assert_cmpstr (solar_campaign_get_name (campaign), ==, "Launch");
          g_assert_true (g_file_equal (solar_document_get_file (document), file));
        }
      else
        {
          seen_unnamed = TRUE;
          g_assert_cmpstr (draft->title, ==, "Untitled Plan");
          g_assert_cmpfloat (solar_campaign_get_total_budget (campaign), ==, 42000);
          g_assert_null (solar_document_get_file (document));
        }
    }
  g_assert_true (seen_named && seen_unnamed);

  /* Now kept by this session only: the crashed session's folder is gone. */
  {
    g_autoptr(GPtrArray) left = solar_drafts_list_orphans (next);
    g_autoptr(GPtrArray) kept = find_draft_files (directory, ".draft");

    g_assert_cmpuint (left->len, ==, 0);
    g_assert_cmpuint (kept->len, ==, 2);
    g_assert_cmpuint (count_entries (directory), ==, 1);
  }
}

/* A draft that no longer reads is refused with the loader's message and left in place. */
static void
test_damaged_draft_is_kept (void)
{
  g_autofree char *directory = make_directory ();
  g_autoptr(SolarDrafts) crashed = solar_drafts_new (directory);
  g_autoptr(SolarDrafts) next = NULL;
  g_autoptr(SolarCampaign) campaign = solar_campaign_new ();
  g_autoptr(SolarDocument) document = solar_document_new_with_changes (campaign, NULL);
  g_autoptr(GPtrArray) orphans = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SolarDocument) restored = NULL;
  SolarOrphanDraft *draft;

  solar_drafts_track (crashed, document);
  next = solar_drafts_new (directory);
  orphans = solar_drafts_list_orphans (next);
  g_assert_cmpuint (orphans->len, ==, 1);
  draft = g_ptr_array_index (orphans, 0);
  g_assert_true (g_file_set_contents (draft->plan_path, "{\"format\": \"social-solar-campaign\",", -1, NULL));

  restored = solar_drafts_restore (next, draft, &error);
  g_assert_null (restored);
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error->message, draft->plan_path));
  g_assert_nonnull (strstr (error->message, "cut off"));
  g_assert_true (g_file_test (draft->plan_path, G_FILE_TEST_EXISTS));

  /* Discarding, though, removes it. */
  solar_drafts_discard_orphans (next);
  g_assert_false (g_file_test (draft->plan_path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_entries (directory), ==, 0);
}

/* Quitting while a plan still has changes (the session ended, nobody answered) keeps its
 * draft for next time. */
static void
test_quit_with_changes_keeps_draft (void)
{
  g_autofree char *directory = make_directory ();
  g_autoptr(SolarDrafts) drafts = solar_drafts_new (directory);
  g_autoptr(SolarDrafts) next = NULL;
  g_autoptr(SolarCampaign) campaign = solar_campaign_new ();
  g_autoptr(SolarDocument) document = solar_document_new (campaign);
  g_autoptr(GPtrArray) orphans = NULL;

  solar_drafts_set_delay (drafts, 60000);
  solar_drafts_track (drafts, document);
  solar_campaign_set_name (campaign, "Unanswered");
  /* Not yet written (the delay is long): closing writes it rather than lose it. */
  solar_drafts_close (drafts);

  next = solar_drafts_new (directory);
  orphans = solar_drafts_list_orphans (next);
  g_assert_cmpuint (orphans->len, ==, 1);
  g_assert_cmpstr (((SolarOrphanDraft *)g_ptr_array_index (orphans, 0))->title, ==, "Unanswered");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/drafts/follow-changes", test_draft_follows_changes);
  g_test_add_func ("/drafts/saved-or-closed", test_draft_goes_when_saved_or_closed);
  g_test_add_func ("/drafts/crash-then-restore", test_crash_then_restore);
  g_test_add_func ("/drafts/damaged", test_damaged_draft_is_kept);
  g_test_add_func ("/drafts/quit-with-changes", test_quit_with_changes_keeps_draft);

  return g_test_run ();
}
