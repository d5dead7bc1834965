/* solar-json-private.h: the parts of the safe JSON reader shared by its files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "solar-json.h"

G_BEGIN_DECLS

JsonNode *solar_json_read_text (const char  *text,
                                gsize        length,
                                const char  *file_name,
                                GError     **error);

G_END_DECLS
