/* solar-json-writer.c: JSON text that is the same on every system, for files people diff
 *
 * Saved plans are meant to live in git, so the same plan must give the same bytes whichever
 * build wrote it. json-glib's generator does not promise that: its layout ("key" : value,
 * "{  }") and number format differ between releases, and it prints 0.1 as
 * 0.10000000000000001. This writer prints what Python's json.dumps(indent=2) prints: members
 * in the node's order, two-space indent, the shortest number that reads back exactly, UTF-8
 * left as it is, and a final newline.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-json"

#include "config.h"

#include <math.h>
#include <string.h>

#include "solar-json-writer.h"

static void write_node (GString  *out,
                        JsonNode *node,
                        guint     depth);

static void
write_indent (GString *out,
              guint    depth)
{
  g_string_append_c (out, '\n');
  for (guint i = 0; i < depth; i++)
    g_string_append (out, "  ");
}

static void
write_string (GString    *out,
              const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '"':  g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\b': g_string_append (out, "\\b"); break;
        case '\f': g_string_append (out, "\\f"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        default:
          if ((guchar)*p < 0x20)
            g_string_append_printf (out, "\\u%04x", (guint)(guchar)*p);
          else
            g_string_append_c (out, *p);
        }
    }
  g_string_append_c (out, '"');
}

static void
write_double (GString *out,
              double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_if_fail (isfinite (value));

  /* Whole numbers the reader takes back exactly (it refuses integers over 15 digits) are
   * written without a fraction: budgets and followers read 500000, not 500000.0 or 5e+05. */
  if (value == floor (value) && fabs (value) < 1e15)
    {
      g_string_append_printf (out, "%.0f", value == 0 ? 0.0 : value);
      return;
    }

  for (int precision = 1; precision <= 17; precision++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%dg", precision);
      g_ascii_formatd (buffer, sizeof buffer, format, value);
      if (g_ascii_strtod (buffer, NULL) == value)
        break;
    }
  g_string_append (out, buffer);
  /* 3666666666666666 written bare would read back as a 16-digit integer, which the reader
   * refuses (found by fuzzing); a fraction keeps it a number the reader takes. */
  if (strpbrk (buffer, ".eE") == NULL)
    g_string_append (out, ".0");
}

static void
write_value (GString  *out,
             JsonNode *node)
{
  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      write_string (out, json_node_get_string (node));
      break;
    case G_TYPE_BOOLEAN:
      g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
      break;
    case G_TYPE_INT64:
      g_string_append_printf (out, "%" G_GINT64_FORMAT, json_node_get_int (node));
      break;
    default:
      write_double (out, json_node_get_double (node));
    }
}

static void
write_object (GString    *out,
              JsonObject *object,
              guint       depth)
{
  g_autoptr(GList) members = json_object_get_members (object);   /* in insertion order */

  if (members == NULL)
    {
      g_string_append (out, "{}");
      return;
    }

  g_string_append_c (out, '{');
  for (GList *l = members; l != NULL; l = l->next)
    {
      write_indent (out, depth + 1);
      write_string (out, l->data);
      g_string_append (out, ": ");
      write_node (out, json_object_get_member (object, l->data), depth + 1);
      if (l->next != NULL)
        g_string_append_c (out, ',');
    }
  write_indent (out, depth);
  g_string_append_c (out, '}');
}

static void
write_array (GString   *out,
             JsonArray *array,
             guint      depth)
{
  guint length = json_array_get_length (array);

  if (length == 0)
    {
      g_string_append (out, "[]");
      return;
    }

  g_string_append_c (out, '[');
  for (guint i = 0; i < length; i++)
    {
      write_indent (out, depth + 1);
      write_node (out, json_array_get_element (array, i), depth + 1);
      if (i + 1 < length)
        g_string_append_c (out, ',');
    }
  write_indent (out, depth);
  g_string_append_c (out, ']');
}

static void
write_node (GString  *out,
            JsonNode *node,
            guint     depth)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      write_object (out, json_node_get_object (node), depth);
      break;
    case JSON_NODE_ARRAY:
      write_array (out, json_node_get_array (node), depth);
      break;
    case JSON_NODE_VALUE:
      write_value (out, node);
      break;
    case JSON_NODE_NULL:
    default:
      g_string_append (out, "null");
    }
}

/**
 * solar_json_write:
 * @root: the document
 *
 * Returns: (transfer full): @root as pretty-printed UTF-8 JSON text, ending in a newline
 */
GBytes *
solar_json_write (JsonNode *root)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (root != NULL, NULL);

  write_node (out, root, 0);
  g_string_append_c (out, '\n');
  return g_string_free_to_bytes (out);
}
