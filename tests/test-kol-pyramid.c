/* test-kol-pyramid.c: the roster counted and costed by tier and by platform
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "solar-kol-pyramid.h"

static void
add_kol (GListStore   *kols,
         const char   *name,
         const char   *platform_id,
         SolarKolTier  tier,
         double        followers,
         double        fee)
{
  g_autoptr(SolarKol) kol = solar_kol_new (name, platform_id, tier);

  solar_kol_set_followers (kol, followers);
  solar_kol_set_fee (kol, fee);
  g_list_store_append (kols, kol);
}

static void
test_tiers_and_platforms (void)
{
  g_autoptr(GListStore) kols = g_list_store_new (SOLAR_TYPE_KOL);
  g_autoptr(SolarKolPyramid) pyramid = NULL;
  const SolarKolTally *tally;

  add_kol (kols, "Star", "douyin", SOLAR_KOL_TIER_HEAD, 8000000, 300000);
  add_kol (kols, "Reviewer", "red", SOLAR_KOL_TIER_MID, 350000, 60000);
  for (int i = 0; i < 200; i++)
    add_kol (kols, "KOC", "red", SOLAR_KOL_TIER_KOC, 2000, 500);
  add_kol (kols, "Vlogger", "douyin", SOLAR_KOL_TIER_MICRO, 40000, 8000);

  pyramid = solar_kol_pyramid_new (G_LIST_MODEL (kols));

  tally = solar_kol_pyramid_get_total (pyramid);
  g_assert_cmpuint (tally->kols, ==, 203);
  g_assert_cmpfloat (tally->fees, ==, 300000 + 60000 + 200 * 500 + 8000);
  g_assert_cmpfloat (tally->followers, ==, 8000000 + 350000 + 200 * 2000 + 40000);

  g_assert_cmpuint (solar_kol_pyramid_get_tier (pyramid, SOLAR_KOL_TIER_HEAD)->kols, ==, 1);
  g_assert_cmpfloat (solar_kol_pyramid_get_tier (pyramid, SOLAR_KOL_TIER_HEAD)->fees, ==, 300000);
  g_assert_cmpuint (solar_kol_pyramid_get_tier (pyramid, SOLAR_KOL_TIER_MID)->kols, ==, 1);
  g_assert_cmpuint (solar_kol_pyramid_get_tier (pyramid, SOLAR_KOL_TIER_MICRO)->kols, ==, 1);
  g_assert_cmpuint (solar_kol_pyramid_get_tier (pyramid, SOLAR_KOL_TIER_KOC)->kols, ==, 200);
  g_assert_cmpfloat (solar_kol_pyramid_get_tier (pyramid, SOLAR_KOL_TIER_KOC)->fees, ==, 100000);

  /* In the order the roster first names them. */
  g_assert_cmpuint (solar_kol_pyramid_get_n_platforms (pyramid), ==, 2);
  tally = solar_kol_pyramid_get_platform (pyramid, 0);
  g_assert_cmpstr (tally->key, ==, "douyin");
  g_assert_cmpuint (tally->kols, ==, 2);
  g_assert_cmpfloat (tally->fees, ==, 308000);
  tally = solar_kol_pyramid_get_platform (pyramid, 1);
  g_assert_cmpstr (tally->key, ==, "red");
  g_assert_cmpuint (tally->kols, ==, 201);
  g_assert_cmpfloat (tally->fees, ==, 160000);
}

static void
test_empty_roster (void)
{
  g_autoptr(GListStore) kols = g_list_store_new (SOLAR_TYPE_KOL);
  g_autoptr(SolarKolPyramid) pyramid = solar_kol_pyramid_new (G_LIST_MODEL (kols));

  g_assert_cmpuint (solar_kol_pyramid_get_total (pyramid)->kols, ==, 0);
  g_assert_cmpfloat (solar_kol_pyramid_get_total (pyramid)->fees, ==, 0);
  g_assert_cmpuint (solar_kol_pyramid_get_n_platforms (pyramid), ==, 0);
  for (SolarKolTier tier = SOLAR_KOL_TIER_HEAD; tier <= SOLAR_KOL_TIER_KOC; tier++)
    g_assert_cmpuint (solar_kol_pyramid_get_tier (pyramid, tier)->kols, ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/kol-pyramid/tiers-and-platforms", test_tiers_and_platforms);
  g_test_add_func ("/kol-pyramid/empty", test_empty_roster);
  return g_test_run ();
}
