/* solar-plan-overlay.c: what a campaign plan does with each platform, for the drawing
 *
 * One place computes it, so the screen and the exported pictures show the same shares.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-plan-overlay"

#include "config.h"

#include "solar-plan-overlay.h"

/**
 * solar_plan_overlay_new:
 * @dataset: the platforms, in the order the drawing uses
 * @campaign: the plan
 *
 * Returns: (transfer full): each platform's share of the plan's budget and whether the
 *   plan uses it, by platform index
 */
SolarPlanOverlay *
solar_plan_overlay_new (SolarDataset  *dataset,
                        SolarCampaign *campaign)
{
  GListModel *platforms;
  SolarPlanOverlay *overlay;
  double *shares;
  gboolean *used;
  guint n;

  g_return_val_if_fail (SOLAR_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (SOLAR_IS_CAMPAIGN (campaign), NULL);

  platforms = solar_dataset_get_platforms (dataset);
  n = g_list_model_get_n_items (platforms);
  shares = g_new0 (double, MAX (n, 1));
  used = g_new0 (gboolean, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SolarPlatform) platform = g_list_model_get_item (platforms, i);
      const char *id = solar_platform_get_id (platform);

      used[i] = solar_campaign_find_platform (campaign, id) != NULL;
      shares[i] = used[i] ? solar_campaign_get_platform_share (campaign, id) : 0;
    }

  overlay = g_new0 (SolarPlanOverlay, 1);
  overlay->n_platforms = n;
  overlay->shares = shares;
  overlay->used = used;
  return overlay;
}

void
solar_plan_overlay_free (SolarPlanOverlay *overlay)
{
  if (overlay == NULL)
    return;
  g_free ((gpointer)overlay->shares);
  g_free ((gpointer)overlay->used);
  g_free (overlay);
}
