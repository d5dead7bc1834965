/* solar-figure.h: one published figure of a platform (value, unit, as-of, source)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "solar-text.h"

G_BEGIN_DECLS

typedef enum
{
  SOLAR_UNIT_PEOPLE,
  SOLAR_UNIT_PERCENT,
  SOLAR_UNIT_MINUTES_PER_DAY,
  SOLAR_UNIT_COUNT,
} SolarUnit;

/* What a count of people counts, where the data says: only figures of the same measure can
 * size the diagram's bodies against each other. */
typedef enum
{
  SOLAR_MEASURE_UNSPECIFIED,
  SOLAR_MEASURE_MONTHLY_ACTIVE_USERS,
  SOLAR_MEASURE_DAILY_ACTIVE_USERS,
  SOLAR_MEASURE_SUBSCRIBERS,
} SolarMeasure;

/* The same measure later, from a published source: a point of the figure's history. */
typedef struct
{
  double     value;
  SolarMeasure measure;  /* the figure's, unless the source counts something else */
  char      *as_of;      /* YYYY, YYYY-MM or YYYY-MM-DD */
  SolarText *metric;     /* nullable: what the source counts, where it differs from the label */
  char      *source;     /* "Title, Publisher, date": the source as a reader finds it */
  char      *url;
  char      *quote;      /* the source's own words, the figure in them */
  SolarText *note;       /* nullable */
  char      *pack;       /* nullable: the file name of the figures pack it came from */
  SolarText *pack_title; /* nullable: that pack's title, for telling shipped from imported */
} SolarFigurePoint;

#define SOLAR_TYPE_FIGURE (solar_figure_get_type ())

G_DECLARE_FINAL_TYPE (SolarFigure, solar_figure, SOLAR, FIGURE, GObject)

const char      *solar_figure_get_id           (SolarFigure *self);
const SolarText *solar_figure_get_label        (SolarFigure *self);
double           solar_figure_get_value        (SolarFigure *self);
SolarUnit        solar_figure_get_unit         (SolarFigure *self);
const char      *solar_figure_get_as_of        (SolarFigure *self);
const char      *solar_figure_get_source_title (SolarFigure *self);
const SolarText *solar_figure_get_note         (SolarFigure *self);
char            *solar_figure_format_value     (SolarFigure *self);
guint            solar_figure_get_n_later      (SolarFigure *self);
const SolarFigurePoint *solar_figure_get_later (SolarFigure *self,
                                                guint        index);
const SolarText *solar_figure_get_later_note   (SolarFigure *self);
SolarMeasure     solar_figure_get_measure      (SolarFigure *self);
gboolean         solar_figure_is_from_report   (SolarFigure *self);
const char      *solar_figure_get_url          (SolarFigure *self);
const char      *solar_figure_get_quote        (SolarFigure *self);
char            *solar_format_as_of            (const char  *as_of);
char            *solar_format_quantity         (double       value,
                                                SolarUnit    unit);

G_END_DECLS
