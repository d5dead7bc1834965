/* solar-dataset.c: the platforms and landscape, and the questions the app asks of them
 *
 * The object only holds what solar-dataset-reader.c read and validated, and answers lookups:
 * by id, by position, which tribes a platform reaches and which platforms are alike.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-dataset"

#include "config.h"

#include "solar-dataset-private.h"
#include "solar-model-private.h"

#define RESOURCE_PREFIX "/io/github/socialsolar/SocialSolar/data/"

G_DEFINE_FINAL_TYPE (SolarDataset, solar_dataset, G_TYPE_OBJECT)

enum {
  FIGURES_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
solar_dataset_finalize (GObject *object)
{
  SolarDataset *self = (SolarDataset *)object;

  g_clear_pointer (&self->platforms_by_id, g_hash_table_unref);
  g_clear_pointer (&self->items_by_id, g_hash_table_unref);
  g_clear_object (&self->platforms);
  g_clear_object (&self->tribes);
  g_clear_object (&self->segments);
  g_clear_object (&self->trends);
  for (guint i = 0; i < G_N_ELEMENTS (self->tier_names); i++)
    {
      g_clear_pointer (&self->tier_names[i], solar_text_free);
      g_clear_pointer (&self->tier_descriptions[i], solar_text_free);
    }

  G_OBJECT_CLASS (solar_dataset_parent_class)->finalize (object);
}

static void
solar_dataset_class_init (SolarDatasetClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = solar_dataset_finalize;

  /**
   * SolarDataset::figures-changed:
   *
   * A figures pack was added or removed (solar-figures-pack.c): figures' later points
   * changed, and any point got before is gone. Otherwise the dataset never changes.
   */
  signals[FIGURES_CHANGED] =
    g_signal_new ("figures-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
solar_dataset_init (SolarDataset *self)
{
  self->platforms = g_list_store_new (SOLAR_TYPE_PLATFORM);
  self->tribes = g_list_store_new (SOLAR_TYPE_TRIBE);
  self->segments = g_list_store_new (SOLAR_TYPE_SEGMENT);
  self->trends = g_list_store_new (SOLAR_TYPE_TREND);
  self->platforms_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->items_by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

/**
 * solar_dataset_new_from_bytes:
 * @platforms_json: the contents of platforms.json
 * @platforms_name: its name in error messages
 * @landscape_json: the contents of landscape.json
 * @landscape_name: its name in error messages
 * @error: a location for a #GError in the %SOLAR_JSON_ERROR domain
 *
 * Returns: (transfer full) (nullable): the dataset, or %NULL with @error set to the first
 *   problem found, located by file and line:column or JSON path
 */
SolarDataset *
solar_dataset_new_from_bytes (GBytes      *platforms_json,
                              const char  *platforms_name,
                              GBytes      *landscape_json,
                              const char  *landscape_name,
                              GError     **error)
{
  g_autoptr(SolarDataset) self = NULL;

  g_return_val_if_fail (platforms_json != NULL && platforms_name != NULL, NULL);
  g_return_val_if_fail (landscape_json != NULL && landscape_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (SOLAR_TYPE_DATASET, NULL);
  if (!solar_dataset_read (self, platforms_json, platforms_name,
                           landscape_json, landscape_name, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * solar_dataset_load_default:
 *
 * Loads the dataset shipped in the application's resources.
 *
 * Returns: (transfer full) (nullable): the dataset
 */
SolarDataset *
solar_dataset_load_default (GError **error)
{
  g_autoptr(GBytes) platforms = NULL;
  g_autoptr(GBytes) landscape = NULL;

  platforms = g_resources_lookup_data (RESOURCE_PREFIX "platforms.json", 0, error);
  if (platforms == NULL)
    return NULL;
  landscape = g_resources_lookup_data (RESOURCE_PREFIX "landscape.json", 0, error);
  if (landscape == NULL)
    return NULL;

  return solar_dataset_new_from_bytes (platforms, "platforms.json",
                                       landscape, "landscape.json", error);
}

GListModel *
solar_dataset_get_platforms (SolarDataset *self)
{
  g_return_val_if_fail (SOLAR_IS_DATASET (self), NULL);
  return G_LIST_MODEL (self->platforms);
}

GListModel *
solar_dataset_get_tribes (SolarDataset *self)
{
  g_return_val_if_fail (SOLAR_IS_DATASET (self), NULL);
  return G_LIST_MODEL (self->tribes);
}

GListModel *
solar_dataset_get_segments (SolarDataset *self)
{
  g_return_val_if_fail (SOLAR_IS_DATASET (self), NULL);
  return G_LIST_MODEL (self->segments);
}

GListModel *
solar_dataset_get_trends (SolarDataset *self)
{
  g_return_val_if_fail (SOLAR_IS_DATASET (self), NULL);
  return G_LIST_MODEL (self->trends);
}

SolarPlatform *
solar_dataset_find_platform (SolarDataset *self,
                             const char   *platform_id)
{
  g_return_val_if_fail (SOLAR_IS_DATASET (self), NULL);
  g_return_val_if_fail (platform_id != NULL, NULL);
  return g_hash_table_lookup (self->platforms_by_id, platform_id);
}

SolarItem *
solar_dataset_find_item (SolarDataset *self,
                         const char   *item_id)
{
  g_return_val_if_fail (SOLAR_IS_DATASET (self), NULL);
  g_return_val_if_fail (item_id != NULL, NULL);
  return g_hash_table_lookup (self->items_by_id, item_id);
}

const SolarText *
solar_dataset_get_tier_name (SolarDataset *self,
                             SolarTier     tier)
{
  g_return_val_if_fail (SOLAR_IS_DATASET (self), NULL);
  g_return_val_if_fail (tier < SOLAR_N_TIERS, NULL);
  return self->tier_names[tier];
}

const SolarText *
solar_dataset_get_tier_description (SolarDataset *self,
                                    SolarTier     tier)
{
  g_return_val_if_fail (SOLAR_IS_DATASET (self), NULL);
  g_return_val_if_fail (tier < SOLAR_N_TIERS, NULL);
  return self->tier_descriptions[tier];
}

guint
solar_dataset_get_platform_index (SolarDataset  *self,
                                  SolarPlatform *platform)
{
  guint position = G_MAXUINT;

  g_return_val_if_fail (SOLAR_IS_DATASET (self), G_MAXUINT);
  g_return_val_if_fail (SOLAR_IS_PLATFORM (platform), G_MAXUINT);

  g_list_store_find (self->platforms, platform, &position);
  return position;
}

static gboolean
tribe_links (SolarTribe *tribe,
             guint       platform_index)
{
  for (guint i = 0; i < tribe->platform_indices->len; i++)
    if (g_array_index (tribe->platform_indices, guint, i) == platform_index)
      return TRUE;
  return FALSE;
}

/**
 * solar_dataset_list_tribes_of:
 *
 * Returns: (transfer container) (element-type SolarTribe): the tribes and subcultures the
 *   influencer tunnel links @platform to
 */
GPtrArray *
solar_dataset_list_tribes_of (SolarDataset  *self,
                              SolarPlatform *platform)
{
  GPtrArray *tribes = g_ptr_array_new_with_free_func (g_object_unref);
  guint index;

  g_return_val_if_fail (SOLAR_IS_DATASET (self), tribes);
  g_return_val_if_fail (SOLAR_IS_PLATFORM (platform), tribes);

  index = solar_dataset_get_platform_index (self, platform);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->tribes)); i++)
    {
      g_autoptr(SolarTribe) tribe = g_list_model_get_item (G_LIST_MODEL (self->tribes), i);

      if (tribe_links (tribe, index))
        g_ptr_array_add (tribes, g_steal_pointer (&tribe));
    }
  return tribes;
}

static GHashTable *
collect_tags (SolarPlatform *platform)
{
  GHashTable *tags = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *items = G_LIST_MODEL (platform->items);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(SolarItem) item = g_list_model_get_item (items, i);

      for (guint j = 0; item->tags[j] != NULL; j++)
        g_hash_table_add (tags, item->tags[j]);
    }
  return tags;
}

typedef struct
{
  SolarPlatform *platform;
  guint          score;
} Similarity;

static int
compare_similarity (gconstpointer a,
                    gconstpointer b)
{
  return (int)((const Similarity *)b)->score - (int)((const Similarity *)a)->score;
}

/* Platforms are alike when influencers link them to the same tribes (which weighs most),
 * when brands use them for the same things (shared item tags) and when they share a tier. */
static guint
similarity (SolarDataset  *self,
            SolarPlatform *a,
            SolarPlatform *b,
            GHashTable    *a_tags)
{
  g_autoptr(GHashTable) b_tags = collect_tags (b);
  guint a_index = solar_dataset_get_platform_index (self, a);
  guint b_index = solar_dataset_get_platform_index (self, b);
  GHashTableIter iter;
  gpointer tag;
  guint score = a->tier == b->tier ? 1 : 0;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->tribes)); i++)
    {
      g_autoptr(SolarTribe) tribe = g_list_model_get_item (G_LIST_MODEL (self->tribes), i);

      if (tribe_links (tribe, a_index) && tribe_links (tribe, b_index))
        score += 3;
    }

  g_hash_table_iter_init (&iter, a_tags);
  while (g_hash_table_iter_next (&iter, &tag, NULL))
    score += g_hash_table_contains (b_tags, tag);

  return score;
}

/**
 * solar_dataset_list_similar_platforms:
 * @max: how many to return at most
 *
 * Returns: (transfer container) (element-type SolarPlatform): the platforms most like
 *   @platform, most alike first
 */
GPtrArray *
solar_dataset_list_similar_platforms (SolarDataset  *self,
                                      SolarPlatform *platform,
                                      guint          max)
{
  GPtrArray *similar = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) scores = g_array_new (FALSE, FALSE, sizeof (Similarity));
  g_autoptr(GHashTable) tags = NULL;
  guint n;

  g_return_val_if_fail (SOLAR_IS_DATASET (self), similar);
  g_return_val_if_fail (SOLAR_IS_PLATFORM (platform), similar);

  tags = collect_tags (platform);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->platforms));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SolarPlatform) other = g_list_model_get_item (G_LIST_MODEL (self->platforms), i);
      Similarity entry = { other, 0 };

      if (other == platform)
        continue;
      entry.score = similarity (self, platform, other, tags);
      if (entry.score > 1)
        g_array_append_val (scores, entry);
    }

  /* Stable for equal scores, so the dataset's order breaks ties. */
  g_array_sort (scores, compare_similarity);
  for (guint i = 0; i < scores->len && i < max; i++)
    g_ptr_array_add (similar, g_object_ref (g_array_index (scores, Similarity, i).platform));
  return similar;
}
