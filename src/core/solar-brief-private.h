/* solar-brief-private.h: the brief as a column of blocks, between what it says and the pages
 *
 * solar-brief-content.c decides what the brief says and adds it block by block;
 * solar-brief.c measures nothing twice: it cuts the column into pages and draws them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

#include "solar-brief.h"
#include "solar-platform.h"

G_BEGIN_DECLS

typedef enum
{
  SOLAR_BRIEF_TEXT,      /* one layout; may be split between pages at a line */
  SOLAR_BRIEF_ROW,       /* a table row: layouts side by side, never split */
  SOLAR_BRIEF_BAR,       /* a row of the budget chart: a label, a bar and a value */
  SOLAR_BRIEF_DIAGRAM,   /* the orbit diagram with the plan's overlay */
  SOLAR_BRIEF_TIMELINE,  /* the plan's timeline, scaled to the column */
  SOLAR_BRIEF_RULE,      /* a thin line under a heading or a table's header */
} SolarBriefBlockKind;

typedef struct
{
  PangoLayout *layout;
  double       x;
} SolarBriefCell;

typedef struct
{
  SolarBriefBlockKind kind;
  GArray             *cells;            /* of SolarBriefCell */
  double              space_before;
  double              height;
  gboolean            keep_with_next;   /* headings stay with what follows them */
  /* SOLAR_BRIEF_BAR */
  SolarColor          colour;
  double              fraction;         /* of the whole budget, 0…1 */
  double              bar_x;
  double              bar_width;
  /* SOLAR_BRIEF_TIMELINE */
  GObject            *timeline;         /* a SolarTimeline, laid out; owned */
  double              scale;
} SolarBriefBlock;

typedef enum
{
  SOLAR_BRIEF_STYLE_TITLE,
  SOLAR_BRIEF_STYLE_HEADING,
  SOLAR_BRIEF_STYLE_SUBHEADING,
  SOLAR_BRIEF_STYLE_BODY,
  SOLAR_BRIEF_STYLE_LABEL,    /* the left column of a fact, a table's header */
  SOLAR_BRIEF_STYLE_TABLE,    /* the cells of a table */
  SOLAR_BRIEF_STYLE_SMALL,
} SolarBriefStyle;

typedef struct
{
  PangoContext *pango;
  double        width;
  double        diagram_height;
  GPtrArray    *blocks;     /* of SolarBriefBlock */
} SolarBriefColumn;

void             solar_brief_column_init     (SolarBriefColumn   *column,
                                              PangoContext       *pango,
                                              double              width,
                                              double              diagram_height);
void             solar_brief_column_clear    (SolarBriefColumn   *column);
PangoLayout     *solar_brief_column_layout   (SolarBriefColumn   *column,
                                              SolarBriefStyle     style,
                                              const char         *markup,
                                              double              width);
SolarBriefBlock *solar_brief_column_add_text (SolarBriefColumn   *column,
                                              SolarBriefStyle     style,
                                              const char         *markup,
                                              double              indent,
                                              double              space_before);
SolarBriefBlock *solar_brief_column_add_row  (SolarBriefColumn   *column,
                                              SolarBriefStyle     style,
                                              const char * const *markups,
                                              const double       *columns,
                                              guint               n_columns,
                                              double              space_before);
void             solar_brief_column_add_bar  (SolarBriefColumn   *column,
                                              const char         *label,
                                              const char         *value,
                                              const SolarColor   *colour,
                                              double              fraction);
void             solar_brief_column_add_rule (SolarBriefColumn   *column);
void             solar_brief_column_add_diagram (SolarBriefColumn *column);
void             solar_brief_column_add_timeline (SolarBriefColumn *column,
                                                  GObject          *timeline);

void             solar_brief_write_content   (SolarBriefColumn   *column,
                                              SolarDataset       *dataset,
                                              SolarCampaign      *campaign);
char            *solar_brief_format_money    (double              amount,
                                              const char         *currency);
char            *solar_brief_dup_title       (SolarCampaign      *campaign);

G_END_DECLS
