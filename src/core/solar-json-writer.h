/* solar-json-writer.h: JSON text that is the same on every system, for files people diff
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

GBytes *solar_json_write (JsonNode *root);

G_END_DECLS
