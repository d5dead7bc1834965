/* solar-figure.c: one published figure of a platform (value, unit, as-of, source)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-figure"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdio.h>

#include "solar-model-private.h"

G_DEFINE_FINAL_TYPE (SolarFigure, solar_figure, G_TYPE_OBJECT)

static void
solar_figure_finalize (GObject *object)
{
  SolarFigure *self = (SolarFigure *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->label, solar_text_free);
  g_clear_pointer (&self->as_of, g_free);
  g_clear_pointer (&self->source_title, g_free);
  g_clear_pointer (&self->url, g_free);
  g_clear_pointer (&self->quote, g_free);
  g_clear_pointer (&self->note, solar_text_free);
  g_clear_pointer (&self->later, g_ptr_array_unref);
  g_clear_pointer (&self->later_note, solar_text_free);

  G_OBJECT_CLASS (solar_figure_parent_class)->finalize (object);
}

static void
solar_figure_class_init (SolarFigureClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = solar_figure_finalize;
}

static void
solar_figure_init (SolarFigure *self)
{
}

const char *
solar_figure_get_id (SolarFigure *self)
{
  g_return_val_if_fail (SOLAR_IS_FIGURE (self), NULL);
  return self->id;
}

const SolarText *
solar_figure_get_label (SolarFigure *self)
{
  g_return_val_if_fail (SOLAR_IS_FIGURE (self), NULL);
  return self->label;
}

double
solar_figure_get_value (SolarFigure *self)
{
  g_return_val_if_fail (SOLAR_IS_FIGURE (self), 0.0);
  return self->value;
}

SolarUnit
solar_figure_get_unit (SolarFigure *self)
{
  g_return_val_if_fail (SOLAR_IS_FIGURE (self), SOLAR_UNIT_COUNT);
  return self->unit;
}

const char *
solar_figure_get_as_of (SolarFigure *self)
{
  g_return_val_if_fail (SOLAR_IS_FIGURE (self), NULL);
  return self->as_of;
}

const char *
solar_figure_get_source_title (SolarFigure *self)
{
  g_return_val_if_fail (SOLAR_IS_FIGURE (self), NULL);
  return self->source_title;
}

const SolarText *
solar_figure_get_note (SolarFigure *self)
{
  g_return_val_if_fail (SOLAR_IS_FIGURE (self), NULL);
  return self->note;
}

void
solar_figure_point_free (SolarFigurePoint *point)
{
  g_free (point->as_of);
  g_clear_pointer (&point->metric, solar_text_free);
  g_free (point->source);
  g_free (point->url);
  g_free (point->quote);
  g_clear_pointer (&point->note, solar_text_free);
  g_free (point->pack);
  g_clear_pointer (&point->pack_title, solar_text_free);
  g_free (point);
}

static SolarText *
copy_text (const SolarText *text)
{
  return text != NULL ? solar_text_new (text->en, text->zh) : NULL;
}

/* A figures pack keeps its own points, so that it can be removed and put back, and the
 * figure gets copies; a member added to the point belongs here too. */
SolarFigurePoint *
solar_figure_point_copy (const SolarFigurePoint *point)
{
  SolarFigurePoint *copy = g_memdup2 (point, sizeof *point);

  copy->as_of = g_strdup (point->as_of);
  copy->metric = copy_text (point->metric);
  copy->source = g_strdup (point->source);
  copy->url = g_strdup (point->url);
  copy->quote = g_strdup (point->quote);
  copy->note = copy_text (point->note);
  copy->pack = g_strdup (point->pack);
  copy->pack_title = copy_text (point->pack_title);
  return copy;
}

/**
 * solar_figure_get_n_later:
 *
 * Returns: how many later figures of the same measure the data has (none for most of the
 *   report's)
 */
guint
solar_figure_get_n_later (SolarFigure *self)
{
  g_return_val_if_fail (SOLAR_IS_FIGURE (self), 0);
  return self->later != NULL ? self->later->len : 0;
}

/**
 * solar_figure_get_later:
 *
 * Returns: (transfer none): the @index-th later figure, oldest first
 */
const SolarFigurePoint *
solar_figure_get_later (SolarFigure *self,
                        guint        index)
{
  g_return_val_if_fail (SOLAR_IS_FIGURE (self), NULL);
  g_return_val_if_fail (index < solar_figure_get_n_later (self), NULL);
  return g_ptr_array_index (self->later, index);
}

/**
 * solar_figure_get_later_note:
 *
 * Returns: (nullable): why no later figure is given (the company publishes none), or what
 *   the later figures count differently
 */
const SolarText *
solar_figure_get_later_note (SolarFigure *self)
{
  g_return_val_if_fail (SOLAR_IS_FIGURE (self), NULL);
  return self->later_note;
}

/**
 * solar_figure_get_measure:
 *
 * Returns: what the figure counts (monthly or daily active users, subscribers), where the
 *   data says; a later figure may count something else (see its own measure)
 */
SolarMeasure
solar_figure_get_measure (SolarFigure *self)
{
  g_return_val_if_fail (SOLAR_IS_FIGURE (self), SOLAR_MEASURE_UNSPECIFIED);
  return self->measure;
}

/**
 * solar_figure_is_from_report:
 *
 * Returns: whether the figure is the report's (the base layer), not from a later source
 */
gboolean
solar_figure_is_from_report (SolarFigure *self)
{
  g_return_val_if_fail (SOLAR_IS_FIGURE (self), FALSE);
  return self->from_report;
}

/**
 * solar_figure_get_url:
 *
 * Returns: (nullable): the address of the figure's source, for a source other than the report
 */
const char *
solar_figure_get_url (SolarFigure *self)
{
  g_return_val_if_fail (SOLAR_IS_FIGURE (self), NULL);
  return self->url;
}

/**
 * solar_figure_get_quote:
 *
 * Returns: (nullable): the source's own words for the figure, for a source other than the
 *   report
 */
const char *
solar_figure_get_quote (SolarFigure *self)
{
  g_return_val_if_fail (SOLAR_IS_FIGURE (self), NULL);
  return self->quote;
}

/* "%.1f" but without a trailing ".0", the way people write 600 million and 1.2 billion. */
static char *
format_short (double value)
{
  if (fabs (value - round (value)) < 0.05)
    return g_strdup_printf ("%.0f", value);
  return g_strdup_printf ("%.1f", value);
}

/* Chinese counts in 亿 (10⁸) and 万 (10⁴), so 1.2 billion is 12亿, not "1.2 十亿". */
static char *
format_count_chinese (double value)
{
  g_autofree char *number = NULL;

  if (value >= 1e8)
    {
      number = format_short (value / 1e8);
      return g_strdup_printf ("%s亿", number);
    }
  if (value >= 1e4)
    {
      number = format_short (value / 1e4);
      return g_strdup_printf ("%s万", number);
    }
  return format_short (value);
}

static char *
format_count (double value)
{
  g_autofree char *number = NULL;

  if (solar_text_prefer_chinese ())
    return format_count_chinese (value);

  if (value >= 1e9)
    {
      number = format_short (value / 1e9);
      /* Translators: a count, e.g. "1.2 billion" */
      return g_strdup_printf (_("%s billion"), number);
    }
  if (value >= 1e6)
    {
      number = format_short (value / 1e6);
      /* Translators: a count, e.g. "600 million" */
      return g_strdup_printf (_("%s million"), number);
    }
  if (value >= 1e4)
    {
      number = format_short (value / 1e3);
      /* Translators: a count, e.g. "20 thousand" */
      return g_strdup_printf (_("%s thousand"), number);
    }
  return format_short (value);
}

char *
solar_format_quantity (double    value,
                       SolarUnit unit)
{
  g_autofree char *number = NULL;

  switch (unit)
    {
    case SOLAR_UNIT_PEOPLE:
    case SOLAR_UNIT_COUNT:
      return format_count (value);

    case SOLAR_UNIT_PERCENT:
      number = format_short (value);
      return g_strdup_printf ("%s%%", number);

    case SOLAR_UNIT_MINUTES_PER_DAY:
      number = format_short (value);
      /* Translators: time spent per day, e.g. "57 min/day" */
      return g_strdup_printf (_("%s min/day"), number);

    default:
      g_assert_not_reached ();
    }
}

/**
 * solar_format_as_of:
 * @as_of: (nullable): a date as YYYY, YYYY-MM or YYYY-MM-DD, or %NULL where the source
 *   gives none
 *
 * Returns: (transfer full) (nullable): the date as people write it: "2020", "August 2020",
 *   "3 August 2020", in the UI language; %NULL for %NULL
 */
char *
solar_format_as_of (const char *as_of)
{
  g_autoptr(GDateTime) date = NULL;
  int year = 0, month = 0, day = 0;
  int fields;

  if (as_of == NULL)
    return NULL;

  fields = sscanf (as_of, "%4d-%2d-%2d", &year, &month, &day);
  if (fields >= 2)
    date = g_date_time_new_utc (year, month, fields == 3 ? day : 1, 0, 0, 0);
  if (date == NULL)
    return g_strdup (as_of);

  if (solar_text_prefer_chinese ())
    return fields == 3 ? g_strdup_printf ("%d年%d月%d日", year, month, day)
                       : g_strdup_printf ("%d年%d月", year, month);
  /* Translators: a month and year, see g_date_time_format(); e.g. "August 2020" */
  return g_date_time_format (date, fields == 3 ? _("%-d %B %Y") : _("%B %Y"));
}

char *
solar_figure_format_value (SolarFigure *self)
{
  g_return_val_if_fail (SOLAR_IS_FIGURE (self), NULL);
  return solar_format_quantity (self->value, self->unit);
}
