/* solar-csv.h: reading what spreadsheets save as CSV
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define SOLAR_CSV_ERROR (solar_csv_error_quark ())

typedef enum
{
  SOLAR_CSV_ERROR_TOO_LARGE,     /* more bytes, rows or columns than a roster has */
  SOLAR_CSV_ERROR_NOT_TEXT,      /* NUL bytes: a spreadsheet's own format, or damage */
  SOLAR_CSV_ERROR_ENCODING,      /* neither UTF-8 nor GB18030 */
  SOLAR_CSV_ERROR_SYNTAX,        /* a quote left open */
  SOLAR_CSV_ERROR_EMPTY,
} SolarCsvError;

GQuark solar_csv_error_quark (void);

/* The most a roster file may hold: more is not a roster (and would freeze a preview). */
#define SOLAR_CSV_MAX_BYTES   (16 * 1024 * 1024)
#define SOLAR_CSV_MAX_ROWS    100000
#define SOLAR_CSV_MAX_COLUMNS 256

typedef struct
{
  char  *text;        /* UTF-8, quotes undone */
  guint  line;        /* where the field starts in the file, from 1 */
  guint  column;      /* in characters, from 1 */
} SolarCsvField;

typedef struct
{
  guint          n_fields;
  SolarCsvField *fields;
} SolarCsvRow;

typedef struct
{
  char        *file_name;
  char        *encoding;    /* "UTF-8" or "GB18030", as found */
  char         separator;   /* ',', ';' or '\t', as found */
  GArray      *rows;        /* of SolarCsvRow, blank lines left out */
} SolarCsv;

SolarCsv *solar_csv_read (GBytes      *bytes,
                          const char  *file_name,
                          GError     **error);
void      solar_csv_free (SolarCsv    *csv);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SolarCsv, solar_csv_free)

G_END_DECLS
