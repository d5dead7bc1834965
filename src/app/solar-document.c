/* solar-document.c: one open plan: the campaign, its file and whether it has unsaved changes
 *
 * Loading and saving run off the main thread (GIO's async file calls), and go through the
 * one loader in src/core, so a plan opened from the dialog, the command line or recent
 * files is checked the same way. Saving replaces the file atomically (write a temporary
 * file, then rename) and keeps the previous version as a backup.
 *
 * The file's etag, as read or last written, goes with each save to that file, so the
 * save refuses (G_IO_ERROR_WRONG_ETAG) to overwrite what another program or a colleague changed
 * meanwhile (solar_safe_write()); the window then asks whether to reload or overwrite.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-document"

#include "config.h"

#include <glib/gi18n.h>

#include "solar-campaign-io.h"
#include "solar-document.h"
#include "solar-plan-history.h"
#include "solar-safe-write.h"

struct _SolarDocument
{
  GObject        parent_instance;
  SolarCampaign *campaign;
  GFile         *file;
  char          *etag;     /* the file's, when last read or written; NULL if unknown */
  SolarPlanHistory *history;
  /* The history's state when the file was last written; NO_STATE when the plan on disk
   * (or no file at all, for a recovered draft) is none of the states undo can reach. */
  guint64        saved_state;
  guint          modified : 1;
};

#define NO_STATE G_MAXUINT64

G_DEFINE_FINAL_TYPE (SolarDocument, solar_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAMPAIGN,
  PROP_FILE,
  PROP_MODIFIED,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_modified (SolarDocument *self,
              gboolean       modified)
{
  if (self->modified == !!modified)
    return;
  self->modified = !!modified;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

static void
on_campaign_changed (SolarDocument *self)
{
  /* An unsaved plan is titled by its name, which may be what just changed. */
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/* Unsaved is "not in the state it was saved in": undoing back to it clears the mark. */
static void
on_history_state (SolarDocument *self)
{
  set_modified (self, solar_plan_history_get_state (self->history) != self->saved_state);
}

/**
 * solar_document_new:
 * @campaign: (transfer none): the plan
 *
 * Returns: (transfer full): an unsaved document for @campaign
 */
SolarDocument *
solar_document_new (SolarCampaign *campaign)
{
  g_return_val_if_fail (SOLAR_IS_CAMPAIGN (campaign), NULL);

  return g_object_new (SOLAR_TYPE_DOCUMENT, "campaign", campaign, NULL);
}

/**
 * solar_document_new_with_changes:
 * @file: (nullable): where the plan was saved, if it ever was
 *
 * A plan recovered from a draft: its changes were never saved.
 *
 * Returns: (transfer full): a modified document
 */
SolarDocument *
solar_document_new_with_changes (SolarCampaign *campaign,
                                 GFile         *file)
{
  SolarDocument *self = solar_document_new (campaign);

  g_return_val_if_fail (file == NULL || G_IS_FILE (file), self);

  g_set_object (&self->file, file);
  self->saved_state = NO_STATE;
  self->modified = TRUE;
  return self;
}

SolarCampaign *
solar_document_get_campaign (SolarDocument *self)
{
  g_return_val_if_fail (SOLAR_IS_DOCUMENT (self), NULL);
  return self->campaign;
}

/**
 * solar_document_get_history:
 *
 * Returns: (transfer none): what was done to the plan since it was opened, to undo; kept
 *   across saves
 */
SolarPlanHistory *
solar_document_get_history (SolarDocument *self)
{
  g_return_val_if_fail (SOLAR_IS_DOCUMENT (self), NULL);
  return self->history;
}

/**
 * solar_document_get_file:
 *
 * Returns: (transfer none) (nullable): where the plan is saved; %NULL until first saved
 */
GFile *
solar_document_get_file (SolarDocument *self)
{
  g_return_val_if_fail (SOLAR_IS_DOCUMENT (self), NULL);
  return self->file;
}

gboolean
solar_document_get_modified (SolarDocument *self)
{
  g_return_val_if_fail (SOLAR_IS_DOCUMENT (self), FALSE);
  return self->modified;
}

/* The name the tab and the window show: the file's name, or the plan's while unsaved, and
 * a bullet when there are unsaved changes, as GNOME Text Editor marks them. */
char *
solar_document_dup_title (SolarDocument *self)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (SOLAR_IS_DOCUMENT (self), NULL);

  if (self->file != NULL)
    name = g_file_get_basename (self->file);
  else if (solar_campaign_get_name (self->campaign) != NULL &&
           *solar_campaign_get_name (self->campaign) != '\0')
    name = g_strdup (solar_campaign_get_name (self->campaign));
  else
    name = g_strdup (_("Untitled Plan"));

  return self->modified ? g_strdup_printf ("• %s", name) : g_steal_pointer (&name);
}

/* What a load read, on its way from the worker thread to the main one. */
typedef struct
{
  SolarCampaign *campaign;
  char          *etag;
} Loaded;

static void
loaded_free (Loaded *loaded)
{
  g_clear_object (&loaded->campaign);
  g_free (loaded->etag);
  g_free (loaded);
}

/* Reading and parsing a large plan takes seconds (a 1,000-KOL roster, or a file from
 * elsewhere): done on a worker thread, so the window keeps answering meanwhile. The
 * campaign is touched by nothing else until it is handed over, and it schedules nothing
 * on a main loop. */
static void
load_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  GFile *file = G_FILE (source_object);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *contents = NULL;
  Loaded *loaded = g_new0 (Loaded, 1);
  gsize length;

  if (!g_file_load_contents (file, cancellable, &contents, &length, &loaded->etag, &error))
    {
      loaded_free (loaded);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  loaded->campaign = solar_campaign_new_from_bytes (bytes, name, &error);
  if (loaded->campaign == NULL)
    {
      loaded_free (loaded);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_return_pointer (task, loaded, (GDestroyNotify) loaded_free);
}

void
solar_document_load_async (GFile               *file,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (file, cancellable, callback, user_data);
  g_task_set_source_tag (task, solar_document_load_async);
  g_task_run_in_thread (task, load_in_thread);
}

/**
 * solar_document_load_finish:
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error saying what is
 *   wrong with the file and where (file, line:column or JSON path)
 */
SolarDocument *
solar_document_load_finish (GAsyncResult  *result,
                            GError       **error)
{
  Loaded *loaded;
  SolarDocument *document;

  g_return_val_if_fail (G_IS_TASK (result), NULL);
  g_return_val_if_fail (g_async_result_is_tagged (result, solar_document_load_async), NULL);

  loaded = g_task_propagate_pointer (G_TASK (result), error);
  if (loaded == NULL)
    return NULL;

  /* Made here, on the main thread, where the document will live. */
  document = solar_document_new (loaded->campaign);
  document->file = g_object_ref (g_task_get_source_object (G_TASK (result)));
  document->etag = g_steal_pointer (&loaded->etag);
  loaded_free (loaded);
  return document;
}

typedef struct
{
  GFile  *file;
  GBytes *bytes;
  char   *etag;       /* the one expected on disk; NULL to overwrite whatever is there */
  char   *new_etag;   /* out */
  guint64  state;     /* the plan's history state the bytes are of */
} SaveJob;

static void
save_job_free (SaveJob *job)
{
  g_clear_object (&job->file);
  g_clear_pointer (&job->bytes, g_bytes_unref);
  g_free (job->etag);
  g_free (job->new_etag);
  g_free (job);
}

/* Runs in a worker thread. Not g_file_replace_contents(): on a write that fails it still
 * renames what was written over the old file (see solar-safe-write.c). */
static void
save_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  SaveJob *job = task_data;
  GError *error = NULL;

  if (!solar_safe_write (job->file, job->bytes, job->etag, TRUE, &job->new_etag, cancellable, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
save_done (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  SolarDocument *self = SOLAR_DOCUMENT (object);
  g_autoptr(GTask) outer = user_data;
  GTask *inner = G_TASK (result);
  SaveJob *job = g_task_get_task_data (inner);
  GError *error = NULL;

  if (!g_task_propagate_boolean (inner, &error))
    {
      g_task_return_error (outer, error);
      return;
    }

  g_free (self->etag);
  self->etag = g_steal_pointer (&job->new_etag);
  if (g_set_object (&self->file, job->file))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
  /* What was written is the plan when the save began: a change made while it was being
   * written is still unsaved. */
  self->saved_state = job->state;
  on_history_state (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
  g_task_return_boolean (outer, TRUE);
}

/**
 * solar_document_save_async:
 * @file: (nullable): where to save; %NULL for the document's own file
 * @flags: %SOLAR_DOCUMENT_SAVE_OVERWRITE to replace the file even if it changed on disk
 *
 * Fails with %G_IO_ERROR_WRONG_ETAG if the document's own file was changed by another
 * program since it was read or saved, unless @flags say to overwrite.
 */
void
solar_document_save_async (SolarDocument          *self,
                           GFile                  *file,
                           SolarDocumentSaveFlags  flags,
                           GCancellable           *cancellable,
                           GAsyncReadyCallback     callback,
                           gpointer                user_data)
{
  g_autoptr(GTask) inner = NULL;
  SaveJob *job;
  GTask *outer;

  g_return_if_fail (SOLAR_IS_DOCUMENT (self));
  g_return_if_fail (file != NULL || self->file != NULL);

  if (file == NULL)
    file = self->file;

  outer = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (outer, solar_document_save_async);

  job = g_new0 (SaveJob, 1);
  job->file = g_object_ref (file);
  /* The plan as it is now, made here on the main thread; only the writing is moved off. */
  job->bytes = solar_campaign_to_bytes (self->campaign);
  /* Typing on after a save is a new step, so undo can come back to what was saved. */
  solar_plan_history_break (self->history);
  job->state = solar_plan_history_get_state (self->history);
  /* Only the file this plan came from can have been changed behind its back; a file
   * chosen in Save As was confirmed in the file chooser. */
  if (!(flags & SOLAR_DOCUMENT_SAVE_OVERWRITE) && self->file != NULL && g_file_equal (file, self->file))
    job->etag = g_strdup (self->etag);

  inner = g_task_new (self, cancellable, save_done, outer);
  g_task_set_task_data (inner, job, (GDestroyNotify)save_job_free);
  g_task_run_in_thread (inner, save_in_thread);
}

gboolean
solar_document_save_finish (SolarDocument  *self,
                            GAsyncResult   *result,
                            GError        **error)
{
  g_return_val_if_fail (SOLAR_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
solar_document_dispose (GObject *object)
{
  SolarDocument *self = (SolarDocument *)object;

  /* The history first: it holds the plan and every item ever removed from it. */
  g_clear_object (&self->history);
  g_clear_object (&self->campaign);
  g_clear_object (&self->file);
  g_clear_pointer (&self->etag, g_free);

  G_OBJECT_CLASS (solar_document_parent_class)->dispose (object);
}

static void
solar_document_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SolarDocument *self = SOLAR_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_CAMPAIGN:
      g_value_set_object (value, self->campaign);
      break;

    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_MODIFIED:
      g_value_set_boolean (value, self->modified);
      break;

    case PROP_TITLE:
      g_value_take_string (value, solar_document_dup_title (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
solar_document_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  SolarDocument *self = SOLAR_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_CAMPAIGN:
      self->campaign = g_value_dup_object (value);
      g_signal_connect_object (self->campaign, "changed",
                               G_CALLBACK (on_campaign_changed), self, G_CONNECT_SWAPPED);
      self->history = solar_plan_history_new (self->campaign);
      self->saved_state = solar_plan_history_get_state (self->history);
      g_signal_connect_object (self->history, "notify::state",
                               G_CALLBACK (on_history_state), self, G_CONNECT_SWAPPED);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
solar_document_class_init (SolarDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = solar_document_dispose;
  object_class->get_property = solar_document_get_property;
  object_class->set_property = solar_document_set_property;

  properties[PROP_CAMPAIGN] =
    g_param_spec_object ("campaign", NULL, NULL,
                         SOLAR_TYPE_CAMPAIGN,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL,
                         G_TYPE_FILE,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
solar_document_init (SolarDocument *self)
{
}
