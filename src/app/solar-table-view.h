/* solar-table-view.h: what the plan's tables share about their GtkColumnView
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "solar-plan-history.h"
#include "solar-problem.h"

G_BEGIN_DECLS

GtkWidget *solar_table_view_find_row              (GtkWidget         *cell);
void       solar_table_view_tab_out_after_one_row (GtkColumnView     *view);
guint      solar_table_view_find_item             (GListModel        *model,
                                                   gpointer           item);
/* Whether @problem is about the cell of @column (the table's own column description). */
typedef gboolean (*SolarTableConcerns) (SolarProblem *problem,
                                        gconstpointer column,
                                        gpointer      table);

void       solar_table_view_mark_cell             (GtkWidget         *cell,
                                                   GPtrArray         *problems,
                                                   SolarTableConcerns concerns,
                                                   gconstpointer      column,
                                                   gpointer           table);
void       solar_table_view_toast                 (GtkWidget         *table,
                                                   const char        *title);
void       solar_table_view_offer_undo            (GtkWidget         *table,
                                                   SolarPlanHistory  *history,
                                                   const char        *title);

/* Hands a table its rows in a frame after the one that first shows it, one table a frame:
 * GTK 4.8 keeps some 200 rows of a column view alive whatever its height, and building
 * them for three tables in the frame that opens a large plan was most of its opening. */
typedef struct
{
  GtkColumnView     *view;
  GtkSelectionModel *model;        /* not a ref: the table owns it */
  GdkFrameClock     *clock;
  gulong             map_handler;
  gulong             paint_handler;
  gboolean           filled;
} SolarTableFill;

void       solar_table_fill_later                 (SolarTableFill    *fill,
                                                   GtkColumnView     *view,
                                                   GtkSelectionModel *model);
void       solar_table_fill_now                   (SolarTableFill    *fill);
void       solar_table_fill_stop                  (SolarTableFill    *fill);

/* Finds the cell of @item that a reveal ends on, if its row exists now. */
typedef GtkWidget *(*SolarTableFindCell) (GtkWidget *table,
                                          gpointer   item);

/* What a reveal does once the row shows. */
typedef enum
{
  SOLAR_TABLE_REVEAL_SHOW,    /* only scroll to it (a sort's new first row) */
  SOLAR_TABLE_REVEAL_FOCUS,   /* and focus its cell (a row an edit moved) */
  SOLAR_TABLE_REVEAL_EDIT,    /* and edit its cell (a row just added) */
} SolarTableRevealAction;

/* Scrolls a table until a row shows, over as many frames as the rows take to exist. */
typedef struct
{
  GtkWidget          *table;       /* not a ref: the table owns this */
  GtkColumnView      *view;
  SolarTableFill     *fill;        /* filled before scrolling */
  GtkScrolledWindow  *scroller;
  GListModel         *shown;       /* the rows, in the order shown */
  SolarTableFindCell  find_cell;
  GObject            *item;
  SolarTableRevealAction action;
  guint               tick;
  guint               tries;
} SolarTableReveal;

gboolean   solar_table_reveal_start               (SolarTableReveal  *reveal,
                                                   gpointer           item,
                                                   SolarTableRevealAction action);
void       solar_table_reveal_stop                (SolarTableReveal  *reveal);

G_END_DECLS
