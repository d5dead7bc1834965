/* solar-roster-csv.h: a plan's KOLs, milestones and KPIs in and out of a spreadsheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "solar-csv.h"
#include "solar-dataset.h"
#include "solar-kol.h"

G_BEGIN_DECLS

/* What the rows of a sheet are. */
typedef enum
{
  SOLAR_ROSTER_KOLS,         /* name, platform, tier, followers, fee, deliverables */
  SOLAR_ROSTER_MILESTONES,   /* name, date, platform */
  SOLAR_ROSTER_KPIS,         /* platform, metric, target, unit */
} SolarRosterKind;

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
  SolarRosterKind kind;
  GPtrArray *items;            /* SolarKol, SolarMilestone or SolarKpi: the rows to add */
  GArray    *lines;            /* guint: the line each came from */
  GPtrArray *owners;           /* char *: for KPIs, the platform each belongs to */
  GPtrArray *rejections;       /* SolarRosterRejection */
  GStrv      ignored_columns;  /* headers not imported ("备注") */
  guint      n_without_tier;   /* KOLs with no tier, made Mid as Add KOL makes them */
  char      *encoding;
  char       separator;
} SolarRosterImport;

SolarRosterImport *solar_roster_csv_import    (GBytes            *bytes,
                                               const char        *file_name,
                                               SolarRosterKind    kind,
                                               SolarDataset      *dataset,
                                               GError           **error);
void               solar_roster_import_free   (SolarRosterImport *import);
GBytes            *solar_roster_csv_export    (GListModel        *items,
                                               SolarRosterKind    kind,
                                               SolarDataset      *dataset);
SolarRosterImport *solar_roster_tsv_paste     (const char        *text,
                                               SolarRosterKind    kind,
                                               SolarDataset      *dataset,
                                               GError           **error);
char              *solar_roster_tsv_copy      (gpointer          *items,
                                               const char * const *owners,
                                               guint              n_items,
                                               SolarRosterKind    kind,
                                               SolarDataset      *dataset);
gboolean           solar_roster_parse_amount  (const char        *text,
                                               double            *value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SolarRosterImport, solar_roster_import_free)

G_END_DECLS
