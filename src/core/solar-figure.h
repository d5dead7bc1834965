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
char            *solar_format_as_of            (const char  *as_of);
char            *solar_format_quantity         (double       value,
                                                SolarUnit    unit);

G_END_DECLS
