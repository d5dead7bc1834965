/* solar-model-private.h: the fields of the dataset's objects, filled in by the loader only
 *
 * The objects are immutable once loaded, so the rest of the program sees getters only.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "solar-platform.h"
#include "solar-landscape.h"
#include "solar-citation.h"

G_BEGIN_DECLS

struct _SolarFigure
{
  GObject    parent_instance;
  char      *id;
  SolarText *label;
  double     value;
  SolarUnit  unit;
  char      *as_of;
  char      *source_title;
  char      *url;          /* nullable: the report has none */
  char      *quote;        /* nullable: the words of a source other than the report */
  gboolean   from_report;
  SolarMeasure measure;
  SolarText *note;
  GPtrArray *later;        /* of SolarFigurePoint, by date; nullable */
  SolarText *later_note;   /* why there is no later figure, or what differs; nullable */
};

void              solar_figure_point_free (SolarFigurePoint       *point);
SolarFigurePoint *solar_figure_point_copy (const SolarFigurePoint *point);

struct _SolarItem
{
  GObject        parent_instance;
  char          *id;
  char          *platform_id;
  SolarItemKind  kind;
  SolarChannel   channel;
  SolarText     *title;
  SolarText     *description;
  GStrv          tags;
  GStrv          replaces;     /* ids of items merged into this one, still found by them */
  SolarCitation *citation;     /* nullable: the report, unless a later source is named */
};

struct _SolarPlatform
{
  GObject        parent_instance;
  char          *id;
  SolarText     *name;
  SolarTier      tier;
  SolarColor     color;
  SolarText     *positioning;
  SolarText     *summary;
  SolarText     *function_headings;  /* nullable: the report's headings over the functions */
  GListStore    *figures;
  SolarFigure   *size_figure;
  SolarAudience *audience;
  GListStore    *items;
  GArray        *citations;    /* of SolarCitation: what a platform not in the report rests on */
};

struct _SolarTribe
{
  GObject         parent_instance;
  char           *id;
  SolarTribeKind  kind;
  SolarText      *name;
  SolarText      *description;
  SolarText      *note;
  GArray         *platform_indices;
};

struct _SolarSegment
{
  GObject    parent_instance;
  char      *id;
  SolarText *name;
  SolarText *description;
  double     size;
  char      *source_title;
};

struct _SolarTrend
{
  GObject    parent_instance;
  char      *id;
  SolarText *title;
  SolarText *description;
};

void solar_audience_free (SolarAudience *audience);
void solar_share_free    (SolarShare    *share);

G_END_DECLS
