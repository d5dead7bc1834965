/* solar-kol-pyramid.h: a plan's KOLs counted and costed by tier and by platform
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "solar-kol.h"

G_BEGIN_DECLS

/* How many KOLs one part of the roster has, and what they cost. */
typedef struct
{
  const char *key;       /* a platform id, or NULL for a tier and the whole roster */
  guint       kols;
  double      fees;
  double      followers;
} SolarKolTally;

typedef struct _SolarKolPyramid SolarKolPyramid;

SolarKolPyramid     *solar_kol_pyramid_new             (GListModel      *kols);
void                 solar_kol_pyramid_free            (SolarKolPyramid *self);
const SolarKolTally *solar_kol_pyramid_get_total       (SolarKolPyramid *self);
const SolarKolTally *solar_kol_pyramid_get_tier        (SolarKolPyramid *self,
                                                        SolarKolTier     tier);
guint                solar_kol_pyramid_get_n_platforms (SolarKolPyramid *self);
const SolarKolTally *solar_kol_pyramid_get_platform    (SolarKolPyramid *self,
                                                        guint            position);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SolarKolPyramid, solar_kol_pyramid_free)

G_END_DECLS
