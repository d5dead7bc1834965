/* solar-kol.h: an influencer (key opinion leader or consumer) booked for a campaign
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  SOLAR_KOL_TIER_HEAD,
  SOLAR_KOL_TIER_MID,
  SOLAR_KOL_TIER_MICRO,
  SOLAR_KOL_TIER_KOC,
} SolarKolTier;

#define SOLAR_TYPE_KOL_TIER (solar_kol_tier_get_type ())
GType solar_kol_tier_get_type (void);

#define SOLAR_TYPE_KOL (solar_kol_get_type ())

G_DECLARE_FINAL_TYPE (SolarKol, solar_kol, SOLAR, KOL, GObject)

const char * const *solar_kol_tier_get_labels (void);

SolarKol     *solar_kol_new              (const char   *name,
                                          const char   *platform_id,
                                          SolarKolTier  tier);
const char   *solar_kol_get_name         (SolarKol     *self);
void          solar_kol_set_name         (SolarKol     *self,
                                          const char   *name);
const char   *solar_kol_get_platform_id  (SolarKol     *self);
void          solar_kol_set_platform_id  (SolarKol     *self,
                                          const char   *platform_id);
SolarKolTier  solar_kol_get_tier         (SolarKol     *self);
void          solar_kol_set_tier         (SolarKol     *self,
                                          SolarKolTier  tier);
double        solar_kol_get_followers    (SolarKol     *self);
void          solar_kol_set_followers    (SolarKol     *self,
                                          double        followers);
double        solar_kol_get_fee          (SolarKol     *self);
void          solar_kol_set_fee          (SolarKol     *self,
                                          double        fee);
const char   *solar_kol_get_deliverables (SolarKol     *self);
void          solar_kol_set_deliverables (SolarKol     *self,
                                          const char   *deliverables);
const char   *solar_kol_get_publish_date (SolarKol     *self);
void          solar_kol_set_publish_date (SolarKol     *self,
                                          const char   *publish_date);

G_END_DECLS
