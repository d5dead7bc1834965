/* solar-drafts.c: unsaved plans kept on disk, so a crash loses nothing
 *
 * A couple of seconds after each change, a plan with unsaved changes (named or not) is
 * written to the user's state directory, as GNOME Text Editor keeps its drafts:
 *
 *   $XDG_STATE_HOME/social-solar/drafts/SESSION/pid           who writes here
 *   $XDG_STATE_HOME/social-solar/drafts/SESSION/ID.campaign.json   the plan
 *   $XDG_STATE_HOME/social-solar/drafts/SESSION/ID.draft       its file and title (a key file)
 *
 * A plan's draft goes once it is saved, or closed with its changes discarded, and the
 * session's folder goes on a clean quit, so whatever is left at start-up was left by a
 * session that crashed or was killed: its drafts are offered back. A session still running
 * (another process named social-solar with that PID) is left alone.
 *
 * Drafts are read back through the same checked loader as any plan file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-drafts"

#include "config.h"

#include <glib/gi18n.h>
#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "solar-campaign-io.h"
#include "solar-drafts.h"

#define DEFAULT_DELAY_MS 2000
#define PLAN_SUFFIX  ".campaign.json"
#define DRAFT_SUFFIX ".draft"
#define DRAFT_GROUP  "Draft"

typedef struct
{
  SolarDrafts   *drafts;     /* unowned: it owns this */
  SolarDocument *document;
  char          *id;
  guint          timeout_id;
  gulong         changed_handler;
  gulong         modified_handler;
} Tracked;

struct _SolarDrafts
{
  GObject     parent_instance;
  char       *directory;     /* …/drafts, holding one folder per session */
  char       *session;       /* this session's folder; created with the first draft */
  guint       delay_ms;
  GHashTable *tracked;       /* SolarDocument → Tracked */
};

G_DEFINE_FINAL_TYPE (SolarDrafts, solar_drafts, G_TYPE_OBJECT)

void
solar_orphan_draft_free (SolarOrphanDraft *draft)
{
  g_free (draft->title);
  g_free (draft->plan_path);
  g_free (draft->file_uri);
  g_free (draft);
}

/* Returns: (transfer full): where drafts live unless a test says otherwise */
char *
solar_drafts_dup_default_directory (void)
{
  return g_build_filename (g_get_user_state_dir (), "social-solar", "drafts", NULL);
}

static char *
draft_path (Tracked    *tracked,
            const char *suffix)
{
  g_autofree char *name = g_strconcat (tracked->id, suffix, NULL);

  return g_build_filename (tracked->drafts->session, name, NULL);
}

/* Removes a draft: its plan at @plan_path and the key file beside it. The key file goes
 * first: without it, a plan file left over is not offered back. */
static void
unlink_draft (const char *plan_path)
{
  g_autofree char *stem = g_strndup (plan_path, strlen (plan_path) - strlen (PLAN_SUFFIX));
  g_autofree char *info = g_strconcat (stem, DRAFT_SUFFIX, NULL);

  g_unlink (info);
  g_unlink (plan_path);
}

static void
remove_draft_files (Tracked *tracked)
{
  g_autofree char *plan = NULL;

  if (tracked->drafts->session == NULL)
    return;
  plan = draft_path (tracked, PLAN_SUFFIX);
  unlink_draft (plan);
}

static gboolean
ensure_session (SolarDrafts  *self,
                GError      **error)
{
  g_autofree char *session = NULL;
  g_autofree char *pid_path = NULL;
  g_autofree char *pid = NULL;
  g_autofree char *uuid = NULL;

  if (self->session != NULL)
    return TRUE;

  uuid = g_uuid_string_random ();
  session = g_build_filename (self->directory, uuid, NULL);
  if (g_mkdir_with_parents (session, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "%s: %s", session, g_strerror (saved_errno));
      return FALSE;
    }
  pid_path = g_build_filename (session, "pid", NULL);
  pid = g_strdup_printf ("%d\n", (int)getpid ());
  if (!g_file_set_contents_full (pid_path, pid, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, error))
    return FALSE;
  self->session = g_steal_pointer (&session);
  return TRUE;
}

static gboolean
write_draft (Tracked *tracked)
{
  SolarDocument *document = tracked->document;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GKeyFile) info = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *plan_path = NULL;
  g_autofree char *info_path = NULL;
  g_autofree char *info_data = NULL;
  g_autofree char *title = solar_document_dup_title (document);
  gsize info_length;

  if (!solar_document_get_modified (document))
    return TRUE;
  if (!ensure_session (tracked->drafts, &error))
    {
      g_warning ("Cannot keep a draft of the plan: %s", error->message);
      return FALSE;
    }

  plan_path = draft_path (tracked, PLAN_SUFFIX);
  info_path = draft_path (tracked, DRAFT_SUFFIX);
  bytes = solar_campaign_to_bytes (solar_document_get_campaign (document));
  if (solar_document_get_file (document) != NULL)
    {
      g_autofree char *uri = g_file_get_uri (solar_document_get_file (document));

      g_key_file_set_string (info, DRAFT_GROUP, "file", uri);
    }
  /* The title as the tab shows it, without the unsaved-changes bullet. */
  g_key_file_set_string (info, DRAFT_GROUP, "title",
                         g_str_has_prefix (title, "• ") ? title + strlen ("• ") : title);
  info_data = g_key_file_to_data (info, &info_length, NULL);

  /* Each file is replaced whole (written aside, then renamed), the plan before the key
   * file that points at it, so a crash mid-write leaves the previous draft. */
  if (!g_file_set_contents_full (plan_path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0600, &error) ||
      !g_file_set_contents_full (info_path, info_data, info_length,
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0600, &error))
    {
      g_warning ("Cannot keep a draft of the plan: %s", error->message);
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_draft_cb (gpointer data)
{
  Tracked *tracked = data;

  tracked->timeout_id = 0;
  write_draft (tracked);
  return G_SOURCE_REMOVE;
}

static void
on_campaign_changed (Tracked *tracked)
{
  /* One write a little after the last of a burst of changes (typing a name). */
  g_clear_handle_id (&tracked->timeout_id, g_source_remove);
  tracked->timeout_id = g_timeout_add (tracked->drafts->delay_ms, write_draft_cb, tracked);
}

static void
on_modified_changed (Tracked *tracked)
{
  /* Saved: the file holds it all, the draft is not needed. */
  if (!solar_document_get_modified (tracked->document))
    {
      g_clear_handle_id (&tracked->timeout_id, g_source_remove);
      remove_draft_files (tracked);
    }
}

static void
tracked_free (Tracked *tracked)
{
  g_clear_handle_id (&tracked->timeout_id, g_source_remove);
  g_clear_signal_handler (&tracked->changed_handler, solar_document_get_campaign (tracked->document));
  g_clear_signal_handler (&tracked->modified_handler, tracked->document);
  g_clear_object (&tracked->document);
  g_free (tracked->id);
  g_free (tracked);
}

static void
solar_drafts_finalize (GObject *object)
{
  SolarDrafts *self = SOLAR_DRAFTS (object);

  g_clear_pointer (&self->tracked, g_hash_table_unref);
  g_free (self->directory);
  g_free (self->session);

  G_OBJECT_CLASS (solar_drafts_parent_class)->finalize (object);
}

static void
solar_drafts_class_init (SolarDraftsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = solar_drafts_finalize;
}

static void
solar_drafts_init (SolarDrafts *self)
{
  self->delay_ms = DEFAULT_DELAY_MS;
  self->tracked = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify)tracked_free);
}

/**
 * solar_drafts_new:
 * @directory: where the sessions' folders go, normally
 *   solar_drafts_dup_default_directory()
 */
SolarDrafts *
solar_drafts_new (const char *directory)
{
  SolarDrafts *self;

  g_return_val_if_fail (directory != NULL, NULL);

  self = g_object_new (SOLAR_TYPE_DRAFTS, NULL);
  self->directory = g_strdup (directory);
  return self;
}

const char *
solar_drafts_get_directory (SolarDrafts *self)
{
  g_return_val_if_fail (SOLAR_IS_DRAFTS (self), NULL);
  return self->directory;
}

/* How long after a change the draft is written; tests shorten it. */
void
solar_drafts_set_delay (SolarDrafts *self,
                        guint        milliseconds)
{
  g_return_if_fail (SOLAR_IS_DRAFTS (self));
  self->delay_ms = milliseconds;
}

/**
 * solar_drafts_track:
 *
 * Keeps a draft of @document from now on whenever it has unsaved changes, and writes one
 * at once if it has some already (a restored plan).
 */
void
solar_drafts_track (SolarDrafts   *self,
                    SolarDocument *document)
{
  Tracked *tracked;

  g_return_if_fail (SOLAR_IS_DRAFTS (self));
  g_return_if_fail (SOLAR_IS_DOCUMENT (document));

  if (g_hash_table_contains (self->tracked, document))
    return;

  tracked = g_new0 (Tracked, 1);
  tracked->drafts = self;
  tracked->document = g_object_ref (document);
  tracked->id = g_uuid_string_random ();
  tracked->changed_handler =
    g_signal_connect_swapped (solar_document_get_campaign (document), "changed",
                              G_CALLBACK (on_campaign_changed), tracked);
  tracked->modified_handler =
    g_signal_connect_swapped (document, "notify::modified", G_CALLBACK (on_modified_changed), tracked);
  g_hash_table_insert (self->tracked, document, tracked);

  if (solar_document_get_modified (document))
    write_draft (tracked);
}

/**
 * solar_drafts_forget:
 *
 * The plan was closed (saved, or its changes discarded on purpose): its draft goes.
 */
void
solar_drafts_forget (SolarDrafts   *self,
                     SolarDocument *document)
{
  Tracked *tracked;

  g_return_if_fail (SOLAR_IS_DRAFTS (self));

  if ((tracked = g_hash_table_lookup (self->tracked, document)) == NULL)
    return;
  remove_draft_files (tracked);
  g_hash_table_remove (self->tracked, document);
}

/* Writes every draft that is waiting for its delay. */
void
solar_drafts_flush (SolarDrafts *self)
{
  GHashTableIter iter;
  Tracked *tracked;

  g_return_if_fail (SOLAR_IS_DRAFTS (self));

  g_hash_table_iter_init (&iter, self->tracked);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *)&tracked))
    if (tracked->timeout_id != 0)
      {
        g_clear_handle_id (&tracked->timeout_id, g_source_remove);
        write_draft (tracked);
      }
}

/**
 * solar_drafts_close:
 *
 * The app is quitting. Plans still holding unsaved changes (the user was never asked, as
 * when the session ends) keep their drafts, offered back next time; otherwise nothing is
 * left behind.
 */
void
solar_drafts_close (SolarDrafts *self)
{
  gboolean keep = FALSE;
  GHashTableIter iter;
  Tracked *tracked;

  g_return_if_fail (SOLAR_IS_DRAFTS (self));

  solar_drafts_flush (self);
  g_hash_table_iter_init (&iter, self->tracked);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *)&tracked))
    keep |= solar_document_get_modified (tracked->document);
  g_hash_table_remove_all (self->tracked);

  if (!keep && self->session != NULL)
    {
      g_autofree char *pid = g_build_filename (self->session, "pid", NULL);

      g_unlink (pid);
      if (g_rmdir (self->session) != 0)
        g_warning ("Cannot remove %s: %s", self->session, g_strerror (errno));
      g_clear_pointer (&self->session, g_free);
    }
}

/* Whether the session that wrote @session is still running: its PID is alive and is this
 * program. A PID can be reused after a reboot, or be ours in a new Flatpak sandbox. */
static gboolean
session_is_running (const char *session)
{
  g_autofree char *pid_path = g_build_filename (session, "pid", NULL);
  g_autofree char *pid_text = NULL;
  g_autofree char *cmdline_path = NULL;
  g_autofree char *cmdline = NULL;
  gsize length;
  gint64 pid;

  if (!g_file_get_contents (pid_path, &pid_text, NULL, NULL) ||
      !g_ascii_string_to_signed (g_strstrip (pid_text), 10, 1, G_MAXINT, &pid, NULL) ||
      pid == getpid ())
    return FALSE;
  cmdline_path = g_strdup_printf ("/proc/%" G_GINT64_FORMAT "/cmdline", pid);
  if (!g_file_get_contents (cmdline_path, &cmdline, &length, NULL) || length == 0)
    return FALSE;
  /* cmdline starts with argv[0], NUL-terminated. */
  {
    g_autofree char *program = g_path_get_basename (cmdline);

    return g_str_equal (program, "social-solar");
  }
}

static void
add_orphans_of (const char *session,
                GPtrArray  *orphans)
{
  g_autoptr(GDir) dir = g_dir_open (session, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autoptr(GKeyFile) info = g_key_file_new ();
      g_autofree char *info_path = NULL;
      g_autofree char *id = NULL;
      g_autofree char *plan_name = NULL;
      SolarOrphanDraft *draft;

      if (!g_str_has_suffix (name, DRAFT_SUFFIX))
        continue;
      info_path = g_build_filename (session, name, NULL);
      if (!g_key_file_load_from_file (info, info_path, G_KEY_FILE_NONE, NULL))
        continue;
      id = g_strndup (name, strlen (name) - strlen (DRAFT_SUFFIX));
      plan_name = g_strconcat (id, PLAN_SUFFIX, NULL);

      draft = g_new0 (SolarOrphanDraft, 1);
      draft->plan_path = g_build_filename (session, plan_name, NULL);
      draft->title = g_key_file_get_string (info, DRAFT_GROUP, "title", NULL);
      draft->file_uri = g_key_file_get_string (info, DRAFT_GROUP, "file", NULL);
      if (draft->title == NULL)
        draft->title = g_strdup (_("Untitled Plan"));
      g_ptr_array_add (orphans, draft);
    }
}

/**
 * solar_drafts_list_orphans:
 *
 * Returns: (transfer container) (element-type SolarOrphanDraft): the drafts sessions
 *   that ended without a clean quit left behind, oldest session first
 */
GPtrArray *
solar_drafts_list_orphans (SolarDrafts *self)
{
  GPtrArray *orphans = g_ptr_array_new_with_free_func ((GDestroyNotify)solar_orphan_draft_free);
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_return_val_if_fail (SOLAR_IS_DRAFTS (self), orphans);

  dir = g_dir_open (self->directory, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *session = g_build_filename (self->directory, name, NULL);

      if (g_strcmp0 (session, self->session) == 0 || !g_file_test (session, G_FILE_TEST_IS_DIR) ||
          session_is_running (session))
        continue;
      add_orphans_of (session, orphans);
    }
  return orphans;
}

/* A session that ended without closing holds no draft any more: its folder goes, with its
 * pid file and whatever a write cut short by the crash left (g_file_set_contents() writes
 * NAME.XXXXXX before renaming it to NAME, so a kill between the two leaves that file). */
static void
remove_if_empty_session (const char *session)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) debris = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if ((dir = g_dir_open (session, 0, NULL)) == NULL)
    return;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      if (g_str_has_suffix (name, PLAN_SUFFIX) || g_str_has_suffix (name, DRAFT_SUFFIX))
        return;
      g_ptr_array_add (debris, g_build_filename (session, name, NULL));
    }
  for (guint i = 0; i < debris->len; i++)
    g_unlink (g_ptr_array_index (debris, i));
  g_rmdir (session);
}

static void
remove_orphan_files (SolarOrphanDraft *draft)
{
  g_autofree char *session = g_path_get_dirname (draft->plan_path);

  unlink_draft (draft->plan_path);
  remove_if_empty_session (session);
}

/**
 * solar_drafts_restore:
 *
 * Reads @draft back through the checked loader as a plan with unsaved changes, keeps a
 * draft of it in this session, and only then removes the old one.
 *
 * Returns: (transfer full) (nullable): the plan, or %NULL with @error saying why; the
 *   draft is then left where it is
 */
SolarDocument *
solar_drafts_restore (SolarDrafts       *self,
                      SolarOrphanDraft  *draft,
                      GError           **error)
{
  g_autoptr(SolarCampaign) campaign = NULL;
  g_autoptr(SolarDocument) document = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_return_val_if_fail (SOLAR_IS_DRAFTS (self), NULL);
  g_return_val_if_fail (draft != NULL, NULL);

  if (!g_file_get_contents (draft->plan_path, &contents, &length, error))
    return NULL;
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  if ((campaign = solar_campaign_new_from_bytes (bytes, draft->plan_path, error)) == NULL)
    return NULL;

  if (draft->file_uri != NULL)
    file = g_file_new_for_uri (draft->file_uri);
  document = solar_document_new_with_changes (campaign, file);
  solar_drafts_track (self, document);

  remove_orphan_files (draft);
  return g_steal_pointer (&document);
}

/* The user said the crashed sessions' drafts are not wanted. */
void
solar_drafts_discard_orphans (SolarDrafts *self)
{
  g_autoptr(GPtrArray) orphans = solar_drafts_list_orphans (self);

  for (guint i = 0; i < orphans->len; i++)
    remove_orphan_files (g_ptr_array_index (orphans, i));
}
