/* fuzz-campaign.c: the plan loader against whatever bytes libFuzzer invents
 *
 * The same function the app, the command line and recent files use. Whatever it accepts
 * must also save, and the saved bytes must load again to the same bytes: a plan the app
 * can open is a plan the app can keep.
 *
 * Build with -Dfuzzing=true (clang); without it, fuzz-replay runs the seed corpus as a test.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "solar-campaign-io.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(SolarCampaign) campaign = NULL;
  g_autoptr(SolarCampaign) again = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) saved_again = NULL;
  g_autoptr(GError) error = NULL;

  campaign = solar_campaign_new_from_bytes (bytes, "fuzz.campaign.json", &error);
  if (campaign == NULL)
    {
      /* Every refusal explains itself, naming the file. */
      g_assert (error != NULL && g_str_has_prefix (error->message, "fuzz.campaign.json"));
      return 0;
    }

  saved = solar_campaign_to_bytes (campaign);
  again = solar_campaign_new_from_bytes (saved, "saved.campaign.json", &error);
  g_assert (again != NULL);
  saved_again = solar_campaign_to_bytes (again);
  g_assert (g_bytes_equal (saved, saved_again));
  return 0;
}
