/* solar-safe-write.c: replacing a file whole or not at all
 *
 * g_file_replace_contents() writes a temporary file and renames it over the old one, but
 * when a write fails it still closes the stream, and closing is when the rename happens:
 * on a full disk the old file is replaced by the part that fit, often nothing (GLib 2.74
 * and 2.90 alike; found by test-disk-full, which saves onto a full tmpfs). So the steps
 * are taken here, each checked before the next: the new contents go to a temporary file
 * beside the old one and are flushed to the disk; the old version becomes the backup by a
 * hard link where the file system has them (no data is written, so it works on a full
 * disk), by a copy elsewhere; only then is the temporary file renamed over the old one.
 * Whatever fails, the temporary file is removed and the old file is as it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-safe-write"

#include "config.h"

#include <errno.h>
#include <gio/gfiledescriptorbased.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "solar-safe-write.h"

/* A new, empty file beside @file, named after it and hidden (".NAME.XXXXXX"). */
static GFileOutputStream *
create_temporary (GFile         *file,
                  GFile        **out_temporary,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *basename = g_file_get_basename (file);

  for (guint attempt = 0; attempt < 100; attempt++)
    {
      g_autofree char *name = g_strdup_printf (".%s.%06X", basename, g_random_int_range (0, 0x1000000));
      g_autoptr(GFile) temporary = g_file_get_child (parent, name);
      g_autoptr(GError) local_error = NULL;
      GFileOutputStream *stream;

      stream = g_file_create (temporary, G_FILE_CREATE_NONE, cancellable, &local_error);
      if (stream != NULL)
        {
          *out_temporary = g_steal_pointer (&temporary);
          return stream;
        }
      if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
    }
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS, _("Could not find a free name for a temporary file"));
  return NULL;
}

static gboolean
write_temporary (GFileOutputStream  *stream,
                 GBytes             *bytes,
                 GCancellable       *cancellable,
                 GError            **error)
{
  GOutputStream *output = G_OUTPUT_STREAM (stream);
  gboolean written;

  written = g_output_stream_write_all (output, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                       NULL, cancellable, error);
  /* On the disk before the rename makes it the file: a crash then leaves the old or the
   * new version, never an empty one. */
  if (written && G_IS_FILE_DESCRIPTOR_BASED (stream) &&
      g_fsync (g_file_descriptor_based_get_fd (G_FILE_DESCRIPTOR_BASED (stream))) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Error writing to file: %s"), g_strerror (saved_errno));
      written = FALSE;
    }
  if (!written)
    {
      g_output_stream_close (output, NULL, NULL);
      return FALSE;
    }
  return g_output_stream_close (output, cancellable, error);
}

/* NAME~ holds what NAME held: a hard link, else a copy. */
static gboolean
make_backup_of (GFile         *file,
                GCancellable  *cancellable,
                GError       **error)
{
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *backup_uri = g_strconcat (uri, "~", NULL);
  g_autoptr(GFile) backup = g_file_new_for_uri (backup_uri);
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *backup_path = g_file_get_path (backup);
  g_autoptr(GError) local_error = NULL;

  if (!g_file_delete (backup, cancellable, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    goto failed;
  g_clear_error (&local_error);

  if (path != NULL && backup_path != NULL && link (path, backup_path) == 0)
    return TRUE;
  if (g_file_copy (file, backup, G_FILE_COPY_OVERWRITE | G_FILE_COPY_NOFOLLOW_SYMLINKS,
                   cancellable, NULL, NULL, &local_error))
    return TRUE;
  /* A partial copy is no backup. */
  g_file_delete (backup, NULL, NULL);

failed:
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_CANT_CREATE_BACKUP,
               _("Backup file creation failed: %s"), local_error->message);
  return FALSE;
}

/* Fails with G_IO_ERROR_WRONG_ETAG if @file exists and its entity tag is not @etag. */
static gboolean
check_etag (GFile         *file,
            const char    *etag,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_ETAG_VALUE,
                                                 G_FILE_QUERY_INFO_NONE, cancellable, &local_error);

  if (info == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        return TRUE;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (g_strcmp0 (g_file_info_get_etag (info), etag) != 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG, _("The file was externally modified"));
      return FALSE;
    }
  return TRUE;
}

/* The new file gets the old one's permissions, as an editor's save should. */
static void
copy_mode (GFile *from,
           GFile *to)
{
  g_autoptr(GFileInfo) info = g_file_query_info (from, G_FILE_ATTRIBUTE_UNIX_MODE,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);

  if (info != NULL && g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_UNIX_MODE))
    g_file_set_attribute_uint32 (to, G_FILE_ATTRIBUTE_UNIX_MODE,
                                 g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_UNIX_MODE) & 07777,
                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);
}

/**
 * solar_safe_write:
 * @file: the file to write
 * @bytes: its new contents
 * @etag: (nullable): the entity tag @file had when it was read; %NULL to write whatever
 *   is there now
 * @make_backup: whether to keep the old version as NAME~
 * @new_etag: (out) (optional): @file's entity tag once written
 *
 * Replaces @file with @bytes whole or not at all: on any failure the old file is as it
 * was and no temporary file is left.
 *
 * Returns: %TRUE if @file now holds @bytes
 */
gboolean
solar_safe_write (GFile         *file,
                  GBytes        *bytes,
                  const char    *etag,
                  gboolean       make_backup,
                  char         **new_etag,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(GFile) temporary = NULL;
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GFileInfo) info = NULL;
  gboolean exists;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (etag != NULL && !check_etag (file, etag, cancellable, error))
    return FALSE;
  stream = create_temporary (file, &temporary, cancellable, error);
  if (stream == NULL)
    return FALSE;
  if (!write_temporary (stream, bytes, cancellable, error))
    goto failed;

  exists = g_file_query_exists (file, cancellable);
  if (exists)
    copy_mode (file, temporary);
  if (exists && make_backup && !make_backup_of (file, cancellable, error))
    goto failed;
  if (!g_file_move (temporary, file, G_FILE_COPY_OVERWRITE | G_FILE_COPY_NO_FALLBACK_FOR_MOVE,
                    cancellable, NULL, NULL, error))
    goto failed;

  if (new_etag != NULL)
    {
      info = g_file_query_info (file, G_FILE_ATTRIBUTE_ETAG_VALUE, G_FILE_QUERY_INFO_NONE, NULL, NULL);
      *new_etag = info != NULL ? g_strdup (g_file_info_get_etag (info)) : NULL;
    }
  return TRUE;

failed:
  g_file_delete (temporary, NULL, NULL);
  return FALSE;
}
