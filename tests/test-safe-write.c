/* test-safe-write.c: what a save does to links, permissions and backups
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "solar-safe-write.h"

static char *
make_folder (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("solar-safe-write-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
write_text (const char *path,
            const char *text)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, text, -1, &error));
  g_assert_no_error (error);
}

static char *
read_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  g_assert_no_error (error);
  return text;
}

static void
save (const char *path,
      const char *text,
      gboolean    backup)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;

  g_assert_true (solar_safe_write (file, bytes, NULL, backup, NULL, NULL, &error));
  g_assert_no_error (error);
}

static guint
count_entries (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (listing) != NULL)
    n++;
  return n;
}

static void
remove_folder (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (dir);
}

/* Saving through a symbolic link writes the file it points to; the link stays a link. */
static void
test_symlink (void)
{
  g_autofree char *dir = make_folder ();
  g_autofree char *real = g_build_filename (dir, "real.campaign.json", NULL);
  g_autofree char *link_path = g_build_filename (dir, "link.campaign.json", NULL);
  g_autofree char *written = NULL;
  GStatBuf buf;

  write_text (real, "old");
  g_assert_cmpint (symlink ("real.campaign.json", link_path), ==, 0);
  save (link_path, "new", TRUE);

  g_assert_cmpint (g_lstat (link_path, &buf), ==, 0);
  g_assert_true (S_ISLNK (buf.st_mode));
  written = read_text (real);
  g_assert_cmpstr (written, ==, "new");
  {
    g_autofree char *backup_path = g_strconcat (real, "~", NULL);
    g_autofree char *backup = read_text (backup_path);
    g_assert_cmpstr (backup, ==, "old");
  }
  remove_folder (dir);
}

/* A file with a second name keeps it: both names show what was saved, and the backup
 * keeps the old contents (it is a copy, not a third name). */
static void
test_hard_link (void)
{
  g_autofree char *dir = make_folder ();
  g_autofree char *path = g_build_filename (dir, "plan.campaign.json", NULL);
  g_autofree char *other = g_build_filename (dir, "shared.campaign.json", NULL);
  g_autofree char *backup_path = g_strconcat (path, "~", NULL);
  g_autofree char *seen = NULL;
  g_autofree char *backup = NULL;

  write_text (path, "the old plan, longer than the new one");
  g_assert_cmpint (link (path, other), ==, 0);
  save (path, "new", TRUE);

  seen = read_text (other);
  g_assert_cmpstr (seen, ==, "new");
  g_clear_pointer (&seen, g_free);
  seen = read_text (path);
  g_assert_cmpstr (seen, ==, "new");
  backup = read_text (backup_path);
  g_assert_cmpstr (backup, ==, "the old plan, longer than the new one");
  g_assert_cmpuint (count_entries (dir), ==, 3);
  remove_folder (dir);
}

/* The saved file keeps the old one's permissions; a new one gets what the umask allows. */
static void
test_permissions (void)
{
  g_autofree char *dir = make_folder ();
  g_autofree char *path = g_build_filename (dir, "plan.campaign.json", NULL);
  g_autofree char *fresh = g_build_filename (dir, "fresh.campaign.json", NULL);
  mode_t old_umask = umask (022);
  GStatBuf buf;

  write_text (path, "old");
  g_assert_cmpint (g_chmod (path, 0640), ==, 0);
  save (path, "new", FALSE);
  g_assert_cmpint (g_stat (path, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 07777, ==, 0640);

  save (fresh, "new", FALSE);
  g_assert_cmpint (g_stat (fresh, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 07777, ==, 0644);
  umask (old_umask);

  /* Nothing left beside them: no temporary file. */
  g_assert_cmpuint (count_entries (dir), ==, 2);
  remove_folder (dir);
}

/* The backup is replaced by the next save's, and only once the new one exists. */
static void
test_backup_replaced (void)
{
  g_autofree char *dir = make_folder ();
  g_autofree char *path = g_build_filename (dir, "plan.campaign.json", NULL);
  g_autofree char *backup_path = g_strconcat (path, "~", NULL);
  g_autofree char *backup = NULL;

  write_text (path, "first");
  save (path, "second", TRUE);
  save (path, "third", TRUE);
  backup = read_text (backup_path);
  g_assert_cmpstr (backup, ==, "second");
  g_assert_cmpuint (count_entries (dir), ==, 2);
  remove_folder (dir);
}

/* A backup that cannot be made stops the save, and the previous backup is kept. */
static void
test_backup_fails (void)
{
  g_autofree char *dir = make_folder ();
  g_autofree char *path = g_build_filename (dir, "plan.campaign.json", NULL);
  g_autofree char *backup_dir = g_strconcat (path, "~", NULL);
  g_autofree char *inside = g_build_filename (backup_dir, "keep", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) bytes = g_bytes_new_static ("new", 3);
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;

  write_text (path, "old");
  /* Something that is not a file holds the backup's name. */
  g_assert_cmpint (g_mkdir (backup_dir, 0755), ==, 0);
  write_text (inside, "mine");

  g_assert_false (solar_safe_write (file, bytes, NULL, TRUE, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANT_CREATE_BACKUP);
  kept = read_text (path);
  g_assert_cmpstr (kept, ==, "old");
  g_clear_pointer (&kept, g_free);
  kept = read_text (inside);
  g_assert_cmpstr (kept, ==, "mine");
  g_assert_cmpuint (count_entries (dir), ==, 2);

  g_unlink (inside);
  remove_folder (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/safe-write/symlink", test_symlink);
  g_test_add_func ("/safe-write/hard-link", test_hard_link);
  g_test_add_func ("/safe-write/permissions", test_permissions);
  g_test_add_func ("/safe-write/backup-replaced", test_backup_replaced);
  g_test_add_func ("/safe-write/backup-fails", test_backup_fails);
  return g_test_run ();
}
