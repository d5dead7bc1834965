/* solar-item.c: something a brand can use on a platform (function, content type, lever…)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-item"

#include "config.h"

#include "solar-model-private.h"

G_DEFINE_FINAL_TYPE (SolarItem, solar_item, G_TYPE_OBJECT)

static void
solar_item_finalize (GObject *object)
{
  SolarItem *self = (SolarItem *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->platform_id, g_free);
  g_clear_pointer (&self->title, solar_text_free);
  g_clear_pointer (&self->description, solar_text_free);
  g_clear_pointer (&self->tags, g_strfreev);
  g_clear_pointer (&self->replaces, g_strfreev);
  if (self->citation != NULL)
    solar_citation_clear (self->citation);
  g_clear_pointer (&self->citation, g_free);

  G_OBJECT_CLASS (solar_item_parent_class)->finalize (object);
}

static void
solar_item_class_init (SolarItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = solar_item_finalize;
}

static void
solar_item_init (SolarItem *self)
{
}

const char *
solar_item_get_id (SolarItem *self)
{
  g_return_val_if_fail (SOLAR_IS_ITEM (self), NULL);
  return self->id;
}

const char *
solar_item_get_platform_id (SolarItem *self)
{
  g_return_val_if_fail (SOLAR_IS_ITEM (self), NULL);
  return self->platform_id;
}

SolarItemKind
solar_item_get_kind (SolarItem *self)
{
  g_return_val_if_fail (SOLAR_IS_ITEM (self), SOLAR_ITEM_FUNCTION);
  return self->kind;
}

SolarChannel
solar_item_get_channel (SolarItem *self)
{
  g_return_val_if_fail (SOLAR_IS_ITEM (self), SOLAR_CHANNEL_NONE);
  return self->channel;
}

const SolarText *
solar_item_get_title (SolarItem *self)
{
  g_return_val_if_fail (SOLAR_IS_ITEM (self), NULL);
  return self->title;
}

const SolarText *
solar_item_get_description (SolarItem *self)
{
  g_return_val_if_fail (SOLAR_IS_ITEM (self), NULL);
  return self->description;
}

const char * const *
solar_item_get_tags (SolarItem *self)
{
  g_return_val_if_fail (SOLAR_IS_ITEM (self), NULL);
  return (const char * const *)self->tags;
}

/**
 * solar_item_get_citation:
 *
 * Returns: (nullable): where the item comes from, for an item not from the report (a
 *   platform the report does not cover)
 */
const SolarCitation *
solar_item_get_citation (SolarItem *self)
{
  g_return_val_if_fail (SOLAR_IS_ITEM (self), NULL);
  return self->citation;
}
