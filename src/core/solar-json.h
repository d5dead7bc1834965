/* solar-json.h: safe JSON parsing and typed member access with precise error locations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "solar-text.h"

G_BEGIN_DECLS

#define SOLAR_JSON_ERROR (solar_json_error_quark ())

typedef enum
{
  SOLAR_JSON_ERROR_TOO_LARGE,
  SOLAR_JSON_ERROR_ENCODING,
  SOLAR_JSON_ERROR_TOO_DEEP,
  SOLAR_JSON_ERROR_EMPTY,
  SOLAR_JSON_ERROR_SYNTAX,
  SOLAR_JSON_ERROR_TYPE,
  SOLAR_JSON_ERROR_MISSING,
  SOLAR_JSON_ERROR_VALUE,
  SOLAR_JSON_ERROR_DUPLICATE,
  SOLAR_JSON_ERROR_REFERENCE,
  SOLAR_JSON_ERROR_FORMAT,
} SolarJsonError;

/* Limits every document we read must respect. json-glib 1.6 overflows its stack on
 * ~100,000 nested brackets, so depth is checked before the parser sees the text. */
#define SOLAR_JSON_MAX_SIZE  (16 * 1024 * 1024)
#define SOLAR_JSON_MAX_DEPTH 64

GQuark      solar_json_error_quark      (void);
JsonNode   *solar_json_parse            (GBytes       *bytes,
                                         const char   *file_name,
                                         GError      **error);
char       *solar_json_path_member      (const char   *path,
                                         const char   *member);
char       *solar_json_path_index       (const char   *path,
                                         guint         index);
void        solar_json_set_error        (GError      **error,
                                         SolarJsonError code,
                                         const char   *file_name,
                                         const char   *path,
                                         const char   *format,
                                         ...) G_GNUC_PRINTF (5, 6);
void        solar_json_set_member_error (GError      **error,
                                         SolarJsonError code,
                                         const char   *file_name,
                                         const char   *path,
                                         const char   *member,
                                         const char   *format,
                                         ...) G_GNUC_PRINTF (6, 7);
JsonObject *solar_json_get_object       (JsonObject   *object,
                                         const char   *member,
                                         gboolean      required,
                                         const char   *file_name,
                                         const char   *path,
                                         GError      **error);
JsonArray  *solar_json_get_array        (JsonObject   *object,
                                         const char   *member,
                                         gboolean      required,
                                         const char   *file_name,
                                         const char   *path,
                                         GError      **error);
gboolean    solar_json_get_string       (JsonObject   *object,
                                         const char   *member,
                                         gboolean      required,
                                         const char   *file_name,
                                         const char   *path,
                                         const char  **value,
                                         GError      **error);
gboolean    solar_json_get_number       (JsonObject   *object,
                                         const char   *member,
                                         gboolean      required,
                                         const char   *file_name,
                                         const char   *path,
                                         double       *value,
                                         GError      **error);
gboolean    solar_json_get_enum         (JsonObject   *object,
                                         const char   *member,
                                         const char * const *allowed,
                                         const char   *file_name,
                                         const char   *path,
                                         guint        *value,
                                         GError      **error);
gboolean    solar_json_get_text         (JsonObject   *object,
                                         const char   *member,
                                         gboolean      required,
                                         const char   *file_name,
                                         const char   *path,
                                         SolarText   **text,
                                         GError      **error);
JsonObject *solar_json_array_get_object (JsonArray    *array,
                                         guint         index,
                                         const char   *file_name,
                                         const char   *path,
                                         GError      **error);
gboolean    solar_json_check_members    (JsonObject   *object,
                                         const char * const *known,
                                         const char   *file_name,
                                         const char   *path,
                                         GError      **error);
gboolean    solar_json_check_id         (const char   *id,
                                         gboolean      dotted,
                                         const char   *file_name,
                                         const char   *path,
                                         GError      **error);

const char *solar_json_describe_node (JsonNode *node);

G_END_DECLS
