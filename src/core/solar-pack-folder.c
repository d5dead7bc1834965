/* solar-pack-folder.c: the figures packs a user has installed, in their data folder
 *
 * Importing a pack copies it into $XDG_DATA_HOME/social-solar/figures-packs/ (after it is
 * read and found good, and with solar_safe_write(), so a failed copy leaves what was
 * there), and every start reads them back in the order of their names, each against the
 * dataset with the packs before it merged. A stored pack that can no longer be read (a
 * release now ships one of its figures, or the file was edited) adds nothing and is
 * listed with its reason instead of stopping the app. A pack is known by its file name:
 * importing one with the name of one installed is taking a newer edition of it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-pack-folder"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <string.h>

#include "solar-figures-pack-private.h"
#include "solar-json.h"
#include "solar-pack-folder.h"
#include "solar-safe-write.h"

struct _SolarPackFolder
{
  GObject       parent_instance;
  SolarDataset *dataset;
  GFile        *directory;
  GListStore   *packs;     /* of SolarFiguresPack, by file name */
};

G_DEFINE_FINAL_TYPE (SolarPackFolder, solar_pack_folder, G_TYPE_OBJECT)

static void
solar_pack_folder_finalize (GObject *object)
{
  SolarPackFolder *self = (SolarPackFolder *)object;

  g_clear_object (&self->dataset);
  g_clear_object (&self->directory);
  g_clear_object (&self->packs);

  G_OBJECT_CLASS (solar_pack_folder_parent_class)->finalize (object);
}

static void
solar_pack_folder_class_init (SolarPackFolderClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = solar_pack_folder_finalize;
}

static void
solar_pack_folder_init (SolarPackFolder *self)
{
  self->packs = g_list_store_new (SOLAR_TYPE_FIGURES_PACK);
}

/**
 * solar_pack_folder_new:
 * @directory: where the packs are kept; made when the first is imported
 *
 * Returns: (transfer full): the folder, empty until solar_pack_folder_load()
 */
SolarPackFolder *
solar_pack_folder_new (SolarDataset *dataset,
                       GFile        *directory)
{
  SolarPackFolder *self;

  g_return_val_if_fail (SOLAR_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (G_IS_FILE (directory), NULL);

  self = g_object_new (SOLAR_TYPE_PACK_FOLDER, NULL);
  self->dataset = g_object_ref (dataset);
  self->directory = g_object_ref (directory);
  return self;
}

/**
 * solar_pack_folder_dup_default_directory:
 *
 * Returns: (transfer full): $XDG_DATA_HOME/social-solar/figures-packs
 */
GFile *
solar_pack_folder_dup_default_directory (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "social-solar",
                                            "figures-packs", NULL);

  return g_file_new_for_path (path);
}

SolarDataset *
solar_pack_folder_get_dataset (SolarPackFolder *self)
{
  g_return_val_if_fail (SOLAR_IS_PACK_FOLDER (self), NULL);
  return self->dataset;
}

GListModel *
solar_pack_folder_get_packs (SolarPackFolder *self)
{
  g_return_val_if_fail (SOLAR_IS_PACK_FOLDER (self), NULL);
  return G_LIST_MODEL (self->packs);
}

/**
 * solar_pack_folder_count_unreadable:
 *
 * Returns: how many stored packs could not be read, and add nothing
 */
guint
solar_pack_folder_count_unreadable (SolarPackFolder *self)
{
  GListModel *packs = G_LIST_MODEL (self->packs);
  guint n = 0;

  g_return_val_if_fail (SOLAR_IS_PACK_FOLDER (self), 0);

  for (guint i = 0; i < g_list_model_get_n_items (packs); i++)
    {
      g_autoptr(SolarFiguresPack) pack = g_list_model_get_item (packs, i);

      n += solar_figures_pack_get_error (pack) != NULL;
    }
  return n;
}

/**
 * solar_pack_folder_name_for:
 * @file: a pack the user picked
 *
 * Returns: (transfer full): the name it is kept under: its own, ending in ".json" (the
 *   folder reads only those) and not hidden
 */
char *
solar_pack_folder_name_for (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);
  GString *kept = g_string_new (name);

  if (kept->str[0] == '.')
    g_string_prepend (kept, "pack");
  if (!g_str_has_suffix (kept->str, ".json"))
    g_string_append (kept, ".json");
  return g_string_free (kept, FALSE);
}

static gboolean
find_pack (SolarPackFolder  *self,
           const char       *file_name,
           guint            *position)
{
  GListModel *packs = G_LIST_MODEL (self->packs);

  for (guint i = 0; i < g_list_model_get_n_items (packs); i++)
    {
      g_autoptr(SolarFiguresPack) pack = g_list_model_get_item (packs, i);

      if (g_str_equal (solar_figures_pack_get_file_name (pack), file_name))
        {
          *position = i;
          return TRUE;
        }
    }
  return FALSE;
}

static int
compare_packs (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  return strcmp (solar_figures_pack_get_file_name ((SolarFiguresPack *)a),
                 solar_figures_pack_get_file_name ((SolarFiguresPack *)b));
}

static GBytes *
read_file (GFile   *file,
           GError **error)
{
  g_autoptr(GFileInfo) info = NULL;
  char *contents;
  gsize length;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            NULL, error);
  if (info == NULL)
    return NULL;
  if (g_file_info_get_size (info) > SOLAR_PACK_MAX_SIZE)
    {
      g_autofree char *name = g_file_get_basename (file);

      g_set_error (error, SOLAR_JSON_ERROR, SOLAR_JSON_ERROR_TOO_LARGE,
                   _("%s: the file is larger than a figures pack can be (1 MB)"), name);
      return NULL;
    }
  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, error))
    return NULL;
  return g_bytes_new_take (contents, length);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

/* One stored pack: merged if it reads, listed with its reason if not. */
static void
load_one (SolarPackFolder *self,
          const char      *name)
{
  g_autoptr(GFile) file = g_file_get_child (self->directory, name);
  g_autoptr(SolarFiguresPack) pack = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = read_file (file, &error);

  if (bytes != NULL)
    pack = solar_figures_pack_new_from_bytes (self->dataset, bytes, name, &error);
  if (pack != NULL)
    solar_figures_pack_merge (pack, self->dataset);
  else
    {
      g_message ("Figures pack %s left out: %s", name, error->message);
      pack = solar_figures_pack_new_unreadable (name, bytes, error);
    }
  g_list_store_append (self->packs, pack);
}

/**
 * solar_pack_folder_load:
 *
 * Reads every stored pack, in the order of their names, and merges those that read. Runs
 * at start-up (on the loader thread, before anyone watches the dataset), so it tells no
 * one. A folder that does not exist has no packs.
 */
void
solar_pack_folder_load (SolarPackFolder *self)
{
  g_autofree char *path = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_return_if_fail (SOLAR_IS_PACK_FOLDER (self));
  g_return_if_fail (g_list_model_get_n_items (G_LIST_MODEL (self->packs)) == 0);

  path = g_file_get_path (self->directory);
  if ((dir = g_dir_open (path, 0, NULL)) == NULL)
    return;
  while ((name = g_dir_read_name (dir)) != NULL)
    /* Hidden: solar_safe_write()'s temporary files, which a crash may leave. */
    if (name[0] != '.' && g_str_has_suffix (name, ".json"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    load_one (self, g_ptr_array_index (names, i));
}

static gboolean
write_pack (SolarPackFolder  *self,
            GBytes           *bytes,
            const char       *file_name,
            GError          **error)
{
  g_autoptr(GFile) file = g_file_get_child (self->directory, file_name);
  g_autofree char *path = g_file_get_path (self->directory);

  if (g_mkdir_with_parents (path, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not make the folder %s: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }
  return solar_safe_write (file, bytes, NULL, FALSE, NULL, NULL, error);
}

/* Puts @pack in the list, where one of its name was or in name order. */
static void
put_in_list (SolarPackFolder  *self,
             SolarFiguresPack *pack,
             gboolean          replacing,
             guint            position)
{
  if (replacing)
    g_list_store_splice (self->packs, position, 1, (gpointer *)&pack, 1);
  else
    g_list_store_insert_sorted (self->packs, pack, compare_packs, NULL);
}

/**
 * solar_pack_folder_install:
 * @bytes: the pack, as the user's file holds it
 * @file_name: the name to keep it under (solar_pack_folder_name_for())
 *
 * Reads the pack against the dataset and, if it is good, copies it into the folder and
 * merges it, in place of an installed pack of the same name. If it is not, or the copy
 * fails, nothing changes: not the folder, not the dataset.
 *
 * Returns: (transfer none) (nullable): the pack installed, or %NULL with @error set
 */
SolarFiguresPack *
solar_pack_folder_install (SolarPackFolder  *self,
                           GBytes           *bytes,
                           const char       *file_name,
                           GError          **error)
{
  g_autoptr(SolarFiguresPack) old = NULL;
  g_autoptr(SolarFiguresPack) pack = NULL;
  gboolean replacing;
  guint position = 0;

  g_return_val_if_fail (SOLAR_IS_PACK_FOLDER (self), NULL);
  g_return_val_if_fail (bytes != NULL && file_name != NULL, NULL);

  if (g_bytes_get_size (bytes) > SOLAR_PACK_MAX_SIZE)
    {
      g_set_error (error, SOLAR_JSON_ERROR, SOLAR_JSON_ERROR_TOO_LARGE,
                   _("%s: the file is larger than a figures pack can be (1 MB)"), file_name);
      return NULL;
    }

  /* A newer edition is read without the old one's points, which it may well repeat. */
  if ((replacing = find_pack (self, file_name, &position)))
    old = g_list_model_get_item (G_LIST_MODEL (self->packs), position);
  if (old != NULL && solar_figures_pack_get_error (old) == NULL)
    solar_figures_pack_unmerge (old, self->dataset);

  pack = solar_figures_pack_new_from_bytes (self->dataset, bytes, file_name, error);
  if (pack == NULL || !write_pack (self, bytes, file_name, error))
    {
      if (old != NULL && solar_figures_pack_get_error (old) == NULL)
        solar_figures_pack_merge (old, self->dataset);
      return NULL;
    }

  solar_figures_pack_merge (pack, self->dataset);
  put_in_list (self, pack, replacing, position);
  g_signal_emit_by_name (self->dataset, "figures-changed");
  return pack;
}

/**
 * solar_pack_folder_remove:
 *
 * Deletes the stored file and takes out the points @pack added. @pack keeps what the file
 * held, for solar_pack_folder_restore().
 *
 * Returns: %FALSE with @error set if the file could not be deleted (nothing changed then)
 */
gboolean
solar_pack_folder_remove (SolarPackFolder   *self,
                          SolarFiguresPack  *pack,
                          GError           **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) local_error = NULL;
  guint position;

  g_return_val_if_fail (SOLAR_IS_PACK_FOLDER (self), FALSE);
  g_return_val_if_fail (SOLAR_IS_FIGURES_PACK (pack), FALSE);
  g_return_val_if_fail (find_pack (self, solar_figures_pack_get_file_name (pack), &position),
                        FALSE);

  file = g_file_get_child (self->directory, solar_figures_pack_get_file_name (pack));
  if (!g_file_delete (file, NULL, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  g_object_ref (pack);
  g_list_store_remove (self->packs, position);
  if (solar_figures_pack_get_error (pack) == NULL)
    solar_dataset_remove_figures_pack (self->dataset, pack);
  g_object_unref (pack);
  return TRUE;
}

/**
 * solar_pack_folder_restore:
 * @pack: a pack solar_pack_folder_remove() took out
 *
 * Undoes the removal: the file is written back and, if the pack could be read, it is read
 * again (another pack imported since may now have its figures) and merged.
 *
 * Returns: %FALSE with @error set if it could not be put back
 */
gboolean
solar_pack_folder_restore (SolarPackFolder   *self,
                           SolarFiguresPack  *pack,
                           GError           **error)
{
  const char *file_name = solar_figures_pack_get_file_name (pack);
  GBytes *bytes = solar_figures_pack_get_bytes (pack);
  guint position;

  g_return_val_if_fail (SOLAR_IS_PACK_FOLDER (self), FALSE);
  g_return_val_if_fail (SOLAR_IS_FIGURES_PACK (pack), FALSE);

  if (solar_figures_pack_get_error (pack) == NULL)
    return solar_pack_folder_install (self, bytes, file_name, error) != NULL;

  if (find_pack (self, file_name, &position) || !write_pack (self, bytes, file_name, error))
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                     _("A pack named %s has been installed since"), file_name);
      return FALSE;
    }
  put_in_list (self, pack, FALSE, 0);
  return TRUE;
}
