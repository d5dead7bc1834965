/* solar-segment.c: a segment of China's social media content creators
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-segment"

#include "config.h"

#include "solar-model-private.h"

G_DEFINE_FINAL_TYPE (SolarSegment, solar_segment, G_TYPE_OBJECT)

static void
solar_segment_finalize (GObject *object)
{
  SolarSegment *self = (SolarSegment *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, solar_text_free);
  g_clear_pointer (&self->description, solar_text_free);
  g_clear_pointer (&self->source_title, g_free);

  G_OBJECT_CLASS (solar_segment_parent_class)->finalize (object);
}

static void
solar_segment_class_init (SolarSegmentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = solar_segment_finalize;
}

static void
solar_segment_init (SolarSegment *self)
{
}

const char *
solar_segment_get_id (SolarSegment *self)
{
  g_return_val_if_fail (SOLAR_IS_SEGMENT (self), NULL);
  return self->id;
}

const SolarText *
solar_segment_get_name (SolarSegment *self)
{
  g_return_val_if_fail (SOLAR_IS_SEGMENT (self), NULL);
  return self->name;
}

const SolarText *
solar_segment_get_description (SolarSegment *self)
{
  g_return_val_if_fail (SOLAR_IS_SEGMENT (self), NULL);
  return self->description;
}

double
solar_segment_get_size (SolarSegment *self)
{
  g_return_val_if_fail (SOLAR_IS_SEGMENT (self), 0.0);
  return self->size;
}

const char *
solar_segment_get_source_title (SolarSegment *self)
{
  g_return_val_if_fail (SOLAR_IS_SEGMENT (self), NULL);
  return self->source_title;
}
