/* solar-tribe.c: an interest tribe or subculture that influencers link to platforms
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-tribe"

#include "config.h"

#include "solar-model-private.h"

G_DEFINE_FINAL_TYPE (SolarTribe, solar_tribe, G_TYPE_OBJECT)

static void
solar_tribe_finalize (GObject *object)
{
  SolarTribe *self = (SolarTribe *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, solar_text_free);
  g_clear_pointer (&self->description, solar_text_free);
  g_clear_pointer (&self->note, solar_text_free);
  g_clear_pointer (&self->platform_indices, g_array_unref);

  G_OBJECT_CLASS (solar_tribe_parent_class)->finalize (object);
}

static void
solar_tribe_class_init (SolarTribeClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = solar_tribe_finalize;
}

static void
solar_tribe_init (SolarTribe *self)
{
  self->platform_indices = g_array_new (FALSE, FALSE, sizeof (guint));
}

const char *
solar_tribe_get_id (SolarTribe *self)
{
  g_return_val_if_fail (SOLAR_IS_TRIBE (self), NULL);
  return self->id;
}

SolarTribeKind
solar_tribe_get_kind (SolarTribe *self)
{
  g_return_val_if_fail (SOLAR_IS_TRIBE (self), SOLAR_TRIBE_INTEREST);
  return self->kind;
}

const SolarText *
solar_tribe_get_name (SolarTribe *self)
{
  g_return_val_if_fail (SOLAR_IS_TRIBE (self), NULL);
  return self->name;
}

const SolarText *
solar_tribe_get_description (SolarTribe *self)
{
  g_return_val_if_fail (SOLAR_IS_TRIBE (self), NULL);
  return self->description;
}

const SolarText *
solar_tribe_get_note (SolarTribe *self)
{
  g_return_val_if_fail (SOLAR_IS_TRIBE (self), NULL);
  return self->note;
}

const GArray *
solar_tribe_get_platform_indices (SolarTribe *self)
{
  g_return_val_if_fail (SOLAR_IS_TRIBE (self), NULL);
  return self->platform_indices;
}
