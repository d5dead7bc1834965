/* solar-item.h: something a brand can use on a platform (function, content type, lever…)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "solar-citation.h"
#include "solar-text.h"

G_BEGIN_DECLS

typedef enum
{
  SOLAR_ITEM_FUNCTION,
  SOLAR_ITEM_CONTENT,
  SOLAR_ITEM_LEVER,
  SOLAR_ITEM_FORMAT,
  SOLAR_ITEM_TIP,
} SolarItemKind;

typedef enum
{
  SOLAR_CHANNEL_NONE,
  SOLAR_CHANNEL_OWNED,
  SOLAR_CHANNEL_EARNED,
  SOLAR_CHANNEL_PAID,
} SolarChannel;

#define SOLAR_TYPE_ITEM (solar_item_get_type ())

G_DECLARE_FINAL_TYPE (SolarItem, solar_item, SOLAR, ITEM, GObject)

const char         *solar_item_get_id          (SolarItem *self);
const char         *solar_item_get_platform_id (SolarItem *self);
SolarItemKind       solar_item_get_kind        (SolarItem *self);
SolarChannel        solar_item_get_channel     (SolarItem *self);
const SolarText    *solar_item_get_title       (SolarItem *self);
const SolarText    *solar_item_get_description (SolarItem *self);
const char * const *solar_item_get_tags        (SolarItem *self);
const SolarCitation *solar_item_get_citation   (SolarItem *self);

G_END_DECLS
