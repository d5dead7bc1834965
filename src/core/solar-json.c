/* solar-json.c: safe JSON parsing and typed member access with precise error locations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-json"

#include "config.h"

#include <math.h>
#include <string.h>

#include "solar-json-private.h"

G_DEFINE_QUARK (solar-json-error-quark, solar_json_error)

typedef struct
{
  const char *text;
  gsize       length;
  gsize       pos;
  guint       line;
  gsize       line_start;
} Scanner;

static guint
scanner_column (const Scanner *scanner,
                gsize          pos)
{
  /* Columns count characters, not bytes, so Chinese text is reported where an editor shows it. */
  return g_utf8_strlen (scanner->text + scanner->line_start, pos - scanner->line_start) + 1;
}

static void
set_located_error (GError        **error,
                   SolarJsonError  code,
                   const char     *file_name,
                   const Scanner  *scanner,
                   gsize           pos,
                   const char     *message)
{
  g_set_error (error, SOLAR_JSON_ERROR, code, "%s:%u:%u: %s",
               file_name, scanner->line, scanner_column (scanner, pos), message);
}

/**
 * solar_json_parse:
 * @bytes: the document
 * @file_name: the name used in error messages
 * @error: a location for a #GError
 *
 * Parses @bytes after checking its size and encoding; the text is read as strict JSON by
 * solar-json-syntax.c, which also limits nesting depth and number range. Every error
 * message starts with @file_name and, where there is one, the line and column.
 *
 * Returns: (transfer full): the root node, which is never %NULL on success
 */
JsonNode *
solar_json_parse (GBytes      *bytes,
                  const char  *file_name,
                  GError     **error)
{
  const char *text;
  const char *invalid;
  gsize length;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (file_name != NULL, NULL);

  text = g_bytes_get_data (bytes, &length);

  if (length > SOLAR_JSON_MAX_SIZE)
    {
      g_set_error (error, SOLAR_JSON_ERROR, SOLAR_JSON_ERROR_TOO_LARGE,
                   "%s: the file is larger than %d MiB, the most Social Solar opens; "
                   "this is not a plan it wrote", file_name, SOLAR_JSON_MAX_SIZE / (1024 * 1024));
      return NULL;
    }

  if (length == 0 || text == NULL)
    text = "";

  if (length >= 2 && (((guchar)text[0] == 0xff && (guchar)text[1] == 0xfe) ||
                      ((guchar)text[0] == 0xfe && (guchar)text[1] == 0xff)))
    {
      g_set_error (error, SOLAR_JSON_ERROR, SOLAR_JSON_ERROR_ENCODING,
                   "%s: the file is saved as UTF-16 (Windows calls it “Unicode”); save it as "
                   "UTF-8 and try again", file_name);
      return NULL;
    }

  if (!g_utf8_validate (text, length, &invalid))
    {
      Scanner scanner = { text, length, 0, 1, 0 };

      for (const char *p = text; p < invalid; p++)
        if (*p == '\n')
          {
            scanner.line++;
            scanner.line_start = p - text + 1;
          }
      set_located_error (error, SOLAR_JSON_ERROR_ENCODING, file_name, &scanner, invalid - text,
                         invalid < text + length && *invalid == '\0'
                         ? "the file holds a NUL byte here, so it is not a text file or it "
                           "is damaged; open the original or a backup"
                         : "the text is not valid UTF-8; save the file as UTF-8 and try again");
      return NULL;
    }

  return solar_json_read_text (text, length, file_name, error);
}

static gboolean
is_plain_member (const char *member)
{
  if (!g_ascii_isalpha (*member) && *member != '_')
    return FALSE;
  for (const char *p = member; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '_')
      return FALSE;
  return TRUE;
}

char *
solar_json_path_member (const char *path,
                        const char *member)
{
  if (is_plain_member (member))
    return g_strdup_printf ("%s.%s", path, member);
  return g_strdup_printf ("%s[\"%s\"]", path, member);
}

char *
solar_json_path_index (const char *path,
                       guint       index)
{
  /* Made for every item of every list a plan is read with, so without printf. */
  char digits[16];
  char *end = digits + sizeof digits;
  char *start = end;
  gsize length = strlen (path);
  char *result;

  do
    *--start = '0' + index % 10;
  while ((index /= 10) > 0);

  result = g_malloc (length + (end - start) + 3);
  memcpy (result, path, length);
  result[length] = '[';
  memcpy (result + length + 1, start, end - start);
  memcpy (result + length + 1 + (end - start), "]", 2);
  return result;
}

void
solar_json_set_error (GError         **error,
                      SolarJsonError   code,
                      const char      *file_name,
                      const char      *path,
                      const char      *format,
                      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (error == NULL)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, SOLAR_JSON_ERROR, code, "%s: %s: %s", file_name, path, message);
}

/**
 * solar_json_set_member_error:
 * @path: the JSON path of the object holding @member
 * @member: the member the error is about
 *
 * Like solar_json_set_error(), for the common case of an error about one member of an
 * object: the path to the member is only built when an error is actually reported.
 */
void
solar_json_set_member_error (GError         **error,
                             SolarJsonError   code,
                             const char      *file_name,
                             const char      *path,
                             const char      *member,
                             const char      *format,
                             ...)
{
  g_autofree char *member_path = NULL;
  g_autofree char *message = NULL;
  va_list args;

  if (error == NULL)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  member_path = solar_json_path_member (path, member);
  solar_json_set_error (error, code, file_name, member_path, "%s", message);
}

/* Returns: what @node holds, for a message: "an object", "a string", "null", … */
const char *
solar_json_describe_node (JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT: return "an object";
    case JSON_NODE_ARRAY:  return "an array";
    case JSON_NODE_NULL:   return "null";
    case JSON_NODE_VALUE:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_STRING:  return "a string";
        case G_TYPE_BOOLEAN: return "a boolean";
        default:             return "a number";
        }
    default:
      return "something else";
    }
}

static JsonNode *
lookup_member (JsonObject  *object,
               const char  *member,
               gboolean     required,
               const char  *file_name,
               const char  *path,
               GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL && required)
    solar_json_set_member_error (error, SOLAR_JSON_ERROR_MISSING, file_name, path, member,
                                 "required member is missing");
  return node;
}

static void
set_type_error (GError     **error,
                const char  *file_name,
                const char  *path,
                const char  *member,
                const char  *expected,
                JsonNode    *node)
{
  solar_json_set_member_error (error, SOLAR_JSON_ERROR_TYPE, file_name, path, member,
                               "expected %s, got %s", expected, solar_json_describe_node (node));
}

JsonObject *
solar_json_get_object (JsonObject  *object,
                       const char  *member,
                       gboolean     required,
                       const char  *file_name,
                       const char  *path,
                       GError     **error)
{
  JsonNode *node = lookup_member (object, member, required, file_name, path, error);

  if (node == NULL)
    return NULL;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      set_type_error (error, file_name, path, member, "an object", node);
      return NULL;
    }
  return json_node_get_object (node);
}

JsonArray *
solar_json_get_array (JsonObject  *object,
                      const char  *member,
                      gboolean     required,
                      const char  *file_name,
                      const char  *path,
                      GError     **error)
{
  JsonNode *node = lookup_member (object, member, required, file_name, path, error);

  if (node == NULL)
    return NULL;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      set_type_error (error, file_name, path, member, "an array", node);
      return NULL;
    }
  return json_node_get_array (node);
}

/* Returns FALSE only on error; an absent optional member leaves *value NULL. */
gboolean
solar_json_get_string (JsonObject   *object,
                       const char   *member,
                       gboolean      required,
                       const char   *file_name,
                       const char   *path,
                       const char  **value,
                       GError      **error)
{
  JsonNode *node = lookup_member (object, member, required, file_name, path, error);

  *value = NULL;
  if (node == NULL)
    return !required;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      set_type_error (error, file_name, path, member, "a string", node);
      return FALSE;
    }
  *value = json_node_get_string (node);
  return TRUE;
}

gboolean
solar_json_get_number (JsonObject  *object,
                       const char  *member,
                       gboolean     required,
                       const char  *file_name,
                       const char  *path,
                       double      *value,
                       GError     **error)
{
  JsonNode *node = lookup_member (object, member, required, file_name, path, error);
  GType type;

  *value = 0.0;
  if (node == NULL)
    return !required;

  type = JSON_NODE_HOLDS_VALUE (node) ? json_node_get_value_type (node) : G_TYPE_INVALID;
  if (type != G_TYPE_INT64 && type != G_TYPE_DOUBLE)
    {
      set_type_error (error, file_name, path, member, "a number", node);
      return FALSE;
    }

  *value = json_node_get_double (node);
  if (!isfinite (*value))
    {
      solar_json_set_member_error (error, SOLAR_JSON_ERROR_VALUE, file_name, path, member,
                                   "the number is out of range");
      return FALSE;
    }
  return TRUE;
}

gboolean
solar_json_get_enum (JsonObject          *object,
                     const char          *member,
                     const char * const  *allowed,
                     const char          *file_name,
                     const char          *path,
                     guint               *value,
                     GError             **error)
{
  g_autofree char *choices = NULL;
  const char *text;

  if (!solar_json_get_string (object, member, TRUE, file_name, path, &text, error))
    return FALSE;

  for (guint i = 0; allowed[i] != NULL; i++)
    if (g_str_equal (text, allowed[i]))
      {
        *value = i;
        return TRUE;
      }

  choices = g_strjoinv ("”, “", (char **) allowed);
  solar_json_set_member_error (error, SOLAR_JSON_ERROR_VALUE, file_name, path, member,
                               "expected one of “%s”, got “%s”", choices, text);
  return FALSE;
}

/**
 * solar_json_get_text:
 * @text: (out) (transfer full) (nullable): the text; %NULL when an optional member is absent
 *
 * A localised text, {"en": "…", "zh": "…"}: English required and not empty, Chinese
 * optional (English is shown where it is missing).
 *
 * Returns: %FALSE with @error set when the member is not such a text
 */
gboolean
solar_json_get_text (JsonObject   *object,
                     const char   *member,
                     gboolean      required,
                     const char   *file_name,
                     const char   *path,
                     SolarText   **text,
                     GError      **error)
{
  g_autofree char *text_path = solar_json_path_member (path, member);
  g_autoptr(GError) local_error = NULL;
  JsonObject *text_object;
  const char *en, *zh;

  *text = NULL;
  text_object = solar_json_get_object (object, member, required, file_name, path, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (text_object == NULL)
    return TRUE;

  if (!solar_json_get_string (text_object, "en", TRUE, file_name, text_path, &en, error) ||
      !solar_json_get_string (text_object, "zh", FALSE, file_name, text_path, &zh, error))
    return FALSE;
  if (*en == '\0')
    {
      solar_json_set_member_error (error, SOLAR_JSON_ERROR_VALUE, file_name, text_path, "en",
                                   "expected a non-empty text");
      return FALSE;
    }

  *text = solar_text_new (en, zh);
  return TRUE;
}

JsonObject *
solar_json_array_get_object (JsonArray   *array,
                             guint        index,
                             const char  *file_name,
                             const char  *path,
                             GError     **error)
{
  JsonNode *node = json_array_get_element (array, index);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_autofree char *element_path = solar_json_path_index (path, index);

      solar_json_set_error (error, SOLAR_JSON_ERROR_TYPE, file_name, element_path,
                            "expected an object, got %s", solar_json_describe_node (node));
      return NULL;
    }
  return json_node_get_object (node);
}

/* Our own data files are read strictly: a member we do not know is a typo ("uses-any")
 * that would otherwise quietly turn something off. */
gboolean
solar_json_check_members (JsonObject          *object,
                          const char * const  *known,
                          const char          *file_name,
                          const char          *path,
                          GError             **error)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (GList *l = members; l != NULL; l = l->next)
    if (!g_strv_contains (known, l->data))
      {
        g_autofree char *member_path = solar_json_path_member (path, l->data);
        g_autofree char *choices = g_strjoinv ("”, “", (char **)known);

        solar_json_set_error (error, SOLAR_JSON_ERROR_VALUE, file_name, member_path,
                              "unknown member; expected one of “%s”", choices);
        return FALSE;
      }
  return TRUE;
}

/* Ids are referred to by saved plans, so they are kept to a spelling that survives any tool. */
gboolean
solar_json_check_id (const char  *id,
                     gboolean     dotted,
                     const char  *file_name,
                     const char  *path,
                     GError     **error)
{
  guint dots = 0;
  gboolean valid = *id != '\0' && *id != '.' && *id != '-';

  for (const char *p = id; valid && *p; p++)
    {
      if (*p == '.')
        dots++;
      else if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
        valid = FALSE;
    }
  valid = valid && dots == (dotted ? 1u : 0u) && !g_str_has_suffix (id, ".");

  if (!valid)
    solar_json_set_error (error, SOLAR_JSON_ERROR_VALUE, file_name, path,
                          "“%s” is not a valid id; expected lowercase letters, digits and "
                          "hyphens%s", id, dotted ? " in the form “platform.item”" : "");
  return valid;
}
