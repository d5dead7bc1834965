/* solar-json-syntax.c: strict JSON (RFC 8259), read into json-glib's nodes in one pass
 *
 * json-glib 1.6 parses with GScanner, which takes far more than JSON and changes what it
 * reads without a word: 0500 becomes 320 (octal), 0x500 becomes 1280, '\u12G4' a wrong
 * character, "\u0000x" an empty text, comments and single quotes pass, a second value after
 * the first is ignored, and the last of two members with the same name wins. A plan read
 * that way would be saved back changed. Its messages also name the token before the fault
 * ("unexpected string constant") rather than the fault, and a file cut short reads as
 * something else entirely.
 *
 * So the text is read here instead, and checked as it is read: the grammar of RFC 8259
 * exactly, numbers json-glib would get wrong, texts it would mangle, nesting deep enough to
 * crash it, and duplicate members. Each message says what was found, where (line:column,
 * counting characters as editors do) and what to write instead. What passes becomes the
 * JsonNode tree json-glib's own parser would have built from it (tests/test-json-reader.c
 * compares the two), in about half of json-glib's time: checking first and then handing
 * the text to json-glib read every file twice, and GScanner is slow.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-json"

#include "config.h"

#include <math.h>
#include <string.h>

#include "solar-json-private.h"

typedef struct
{
  const char  *text;
  gsize        length;
  gsize        pos;
  const char  *file_name;
  GError     **error;
  GString     *scratch;   /* a text being decoded, reused: most texts need no allocation */
} Syntax;

/* Line and column (in characters) of @pos; only on the error path, so a rescan is fine. */
static void
locate (const Syntax *syntax,
        gsize         pos,
        guint        *line,
        guint        *column)
{
  gsize line_start = 0;

  *line = 1;
  for (gsize i = 0; i < pos && i < syntax->length; i++)
    if (syntax->text[i] == '\n')
      {
        (*line)++;
        line_start = i + 1;
      }
  *column = g_utf8_strlen (syntax->text + line_start, MIN (pos, syntax->length) - line_start) + 1;
}

static gboolean G_GNUC_PRINTF (4, 5)
fail (Syntax         *syntax,
      gsize           pos,
      SolarJsonError  code,
      const char     *format,
      ...)
{
  g_autofree char *message = NULL;
  guint line, column;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  locate (syntax, pos, &line, &column);
  g_set_error (syntax->error, SOLAR_JSON_ERROR, code, "%s:%u:%u: %s",
               syntax->file_name, line, column, message);
  return FALSE;
}

/* What is at @pos, for a message: “x”, or the end of the file. */
static char *
describe (const Syntax *syntax,
          gsize         pos)
{
  const char *at = syntax->text + pos;
  gunichar c;

  if (pos >= syntax->length)
    return g_strdup ("the end of the file");
  c = g_utf8_get_char (at);
  if (c < 0x20 || c == 0x7f)
    return g_strdup_printf ("a control character (U+%04X)", c);
  if (c == 0xa0 || c == 0x3000 || c == 0xfeff)
    return g_strdup_printf ("a space JSON does not allow (U+%04X, perhaps typed with a Chinese "
                            "input method); delete it", c);
  return g_strdup_printf ("“%.*s”", (int)(g_utf8_next_char (at) - at), at);
}

static void
skip_space (Syntax *syntax)
{
  for (; syntax->pos < syntax->length; syntax->pos++)
    {
      char c = syntax->text[syntax->pos];

      if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
        break;
    }
}

static gboolean at_end (const Syntax *syntax) { return syntax->pos >= syntax->length; }
static char peek (const Syntax *syntax) { return at_end (syntax) ? '\0' : syntax->text[syntax->pos]; }

static int
hex_value (char c)
{
  if (g_ascii_isdigit (c))
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* Reads the four hex digits after "\u" at @pos; -1 if they are not four hex digits. */
static int
read_unicode_escape (const Syntax *syntax,
                     gsize         pos)
{
  int value = 0;

  if (pos + 6 > syntax->length)
    return -1;
  for (gsize i = pos + 2; i < pos + 6; i++)
    {
      int digit = hex_value (syntax->text[i]);

      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }
  return value;
}

static gboolean
check_escape (Syntax *syntax)
{
  gsize pos = syntax->pos;
  char kind = pos + 1 < syntax->length ? syntax->text[pos + 1] : '\0';
  int value;

  if (kind == '\0' || strchr ("\"\\/bfnrtu", kind) == NULL)
    /* json-glib 1.6 also takes C's octal escapes (\721), which put raw bytes into the text. */
    return fail (syntax, pos, SOLAR_JSON_ERROR_SYNTAX,
                 "invalid escape in a text: JSON allows only \\\", \\\\, \\/, \\b, \\f, \\n, "
                 "\\r, \\t and \\uXXXX");
  if (kind != 'u')
    {
      syntax->pos += 2;
      return TRUE;
    }

  if ((value = read_unicode_escape (syntax, pos)) < 0)
    return fail (syntax, pos, SOLAR_JSON_ERROR_SYNTAX,
                 "\\u must be followed by four hexadecimal digits, as in \\u4E2D");
  if (value == 0)
    return fail (syntax, pos, SOLAR_JSON_ERROR_SYNTAX,
                 "a text may not hold \\u0000 (a NUL character); remove it");
  if (value >= 0xdc00 && value <= 0xdfff)
    return fail (syntax, pos, SOLAR_JSON_ERROR_ENCODING,
                 "the text has half a character (a lone \\u escape); write the character itself");
  if (value >= 0xd800 && value <= 0xdbff)
    {
      /* The low half must follow as a second escape; the text may end first (fuzzing found
       * this read past the end of "{\"\\udb0f"). */
      int low = pos + 12 <= syntax->length && syntax->text[pos + 6] == '\\' && syntax->text[pos + 7] == 'u'
                ? read_unicode_escape (syntax, pos + 6) : -1;

      if (low < 0xdc00 || low > 0xdfff)
        return fail (syntax, pos, SOLAR_JSON_ERROR_ENCODING,
                     "the text has half a character (a lone \\u escape); write the character itself");
      syntax->pos += 6;
    }
  syntax->pos += 6;
  return TRUE;
}

/* A text in double quotes, checked; @content_start and @content_end bound what is between
 * the quotes, and @escaped says whether it holds escapes to decode. */
static gboolean
check_string (Syntax   *syntax,
              gsize    *content_start,
              gsize    *content_end,
              gboolean *escaped)
{
  gsize start = syntax->pos;

  syntax->pos++;
  *content_start = syntax->pos;
  *escaped = FALSE;
  while (!at_end (syntax))
    {
      guchar c = syntax->text[syntax->pos];

      if (c == '"')
        {
          *content_end = syntax->pos;
          syntax->pos++;
          return TRUE;
        }
      if (c == '\\')
        {
          if (!check_escape (syntax))
            return FALSE;
          *escaped = TRUE;
          continue;
        }
      if (c == '\n' || c == '\r')
        return fail (syntax, start, SOLAR_JSON_ERROR_SYNTAX,
                     "this text does not end on its line; close it with \" (a line break "
                     "inside a text is written \\n)");
      if (c == '\t')
        return fail (syntax, syntax->pos, SOLAR_JSON_ERROR_SYNTAX,
                     "a text may not hold a raw tab; write it as \\t");
      if (c < 0x20)
        return fail (syntax, syntax->pos, SOLAR_JSON_ERROR_SYNTAX,
                     "a text may not hold a control character (U+%04X); write it as \\u%04X",
                     c, c);
      syntax->pos++;
    }
  return fail (syntax, start, SOLAR_JSON_ERROR_SYNTAX,
               "the text that starts here never ends: the file ends before its closing \"; "
               "it may have been cut off");
}

/* The text between @start and @end with its escapes decoded (check_string() checked
 * them), in the scratch string: valid until the next text is decoded. */
static const char *
decode_string (Syntax   *syntax,
               gsize     start,
               gsize     end,
               gboolean  escaped)
{
  const char *text = syntax->text;
  GString *out = syntax->scratch;
  gsize i = start;

  g_string_truncate (out, 0);
  if (!escaped)
    return g_string_append_len (out, text + start, end - start)->str;

  while (i < end)
    {
      const char *escape = memchr (text + i, '\\', end - i);
      gsize run_end = escape != NULL ? (gsize)(escape - text) : end;
      int value;

      g_string_append_len (out, text + i, run_end - i);
      i = run_end;
      if (i >= end)
        break;

      switch (text[i + 1])
        {
        case 'b': g_string_append_c (out, '\b'); break;
        case 'f': g_string_append_c (out, '\f'); break;
        case 'n': g_string_append_c (out, '\n'); break;
        case 'r': g_string_append_c (out, '\r'); break;
        case 't': g_string_append_c (out, '\t'); break;
        case 'u':
          value = read_unicode_escape (syntax, i);
          if (value >= 0xd800 && value <= 0xdbff)
            {
              int low = read_unicode_escape (syntax, i + 6);

              value = 0x10000 + ((value - 0xd800) << 10) + (low - 0xdc00);
              i += 6;
            }
          g_string_append_unichar (out, value);
          i += 4;
          break;
        default:   /* \" \\ and \/ stand for themselves */
          g_string_append_c (out, text[i + 1]);
          break;
        }
      i += 2;
    }
  return out->str;
}

static JsonNode *
read_string (Syntax *syntax)
{
  gsize start, end;
  gboolean escaped;

  if (!check_string (syntax, &start, &end, &escaped))
    return NULL;
  return json_node_init_string (json_node_alloc (), decode_string (syntax, start, end, escaped));
}

static JsonNode *
read_number (Syntax *syntax)
{
  gsize start = syntax->pos;
  const char *text = syntax->text;
  gboolean integer = TRUE;
  guint digits = 0;
  double value;

  if (peek (syntax) == '-')
    syntax->pos++;
  if (!g_ascii_isdigit (peek (syntax)))
    {
      fail (syntax, syntax->pos, SOLAR_JSON_ERROR_SYNTAX, "expected a digit after “-”");
      return NULL;
    }
  if (peek (syntax) == '0' && syntax->pos + 1 < syntax->length &&
      (g_ascii_isdigit (text[syntax->pos + 1]) || strchr ("xXbBoO", text[syntax->pos + 1]) != NULL))
    {
      /* json-glib would read 0500 as octal 320 and 0x500 as 1280, and say nothing. */
      fail (syntax, start, SOLAR_JSON_ERROR_VALUE,
            "a number may not start with 0 followed by more digits or a letter (as "
            "0500 and 0x1F do): JSON numbers are plain decimals, such as 500");
      return NULL;
    }
  while (g_ascii_isdigit (peek (syntax)))
    {
      syntax->pos++;
      digits++;
    }
  if (peek (syntax) == '.')
    {
      integer = FALSE;
      syntax->pos++;
      if (!g_ascii_isdigit (peek (syntax)))
        {
          fail (syntax, syntax->pos, SOLAR_JSON_ERROR_SYNTAX,
                "expected a digit after the decimal point, as in 2.5");
          return NULL;
        }
      while (g_ascii_isdigit (peek (syntax)))
        syntax->pos++;
    }
  if (peek (syntax) == 'e' || peek (syntax) == 'E')
    {
      integer = FALSE;
      syntax->pos++;
      if (peek (syntax) == '+' || peek (syntax) == '-')
        syntax->pos++;
      if (!g_ascii_isdigit (peek (syntax)))
        {
          fail (syntax, syntax->pos, SOLAR_JSON_ERROR_SYNTAX,
                "expected the exponent's digits, as in 1.5e6");
          return NULL;
        }
      while (g_ascii_isdigit (peek (syntax)))
        syntax->pos++;
    }

  if (integer)
    {
      gint64 whole = 0;

      /* json-glib 1.6 reads integers as gint64 and silently turns an overflow into -1.
       * Anything past 15 digits is beyond what a double holds exactly, so reject it. */
      if (digits > 15)
        {
          fail (syntax, start, SOLAR_JSON_ERROR_VALUE,
                "number out of range: at most 15 digits are supported");
          return NULL;
        }
      for (gsize i = syntax->pos - digits; i < syntax->pos; i++)
        whole = whole * 10 + (text[i] - '0');
      /* An integer, as json-glib reads one: a plan's unknown members are written back as
       * they were read, 5 as 5 and 5.0 as 5.0. */
      return json_node_init_int (json_node_alloc (), text[start] == '-' ? -whole : whole);
    }

  g_string_truncate (syntax->scratch, 0);
  g_string_append_len (syntax->scratch, text + start, syntax->pos - start);
  value = g_ascii_strtod (syntax->scratch->str, NULL);
  /* And 43E444125 becomes infinity, which no JSON writer can write back: a plan holding
   * it (even in a member we only keep) could be opened but never saved. */
  if (!isfinite (value))
    {
      fail (syntax, start, SOLAR_JSON_ERROR_VALUE,
            "number out of range: it is larger than about 1e308");
      return NULL;
    }
  return json_node_init_double (json_node_alloc (), value);
}

static JsonNode *
read_word (Syntax *syntax)
{
  gsize end = syntax->pos;
  gsize length;
  g_autofree char *word = NULL;

  while (end < syntax->length && (g_ascii_isalnum (syntax->text[end]) || syntax->text[end] == '_'))
    end++;
  length = end - syntax->pos;

  if (length == 4 && strncmp (syntax->text + syntax->pos, "true", 4) == 0)
    {
      syntax->pos = end;
      return json_node_init_boolean (json_node_alloc (), TRUE);
    }
  if (length == 5 && strncmp (syntax->text + syntax->pos, "false", 5) == 0)
    {
      syntax->pos = end;
      return json_node_init_boolean (json_node_alloc (), FALSE);
    }
  if (length == 4 && strncmp (syntax->text + syntax->pos, "null", 4) == 0)
    {
      syntax->pos = end;
      return json_node_init_null (json_node_alloc ());
    }

  word = g_strndup (syntax->text + syntax->pos, MIN (length, 40));
  fail (syntax, syntax->pos, SOLAR_JSON_ERROR_SYNTAX,
        "unexpected word “%s”; a text goes in double quotes, and the only bare words "
        "are true, false and null", word);
  return NULL;
}

static JsonNode *read_value (Syntax *syntax, guint depth);

static gboolean
enter (Syntax *syntax,
       guint   depth)
{
  if (depth + 1 > SOLAR_JSON_MAX_DEPTH)
    return fail (syntax, syntax->pos, SOLAR_JSON_ERROR_TOO_DEEP,
                 "nested more than %d levels deep; this is not a file Social Solar wrote",
                 SOLAR_JSON_MAX_DEPTH);
  syntax->pos++;
  skip_space (syntax);
  return TRUE;
}

static JsonNode *
cut_off (Syntax     *syntax,
         gsize       open,
         const char *what,
         char        close)
{
  guint line, column;

  locate (syntax, open, &line, &column);
  fail (syntax, syntax->pos, SOLAR_JSON_ERROR_SYNTAX,
        "the file ends inside the %s that starts at %u:%u: a “%c” is missing; "
        "the file may have been cut off", what, line, column, close);
  return NULL;
}

static JsonNode *
read_object (Syntax *syntax,
             guint   depth)
{
  gsize open = syntax->pos;
  g_autoptr(JsonObject) object = NULL;
  gsize comma = 0;
  gsize value_end;

  if (!enter (syntax, depth))
    return NULL;
  object = json_object_new ();
  if (peek (syntax) == '}')
    {
      syntax->pos++;
      return json_node_init_object (json_node_alloc (), object);
    }

  for (;;)
    {
      gsize name_pos = syntax->pos;
      gsize name_start, name_end;
      gboolean escaped;
      g_autofree char *found = NULL;
      const char *name;
      JsonNode *value;

      if (at_end (syntax))
        return cut_off (syntax, open, "object", '}');
      if (peek (syntax) == '}' && comma > 0)
        {
          fail (syntax, comma, SOLAR_JSON_ERROR_SYNTAX,
                "a comma before the closing “}”; remove the comma");
          return NULL;
        }
      if (peek (syntax) == '/' || peek (syntax) == '\'')
        return read_value (syntax, depth + 1);   /* fails, saying what is wrong with comments and quotes */
      if (peek (syntax) != '"')
        {
          found = describe (syntax, syntax->pos);
          fail (syntax, syntax->pos, SOLAR_JSON_ERROR_SYNTAX,
                "expected a member name in double quotes, got %s", found);
          return NULL;
        }
      if (!check_string (syntax, &name_start, &name_end, &escaped))
        return NULL;

      /* Two members of one name: json-glib keeps the last, so what the file seems to say
       * and what is read would differ. */
      name = decode_string (syntax, name_start, name_end, escaped);
      if (json_object_has_member (object, name))
        {
          fail (syntax, name_pos, SOLAR_JSON_ERROR_DUPLICATE,
                "the member “%s” is in this object twice; keep one", name);
          return NULL;
        }

      skip_space (syntax);
      if (peek (syntax) != ':')
        {
          if (at_end (syntax))
            return cut_off (syntax, open, "object", '}');
          found = describe (syntax, syntax->pos);
          fail (syntax, syntax->pos, SOLAR_JSON_ERROR_SYNTAX,
                "expected “:” after the member name “%s”, got %s", name, found);
          return NULL;
        }
      syntax->pos++;
      skip_space (syntax);
      if (at_end (syntax))
        return cut_off (syntax, open, "object", '}');
      if ((value = read_value (syntax, depth + 1)) == NULL)
        return NULL;
      /* The value's texts went through the scratch string too: decode the name again. */
      name = decode_string (syntax, name_start, name_end, escaped);
      json_object_set_member (object, name, value);
      value_end = syntax->pos;
      skip_space (syntax);

      if (peek (syntax) == '}')
        {
          syntax->pos++;
          return json_node_init_object (json_node_alloc (), object);
        }
      if (at_end (syntax))
        return cut_off (syntax, open, "object", '}');
      if (peek (syntax) != ',')
        {
          found = describe (syntax, syntax->pos);
          /* Pointed where the comma belongs, as an editor would, not at the next line. */
          fail (syntax, value_end, SOLAR_JSON_ERROR_SYNTAX,
                "expected “,” or “}” after the member “%s”, got %s; is a comma missing?",
                name, found);
          return NULL;
        }
      comma = syntax->pos++;
      skip_space (syntax);
    }
}

static JsonNode *
read_array (Syntax *syntax,
            guint   depth)
{
  gsize open = syntax->pos;
  g_autoptr(JsonArray) array = NULL;
  gsize comma = 0;
  gsize value_end;

  if (!enter (syntax, depth))
    return NULL;
  array = json_array_new ();
  if (peek (syntax) == ']')
    {
      syntax->pos++;
      return json_node_init_array (json_node_alloc (), array);
    }

  for (;;)
    {
      g_autofree char *found = NULL;
      JsonNode *element;

      if (at_end (syntax))
        return cut_off (syntax, open, "list", ']');
      if (peek (syntax) == ']' && comma > 0)
        {
          fail (syntax, comma, SOLAR_JSON_ERROR_SYNTAX,
                "a comma before the closing “]”; remove the comma");
          return NULL;
        }
      if ((element = read_value (syntax, depth + 1)) == NULL)
        return NULL;
      json_array_add_element (array, element);
      value_end = syntax->pos;
      skip_space (syntax);

      if (peek (syntax) == ']')
        {
          syntax->pos++;
          return json_node_init_array (json_node_alloc (), array);
        }
      if (at_end (syntax))
        return cut_off (syntax, open, "list", ']');
      if (peek (syntax) != ',')
        {
          found = describe (syntax, syntax->pos);
          fail (syntax, value_end, SOLAR_JSON_ERROR_SYNTAX,
                "expected “,” or “]” after an item of the list, got %s; is a comma missing?",
                found);
          return NULL;
        }
      comma = syntax->pos++;
      skip_space (syntax);
    }
}

static JsonNode *
read_value (Syntax *syntax,
            guint   depth)
{
  g_autofree char *found = NULL;
  char c = peek (syntax);

  if (c == '{')
    return read_object (syntax, depth);
  if (c == '[')
    return read_array (syntax, depth);
  if (c == '"')
    return read_string (syntax);
  if (c == '-' || g_ascii_isdigit (c))
    return read_number (syntax);
  if (g_ascii_isalpha (c))
    return read_word (syntax);

  if (at_end (syntax))
    fail (syntax, syntax->pos, SOLAR_JSON_ERROR_SYNTAX,
          "the file ends where a value was expected; it may have been cut off");
  else if (c == '\'')
    fail (syntax, syntax->pos, SOLAR_JSON_ERROR_SYNTAX,
          "a text goes in double quotes (\"…\"), not single quotes");
  else if (c == '/')
    fail (syntax, syntax->pos, SOLAR_JSON_ERROR_SYNTAX,
          "JSON has no comments; remove it, or keep the note in the plan's notes");
  else
    {
      found = describe (syntax, syntax->pos);
      fail (syntax, syntax->pos, SOLAR_JSON_ERROR_SYNTAX,
            "expected a value (a text in double quotes, a number, true, false, null, an "
            "object or a list), got %s", found);
    }
  return NULL;
}

/**
 * solar_json_read_text:
 * @text: UTF-8 text, already validated, @length bytes long (it may hold NUL bytes)
 *
 * Returns: (transfer full) (nullable): the one JSON value @text holds, exactly as RFC 8259
 *   has it, as json-glib's parser would have read it; otherwise %NULL, with @error set to
 *   "FILE:LINE:COL: what and what to do"
 */
JsonNode *
solar_json_read_text (const char  *text,
                      gsize        length,
                      const char  *file_name,
                      GError     **error)
{
  g_autoptr(GString) scratch = g_string_sized_new (256);
  Syntax syntax = { text, length, 0, file_name, error, scratch };
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *found = NULL;

  /* A byte-order mark is no part of JSON, but editors on Windows write one, and it is
   * harmless: json-glib skips it too. */
  if (length >= 3 && memcmp (text, "\xef\xbb\xbf", 3) == 0)
    syntax.pos = 3;

  skip_space (&syntax);
  if (at_end (&syntax))
    {
      g_set_error (error, SOLAR_JSON_ERROR, SOLAR_JSON_ERROR_EMPTY,
                   "%s: the file is empty; expected a JSON object", file_name);
      return NULL;
    }
  if ((root = read_value (&syntax, 0)) == NULL)
    return NULL;
  skip_space (&syntax);
  if (at_end (&syntax))
    return g_steal_pointer (&root);

  found = describe (&syntax, syntax.pos);
  fail (&syntax, syntax.pos, SOLAR_JSON_ERROR_SYNTAX,
        "more after the end of the JSON value (%s); a file holds one object", found);
  return NULL;
}
