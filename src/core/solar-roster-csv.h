/* solar-roster-csv.h: a KOL roster in and out of a spreadsheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "solar-csv.h"
#include "solar-dataset.h"
#include "solar-kol.h"

G_BEGIN_DECLS

/* A row left out of an import, and why. */
typedef struct
{
  guint  line;
  guint  column;
  char  *column_name;   /* the header of the column at fault, as the file writes it */
  char  *message;       /* "line 4, column 12 (粉丝数): “lots” is not a number…" */
} SolarRosterRejection;

typedef struct
{
  GPtrArray *kols;             /* SolarKol: the rows to add, in the file's order */
  GArray    *kol_lines;        /* guint: the line each came from */
  GPtrArray *rejections;       /* SolarRosterRejection */
  GStrv      ignored_columns;  /* headers not imported ("备注") */
  guint      n_without_tier;   /* rows with no tier, made Mid as Add KOL makes them */
  char      *encoding;
  char       separator;
} SolarRosterImport;

SolarRosterImport *solar_roster_csv_import    (GBytes            *bytes,
                                               const char        *file_name,
                                               SolarDataset      *dataset,
                                               GError           **error);
void               solar_roster_import_free   (SolarRosterImport *import);
GBytes            *solar_roster_csv_export    (GListModel        *kols,
                                               SolarDataset      *dataset);
SolarRosterImport *solar_roster_tsv_paste     (const char        *text,
                                               SolarDataset      *dataset,
                                               GError           **error);
char              *solar_roster_tsv_copy      (SolarKol         **kols,
                                               guint              n_kols,
                                               SolarDataset      *dataset);
gboolean           solar_roster_parse_amount  (const char        *text,
                                               double            *value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SolarRosterImport, solar_roster_import_free)

G_END_DECLS
