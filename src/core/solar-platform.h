/* solar-platform.h: one social platform of the solar system
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "solar-citation.h"
#include "solar-figure.h"
#include "solar-item.h"
#include "solar-text.h"

G_BEGIN_DECLS

typedef enum
{
  SOLAR_TIER_CORE,
  SOLAR_TIER_DERIVATIVE,
  /* A platform the report does not cover, written from later sources: no tier of its own. */
  SOLAR_TIER_NOT_IN_REPORT,
} SolarTier;

#define SOLAR_N_TIERS (SOLAR_TIER_NOT_IN_REPORT + 1)

typedef struct
{
  double red;
  double green;
  double blue;
} SolarColor;

typedef struct
{
  char      *id;
  SolarText *label;
  double     share;   /* percent */
} SolarShare;

typedef struct
{
  char      *as_of;
  char      *source_title;
  SolarText *note;    /* may be NULL */
  GPtrArray *split;   /* of SolarShare */
} SolarAudience;

/* The newest figure of one measure a platform has: the report's or a later one. */
typedef struct
{
  double                  value;
  const char             *as_of;          /* nullable: undated */
  gboolean                since_report;   /* from a source other than the report */
  SolarFigure            *figure;
  const SolarFigurePoint *point;          /* nullable: the figure itself */
} SolarFigureReading;

#define SOLAR_TYPE_PLATFORM (solar_platform_get_type ())

G_DECLARE_FINAL_TYPE (SolarPlatform, solar_platform, SOLAR, PLATFORM, GObject)

const char          *solar_platform_get_id             (SolarPlatform *self);
const SolarText     *solar_platform_get_name           (SolarPlatform *self);
SolarTier            solar_platform_get_tier           (SolarPlatform *self);
const SolarColor    *solar_platform_get_color          (SolarPlatform *self);
const SolarText     *solar_platform_get_positioning    (SolarPlatform *self);
const SolarText     *solar_platform_get_summary        (SolarPlatform *self);
const SolarText     *solar_platform_get_function_headings (SolarPlatform *self);
GListModel          *solar_platform_get_figures        (SolarPlatform *self);
SolarFigure         *solar_platform_get_size_figure    (SolarPlatform *self);
SolarFigure         *solar_platform_find_figure        (SolarPlatform *self,
                                                        const char    *figure_id);
const SolarAudience *solar_platform_get_audience       (SolarPlatform *self);
GListModel          *solar_platform_get_items          (SolarPlatform *self);
char                *solar_platform_describe_key_figure (SolarPlatform *self);
char                *solar_platform_dup_accessible_name (SolarPlatform *self);
gboolean             solar_platform_is_in_report       (SolarPlatform *self);
guint                solar_platform_get_n_citations    (SolarPlatform *self);
const SolarCitation *solar_platform_get_citation       (SolarPlatform *self,
                                                        guint          index);
gboolean             solar_platform_find_newest        (SolarPlatform      *self,
                                                        SolarMeasure        measure,
                                                        SolarFigureReading *reading);
const char          *solar_tier_to_string              (SolarTier      tier);

G_END_DECLS
