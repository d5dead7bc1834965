/* solar-json-syntax.c: strict JSON (RFC 8259) checked before json-glib sees the text
 *
 * json-glib 1.6 parses with GScanner, which takes far more than JSON and changes what it
 * reads without a word: 0500 becomes 320 (octal), 0x500 becomes 1280, '\u12G4' a wrong
 * character, "\u0000x" an empty text, comments and single quotes pass, a second value after
 * the first is ignored, and the last of two members with the same name wins. A plan read
 * that way would be saved back changed. Its messages also name the token before the fault
 * ("unexpected string constant") rather than the fault, and a file cut short reads as
 * something else entirely.
 *
 * So the whole text is checked here first, in one pass: the grammar of RFC 8259 exactly,
 * numbers json-glib would get wrong, texts it would mangle, nesting deep enough to crash
 * it, and duplicate members. Each message says what was found, where (line:column, counting
 * characters as editors do) and what to write instead. What passes, json-glib reads as
 * written.
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
  while (syntax->pos < syntax->length && strchr (" \t\n\r", syntax->text[syntax->pos]) != NULL &&
         syntax->text[syntax->pos] != '\0')
    syntax->pos++;
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

/* A text in double quotes; @start and @end (out, optional) bound what is between them. */
static gboolean
check_string (Syntax *syntax,
              gsize  *content_start,
              gsize  *content_end)
{
  gsize start = syntax->pos;

  syntax->pos++;
  if (content_start != NULL)
    *content_start = syntax->pos;
  while (!at_end (syntax))
    {
      guchar c = syntax->text[syntax->pos];

      if (c == '"')
        {
          if (content_end != NULL)
            *content_end = syntax->pos;
          syntax->pos++;
          return TRUE;
        }
      if (c == '\\')
        {
          if (!check_escape (syntax))
            return FALSE;
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

static gboolean
check_number (Syntax *syntax)
{
  gsize start = syntax->pos;
  const char *text = syntax->text;
  gboolean integer = TRUE;
  guint digits = 0;
  g_autofree char *token = NULL;

  if (peek (syntax) == '-')
    syntax->pos++;
  if (!g_ascii_isdigit (peek (syntax)))
    return fail (syntax, syntax->pos, SOLAR_JSON_ERROR_SYNTAX, "expected a digit after “-”");
  if (peek (syntax) == '0' && syntax->pos + 1 < syntax->length &&
      (g_ascii_isdigit (text[syntax->pos + 1]) || strchr ("xXbBoO", text[syntax->pos + 1]) != NULL))
    /* json-glib would read 0500 as octal 320 and 0x500 as 1280, and say nothing. */
    return fail (syntax, start, SOLAR_JSON_ERROR_VALUE,
                 "a number may not start with 0 followed by more digits or a letter (as "
                 "0500 and 0x1F do): JSON numbers are plain decimals, such as 500");
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
        return fail (syntax, syntax->pos, SOLAR_JSON_ERROR_SYNTAX,
                     "expected a digit after the decimal point, as in 2.5");
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
        return fail (syntax, syntax->pos, SOLAR_JSON_ERROR_SYNTAX,
                     "expected the exponent's digits, as in 1.5e6");
      while (g_ascii_isdigit (peek (syntax)))
        syntax->pos++;
    }

  /* json-glib 1.6 reads integers as gint64 and silently turns an overflow into -1.
   * Anything past 15 digits is beyond what a double holds exactly, so reject it. */
  if (integer && digits > 15)
    return fail (syntax, start, SOLAR_JSON_ERROR_VALUE,
                 "number out of range: at most 15 digits are supported");
  /* And 43E444125 becomes infinity, which no JSON writer can write back: a plan holding
   * it (even in a member we only keep) could be opened but never saved. */
  token = g_strndup (text + start, syntax->pos - start);
  if (!integer && !isfinite (g_ascii_strtod (token, NULL)))
    return fail (syntax, start, SOLAR_JSON_ERROR_VALUE,
                 "number out of range: it is larger than about 1e308");
  return TRUE;
}

static gboolean
check_word (Syntax *syntax)
{
  static const char * const words[] = { "true", "false", "null" };
  gsize end = syntax->pos;
  g_autofree char *word = NULL;

  while (end < syntax->length && (g_ascii_isalnum (syntax->text[end]) || syntax->text[end] == '_'))
    end++;
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (end - syntax->pos == strlen (words[i]) && strncmp (syntax->text + syntax->pos, words[i], end - syntax->pos) == 0)
      {
        syntax->pos = end;
        return TRUE;
      }

  word = g_strndup (syntax->text + syntax->pos, MIN (end - syntax->pos, 40));
  return fail (syntax, syntax->pos, SOLAR_JSON_ERROR_SYNTAX,
               "unexpected word “%s”; a text goes in double quotes, and the only bare words "
               "are true, false and null", word);
}

static gboolean check_value (Syntax *syntax, guint depth);

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

static gboolean
cut_off (Syntax     *syntax,
         gsize       open,
         const char *what,
         char        close)
{
  guint line, column;

  locate (syntax, open, &line, &column);
  return fail (syntax, syntax->pos, SOLAR_JSON_ERROR_SYNTAX,
               "the file ends inside the %s that starts at %u:%u: a “%c” is missing; "
               "the file may have been cut off", what, line, column, close);
}

static gboolean
check_object (Syntax *syntax,
              guint   depth)
{
  gsize open = syntax->pos;
  g_autoptr(GHashTable) names = NULL;
  gsize comma = 0;
  gsize value_end;

  if (!enter (syntax, depth))
    return FALSE;
  if (peek (syntax) == '}')
    {
      syntax->pos++;
      return TRUE;
    }

  for (;;)
    {
      gsize name_pos = syntax->pos;
      gsize name_start, name_end;
      g_autofree char *found = NULL;
      char *name;

      if (at_end (syntax))
        return cut_off (syntax, open, "object", '}');
      if (peek (syntax) == '}' && comma > 0)
        return fail (syntax, comma, SOLAR_JSON_ERROR_SYNTAX,
                     "a comma before the closing “}”; remove the comma");
      if (peek (syntax) == '/' || peek (syntax) == '\'')
        return check_value (syntax, depth + 1);   /* says what is wrong with comments and quotes */
      if (peek (syntax) != '"')
        {
          found = describe (syntax, syntax->pos);
          return fail (syntax, syntax->pos, SOLAR_JSON_ERROR_SYNTAX,
                       "expected a member name in double quotes, got %s", found);
        }
      if (!check_string (syntax, &name_start, &name_end))
        return FALSE;

      /* Two members of one name: json-glib keeps the last, so what the file seems to say
       * and what is read would differ. Names are compared as written. */
      if (names == NULL)
        names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      name = g_strndup (syntax->text + name_start, name_end - name_start);
      if (!g_hash_table_add (names, name))
        return fail (syntax, name_pos, SOLAR_JSON_ERROR_DUPLICATE,
                     "the member “%s” is in this object twice; keep one", name);

      skip_space (syntax);
      if (peek (syntax) != ':')
        {
          found = describe (syntax, syntax->pos);
          return at_end (syntax) ? cut_off (syntax, open, "object", '}')
                                 : fail (syntax, syntax->pos, SOLAR_JSON_ERROR_SYNTAX,
                                         "expected “:” after the member name “%s”, got %s", name, found);
        }
      syntax->pos++;
      skip_space (syntax);
      if (at_end (syntax))
        return cut_off (syntax, open, "object", '}');
      if (!check_value (syntax, depth + 1))
        return FALSE;
      value_end = syntax->pos;
      skip_space (syntax);

      if (peek (syntax) == '}')
        {
          syntax->pos++;
          return TRUE;
        }
      if (at_end (syntax))
        return cut_off (syntax, open, "object", '}');
      if (peek (syntax) != ',')
        {
          found = describe (syntax, syntax->pos);
          /* Pointed where the comma belongs, as an editor would, not at the next line. */
          return fail (syntax, value_end, SOLAR_JSON_ERROR_SYNTAX,
                       "expected “,” or “}” after the member “%s”, got %s; is a comma missing?",
                       name, found);
        }
      comma = syntax->pos++;
      skip_space (syntax);
    }
}

static gboolean
check_array (Syntax *syntax,
             guint   depth)
{
  gsize open = syntax->pos;
  gsize comma = 0;
  gsize value_end;

  if (!enter (syntax, depth))
    return FALSE;
  if (peek (syntax) == ']')
    {
      syntax->pos++;
      return TRUE;
    }

  for (;;)
    {
      g_autofree char *found = NULL;

      if (at_end (syntax))
        return cut_off (syntax, open, "list", ']');
      if (peek (syntax) == ']' && comma > 0)
        return fail (syntax, comma, SOLAR_JSON_ERROR_SYNTAX,
                     "a comma before the closing “]”; remove the comma");
      if (!check_value (syntax, depth + 1))
        return FALSE;
      value_end = syntax->pos;
      skip_space (syntax);

      if (peek (syntax) == ']')
        {
          syntax->pos++;
          return TRUE;
        }
      if (at_end (syntax))
        return cut_off (syntax, open, "list", ']');
      if (peek (syntax) != ',')
        {
          found = describe (syntax, syntax->pos);
          return fail (syntax, value_end, SOLAR_JSON_ERROR_SYNTAX,
                       "expected “,” or “]” after an item of the list, got %s; is a comma missing?",
                       found);
        }
      comma = syntax->pos++;
      skip_space (syntax);
    }
}

static gboolean
check_value (Syntax *syntax,
             guint   depth)
{
  g_autofree char *found = NULL;
  char c = peek (syntax);

  if (c == '{')
    return check_object (syntax, depth);
  if (c == '[')
    return check_array (syntax, depth);
  if (c == '"')
    return check_string (syntax, NULL, NULL);
  if (c == '-' || g_ascii_isdigit (c))
    return check_number (syntax);
  if (g_ascii_isalpha (c))
    return check_word (syntax);
  if (at_end (syntax))
    return fail (syntax, syntax->pos, SOLAR_JSON_ERROR_SYNTAX,
                 "the file ends where a value was expected; it may have been cut off");
  if (c == '\'')
    return fail (syntax, syntax->pos, SOLAR_JSON_ERROR_SYNTAX,
                 "a text goes in double quotes (\"…\"), not single quotes");
  if (c == '/')
    return fail (syntax, syntax->pos, SOLAR_JSON_ERROR_SYNTAX,
                 "JSON has no comments; remove it, or keep the note in the plan's notes");

  found = describe (syntax, syntax->pos);
  return fail (syntax, syntax->pos, SOLAR_JSON_ERROR_SYNTAX,
               "expected a value (a text in double quotes, a number, true, false, null, an "
               "object or a list), got %s", found);
}

/**
 * solar_json_check_syntax:
 * @text: UTF-8 text, already validated, @length bytes long (it may hold NUL bytes)
 *
 * Returns: %TRUE if @text is one JSON value, exactly as RFC 8259 has it, that json-glib
 *   reads as written; otherwise sets @error to "FILE:LINE:COL: what and what to do"
 */
gboolean
solar_json_check_syntax (const char  *text,
                         gsize        length,
                         const char  *file_name,
                         GError     **error)
{
  Syntax syntax = { text, length, 0, file_name, error };
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
      return FALSE;
    }
  if (!check_value (&syntax, 0))
    return FALSE;
  skip_space (&syntax);
  if (at_end (&syntax))
    return TRUE;

  found = describe (&syntax, syntax.pos);
  return fail (&syntax, syntax.pos, SOLAR_JSON_ERROR_SYNTAX,
               "more after the end of the JSON value (%s); a file holds one object", found);
}
