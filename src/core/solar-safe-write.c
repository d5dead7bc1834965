/* solar-safe-write.c: replacing a file whole or not at all
 *
 * g_file_replace_contents() writes a temporary file and renames it over the old one, but
 * when a write fails it still closes the stream, and closing is when the rename happens:
 * on a full disk the old file is replaced by the part that fit, often nothing (GLib 2.74
 * and 2.90 alike; found by test-disk-full, which saves onto a full tmpfs). So the steps
 * are taken here, each checked before the next: the new contents go to a private
 * temporary file beside the old one and are flushed to the disk; the old version becomes
 * the backup by a hard link where the file system has them (no data is written, so it
 * works on a full disk), by a copy elsewhere, made under a temporary name and renamed into
 * place so that a failed backup leaves the previous one; only then is the temporary file
 * given the old file's permissions and renamed over the old one. Whatever fails, the
 * temporary file is removed and the old file is as it was.
 *
 * A symbolic link is followed: its target is written, and the link stays a link. A file
 * with other hard links is written in place, since a rename would leave the other names
 * holding the old contents; its old contents are kept in memory and written back if the
 * new ones do not fit.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-safe-write"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
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

      /* Private until it is the file: the plan may not be meant for other users. */
      stream = g_file_create (temporary, G_FILE_CREATE_PRIVATE, cancellable, &local_error);
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

/* NAME~ holds what NAME held: a hard link, else a copy. It is made under a temporary
 * name and renamed over the previous NAME~, so a failure leaves that one as it was. A
 * file written in place (@in_place) is copied: a link would change with it. */
static gboolean
make_backup_of (GFile         *file,
                gboolean       in_place,
                GCancellable  *cancellable,
                GError       **error)
{
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *backup_uri = g_strconcat (uri, "~", NULL);
  g_autoptr(GFile) backup = g_file_new_for_uri (backup_uri);
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *aside_name = g_strdup_printf (".%s~.%06X", basename, g_random_int_range (0, 0x1000000));
  g_autoptr(GFile) aside = g_file_get_child (parent, aside_name);
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *aside_path = g_file_get_path (aside);
  g_autoptr(GError) local_error = NULL;

  if (in_place || path == NULL || aside_path == NULL || link (path, aside_path) != 0)
    {
      if (!g_file_copy (file, aside, G_FILE_COPY_NOFOLLOW_SYMLINKS | G_FILE_COPY_ALL_METADATA,
                        cancellable, NULL, NULL, &local_error))
        goto failed;
    }
  if (g_file_move (aside, backup, G_FILE_COPY_OVERWRITE | G_FILE_COPY_NO_FALLBACK_FOR_MOVE,
                   cancellable, NULL, NULL, &local_error))
    return TRUE;

failed:
  /* A partial copy is no backup. */
  g_file_delete (aside, NULL, NULL);
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

/* The new file gets the old one's permissions, as an editor's save should; a new file
 * gets @new_file_mode, what the umask allows. */
static gboolean
set_final_mode (GFile         *temporary,
                GFile         *old,
                guint32        new_file_mode,
                GCancellable  *cancellable,
                GError       **error)
{
  guint32 mode = new_file_mode;

  if (old != NULL)
    {
      g_autoptr(GFileInfo) info = g_file_query_info (old, G_FILE_ATTRIBUTE_UNIX_MODE,
                                                     G_FILE_QUERY_INFO_NONE, cancellable, NULL);

      if (info != NULL && g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_UNIX_MODE))
        mode = g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_UNIX_MODE);
    }
  if (mode == 0)
    return TRUE;
  return g_file_set_attribute_uint32 (temporary, G_FILE_ATTRIBUTE_UNIX_MODE, mode & 07777,
                                      G_FILE_QUERY_INFO_NONE, cancellable, error);
}

/* What a file created now would get: 0666 less the umask. Read from /proc rather than
 * with umask(), which would change it for every thread for a moment. */
static guint32
default_mode (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (g_file_get_contents ("/proc/self/status", &status, NULL, NULL) &&
      (line = strstr (status, "\nUmask:")) != NULL)
    return 0666 & ~(guint32) strtoul (line + strlen ("\nUmask:"), NULL, 8);
  return 0644;
}

/* The file a symbolic link at @file points to, or @file itself. */
static GFile *
resolve_links (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *real = NULL;

  if (path == NULL || (real = realpath (path, NULL)) == NULL)
    return g_object_ref (file);
  return g_file_new_for_path (real);
}

static gboolean
has_other_links (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);
  GStatBuf buf;

  return path != NULL && g_lstat (path, &buf) == 0 && S_ISREG (buf.st_mode) && buf.st_nlink > 1;
}

static gboolean
write_all_at_start (int            fd,
                    const guint8  *data,
                    gsize          size)
{
  gsize done = 0;

  while (done < size)
    {
      gssize n = pwrite (fd, data + done, size - done, done);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return FALSE;
      done += n;
    }
  return ftruncate (fd, size) == 0 && g_fsync (fd) == 0;
}

/* Rewrites a hard-linked file in place; if the new contents do not fit, the old ones
 * (read first) are written back. */
static gboolean
write_in_place (GFile         *file,
                GBytes        *bytes,
                GCancellable  *cancellable,
                GError       **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *old = NULL;
  gsize old_size;
  int fd, saved_errno;

  if (!g_file_get_contents (path, &old, &old_size, error))
    return FALSE;
  fd = g_open (path, O_WRONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      saved_errno = errno;
      goto failed;
    }
  if (write_all_at_start (fd, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes)))
    return g_close (fd, error);

  saved_errno = errno;
  if (!write_all_at_start (fd, (const guint8 *) old, old_size))
    g_warning ("Could not restore %s after a failed write: %s", path, g_strerror (errno));
  g_close (fd, NULL);

failed:
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               _("Error writing to file: %s"), g_strerror (saved_errno));
  return FALSE;
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
  g_autoptr(GFile) target = NULL;
  g_autoptr(GFile) temporary = NULL;
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GFileInfo) info = NULL;
  gboolean exists, in_place;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (etag != NULL && !check_etag (file, etag, cancellable, error))
    return FALSE;

  target = resolve_links (file);
  exists = g_file_query_exists (target, cancellable);
  in_place = exists && has_other_links (target);
  if (in_place)
    {
      if (make_backup && !make_backup_of (target, TRUE, cancellable, error))
        return FALSE;
      if (!write_in_place (target, bytes, cancellable, error))
        return FALSE;
      goto written;
    }

  stream = create_temporary (target, &temporary, cancellable, error);
  if (stream == NULL)
    return FALSE;
  if (!write_temporary (stream, bytes, cancellable, error))
    goto failed;
  if (!set_final_mode (temporary, exists ? target : NULL, default_mode (), cancellable, error))
    goto failed;
  if (exists && make_backup && !make_backup_of (target, FALSE, cancellable, error))
    goto failed;
  if (!g_file_move (temporary, target, G_FILE_COPY_OVERWRITE | G_FILE_COPY_NO_FALLBACK_FOR_MOVE,
                    cancellable, NULL, NULL, error))
    goto failed;

written:
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
