/* solar-search.c: one search over platforms, their items, trends, tribes and creator segments
 *
 * Every word of the query must appear, in English or Chinese, case and accents aside, in the
 * title, the text or the tags of what is found. Titles weigh more than text, so "OOTD" lists
 * RED's #OOTD content before anything that merely mentions outfits.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-search"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "solar-model-private.h"
#include "solar-search.h"

#define SCORE_TITLE 10
#define SCORE_TEXT  1

void
solar_hit_free (SolarHit *hit)
{
  if (hit == NULL)
    return;
  g_clear_object (&hit->object);
  g_clear_object (&hit->platform);
  g_free (hit);
}

const char *
solar_hit_kind_to_string (SolarHitKind kind)
{
  switch (kind)
    {
    case SOLAR_HIT_PLATFORM:   return _("Platforms");
    case SOLAR_HIT_FUNCTION:   return _("Functions");
    case SOLAR_HIT_CONTENT:    return _("Content That Works");
    case SOLAR_HIT_OTHER_ITEM: return _("Levers, Formats and Tips");
    case SOLAR_HIT_TREND:      return _("Gen Z Trends");
    case SOLAR_HIT_TRIBE:      return _("Tribes and Subcultures");
    case SOLAR_HIT_SEGMENT:    return _("Content Creators");
    case SOLAR_N_HIT_KINDS:
    default:                   g_assert_not_reached ();
    }
}

/* Folded once per text: lower case, and compatibility forms unified (full-width Ａ → a). */
static char *
fold (const char *text)
{
  g_autofree char *normalized = NULL;

  if (text == NULL)
    return NULL;
  normalized = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);
  return normalized ? g_utf8_casefold (normalized, -1) : NULL;
}

static gboolean
text_contains (const SolarText *text,
               const char      *word)
{
  g_autofree char *en = NULL;
  g_autofree char *zh = NULL;

  if (text == NULL)
    return FALSE;
  en = fold (text->en);
  zh = fold (text->zh);
  return (en && strstr (en, word)) || (zh && strstr (zh, word));
}

static gboolean
tags_contain (const char * const *tags,
              const char         *word)
{
  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    if (strstr (tags[i], word))
      return TRUE;
  return FALSE;
}

/* The score of one object for all @words, or 0 if a word is missing from it. */
static guint
score_words (GStrv               words,
             const SolarText    *title,
             const SolarText    *title_alt,
             const SolarText    *text,
             const char * const *tags)
{
  guint score = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (text_contains (title, words[i]) || text_contains (title_alt, words[i]))
        score += SCORE_TITLE;
      else if (text_contains (text, words[i]) || tags_contain (tags, words[i]))
        score += SCORE_TEXT;
      else
        return 0;
    }
  return score;
}

static void
add_hit (GPtrArray     *hits,
         SolarHitKind   kind,
         gpointer       object,
         SolarPlatform *platform,
         guint          score)
{
  SolarHit *hit;

  if (score == 0)
    return;
  hit = g_new0 (SolarHit, 1);
  hit->kind = kind;
  hit->object = g_object_ref (object);
  hit->platform = platform ? g_object_ref (platform) : NULL;
  hit->score = score;
  g_ptr_array_add (hits, hit);
}

static SolarHitKind
item_hit_kind (SolarItem *item)
{
  switch (item->kind)
    {
    case SOLAR_ITEM_FUNCTION: return SOLAR_HIT_FUNCTION;
    case SOLAR_ITEM_CONTENT:  return SOLAR_HIT_CONTENT;
    case SOLAR_ITEM_LEVER:
    case SOLAR_ITEM_FORMAT:
    case SOLAR_ITEM_TIP:
    default:                  return SOLAR_HIT_OTHER_ITEM;
    }
}

static void
search_platforms (SolarDataset *dataset,
                  GStrv         words,
                  GPtrArray    *hits)
{
  GListModel *platforms = solar_dataset_get_platforms (dataset);

  for (guint i = 0; i < g_list_model_get_n_items (platforms); i++)
    {
      g_autoptr(SolarPlatform) platform = g_list_model_get_item (platforms, i);
      GListModel *items = G_LIST_MODEL (platform->items);

      add_hit (hits, SOLAR_HIT_PLATFORM, platform, NULL,
               score_words (words, platform->name, platform->positioning, platform->summary, NULL));

      for (guint j = 0; j < g_list_model_get_n_items (items); j++)
        {
          g_autoptr(SolarItem) item = g_list_model_get_item (items, j);

          add_hit (hits, item_hit_kind (item), item, platform,
                   score_words (words, item->title, NULL, item->description,
                                (const char * const *)item->tags));
        }
    }
}

static void
search_landscape (SolarDataset *dataset,
                  GStrv         words,
                  GPtrArray    *hits)
{
  GListModel *trends = solar_dataset_get_trends (dataset);
  GListModel *tribes = solar_dataset_get_tribes (dataset);
  GListModel *segments = solar_dataset_get_segments (dataset);

  for (guint i = 0; i < g_list_model_get_n_items (trends); i++)
    {
      g_autoptr(SolarTrend) trend = g_list_model_get_item (trends, i);

      add_hit (hits, SOLAR_HIT_TREND, trend, NULL,
               score_words (words, trend->title, NULL, trend->description, NULL));
    }
  for (guint i = 0; i < g_list_model_get_n_items (tribes); i++)
    {
      g_autoptr(SolarTribe) tribe = g_list_model_get_item (tribes, i);

      add_hit (hits, SOLAR_HIT_TRIBE, tribe, NULL,
               score_words (words, tribe->name, NULL, tribe->description, NULL));
    }
  for (guint i = 0; i < g_list_model_get_n_items (segments); i++)
    {
      g_autoptr(SolarSegment) segment = g_list_model_get_item (segments, i);

      add_hit (hits, SOLAR_HIT_SEGMENT, segment, NULL,
               score_words (words, segment->name, NULL, segment->description, NULL));
    }
}

static int
compare_hits (gconstpointer a,
              gconstpointer b)
{
  const SolarHit *x = *(const SolarHit * const *)a;
  const SolarHit *y = *(const SolarHit * const *)b;

  if (x->kind != y->kind)
    return (int)x->kind - (int)y->kind;
  return (int)y->score - (int)x->score;
}

/* Splits folded text into its words; "#OOTD" and "OOTD" are the same word. */
static GStrv
split_words (char *folded)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) parts = NULL;

  g_strdelimit (folded, "#,;\t\n", ' ');
  parts = g_strsplit (folded, " ", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (*parts[i] != '\0')
      g_strv_builder_add (builder, parts[i]);
  return g_strv_builder_end (builder);
}

/**
 * solar_search:
 * @dataset: what to search
 * @query: words, in English or Chinese
 *
 * Returns: (transfer full) (element-type SolarHit): the hits, grouped by kind in the order
 *   of #SolarHitKind and best first within a kind; empty for an empty query
 */
GPtrArray *
solar_search (SolarDataset *dataset,
              const char   *query)
{
  GPtrArray *hits = g_ptr_array_new_with_free_func ((GDestroyNotify)solar_hit_free);
  g_autofree char *folded = NULL;
  g_auto(GStrv) words = NULL;

  g_return_val_if_fail (SOLAR_IS_DATASET (dataset), hits);

  folded = fold (query);
  if (folded == NULL)
    return hits;
  words = split_words (folded);
  if (words[0] == NULL)
    return hits;

  search_platforms (dataset, words, hits);
  search_landscape (dataset, words, hits);
  g_ptr_array_sort (hits, compare_hits);
  return hits;
}
