/* solar-trend.c: one of the Gen Z social media trends
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-trend"

#include "config.h"

#include "solar-model-private.h"

G_DEFINE_FINAL_TYPE (SolarTrend, solar_trend, G_TYPE_OBJECT)

static void
solar_trend_finalize (GObject *object)
{
  SolarTrend *self = (SolarTrend *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, solar_text_free);
  g_clear_pointer (&self->description, solar_text_free);

  G_OBJECT_CLASS (solar_trend_parent_class)->finalize (object);
}

static void
solar_trend_class_init (SolarTrendClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = solar_trend_finalize;
}

static void
solar_trend_init (SolarTrend *self)
{
}

const char *
solar_trend_get_id (SolarTrend *self)
{
  g_return_val_if_fail (SOLAR_IS_TREND (self), NULL);
  return self->id;
}

const SolarText *
solar_trend_get_title (SolarTrend *self)
{
  g_return_val_if_fail (SOLAR_IS_TREND (self), NULL);
  return self->title;
}

const SolarText *
solar_trend_get_description (SolarTrend *self)
{
  g_return_val_if_fail (SOLAR_IS_TREND (self), NULL);
  return self->description;
}
