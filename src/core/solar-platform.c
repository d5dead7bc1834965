/* solar-platform.c: one social platform of the solar system
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-platform"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "solar-model-private.h"

G_DEFINE_FINAL_TYPE (SolarPlatform, solar_platform, G_TYPE_OBJECT)

void
solar_share_free (SolarShare *share)
{
  if (share == NULL)
    return;
  g_free (share->id);
  solar_text_free (share->label);
  g_free (share);
}

void
solar_audience_free (SolarAudience *audience)
{
  if (audience == NULL)
    return;
  g_free (audience->as_of);
  g_free (audience->source_title);
  solar_text_free (audience->note);
  g_ptr_array_unref (audience->split);
  g_free (audience);
}

static void
solar_platform_finalize (GObject *object)
{
  SolarPlatform *self = (SolarPlatform *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, solar_text_free);
  g_clear_pointer (&self->positioning, solar_text_free);
  g_clear_pointer (&self->summary, solar_text_free);
  g_clear_pointer (&self->function_headings, solar_text_free);
  g_clear_object (&self->figures);
  g_clear_object (&self->size_figure);
  g_clear_pointer (&self->audience, solar_audience_free);
  g_clear_object (&self->items);
  g_clear_pointer (&self->citations, g_array_unref);

  G_OBJECT_CLASS (solar_platform_parent_class)->finalize (object);
}

static void
solar_platform_class_init (SolarPlatformClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = solar_platform_finalize;
}

static void
solar_platform_init (SolarPlatform *self)
{
  self->figures = g_list_store_new (SOLAR_TYPE_FIGURE);
  self->items = g_list_store_new (SOLAR_TYPE_ITEM);
  self->citations = g_array_new (FALSE, TRUE, sizeof (SolarCitation));
  g_array_set_clear_func (self->citations, (GDestroyNotify)solar_citation_clear);
}

const char *
solar_platform_get_id (SolarPlatform *self)
{
  g_return_val_if_fail (SOLAR_IS_PLATFORM (self), NULL);
  return self->id;
}

const SolarText *
solar_platform_get_name (SolarPlatform *self)
{
  g_return_val_if_fail (SOLAR_IS_PLATFORM (self), NULL);
  return self->name;
}

SolarTier
solar_platform_get_tier (SolarPlatform *self)
{
  g_return_val_if_fail (SOLAR_IS_PLATFORM (self), SOLAR_TIER_CORE);
  return self->tier;
}

const SolarColor *
solar_platform_get_color (SolarPlatform *self)
{
  g_return_val_if_fail (SOLAR_IS_PLATFORM (self), NULL);
  return &self->color;
}

const SolarText *
solar_platform_get_positioning (SolarPlatform *self)
{
  g_return_val_if_fail (SOLAR_IS_PLATFORM (self), NULL);
  return self->positioning;
}

const SolarText *
solar_platform_get_summary (SolarPlatform *self)
{
  g_return_val_if_fail (SOLAR_IS_PLATFORM (self), NULL);
  return self->summary;
}

/**
 * solar_platform_get_function_headings:
 *
 * The headings the report prints over a platform's functions, as one phrase ("content
 * marketing, commerce and community"). The report does not say which function sits under
 * which heading in a form we can read, so the headings are kept apart from the functions.
 *
 * Returns: (transfer none) (nullable): the headings, or %NULL if the report gives none
 */
const SolarText *
solar_platform_get_function_headings (SolarPlatform *self)
{
  g_return_val_if_fail (SOLAR_IS_PLATFORM (self), NULL);
  return self->function_headings;
}

/**
 * solar_platform_get_figures:
 *
 * Returns: (transfer none): a #GListModel of #SolarFigure
 */
GListModel *
solar_platform_get_figures (SolarPlatform *self)
{
  g_return_val_if_fail (SOLAR_IS_PLATFORM (self), NULL);
  return G_LIST_MODEL (self->figures);
}

/**
 * solar_platform_get_size_figure:
 *
 * Returns: (transfer none) (nullable): the audience figure that sizes the body, if the source
 *   has one for this platform
 */
SolarFigure *
solar_platform_get_size_figure (SolarPlatform *self)
{
  g_return_val_if_fail (SOLAR_IS_PLATFORM (self), NULL);
  return self->size_figure;
}

SolarFigure *
solar_platform_find_figure (SolarPlatform *self,
                            const char    *figure_id)
{
  guint n;

  g_return_val_if_fail (SOLAR_IS_PLATFORM (self), NULL);
  g_return_val_if_fail (figure_id != NULL, NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->figures));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SolarFigure) figure = g_list_model_get_item (G_LIST_MODEL (self->figures), i);

      if (g_str_equal (figure->id, figure_id))
        return figure;
    }
  return NULL;
}

const SolarAudience *
solar_platform_get_audience (SolarPlatform *self)
{
  g_return_val_if_fail (SOLAR_IS_PLATFORM (self), NULL);
  return self->audience;
}

/**
 * solar_platform_get_items:
 *
 * Returns: (transfer none): a #GListModel of #SolarItem
 */
GListModel *
solar_platform_get_items (SolarPlatform *self)
{
  g_return_val_if_fail (SOLAR_IS_PLATFORM (self), NULL);
  return G_LIST_MODEL (self->items);
}

static SolarShare *
largest_share (const SolarAudience *audience)
{
  SolarShare *largest = NULL;

  for (guint i = 0; audience != NULL && i < audience->split->len; i++)
    {
      SolarShare *share = g_ptr_array_index (audience->split, i);

      if (largest == NULL || share->share > largest->share)
        largest = share;
    }
  return largest;
}

/**
 * solar_platform_describe_key_figure:
 *
 * The one figure that best says how big the platform is, in words: "1.2 billion monthly
 * active users". Platforms the source gives no audience size for are described by their
 * largest audience share ("88% female audience") instead.
 *
 * Returns: (transfer full) (nullable): the description, or %NULL without any figure
 */
char *
solar_platform_describe_key_figure (SolarPlatform *self)
{
  SolarShare *share;

  g_return_val_if_fail (SOLAR_IS_PLATFORM (self), NULL);

  if (self->size_figure != NULL)
    {
      SolarFigureReading newest;
      g_autofree char *value = NULL;
      g_autofree char *label = g_utf8_strdown (solar_text_get (self->size_figure->label), -1);

      /* The report's figure for a platform of the report (what its view shows); the newest
       * of the same measure for one it does not cover, whose first figure is simply older. */
      if (!solar_platform_is_in_report (self) && self->size_figure->measure != SOLAR_MEASURE_UNSPECIFIED &&
          solar_platform_find_newest (self, self->size_figure->measure, &newest))
        value = solar_format_quantity (newest.value, self->size_figure->unit);
      else
        value = solar_figure_format_value (self->size_figure);

      /* Translators: a figure and what it counts, e.g. "1.2 billion monthly active users" */
      return g_strdup_printf (C_("key figure", "%s %s"), value, label);
    }

  if ((share = largest_share (self->audience)) != NULL)
    {
      g_autofree char *value = solar_format_quantity (share->share, SOLAR_UNIT_PERCENT);
      g_autofree char *label = g_utf8_strdown (solar_text_get (share->label), -1);

      /* Translators: an audience share, e.g. "88% female audience" */
      return g_strdup_printf (_("%s %s audience"), value, label);
    }

  return NULL;
}

const char *
solar_tier_to_string (SolarTier tier)
{
  switch (tier)
    {
    case SOLAR_TIER_CORE:       return _("core platform");
    case SOLAR_TIER_DERIVATIVE: return _("derivative platform");
    case SOLAR_TIER_NOT_IN_REPORT: return _("not in the report");
    default:                    g_assert_not_reached ();
    }
}

/**
 * solar_platform_dup_accessible_name:
 *
 * What a screen reader says for the platform's body in the diagram, e.g.
 * "WeChat 微信, core platform, 1.2 billion monthly active users".
 */
char *
solar_platform_dup_accessible_name (SolarPlatform *self)
{
  g_autofree char *figure = NULL;
  GString *name;

  g_return_val_if_fail (SOLAR_IS_PLATFORM (self), NULL);

  name = g_string_new (self->name->en);
  if (self->name->zh != NULL)
    g_string_append_printf (name, " %s", self->name->zh);
  g_string_append_printf (name, ", %s", solar_tier_to_string (self->tier));
  if ((figure = solar_platform_describe_key_figure (self)) != NULL)
    g_string_append_printf (name, ", %s", figure);

  return g_string_free (name, FALSE);
}

/**
 * solar_platform_is_in_report:
 *
 * Returns: whether the report covers the platform; one it does not is written from later
 *   sources, which solar_platform_get_citation() gives
 */
gboolean
solar_platform_is_in_report (SolarPlatform *self)
{
  g_return_val_if_fail (SOLAR_IS_PLATFORM (self), TRUE);
  return self->tier != SOLAR_TIER_NOT_IN_REPORT;
}

guint
solar_platform_get_n_citations (SolarPlatform *self)
{
  g_return_val_if_fail (SOLAR_IS_PLATFORM (self), 0);
  return self->citations->len;
}

/**
 * solar_platform_get_citation:
 *
 * Returns: (transfer none): a source the positioning and summary of a platform not in the
 *   report rest on
 */
const SolarCitation *
solar_platform_get_citation (SolarPlatform *self,
                             guint          index)
{
  g_return_val_if_fail (SOLAR_IS_PLATFORM (self), NULL);
  g_return_val_if_fail (index < self->citations->len, NULL);
  return &g_array_index (self->citations, SolarCitation, index);
}

/* Undated figures (most of the report's) are older than any dated one. */
static gboolean
is_newer (const char *as_of,
          const char *than)
{
  if (as_of == NULL)
    return than == NULL;
  return than == NULL || strcmp (as_of, than) >= 0;
}

/**
 * solar_platform_find_newest:
 * @measure: what the figure must count
 * @reading: (out caller-allocates): the newest figure of @measure, the report's or later
 *
 * Only one measure at a time: a daily count is not a smaller monthly one, and subscribers
 * are not users, so none stands in for another.
 *
 * Returns: whether the platform has any figure of @measure
 */
gboolean
solar_platform_find_newest (SolarPlatform      *self,
                            SolarMeasure        measure,
                            SolarFigureReading *reading)
{
  gboolean found = FALSE;

  g_return_val_if_fail (SOLAR_IS_PLATFORM (self), FALSE);
  g_return_val_if_fail (measure != SOLAR_MEASURE_UNSPECIFIED, FALSE);

  *reading = (SolarFigureReading) { 0 };
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->figures)); i++)
    {
      g_autoptr(SolarFigure) figure = g_list_model_get_item (G_LIST_MODEL (self->figures), i);

      if (figure->measure == measure && (!found || is_newer (figure->as_of, reading->as_of)))
        {
          *reading = (SolarFigureReading) { figure->value, figure->as_of, !figure->from_report,
                                            figure, NULL };
          found = TRUE;
        }
      for (guint j = 0; figure->later != NULL && j < figure->later->len; j++)
        {
          const SolarFigurePoint *point = g_ptr_array_index (figure->later, j);

          if (point->measure == measure && (!found || is_newer (point->as_of, reading->as_of)))
            {
              *reading = (SolarFigureReading) { point->value, point->as_of, TRUE, figure, point };
              found = TRUE;
            }
        }
    }
  return found;
}
