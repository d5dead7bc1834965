/* solar-plan-table.c: a list of the plan as an editable table (milestones, KPIs)
 *
 * A plan may have hundreds of milestones and KPIs, and a form with a row of fields for each
 * took seconds to build. This is a GtkColumnView over the plan's own list instead: only the
 * rows on screen exist, each cell bound to one property of its item while it shows it, so
 * the table holds no copy. A subclass says which list, which columns, in which order the
 * rows show (milestones by date) and how an item is added, taken out and put back; this
 * class does the rest as the KOL table does: edit in place, remove the selected rows with
 * a toast that can take it back, mark the cells the checks found problems in, and name
 * each row for screen readers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-plan-table"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "solar-accessible.h"
#include "solar-alert.h"
#include "solar-choice-cell.h"
#include "solar-number.h"
#include "solar-plan-table.h"
#include "solar-problem.h"
#include "solar-roster-import.h"
#include "solar-table-cell.h"
#include "solar-table-view.h"

/* Rows in pixels, to size the table (GTK 4.8's column view asks for almost no height). */
#define TABLE_ROW_HEIGHT    40
#define TABLE_HEADER_HEIGHT 32
#define TABLE_ROWS_SEEN     8

typedef struct
{
  SolarCampaign         *campaign;
  SolarPlanHistory      *history;
  SolarDataset          *dataset;
  const SolarPlanColumn *columns;
  guint                  n_columns;
  char                 **platform_ids;   /* "" (any platform), then the dataset's */
  GtkStringList         *platform_names;

  GtkStack              *stack;
  GtkScrolledWindow     *scroller;
  GtkColumnView         *column_view;
  GtkLabel              *empty_label;
  GtkLabel              *count_label;
  GtkButton             *remove_button;
  GtkButton             *import_button;
  GtkButton             *add_button;
  GtkLabel              *add_label;
  GtkMenuButton         *add_menu_button;

  GListModel            *items;
  GtkSorter             *order;          /* nullable: the plan's own order */
  GtkSortListModel      *sorted;
  GtkMultiSelection     *selection;

  GHashTable            *bound_cells;    /* the cell widgets showing an item now */
  GHashTable            *problems;       /* item → GPtrArray of SolarProblem */
  guint                  relabel_source;
  SolarTableFill         fill;           /* the rows, a frame after the table shows */
  SolarRosterKind        rows_kind;      /* for copy, paste and import, once enabled */
  SolarTableReveal       reveal;
  const SolarPlanColumn *reveal_column;  /* whose cell a reveal ends on */
  guint                  reorder_source;
  GObject               *reorder_item;
} SolarPlanTablePrivate;

G_DEFINE_TYPE_WITH_PRIVATE (SolarPlanTable, solar_plan_table, GTK_TYPE_WIDGET)

#define PRIV(self) ((SolarPlanTablePrivate *)solar_plan_table_get_instance_private (SOLAR_PLAN_TABLE (self)))

static const SolarPlanColumn *
column_of (GtkWidget *cell)
{
  return g_object_get_data (G_OBJECT (cell), "solar-column");
}

static gpointer
item_of (GtkWidget *cell)
{
  return g_object_get_data (G_OBJECT (cell), "solar-item");
}

static SolarPlanTable *
table_of (GtkWidget *cell)
{
  return SOLAR_PLAN_TABLE (gtk_widget_get_ancestor (cell, SOLAR_TYPE_PLAN_TABLE));
}

/* Rows
 * ====
 */

static void
label_row (SolarPlanTable *self,
           GtkWidget      *first_cell)
{
  SolarPlanTablePrivate *priv = PRIV (self);
  GtkListItem *list_item = g_object_get_data (G_OBJECT (first_cell), "solar-list-item");
  GtkWidget *row = solar_table_view_find_row (first_cell);
  g_autofree char *label = NULL;
  guint position;

  if (row == NULL || item_of (first_cell) == NULL || list_item == NULL ||
      (position = gtk_list_item_get_position (list_item)) == GTK_INVALID_LIST_POSITION)
    return;
  label = SOLAR_PLAN_TABLE_GET_CLASS (self)->describe_row (self, item_of (first_cell), position,
                                                           g_list_model_get_n_items (G_LIST_MODEL (priv->selection)));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static gboolean
relabel_rows (gpointer data)
{
  SolarPlanTable *self = data;
  SolarPlanTablePrivate *priv = PRIV (self);
  GHashTableIter iter;
  gpointer cell;

  priv->relabel_source = 0;
  g_hash_table_iter_init (&iter, priv->bound_cells);
  while (g_hash_table_iter_next (&iter, &cell, NULL))
    if (column_of (cell) == &priv->columns[0])
      label_row (self, cell);
  return G_SOURCE_REMOVE;
}

/* Positions and totals shift together when rows come or go: every row on screen is named
 * anew, once, after the change. */
static void
queue_relabel (SolarPlanTable *self)
{
  SolarPlanTablePrivate *priv = PRIV (self);

  if (priv->relabel_source == 0)
    priv->relabel_source = g_idle_add (relabel_rows, self);
}

/* Checks
 * ======
 */

static gboolean
problem_concerns (SolarProblem  *problem,
                  gconstpointer  column,
                  gpointer       table)
{
  const char *member = g_object_get_data (G_OBJECT (problem), "solar-member");

  /* A problem with the whole item is shown on its first column. */
  if (member == NULL)
    return column == &PRIV (table)->columns[0];
  return g_str_equal (member, ((const SolarPlanColumn *)column)->member);
}

static void
mark_cell (SolarPlanTable *self,
           GtkWidget      *cell)
{
  gpointer item = item_of (cell);
  GPtrArray *problems = item != NULL ? g_hash_table_lookup (PRIV (self)->problems, item) : NULL;

  solar_table_view_mark_cell (cell, problems, problem_concerns, column_of (cell), self);
}

/**
 * solar_plan_table_show_problems:
 * @problems: the plan's #SolarProblem findings; those the class finds an item for are shown
 *
 * Marks the cells the findings are about, on the rows on screen and on those scrolled to.
 */
void
solar_plan_table_show_problems (SolarPlanTable *self,
                                GListModel     *problems)
{
  SolarPlanTablePrivate *priv;
  GHashTableIter iter;
  gpointer cell;

  g_return_if_fail (SOLAR_IS_PLAN_TABLE (self));
  g_return_if_fail (G_IS_LIST_MODEL (problems));

  priv = PRIV (self);
  g_hash_table_remove_all (priv->problems);
  for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(SolarProblem) problem = g_list_model_get_item (problems, i);
      const char *member = NULL;
      gpointer item = SOLAR_PLAN_TABLE_GET_CLASS (self)->find_item (self, solar_problem_get_field (problem), &member);
      GPtrArray *list;

      if (item == NULL)
        continue;
      if ((list = g_hash_table_lookup (priv->problems, item)) == NULL)
        {
          list = g_ptr_array_new_with_free_func (g_object_unref);
          /* The table holds the item's ref from here. */
          g_hash_table_insert (priv->problems, item, list);
        }
      else
        g_object_unref (item);
      /* "milestones[3].date" → "date"; nothing after the item: about the item as a whole. */
      g_object_set_data_full (G_OBJECT (problem), "solar-member",
                              member != NULL && *member == '.' ? g_strdup (member + 1) : NULL, g_free);
      g_ptr_array_add (list, g_object_ref (problem));
    }

  g_hash_table_iter_init (&iter, priv->bound_cells);
  while (g_hash_table_iter_next (&iter, &cell, NULL))
    mark_cell (self, cell);
}

/* Cells
 * =====
 */

static void
set_choice (GtkWidget *cell,
            guint      position)
{
  g_object_set_data (G_OBJECT (cell), "solar-updating", GINT_TO_POINTER (TRUE));
  solar_choice_cell_set_selected (SOLAR_CHOICE_CELL (cell), position);
  g_object_set_data (G_OBJECT (cell), "solar-updating", NULL);
}

/* A platform the dataset lacks (from a file made elsewhere) is offered as it is, last, so
 * the cell shows what the plan says. */
static void
show_platform (SolarPlanTable *self,
               GtkWidget      *cell,
               const char     *id)
{
  SolarPlanTablePrivate *priv = PRIV (self);
  GtkStringList *names = solar_choice_cell_get_choices (SOLAR_CHOICE_CELL (cell));
  guint n_known = g_list_model_get_n_items (G_LIST_MODEL (priv->platform_names));
  guint position = G_MAXUINT;
  const char *name;
  g_autofree char *label = NULL;

  for (guint i = 0; priv->platform_ids[i] != NULL && position == G_MAXUINT; i++)
    if (g_str_equal (priv->platform_ids[i], id))
      position = i;
  g_object_set_data (G_OBJECT (cell), "solar-updating", GINT_TO_POINTER (TRUE));
  if (g_list_model_get_n_items (G_LIST_MODEL (names)) > n_known)
    gtk_string_list_remove (names, n_known);
  if (position == G_MAXUINT)
    {
      gtk_string_list_append (names, id);
      position = n_known;
    }
  g_object_set_data (G_OBJECT (cell), "solar-updating", NULL);
  set_choice (cell, position);

  name = gtk_string_list_get_string (names, position);
  /* "Platform: Douyin": a drop-down is named by its column and its choice. */
  label = g_strdup_printf (_("%s: %s"), _(column_of (cell)->title), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
show_item (SolarPlanTable *self,
           GtkWidget      *cell)
{
  const SolarPlanColumn *column = column_of (cell);
  gpointer item = item_of (cell);

  switch (column->kind)
    {
    case SOLAR_PLAN_CELL_TEXT:
    case SOLAR_PLAN_CELL_DATE:
      {
        g_autofree char *text = NULL;

        g_object_get (item, column->property, &text, NULL);
        solar_table_cell_set_text (SOLAR_TABLE_CELL (cell), text);
      }
      break;
    case SOLAR_PLAN_CELL_NUMBER:
      {
        double value = 0;
        g_autofree char *text = NULL;

        g_object_get (item, column->property, &value, NULL);
        text = solar_number_format (value);
        solar_table_cell_set_text (SOLAR_TABLE_CELL (cell), text);
      }
      break;
    case SOLAR_PLAN_CELL_PLATFORM:
      {
        g_autofree char *id = NULL;

        g_object_get (item, column->property, &id, NULL);
        show_platform (self, cell, id != NULL ? id : "");
      }
      break;
    case SOLAR_PLAN_CELL_LABEL:
      {
        g_autofree char *text = SOLAR_PLAN_TABLE_GET_CLASS (self)->dup_label (self, item, column);
        g_autofree char *label = g_strdup_printf (_("%s: %s"), _(column->title), text);

        gtk_inscription_set_text (GTK_INSCRIPTION (cell), text);
        gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      }
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
on_item_notify (GtkWidget  *cell,
                GParamSpec *pspec)
{
  SolarPlanTable *self = table_of (cell);

  if (self == NULL || item_of (cell) == NULL)
    return;
  show_item (self, cell);
  queue_relabel (self);
}

static gboolean
reorder (gpointer data)
{
  SolarPlanTable *self = data;
  SolarPlanTablePrivate *priv = PRIV (self);

  priv->reorder_source = 0;
  gtk_sorter_changed (priv->order, GTK_SORTER_CHANGE_DIFFERENT);
  if (priv->reorder_item != NULL)
    solar_table_reveal_start (&priv->reveal, priv->reorder_item, SOLAR_TABLE_REVEAL_FOCUS);
  g_clear_object (&priv->reorder_item);
  return G_SOURCE_REMOVE;
}

/* The rows follow the table's order (milestones by date): an edit that moves its row
 * takes the focus with it. Once the edit is over: moving rows under the cell that is
 * still finishing it would rebind that very cell. */
static void
reorder_after_edit (SolarPlanTable        *self,
                    gpointer               item,
                    const SolarPlanColumn *column)
{
  SolarPlanTablePrivate *priv = PRIV (self);

  if (priv->order == NULL)
    return;
  priv->reveal_column = column;
  g_set_object (&priv->reorder_item, item);
  if (priv->reorder_source == 0)
    priv->reorder_source = g_idle_add (reorder, self);
}

static gboolean
on_cell_commit (GtkWidget  *cell,
                const char *text,
                gpointer    user_data)
{
  const SolarPlanColumn *column = column_of (cell);
  gpointer item = item_of (cell);
  g_autofree char *before = NULL;
  double value;

  if (item == NULL)
    return TRUE;
  if (column->kind == SOLAR_PLAN_CELL_TEXT || column->kind == SOLAR_PLAN_CELL_DATE)
    {
      g_autofree char *stripped = g_strstrip (g_strdup (text));

      g_object_get (item, column->property, &before, NULL);
      if (g_strcmp0 (before, stripped) == 0)
        return TRUE;
      g_object_set (item, column->property, stripped, NULL);
    }
  else if (!solar_number_parse (text, &value) || value < 0)
    {
      gtk_widget_set_tooltip_text (cell, _("Type a number of zero or more, such as 50,000, or press Escape"));
      return FALSE;
    }
  else
    g_object_set (item, column->property, value, NULL);
  reorder_after_edit (table_of (cell), item, column);
  return TRUE;
}

static void
on_choice_selected (GtkWidget      *cell,
                    GParamSpec     *pspec,
                    SolarPlanTable *self)
{
  SolarPlanTablePrivate *priv = PRIV (self);
  gpointer item = item_of (cell);
  guint position = solar_choice_cell_get_selected (SOLAR_CHOICE_CELL (cell));

  if (item == NULL || position == GTK_INVALID_LIST_POSITION ||
      g_object_get_data (G_OBJECT (cell), "solar-updating") != NULL ||
      position >= g_strv_length (priv->platform_ids))
    return;
  g_object_set (item, column_of (cell)->property, priv->platform_ids[position], NULL);
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            SolarPlanTable           *self)
{
  SolarPlanTablePrivate *priv = PRIV (self);
  const SolarPlanColumn *column = g_object_get_data (G_OBJECT (factory), "solar-column");
  GtkWidget *cell;

  switch (column->kind)
    {
    case SOLAR_PLAN_CELL_TEXT:
    case SOLAR_PLAN_CELL_NUMBER:
    case SOLAR_PLAN_CELL_DATE:
      cell = g_object_new (SOLAR_TYPE_TABLE_CELL, "title", _(column->title), NULL);
      solar_table_cell_set_numeric (SOLAR_TABLE_CELL (cell), column->kind == SOLAR_PLAN_CELL_NUMBER);
      solar_table_cell_set_date (SOLAR_TABLE_CELL (cell), column->kind == SOLAR_PLAN_CELL_DATE);
      g_signal_connect (cell, "commit", G_CALLBACK (on_cell_commit), NULL);
      break;
    case SOLAR_PLAN_CELL_PLATFORM:
      {
        g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

        for (guint i = 0; priv->platform_ids[i] != NULL; i++)
          gtk_string_list_append (names, gtk_string_list_get_string (priv->platform_names, i));
        cell = solar_choice_cell_new (names);
        g_signal_connect (cell, "notify::selected", G_CALLBACK (on_choice_selected), self);
      }
      break;
    case SOLAR_PLAN_CELL_LABEL:
      /* Not a GtkLabel: see the KOL table's fee rate. */
      cell = g_object_new (GTK_TYPE_INSCRIPTION, "xalign", 0.0, "hexpand", TRUE,
                           "text-overflow", GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END, NULL);
      break;
    default:
      g_assert_not_reached ();
    }
  g_object_set_data (G_OBJECT (cell), "solar-column", (gpointer)column);
  gtk_list_item_set_child (list_item, cell);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           SolarPlanTable           *self)
{
  SolarPlanTablePrivate *priv = PRIV (self);
  GtkWidget *cell = gtk_list_item_get_child (list_item);
  GObject *item = gtk_list_item_get_item (list_item);
  gulong handler;

  g_object_set_data_full (G_OBJECT (cell), "solar-item", g_object_ref (item), g_object_unref);
  g_object_set_data (G_OBJECT (cell), "solar-list-item", list_item);
  show_item (self, cell);
  handler = g_signal_connect_object (item, "notify", G_CALLBACK (on_item_notify), cell, G_CONNECT_SWAPPED);
  g_object_set_data (G_OBJECT (cell), "solar-handler", GSIZE_TO_POINTER (handler));
  g_hash_table_add (priv->bound_cells, cell);
  mark_cell (self, cell);
  if (column_of (cell) == &priv->columns[0])
    queue_relabel (self);
}

static void
unbind_cell (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             SolarPlanTable           *self)
{
  GtkWidget *cell = gtk_list_item_get_child (list_item);
  gpointer item = item_of (cell);

  if (item == NULL)
    return;
  /* An edit under way when its row scrolls away is kept, as if the focus had left it (or
   * dropped, if refused: it cannot follow the cell to another row). */
  if (SOLAR_IS_TABLE_CELL (cell) && solar_table_cell_get_editing (SOLAR_TABLE_CELL (cell)))
    solar_table_cell_stop_editing (SOLAR_TABLE_CELL (cell), TRUE);
  g_signal_handler_disconnect (item, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (cell), "solar-handler")));
  g_hash_table_remove (PRIV (self)->bound_cells, cell);
  g_object_set_data (G_OBJECT (cell), "solar-list-item", NULL);
  g_object_set_data (G_OBJECT (cell), "solar-item", NULL);
}

static void
add_columns (SolarPlanTable *self)
{
  SolarPlanTablePrivate *priv = PRIV (self);

  for (guint i = 0; i < priv->n_columns; i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;

      g_object_set_data (G_OBJECT (factory), "solar-column", (gpointer)&priv->columns[i]);
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), self);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), self);
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell), self);
      column = gtk_column_view_column_new (_(priv->columns[i].title), factory);
      gtk_column_view_column_set_fixed_width (column, priv->columns[i].width);
      gtk_column_view_column_set_expand (column, priv->columns[i].expand);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_append_column (priv->column_view, column);
    }
}

/* Counting and selecting
 * ======================
 */

static void
update_counts (SolarPlanTable *self)
{
  SolarPlanTablePrivate *priv = PRIV (self);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (priv->selection));
  g_autofree char *count = SOLAR_PLAN_TABLE_GET_CLASS (self)->describe_count (self, n, SOLAR_PLAN_COUNT_SHOWN);

  gtk_label_set_text (priv->count_label, count);
  gtk_scrolled_window_set_min_content_height (priv->scroller,
                                              TABLE_HEADER_HEIGHT + MIN (n, TABLE_ROWS_SEEN) * TABLE_ROW_HEIGHT);
  gtk_stack_set_visible_child_name (priv->stack, n > 0 ? "table" : "empty");
  queue_relabel (self);
}

static void
update_selection (SolarPlanTable *self)
{
  SolarPlanTablePrivate *priv = PRIV (self);
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (priv->selection));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "table.remove-selected", !gtk_bitset_is_empty (selected));
}

static void
on_items_changed (SolarPlanTable *self)
{
  update_counts (self);
  update_selection (self);
}

/* Removing, and taking it back
 * ============================
 */

/* One step of the plan's history, so Ctrl+Z or the toast's Undo puts them all back. */
static void
remove_selected (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SolarPlanTable *self = SOLAR_PLAN_TABLE (widget);
  SolarPlanTableClass *klass = SOLAR_PLAN_TABLE_GET_CLASS (self);
  SolarPlanTablePrivate *priv = PRIV (self);
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (priv->selection));
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *step = NULL;
  g_autofree char *title = NULL;
  GtkBitsetIter iter;
  guint position, removed = 0;

  for (gboolean more = gtk_bitset_iter_init_first (&iter, selected, &position); more;
       more = gtk_bitset_iter_next (&iter, &position))
    g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (priv->selection), position));
  if (items->len == 0)
    return;

  /* The keyboard stays in the table. Moved first: a focused row (or the entry of a cell
   * being edited) that goes away costs GTK a round of focus changes of its own. */
  solar_table_fill_now (&priv->fill);
  gtk_widget_grab_focus (GTK_WIDGET (priv->column_view));
  step = klass->describe_count (self, items->len, SOLAR_PLAN_COUNT_REMOVAL);
  solar_plan_history_begin_step (priv->history, step);
  for (guint i = 0; i < items->len; i++)
    if (klass->take_out (self, g_ptr_array_index (items, i)))
      removed++;
  solar_plan_history_end_step (priv->history);
  if (removed == 0)
    return;   /* no step was made: an Undo would take back the one before */

  title = klass->describe_count (self, removed, SOLAR_PLAN_COUNT_REMOVED);
  solar_table_view_offer_undo (widget, priv->history, title);
}

/* Copy, paste and import
 * ======================
 * As the KOL table's: rows for a spreadsheet out (tab-separated, the table's columns, no
 * header), rows from one in (with or without their header), a CSV file in; what comes in
 * is one undo step, and asks first if some rows cannot be taken.
 */

static void
copy_rows (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  SolarPlanTable *self = SOLAR_PLAN_TABLE (widget);
  SolarPlanTablePrivate *priv = PRIV (self);
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (priv->selection));
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) owners = NULL;
  g_autofree char *text = NULL;
  g_autofree char *title = NULL;
  GtkBitsetIter iter;
  guint position;

  for (gboolean more = gtk_bitset_iter_init_first (&iter, selected, &position); more;
       more = gtk_bitset_iter_next (&iter, &position))
    g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (priv->selection), position));
  if (items->len == 0)
    {
      gtk_widget_error_bell (widget);
      return;
    }
  if (SOLAR_PLAN_TABLE_GET_CLASS (self)->dup_owner_id != NULL)
    {
      owners = g_ptr_array_new_with_free_func (g_free);
      for (guint i = 0; i < items->len; i++)
        g_ptr_array_add (owners, SOLAR_PLAN_TABLE_GET_CLASS (self)->dup_owner_id (self, g_ptr_array_index (items, i)));
    }
  text = solar_roster_tsv_copy (items->pdata, owners != NULL ? (const char * const *)owners->pdata : NULL,
                                items->len, priv->rows_kind, priv->dataset);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
  title = SOLAR_PLAN_TABLE_GET_CLASS (self)->describe_count (self, items->len, SOLAR_PLAN_COUNT_COPIED);
  solar_table_view_toast (widget, title);
}

static void
paste_rows (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  SolarPlanTablePrivate *priv = PRIV (widget);

  solar_roster_import_paste (widget, priv->history, priv->rows_kind, priv->dataset);
}

static void
import_rows (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SolarPlanTablePrivate *priv = PRIV (widget);

  solar_roster_import_choose (widget, priv->history, priv->rows_kind, priv->dataset);
}

/**
 * solar_plan_table_set_rows_kind:
 * @kind: what the table's rows are, as spreadsheets exchange them
 * @import_label: (nullable): the import button's name: "Import Milestones from a
 *   Spreadsheet (CSV)"; %NULL for no import
 *
 * Lets the table copy its rows out, paste rows in and import a CSV file (Ctrl+C, Ctrl+V
 * and a button); without it, it does none of those.
 */
void
solar_plan_table_set_rows_kind (SolarPlanTable  *self,
                                SolarRosterKind  kind,
                                const char      *import_label)
{
  SolarPlanTablePrivate *priv;

  g_return_if_fail (SOLAR_IS_PLAN_TABLE (self));

  priv = PRIV (self);
  priv->rows_kind = kind;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "table.copy", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "table.paste", TRUE);
  if (import_label == NULL)
    return;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "table.import", TRUE);
  gtk_widget_set_visible (GTK_WIDGET (priv->import_button), TRUE);
  gtk_widget_set_tooltip_text (GTK_WIDGET (priv->import_button), import_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (priv->import_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  import_label, -1);
}

/**
 * solar_plan_table_add:
 * @where: (nullable): for the class to say where the item goes (a KPI's platform)
 *
 * Adds a new item, scrolls to its row and edits its first cell, as the table's Add does.
 *
 * Returns: (transfer none) (nullable): the new item
 */
gpointer
solar_plan_table_add (SolarPlanTable *self,
                      const char     *where)
{
  SolarPlanTablePrivate *priv;
  g_autoptr(GObject) item = NULL;
  guint position;

  g_return_val_if_fail (SOLAR_IS_PLAN_TABLE (self), NULL);

  priv = PRIV (self);
  item = SOLAR_PLAN_TABLE_GET_CLASS (self)->add_item (self, where != NULL ? where : "");
  if (item == NULL)
    return NULL;
  position = solar_table_view_find_item (G_LIST_MODEL (priv->selection), item);
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_selection_model_select_item (GTK_SELECTION_MODEL (priv->selection), position, TRUE);
  /* The first cell that is typed in. */
  priv->reveal_column = &priv->columns[0];
  for (guint i = 0; i < priv->n_columns; i++)
    if (priv->columns[i].kind == SOLAR_PLAN_CELL_TEXT || priv->columns[i].kind == SOLAR_PLAN_CELL_NUMBER)
      {
        priv->reveal_column = &priv->columns[i];
        break;
      }
  solar_table_reveal_start (&priv->reveal, item, SOLAR_TABLE_REVEAL_EDIT);
  return item;
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  solar_plan_table_add (SOLAR_PLAN_TABLE (widget), g_variant_get_string (parameter, NULL));
}

/* Finding cells
 * =============
 */

static GtkWidget *
find_bound_cell (SolarPlanTable        *self,
                 gpointer               item,
                 const SolarPlanColumn *column)
{
  GHashTableIter iter;
  gpointer cell;

  g_hash_table_iter_init (&iter, PRIV (self)->bound_cells);
  while (g_hash_table_iter_next (&iter, &cell, NULL))
    if (item_of (cell) == item && column_of (cell) == column)
      return cell;
  return NULL;
}

/* Where a reveal ends: the cell a new row is typed in first, or the one an edit moved. */
static GtkWidget *
find_reveal_cell (GtkWidget *table,
                  gpointer   item)
{
  SolarPlanTablePrivate *priv = PRIV (table);

  return find_bound_cell (SOLAR_PLAN_TABLE (table), item,
                          priv->reveal_column != NULL ? priv->reveal_column : &priv->columns[0]);
}

/**
 * solar_plan_table_find_cell:
 * @member: the column, as the file and the checks name it ("date")
 *
 * Returns: (transfer none) (nullable): the cell showing @member of @item, if its row is on
 *   screen (see solar_plan_table_scroll_to())
 */
GtkWidget *
solar_plan_table_find_cell (SolarPlanTable *self,
                            gpointer        item,
                            const char     *member)
{
  SolarPlanTablePrivate *priv;

  g_return_val_if_fail (SOLAR_IS_PLAN_TABLE (self), NULL);

  priv = PRIV (self);
  for (guint i = 0; i < priv->n_columns; i++)
    if (g_str_equal (priv->columns[i].member, member))
      return find_bound_cell (self, item, &priv->columns[i]);
  g_return_val_if_reached (NULL);
}

/**
 * solar_plan_table_scroll_to:
 *
 * Scrolls the table so that @item's row shows; its cells exist within a frame or two.
 *
 * Returns: %TRUE if @item is among the rows
 */
gboolean
solar_plan_table_scroll_to (SolarPlanTable *self,
                            gpointer        item)
{
  g_return_val_if_fail (SOLAR_IS_PLAN_TABLE (self), FALSE);
  /* A reveal of the same item under way (Add's) keeps the cell it ends on. */
  if ((gpointer)PRIV (self)->reveal.item != item)
    PRIV (self)->reveal_column = NULL;
  return solar_table_reveal_start (&PRIV (self)->reveal, item, SOLAR_TABLE_REVEAL_SHOW);
}

/**
 * solar_plan_table_focus:
 * @member: the column whose cell takes the focus ("date")
 *
 * Scrolls the table to @item's row and gives its @member cell the keyboard focus, where
 * Enter edits it (the timeline's Enter on a milestone).
 *
 * Returns: %TRUE if @item is among the rows
 */
gboolean
solar_plan_table_focus (SolarPlanTable *self,
                        gpointer        item,
                        const char     *member)
{
  SolarPlanTablePrivate *priv;

  g_return_val_if_fail (SOLAR_IS_PLAN_TABLE (self), FALSE);

  priv = PRIV (self);
  priv->reveal_column = NULL;
  for (guint i = 0; i < priv->n_columns; i++)
    if (g_str_equal (priv->columns[i].member, member))
      priv->reveal_column = &priv->columns[i];
  return solar_table_reveal_start (&priv->reveal, item, SOLAR_TABLE_REVEAL_FOCUS);
}

/**
 * solar_plan_table_refresh:
 *
 * Shows every row anew, for what the cells show that is not their item's (a KPI's
 * platform, when the plan's platforms change).
 */
void
solar_plan_table_refresh (SolarPlanTable *self)
{
  GHashTableIter iter;
  gpointer cell;

  g_return_if_fail (SOLAR_IS_PLAN_TABLE (self));

  g_hash_table_iter_init (&iter, PRIV (self)->bound_cells);
  while (g_hash_table_iter_next (&iter, &cell, NULL))
    show_item (self, cell);
  queue_relabel (self);
}

/* Setting up
 * ==========
 */

static void
load_platforms (SolarPlanTable *self)
{
  SolarPlanTablePrivate *priv = PRIV (self);
  GListModel *platforms = solar_dataset_get_platforms (priv->dataset);
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();

  priv->platform_names = gtk_string_list_new (NULL);
  g_strv_builder_add (ids, "");
  gtk_string_list_append (priv->platform_names, _("Any Platform"));
  for (guint i = 0; i < g_list_model_get_n_items (platforms); i++)
    {
      g_autoptr(SolarPlatform) platform = g_list_model_get_item (platforms, i);

      g_strv_builder_add (ids, solar_platform_get_id (platform));
      gtk_string_list_append (priv->platform_names, solar_text_get (solar_platform_get_name (platform)));
    }
  priv->platform_ids = g_strv_builder_end (ids);
}

/**
 * solar_plan_table_set_up:
 * @items: the plan's list the rows show
 * @order: (nullable): the order the rows show in; %NULL for the plan's own
 * @columns: (array length=n_columns): static, as the class's
 *
 * For the subclass, once, as it is made.
 */
void
solar_plan_table_set_up (SolarPlanTable        *self,
                         SolarPlanHistory      *history,
                         SolarDataset          *dataset,
                         GListModel            *items,
                         GtkSorter             *order,
                         const SolarPlanColumn *columns,
                         guint                  n_columns)
{
  SolarPlanTablePrivate *priv;

  g_return_if_fail (SOLAR_IS_PLAN_TABLE (self));
  g_return_if_fail (PRIV (self)->columns == NULL);
  g_return_if_fail (n_columns > 0);

  priv = PRIV (self);
  priv->campaign = g_object_ref (solar_plan_history_get_campaign (history));
  priv->history = g_object_ref (history);
  priv->dataset = g_object_ref (dataset);
  priv->columns = columns;
  priv->n_columns = n_columns;
  priv->items = g_object_ref (items);
  priv->order = order != NULL ? g_object_ref (order) : NULL;
  load_platforms (self);
  add_columns (self);
  solar_table_view_tab_out_after_one_row (priv->column_view);

  priv->sorted = gtk_sort_list_model_new (g_object_ref (items), order != NULL ? g_object_ref (order) : NULL);
  priv->selection = gtk_multi_selection_new (g_object_ref (G_LIST_MODEL (priv->sorted)));
  solar_table_fill_later (&priv->fill, priv->column_view, GTK_SELECTION_MODEL (priv->selection));
  priv->reveal = (SolarTableReveal) {
    .table = GTK_WIDGET (self),
    .view = priv->column_view,
    .fill = &priv->fill,
    .scroller = priv->scroller,
    .shown = G_LIST_MODEL (priv->selection),
    .find_cell = find_reveal_cell,
  };
  g_signal_connect_object (priv->selection, "items-changed", G_CALLBACK (on_items_changed),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (priv->selection, "selection-changed", G_CALLBACK (update_selection),
                           self, G_CONNECT_SWAPPED);
  on_items_changed (self);
}

/**
 * solar_plan_table_set_texts:
 * @table_label: what the table is, for screen readers ("Milestones")
 * @add_label: the Add button's ("Add Milestone")
 * @remove_label: the Remove button's ("Remove the selected milestones")
 * @empty_text: shown while there are no rows
 */
void
solar_plan_table_set_texts (SolarPlanTable *self,
                            const char     *table_label,
                            const char     *add_label,
                            const char     *remove_label,
                            const char     *empty_text)
{
  SolarPlanTablePrivate *priv;
  g_autofree char *remove_tooltip = NULL;

  g_return_if_fail (SOLAR_IS_PLAN_TABLE (self));

  priv = PRIV (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (priv->column_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  table_label, -1);
  gtk_label_set_text (priv->add_label, add_label);
  gtk_widget_set_tooltip_text (GTK_WIDGET (priv->add_button), add_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (priv->add_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  add_label, -1);
  gtk_menu_button_set_label (priv->add_menu_button, add_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (priv->add_menu_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  add_label, -1);
  /* TRANSLATORS: a button's tooltip: "Remove the selected milestones (Delete)" */
  remove_tooltip = g_strdup_printf (_("%s (Delete)"), remove_label);
  gtk_widget_set_tooltip_text (GTK_WIDGET (priv->remove_button), remove_tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (priv->remove_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  remove_label, -1);
  gtk_label_set_text (priv->empty_label, empty_text);
}

/**
 * solar_plan_table_set_add_menu:
 * @menu: (nullable): choices of "table.add" with a target each, for the class's add_item()
 *
 * Makes Add a menu (a KPI for which platform?); %NULL makes it a button again. An empty
 * menu leaves Add insensitive.
 */
void
solar_plan_table_set_add_menu (SolarPlanTable *self,
                               GMenuModel     *menu)
{
  SolarPlanTablePrivate *priv;

  g_return_if_fail (SOLAR_IS_PLAN_TABLE (self));

  priv = PRIV (self);
  gtk_menu_button_set_menu_model (priv->add_menu_button, menu);
  gtk_widget_set_visible (GTK_WIDGET (priv->add_menu_button), menu != NULL);
  gtk_widget_set_visible (GTK_WIDGET (priv->add_button), menu == NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (priv->add_menu_button),
                            menu != NULL && g_menu_model_get_n_items (menu) > 0);
  if (menu != NULL)
    solar_accessible_name_menu_items (gtk_menu_button_get_popover (priv->add_menu_button));
}

SolarCampaign *
solar_plan_table_get_campaign (SolarPlanTable *self)
{
  g_return_val_if_fail (SOLAR_IS_PLAN_TABLE (self), NULL);
  return PRIV (self)->campaign;
}

SolarDataset *
solar_plan_table_get_dataset (SolarPlanTable *self)
{
  g_return_val_if_fail (SOLAR_IS_PLAN_TABLE (self), NULL);
  return PRIV (self)->dataset;
}

/**
 * solar_plan_table_get_shown:
 *
 * Returns: (transfer none): the items as the table shows them, in its order, selectable
 */
GListModel *
solar_plan_table_get_shown (SolarPlanTable *self)
{
  g_return_val_if_fail (SOLAR_IS_PLAN_TABLE (self), NULL);
  return G_LIST_MODEL (PRIV (self)->selection);
}

static void
solar_plan_table_dispose (GObject *object)
{
  SolarPlanTable *self = SOLAR_PLAN_TABLE (object);
  SolarPlanTablePrivate *priv = PRIV (self);
  GtkWidget *child;

  g_clear_handle_id (&priv->relabel_source, g_source_remove);
  g_clear_handle_id (&priv->reorder_source, g_source_remove);
  g_clear_object (&priv->reorder_item);
  solar_table_reveal_stop (&priv->reveal);
  solar_table_fill_stop (&priv->fill);
  if (priv->selection != NULL)
    g_signal_handlers_disconnect_by_data (priv->selection, self);
  if (priv->column_view != NULL)
    gtk_column_view_set_model (priv->column_view, NULL);
  /* Not gtk_widget_dispose_template(): GTK 4.8 looks for the template on the subclass,
   * which has none. The template's widgets are all among the children. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  priv->stack = NULL;
  priv->scroller = NULL;
  priv->column_view = NULL;
  priv->empty_label = NULL;
  priv->count_label = NULL;
  priv->remove_button = NULL;
  priv->import_button = NULL;
  priv->add_button = NULL;
  priv->add_label = NULL;
  priv->add_menu_button = NULL;
  if (priv->bound_cells != NULL)
    g_hash_table_remove_all (priv->bound_cells);
  if (priv->problems != NULL)
    g_hash_table_remove_all (priv->problems);
  g_clear_object (&priv->selection);
  g_clear_object (&priv->sorted);
  g_clear_object (&priv->order);
  g_clear_object (&priv->items);
  g_clear_object (&priv->platform_names);
  g_clear_object (&priv->campaign);
  g_clear_object (&priv->history);
  g_clear_object (&priv->dataset);

  G_OBJECT_CLASS (solar_plan_table_parent_class)->dispose (object);
}

static void
solar_plan_table_finalize (GObject *object)
{
  SolarPlanTablePrivate *priv = PRIV (object);

  g_clear_pointer (&priv->platform_ids, g_strfreev);
  g_clear_pointer (&priv->bound_cells, g_hash_table_unref);
  g_clear_pointer (&priv->problems, g_hash_table_unref);

  G_OBJECT_CLASS (solar_plan_table_parent_class)->finalize (object);
}

static void
solar_plan_table_class_init (SolarPlanTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = solar_plan_table_dispose;
  object_class->finalize = solar_plan_table_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/socialsolar/SocialSolar/ui/solar-plan-table.ui");
  gtk_widget_class_bind_template_child_private (widget_class, SolarPlanTable, stack);
  gtk_widget_class_bind_template_child_private (widget_class, SolarPlanTable, scroller);
  gtk_widget_class_bind_template_child_private (widget_class, SolarPlanTable, column_view);
  gtk_widget_class_bind_template_child_private (widget_class, SolarPlanTable, empty_label);
  gtk_widget_class_bind_template_child_private (widget_class, SolarPlanTable, count_label);
  gtk_widget_class_bind_template_child_private (widget_class, SolarPlanTable, remove_button);
  gtk_widget_class_bind_template_child_private (widget_class, SolarPlanTable, import_button);
  gtk_widget_class_bind_template_child_private (widget_class, SolarPlanTable, add_button);
  gtk_widget_class_bind_template_child_private (widget_class, SolarPlanTable, add_label);
  gtk_widget_class_bind_template_child_private (widget_class, SolarPlanTable, add_menu_button);

  gtk_widget_class_install_action (widget_class, "table.add", "s", add_action);
  gtk_widget_class_install_action (widget_class, "table.remove-selected", NULL, remove_selected);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "table.remove-selected", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "table.remove-selected", NULL);
  /* Enabled by solar_plan_table_set_rows_kind(). */
  gtk_widget_class_install_action (widget_class, "table.copy", NULL, copy_rows);
  gtk_widget_class_install_action (widget_class, "table.paste", NULL, paste_rows);
  gtk_widget_class_install_action (widget_class, "table.import", NULL, import_rows);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK, "table.copy", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_v, GDK_CONTROL_MASK, "table.paste", NULL);

  gtk_widget_class_set_css_name (widget_class, "plantable");
  /* A container: what it holds is named; it is not (GTK 4.8 would call it by its type). */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GENERIC);
}

static void
solar_plan_table_init (SolarPlanTable *self)
{
  SolarPlanTablePrivate *priv = PRIV (self);

  priv->bound_cells = g_hash_table_new (NULL, NULL);
  priv->problems = g_hash_table_new_full (NULL, NULL, g_object_unref, (GDestroyNotify)g_ptr_array_unref);
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "table.copy", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "table.paste", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "table.import", FALSE);
}
