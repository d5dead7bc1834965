/* solar-kol-pyramid.c: a plan's KOLs counted and costed by tier and by platform
 *
 * The "KOL pyramid" is what a planner checks first in a roster: a few head KOLs on top,
 * more mid-tier and micro ones below, a wide base of KOCs, and what each layer costs
 * against the budget. Platforms are listed in the order the roster first names them, so
 * the summary reads in the plan's own order. One pass over the roster: a thousand KOLs
 * take microseconds, so it is simply made again after a change.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-kol-pyramid"

#include "config.h"

#include "solar-kol-pyramid.h"

#define N_TIERS (SOLAR_KOL_TIER_KOC + 1)

struct _SolarKolPyramid
{
  SolarKolTally  total;
  SolarKolTally  tiers[N_TIERS];
  GArray        *platforms;   /* of SolarKolTally, keys owned by ids */
  GPtrArray     *ids;         /* the platform ids, owned */
};

static void
count (SolarKolTally *tally,
       SolarKol      *kol)
{
  tally->kols++;
  tally->fees += solar_kol_get_fee (kol);
  tally->followers += solar_kol_get_followers (kol);
}

static SolarKolTally *
platform_tally (SolarKolPyramid *self,
                GHashTable      *positions,
                const char      *platform_id)
{
  gpointer position;

  if (!g_hash_table_lookup_extended (positions, platform_id, NULL, &position))
    {
      SolarKolTally tally = { NULL, 0, 0, 0 };
      char *id = g_strdup (platform_id);

      g_ptr_array_add (self->ids, id);
      tally.key = id;
      g_array_append_val (self->platforms, tally);
      position = GUINT_TO_POINTER (self->platforms->len - 1);
      g_hash_table_insert (positions, id, position);
    }
  return &g_array_index (self->platforms, SolarKolTally, GPOINTER_TO_UINT (position));
}

/**
 * solar_kol_pyramid_new:
 * @kols: a #GListModel of #SolarKol
 *
 * Returns: (transfer full): the roster's tallies as it is now
 */
SolarKolPyramid *
solar_kol_pyramid_new (GListModel *kols)
{
  SolarKolPyramid *self;
  g_autoptr(GHashTable) positions = NULL;
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (kols), NULL);

  self = g_new0 (SolarKolPyramid, 1);
  positions = g_hash_table_new (g_str_hash, g_str_equal);
  self->platforms = g_array_new (FALSE, TRUE, sizeof (SolarKolTally));
  self->ids = g_ptr_array_new_with_free_func (g_free);
  n = g_list_model_get_n_items (kols);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SolarKol) kol = g_list_model_get_item (kols, i);
      SolarKolTier tier = solar_kol_get_tier (kol);
      const char *platform_id = solar_kol_get_platform_id (kol);

      count (&self->total, kol);
      if ((guint)tier < N_TIERS)
        count (&self->tiers[tier], kol);
      count (platform_tally (self, positions, platform_id != NULL ? platform_id : ""), kol);
    }
  return self;
}

void
solar_kol_pyramid_free (SolarKolPyramid *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->platforms);
  g_ptr_array_unref (self->ids);
  g_free (self);
}

const SolarKolTally *
solar_kol_pyramid_get_total (SolarKolPyramid *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return &self->total;
}

const SolarKolTally *
solar_kol_pyramid_get_tier (SolarKolPyramid *self,
                            SolarKolTier     tier)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail ((guint)tier < N_TIERS, NULL);

  return &self->tiers[tier];
}

guint
solar_kol_pyramid_get_n_platforms (SolarKolPyramid *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->platforms->len;
}

/**
 * solar_kol_pyramid_get_platform:
 *
 * Returns: (transfer none): the tally of the @position-th platform the roster names, its
 *   key the platform's id ("" for KOLs with no platform)
 */
const SolarKolTally *
solar_kol_pyramid_get_platform (SolarKolPyramid *self,
                                guint            position)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (position < self->platforms->len, NULL);

  return &g_array_index (self->platforms, SolarKolTally, position);
}
