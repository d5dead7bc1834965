/* solar-figures-pack.c: a file of later figures a user adds to the dataset, without a release
 *
 * A pack (docs/figures-pack-format.md) is read against the dataset by the dataset's own
 * reader (solar_dataset_read_figures_pack() in solar-dataset-reader.c), then merged: each
 * point it adds goes among the figure's later points in date order, as a copy marked with
 * the pack, so the pack can be taken out again (and put back, for Undo) by its file name.
 * Only the points a pack added are ever taken out: the report's figure and the points the
 * app ships are never touched.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-figures-pack"

#include "config.h"

#include <string.h>

#include "solar-dataset-private.h"
#include "solar-figures-pack-private.h"
#include "solar-model-private.h"

G_DEFINE_FINAL_TYPE (SolarFiguresPack, solar_figures_pack, G_TYPE_OBJECT)

static void
pack_figure_free (SolarPackFigure *figure)
{
  g_free (figure->platform_id);
  g_free (figure->figure_id);
  g_ptr_array_unref (figure->points);
  g_free (figure);
}

static void
solar_figures_pack_finalize (GObject *object)
{
  SolarFiguresPack *self = (SolarFiguresPack *)object;

  g_clear_pointer (&self->file_name, g_free);
  g_clear_pointer (&self->title, solar_text_free);
  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_clear_pointer (&self->figures, g_ptr_array_unref);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (solar_figures_pack_parent_class)->finalize (object);
}

static void
solar_figures_pack_class_init (SolarFiguresPackClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = solar_figures_pack_finalize;
}

static void
solar_figures_pack_init (SolarFiguresPack *self)
{
  self->figures = g_ptr_array_new_with_free_func ((GDestroyNotify)pack_figure_free);
}

static SolarFiguresPack *
pack_new (const char *file_name,
          GBytes     *bytes)
{
  SolarFiguresPack *self = g_object_new (SOLAR_TYPE_FIGURES_PACK, NULL);

  self->file_name = g_strdup (file_name);
  self->bytes = g_bytes_ref (bytes);
  return self;
}

/**
 * solar_figures_pack_new_from_bytes:
 * @dataset: the dataset it would add to, with the packs merged so far
 * @file_name: its name, in messages and on each point it adds
 *
 * Reads a pack. Nothing is merged yet: see solar_dataset_add_figures_pack().
 *
 * Returns: (transfer full) (nullable): the pack, or %NULL with @error (%SOLAR_JSON_ERROR)
 *   naming the file and the line:column or JSON path of the first problem
 */
SolarFiguresPack *
solar_figures_pack_new_from_bytes (SolarDataset  *dataset,
                                   GBytes        *bytes,
                                   const char    *file_name,
                                   GError       **error)
{
  g_autoptr(SolarFiguresPack) self = NULL;

  g_return_val_if_fail (SOLAR_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (bytes != NULL && file_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = pack_new (file_name, bytes);
  if (!solar_dataset_read_figures_pack (dataset, bytes, self, error))
    return NULL;
  return g_steal_pointer (&self);
}

/**
 * solar_figures_pack_new_unreadable:
 * @bytes: (nullable): what the file held, if it could be read at all
 * @error: why it is not a pack that can be added
 *
 * A stored pack that could not be read: listed with its reason, so the user can see why
 * its figures are missing and remove it.
 *
 * Returns: (transfer full): the pack, which adds nothing
 */
SolarFiguresPack *
solar_figures_pack_new_unreadable (const char   *file_name,
                                   GBytes       *bytes,
                                   const GError *error)
{
  g_autoptr(GBytes) empty = g_bytes_new (NULL, 0);
  SolarFiguresPack *self;

  g_return_val_if_fail (file_name != NULL && error != NULL, NULL);

  self = pack_new (file_name, bytes != NULL ? bytes : empty);
  self->error = g_error_copy (error);
  return self;
}

const char *
solar_figures_pack_get_file_name (SolarFiguresPack *self)
{
  g_return_val_if_fail (SOLAR_IS_FIGURES_PACK (self), NULL);
  return self->file_name;
}

/**
 * solar_figures_pack_get_title:
 *
 * Returns: (nullable): its title; %NULL if it could not be read
 */
const SolarText *
solar_figures_pack_get_title (SolarFiguresPack *self)
{
  g_return_val_if_fail (SOLAR_IS_FIGURES_PACK (self), NULL);
  return self->title;
}

/**
 * solar_figures_pack_get_error:
 *
 * Returns: (nullable): why the stored pack could not be read, or %NULL
 */
const GError *
solar_figures_pack_get_error (SolarFiguresPack *self)
{
  g_return_val_if_fail (SOLAR_IS_FIGURES_PACK (self), NULL);
  return self->error;
}

/**
 * solar_figures_pack_get_bytes:
 *
 * Returns: (transfer none): the file as it was read
 */
GBytes *
solar_figures_pack_get_bytes (SolarFiguresPack *self)
{
  g_return_val_if_fail (SOLAR_IS_FIGURES_PACK (self), NULL);
  return self->bytes;
}

/**
 * solar_figures_pack_get_n_figures:
 *
 * Returns: how many figures (dated points) it adds, over all the figures it adds to
 */
guint
solar_figures_pack_get_n_figures (SolarFiguresPack *self)
{
  guint n = 0;

  g_return_val_if_fail (SOLAR_IS_FIGURES_PACK (self), 0);

  for (guint i = 0; i < self->figures->len; i++)
    n += ((SolarPackFigure *)g_ptr_array_index (self->figures, i))->points->len;
  return n;
}

/**
 * solar_figures_pack_dup_sources:
 *
 * Returns: (transfer full): the sources its figures cite, as "Title, Publisher, date" and
 *   each once, in the order the figures cite them
 */
GStrv
solar_figures_pack_dup_sources (SolarFiguresPack *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  g_return_val_if_fail (SOLAR_IS_FIGURES_PACK (self), NULL);

  for (guint i = 0; i < self->figures->len; i++)
    {
      SolarPackFigure *figure = g_ptr_array_index (self->figures, i);

      for (guint j = 0; j < figure->points->len; j++)
        {
          SolarFigurePoint *point = g_ptr_array_index (figure->points, j);

          if (g_hash_table_add (seen, point->source))
            g_strv_builder_add (builder, point->source);
        }
    }
  return g_strv_builder_end (builder);
}

/**
 * solar_figures_pack_dup_figure_ids:
 *
 * Returns: (transfer full): "platform/figure" for each figure it adds to, in its order
 */
GStrv
solar_figures_pack_dup_figure_ids (SolarFiguresPack *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (SOLAR_IS_FIGURES_PACK (self), NULL);

  for (guint i = 0; i < self->figures->len; i++)
    {
      SolarPackFigure *figure = g_ptr_array_index (self->figures, i);

      g_autofree char *id = g_strdup_printf ("%s/%s", figure->platform_id, figure->figure_id);

      g_strv_builder_add (builder, id);
    }
  return g_strv_builder_end (builder);
}

/* Called by the reader once a figure's points are read and checked; takes @points. */
void
solar_figures_pack_add_figure (SolarFiguresPack *self,
                               const char       *platform_id,
                               const char       *figure_id,
                               GPtrArray        *points)
{
  SolarPackFigure *figure = g_new0 (SolarPackFigure, 1);

  figure->platform_id = g_strdup (platform_id);
  figure->figure_id = g_strdup (figure_id);
  figure->points = points;
  g_ptr_array_add (self->figures, figure);
}

static SolarFigure *
find_figure (SolarDataset    *dataset,
             SolarPackFigure *pack_figure)
{
  SolarPlatform *platform = solar_dataset_find_platform (dataset, pack_figure->platform_id);

  /* The pack was read against this dataset, which has no way to lose a figure. */
  g_assert (platform != NULL);
  return solar_platform_find_figure (platform, pack_figure->figure_id);
}

/* After every point dated the same or earlier: "2025" (a year) before "2025-09" (a month
 * of it), which is how the dates compare as text. */
static guint
find_place (GPtrArray  *later,
            const char *as_of)
{
  guint place = later->len;

  while (place > 0 &&
         strcmp (((SolarFigurePoint *)g_ptr_array_index (later, place - 1))->as_of, as_of) > 0)
    place--;
  return place;
}

/* Merges the points without telling anyone: for the folder, which may take one pack out
 * and put another in as one change. */
void
solar_figures_pack_merge (SolarFiguresPack *self,
                          SolarDataset     *dataset)
{
  g_return_if_fail (self->error == NULL);

  for (guint i = 0; i < self->figures->len; i++)
    {
      SolarPackFigure *pack_figure = g_ptr_array_index (self->figures, i);
      SolarFigure *figure = find_figure (dataset, pack_figure);

      g_assert (figure != NULL && figure->later != NULL);
      for (guint j = 0; j < pack_figure->points->len; j++)
        {
          SolarFigurePoint *point = g_ptr_array_index (pack_figure->points, j);

          g_ptr_array_insert (figure->later, find_place (figure->later, point->as_of),
                              solar_figure_point_copy (point));
        }
    }
}

void
solar_figures_pack_unmerge (SolarFiguresPack *self,
                            SolarDataset     *dataset)
{
  for (guint i = 0; i < self->figures->len; i++)
    {
      SolarFigure *figure = find_figure (dataset, g_ptr_array_index (self->figures, i));

      for (guint j = figure->later->len; j > 0; j--)
        {
          SolarFigurePoint *point = g_ptr_array_index (figure->later, j - 1);

          if (g_strcmp0 (point->pack, self->file_name) == 0)
            g_ptr_array_remove_index (figure->later, j - 1);
        }
    }
}

/**
 * solar_dataset_add_figures_pack:
 * @pack: a pack read against @dataset as it is now
 *
 * Adds the pack's points to their figures, in date order, and tells the dataset's
 * #SolarDataset::figures-changed listeners.
 */
void
solar_dataset_add_figures_pack (SolarDataset     *dataset,
                                SolarFiguresPack *pack)
{
  g_return_if_fail (SOLAR_IS_DATASET (dataset));
  g_return_if_fail (SOLAR_IS_FIGURES_PACK (pack));

  solar_figures_pack_merge (pack, dataset);
  g_signal_emit_by_name (dataset, "figures-changed");
}

/**
 * solar_dataset_remove_figures_pack:
 *
 * Takes out the points @pack added, and only those.
 */
void
solar_dataset_remove_figures_pack (SolarDataset     *dataset,
                                   SolarFiguresPack *pack)
{
  g_return_if_fail (SOLAR_IS_DATASET (dataset));
  g_return_if_fail (SOLAR_IS_FIGURES_PACK (pack));

  solar_figures_pack_unmerge (pack, dataset);
  g_signal_emit_by_name (dataset, "figures-changed");
}
