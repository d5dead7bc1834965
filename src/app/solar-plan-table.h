/* solar-plan-table.h: a list of the plan as an editable table (milestones, KPIs)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "solar-campaign.h"
#include "solar-dataset.h"
#include "solar-plan-history.h"
#include "solar-roster-csv.h"

G_BEGIN_DECLS

typedef enum
{
  SOLAR_PLAN_CELL_TEXT,       /* typed in place */
  SOLAR_PLAN_CELL_NUMBER,     /* typed in place, zero or more */
  SOLAR_PLAN_CELL_PLATFORM,   /* a choice of the dataset's platforms, "Any Platform" first */
  SOLAR_PLAN_CELL_LABEL,      /* shown only: the class's dup_label() says what */
  SOLAR_PLAN_CELL_DATE,       /* typed in place or picked from a calendar: YYYY-MM-DD or nothing */
} SolarPlanCellKind;

/* What a count of rows is for. */
typedef enum
{
  SOLAR_PLAN_COUNT_SHOWN,     /* the table's caption: "250 milestones, by date" */
  SOLAR_PLAN_COUNT_REMOVED,   /* the toast: "Removed 3 milestones" */
  SOLAR_PLAN_COUNT_REMOVAL,   /* the undo step: "Remove 3 Milestones" */
  SOLAR_PLAN_COUNT_COPIED,    /* the toast: "Copied 3 milestones" */
} SolarPlanCount;

typedef struct
{
  const char        *member;     /* as the checks name it: "date" in "milestones[3].date" */
  const char        *property;   /* of the item; NULL for a label */
  const char        *title;      /* untranslated */
  SolarPlanCellKind  kind;
  int                width;
  gboolean           expand;
} SolarPlanColumn;

#define SOLAR_TYPE_PLAN_TABLE (solar_plan_table_get_type ())

G_DECLARE_DERIVABLE_TYPE (SolarPlanTable, solar_plan_table, SOLAR, PLAN_TABLE, GtkWidget)

struct _SolarPlanTableClass
{
  GtkWidgetClass parent_class;

  /* The row as a screen reader names it: "Milestone 3 of 250: Launch, 2026-06-18". */
  char     *(*describe_row)     (SolarPlanTable        *self,
                                 gpointer               item,
                                 guint                  position,
                                 guint                  n_items);
  char     *(*describe_count)   (SolarPlanTable        *self,
                                 guint                  n_items,
                                 SolarPlanCount         count);
  char     *(*dup_label)        (SolarPlanTable        *self,
                                 gpointer               item,
                                 const SolarPlanColumn *column);
  /* The item a check's @field is about (a ref), and where in @field its member starts. */
  gpointer  (*find_item)        (SolarPlanTable        *self,
                                 const char            *field,
                                 const char           **member);
  /* Takes @item out of the plan (the plan's history can put it back): %FALSE if it was
   * not in it. */
  gboolean  (*take_out)         (SolarPlanTable        *self,
                                 gpointer               item);
  /* The platform @item belongs to, for rows copied out (a KPI's); NULL if none. */
  char     *(*dup_owner_id)     (SolarPlanTable        *self,
                                 gpointer               item);
  /* Adds a new item (@where: the class's say, such as a platform): returns it (a ref). */
  gpointer  (*add_item)         (SolarPlanTable        *self,
                                 const char            *where);
};

void           solar_plan_table_set_up        (SolarPlanTable        *self,
                                               SolarPlanHistory      *history,
                                               SolarDataset          *dataset,
                                               GListModel            *items,
                                               GtkSorter             *order,
                                               const SolarPlanColumn *columns,
                                               guint                  n_columns);
void           solar_plan_table_set_texts     (SolarPlanTable        *self,
                                               const char            *table_label,
                                               const char            *add_label,
                                               const char            *remove_label,
                                               const char            *empty_text);
void           solar_plan_table_set_rows_kind (SolarPlanTable        *self,
                                               SolarRosterKind        kind,
                                               const char            *import_label);
void           solar_plan_table_set_add_menu  (SolarPlanTable        *self,
                                               GMenuModel            *menu);
SolarCampaign *solar_plan_table_get_campaign  (SolarPlanTable        *self);
SolarDataset  *solar_plan_table_get_dataset   (SolarPlanTable        *self);
GListModel    *solar_plan_table_get_shown     (SolarPlanTable        *self);
void           solar_plan_table_show_problems (SolarPlanTable        *self,
                                               GListModel            *problems);
GtkWidget     *solar_plan_table_find_cell     (SolarPlanTable        *self,
                                               gpointer               item,
                                               const char            *member);
gboolean       solar_plan_table_focus         (SolarPlanTable        *self,
                                               gpointer               item,
                                               const char            *member);
gboolean       solar_plan_table_scroll_to     (SolarPlanTable        *self,
                                               gpointer               item);
gpointer       solar_plan_table_add           (SolarPlanTable        *self,
                                               const char            *where);
void           solar_plan_table_refresh       (SolarPlanTable        *self);

G_END_DECLS
