/* solar-csv.c: reading what spreadsheets save as CSV
 *
 * Planners keep their KOL lists in Excel, WPS or LibreOffice, and each saves "CSV" its own
 * way: UTF-8 with or without a byte order mark, or GB18030/GBK (what Excel and WPS write in
 * a Chinese locale), fields separated by commas, semicolons (where the comma is the decimal
 * point) or tabs ("Unicode text"), quoted fields holding separators, quotes and line breaks.
 * This reads all of them into rows of fields, each knowing where it stood in the file, so
 * that what is wrong with a row can be said by line and column. Nothing here knows what the
 * columns mean: that is solar-roster-csv.c.
 *
 * Bad input never crashes it and never takes long: a binary file, a truncated character,
 * a quote left open, a file of 100 MB or a row of a million columns each get a message that
 * says what is wrong, where, and what to do.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-csv"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "solar-csv.h"

#define UTF8_BOM "\xEF\xBB\xBF"

G_DEFINE_QUARK (solar-csv-error-quark, solar_csv_error)

static void
row_clear (gpointer data)
{
  SolarCsvRow *row = data;

  for (guint i = 0; i < row->n_fields; i++)
    g_free (row->fields[i].text);
  g_free (row->fields);
}

void
solar_csv_free (SolarCsv *csv)
{
  if (csv == NULL)
    return;
  g_free (csv->file_name);
  g_free (csv->encoding);
  g_clear_pointer (&csv->rows, g_array_unref);
  g_free (csv);
}

/* Where byte @offset of @text is, as a person counts: line and character, from 1. */
static void
locate (const char *text,
        gsize       offset,
        guint      *line,
        guint      *column)
{
  const char *line_start = text;

  *line = 1;
  for (const char *p = text; p < text + offset; p++)
    if (*p == '\n')
      {
        (*line)++;
        line_start = p + 1;
      }
  *column = 1;
  for (const char *p = line_start; p < text + offset; p = g_utf8_next_char (p))
    (*column)++;
}

static gboolean
has_multibyte (const char *data,
               gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if ((guchar)data[i] >= 0x80)
      return TRUE;
  return FALSE;
}

/* Whether @tail, the end of the file, is the start of a UTF-8 character and no more. */
static gboolean
cut_short (const char *tail,
           gsize       length)
{
  guchar lead = (guchar)tail[0];
  gsize needed = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0;

  if (needed == 0 || length >= needed)
    return FALSE;
  for (gsize i = 1; i < length; i++)
    if (((guchar)tail[i] & 0xC0) != 0x80)
      return FALSE;
  return TRUE;
}

/* The file as UTF-8 text: as it is, or converted from GB18030 (a superset of GBK and
 * GB2312, which is what "ANSI" means on a Chinese Windows). */
static char *
decode (GBytes      *bytes,
        const char  *file_name,
        char       **encoding,
        GError     **error)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  const char *nul;
  const char *invalid;
  g_autoptr(GError) convert_error = NULL;
  char *text;

  if (length > SOLAR_CSV_MAX_BYTES)
    {
      g_set_error (error, SOLAR_CSV_ERROR, SOLAR_CSV_ERROR_TOO_LARGE,
                   _("%s: the file is %.1f MiB, more than the %d MiB a roster may have; check "
                     "that it is the right file, or split it"),
                   file_name, length / (1024.0 * 1024.0), SOLAR_CSV_MAX_BYTES / (1024 * 1024));
      return NULL;
    }
  if (data == NULL || length == 0)
    {
      g_set_error (error, SOLAR_CSV_ERROR, SOLAR_CSV_ERROR_EMPTY,
                   _("%s: the file is empty; save the sheet again and import that"), file_name);
      return NULL;
    }
  if (length >= 2 && (((guchar)data[0] == 0xff && (guchar)data[1] == 0xfe) ||
                      ((guchar)data[0] == 0xfe && (guchar)data[1] == 0xff)))
    {
      g_set_error (error, SOLAR_CSV_ERROR, SOLAR_CSV_ERROR_ENCODING,
                   _("%s: the file is saved as UTF-16 (“Unicode text”); save the sheet as "
                     "“CSV UTF-8” and import that"), file_name);
      return NULL;
    }
  if ((nul = memchr (data, '\0', length)) != NULL)
    {
      g_set_error (error, SOLAR_CSV_ERROR, SOLAR_CSV_ERROR_NOT_TEXT,
                   _("%s: this is not a CSV text file (it holds a NUL byte at byte %lu), perhaps a "
                     "workbook (.xlsx, .et, .ods); save the sheet as CSV and import that"),
                   file_name, (unsigned long)(nul - data) + 1);
      return NULL;
    }

  if (length >= 3 && memcmp (data, UTF8_BOM, 3) == 0)
    {
      data += 3;
      length -= 3;
    }
  if (g_utf8_validate (data, length, &invalid))
    {
      *encoding = g_strdup ("UTF-8");
      return g_strndup (data, length);
    }
  /* Chinese in UTF-8 that breaks somewhere, or a UTF-8 file cut in the middle of its last
   * character, is a damaged UTF-8 file: read as GB18030 it would be mojibake, not an
   * error. GB18030 text is rarely valid UTF-8 even for one character. */
  if (!has_multibyte (data, invalid - data) && !cut_short (invalid, length - (invalid - data)))
    {
      text = g_convert (data, length, "UTF-8", "GB18030", NULL, NULL, &convert_error);
      if (text != NULL && g_utf8_validate (text, -1, NULL))
        {
          *encoding = g_strdup ("GB18030");
          return text;
        }
      g_free (text);
    }

  {
    g_autofree char *valid = g_strndup (data, invalid - data);
    guint line, column;

    locate (valid, invalid - data, &line, &column);
    if (cut_short (invalid, length - (invalid - data)))
      g_set_error (error, SOLAR_CSV_ERROR, SOLAR_CSV_ERROR_ENCODING,
                   _("%s: line %u, column %u: the file ends in the middle of a character, so it "
                     "was cut short; save or copy it again"), file_name, line, column);
    else
      g_set_error (error, SOLAR_CSV_ERROR, SOLAR_CSV_ERROR_ENCODING,
                   _("%s: line %u, column %u: the text is neither UTF-8 nor GB18030 (a character "
                     "is damaged or the encoding is another); save the sheet as “CSV UTF-8” and "
                     "import that"), file_name, line, column);
  }
  return NULL;
}

/* The separator of the first record: the one of comma, semicolon and tab it has most of,
 * outside quotes. A one-column file has none: a comma then. */
static char
sniff_separator (const char *text)
{
  guint commas = 0, semicolons = 0, tabs = 0;
  gboolean quoted = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (!quoted && (*p == '\n' || *p == '\r'))
        {
          if (commas + semicolons + tabs > 0)
            break;
        }
      else if (!quoted && *p == ',')
        commas++;
      else if (!quoted && *p == ';')
        semicolons++;
      else if (!quoted && *p == '\t')
        tabs++;
    }
  if (tabs > commas && tabs >= semicolons)
    return '\t';
  if (semicolons > commas)
    return ';';
  return ',';
}

typedef struct
{
  const char *file_name;
  const char *text;
  const char *p;
  guint       line;
  guint       column;
} Reader;

static void
advance (Reader *reader)
{
  if (*reader->p == '\n')
    {
      reader->line++;
      reader->column = 1;
    }
  else
    reader->column++;
  reader->p = g_utf8_next_char (reader->p);
}

static gboolean
at_record_end (Reader *reader)
{
  return *reader->p == '\0' || *reader->p == '\n' || *reader->p == '\r';
}

/* Reads one field from where @reader stands, up to (not past) the separator or line end. */
static gboolean
read_field (Reader         *reader,
            char            separator,
            SolarCsvField  *field,
            GError        **error)
{
  g_autoptr(GString) text = g_string_new (NULL);

  field->line = reader->line;
  field->column = reader->column;

  if (*reader->p == '"')
    {
      advance (reader);
      for (;;)
        {
          if (*reader->p == '\0')
            {
              g_set_error (error, SOLAR_CSV_ERROR, SOLAR_CSV_ERROR_SYNTAX,
                           _("%s: line %u, column %u: the quoted field that starts here is never "
                             "closed (a \" is missing), so the rest of the file would be one cell; "
                             "add the closing quote"),
                           reader->file_name, field->line, field->column);
              return FALSE;
            }
          if (*reader->p == '"')
            {
              advance (reader);
              if (*reader->p != '"')
                break;   /* the closing quote */
              g_string_append_c (text, '"');
              advance (reader);
              continue;
            }
          if (*reader->p == '\r')
            {
              /* A line break inside a cell, as \r\n, \n or \r: kept as \n. */
              advance (reader);
              if (*reader->p == '\n')
                advance (reader);
              else
                {
                  reader->line++;
                  reader->column = 1;
                }
              g_string_append_c (text, '\n');
              continue;
            }
          g_string_append_len (text, reader->p, g_utf8_next_char (reader->p) - reader->p);
          advance (reader);
        }
    }
  /* Unquoted text, or what follows a closing quote (kept, as spreadsheets do). */
  while (!at_record_end (reader) && *reader->p != separator)
    {
      g_string_append_len (text, reader->p, g_utf8_next_char (reader->p) - reader->p);
      advance (reader);
    }
  field->text = g_string_free (g_steal_pointer (&text), FALSE);
  return TRUE;
}

static void
skip_line_end (Reader *reader)
{
  if (*reader->p == '\r')
    {
      reader->p++;
      if (*reader->p == '\n')
        reader->p++;
      reader->line++;
      reader->column = 1;
    }
  else if (*reader->p == '\n')
    advance (reader);
}

static gboolean
row_is_blank (SolarCsvRow *row)
{
  for (guint i = 0; i < row->n_fields; i++)
    for (const char *p = row->fields[i].text; *p != '\0'; p++)
      if (!g_ascii_isspace (*p))
        return FALSE;
  return TRUE;
}

/**
 * solar_csv_read:
 * @file_name: how messages name the file
 *
 * Returns: (transfer full): the rows of @bytes, or %NULL with @error saying what is wrong,
 *   where, and what to do
 */
SolarCsv *
solar_csv_read (GBytes      *bytes,
                const char  *file_name,
                GError     **error)
{
  g_autoptr(SolarCsv) csv = g_new0 (SolarCsv, 1);
  g_autofree char *text = NULL;
  Reader reader;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (file_name != NULL, NULL);

  csv->file_name = g_strdup (file_name);
  csv->rows = g_array_new (FALSE, TRUE, sizeof (SolarCsvRow));
  g_array_set_clear_func (csv->rows, row_clear);
  if ((text = decode (bytes, file_name, &csv->encoding, error)) == NULL)
    return NULL;
  csv->separator = sniff_separator (text);

  reader = (Reader) { file_name, text, text, 1, 1 };
  while (*reader.p != '\0')
    {
      g_autoptr(GArray) fields = g_array_new (FALSE, TRUE, sizeof (SolarCsvField));
      SolarCsvRow row;
      guint row_line = reader.line;

      for (;;)
        {
          SolarCsvField field = { 0 };

          if (fields->len == SOLAR_CSV_MAX_COLUMNS)
            {
              for (guint i = 0; i < fields->len; i++)
                g_free (g_array_index (fields, SolarCsvField, i).text);
              g_set_error (error, SOLAR_CSV_ERROR, SOLAR_CSV_ERROR_TOO_LARGE,
                           _("%s: line %u has more than %d columns; a roster has a few (name, "
                             "platform, tier, followers, fee…): check that it is the right file"),
                           file_name, row_line, SOLAR_CSV_MAX_COLUMNS);
              return NULL;
            }
          if (!read_field (&reader, csv->separator, &field, error))
            {
              for (guint i = 0; i < fields->len; i++)
                g_free (g_array_index (fields, SolarCsvField, i).text);
              return NULL;
            }
          g_array_append_val (fields, field);
          if (*reader.p != csv->separator)
            break;
          advance (&reader);
        }
      skip_line_end (&reader);

      row.n_fields = fields->len;
      row.fields = (SolarCsvField *)(gpointer)g_array_free (g_steal_pointer (&fields), FALSE);
      if (row_is_blank (&row))
        {
          row_clear (&row);
          continue;
        }
      if (csv->rows->len == SOLAR_CSV_MAX_ROWS)
        {
          row_clear (&row);
          g_set_error (error, SOLAR_CSV_ERROR, SOLAR_CSV_ERROR_TOO_LARGE,
                       _("%s: more than %d rows; import the roster in parts"),
                       file_name, SOLAR_CSV_MAX_ROWS);
          return NULL;
        }
      g_array_append_val (csv->rows, row);
    }
  if (csv->rows->len == 0)
    {
      g_set_error (error, SOLAR_CSV_ERROR, SOLAR_CSV_ERROR_EMPTY,
                   _("%s: the file has no rows, only blank lines; save the sheet again and "
                     "import that"), file_name);
      return NULL;
    }
  return g_steal_pointer (&csv);
}
