/* solar-kol-table.c: the plan's KOL roster as a table
 *
 * A RED seeding plan books hundreds of KOCs, so the roster is a GtkColumnView over the
 * plan's own list: only the rows on screen exist, and they are recycled as it scrolls.
 * Each cell is bound to one property of its KOL while it shows it (SolarTableCell for
 * what is typed, a drop-down for platform and tier), so the table holds no copy and what
 * it shows is what is saved. Sorting and filtering wrap the plan's list and never reorder
 * it: the file keeps the planner's order.
 *
 * Selected rows can be removed or moved to another platform or tier at once; a removal
 * says so in a toast that can take it back. The checks' findings about a KOL mark the cell
 * they are about, as the form's rows are marked.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-kol-table"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "solar-kol-table.h"

#include "solar-accessible.h"
#include "solar-alert.h"
#include "solar-choice-cell.h"
#include "solar-number.h"
#include "solar-plan-checks.h"
#include "solar-problem.h"
#include "solar-table-cell.h"
#include "solar-roster-import.h"
#include "solar-table-view.h"

typedef enum
{
  CELL_TEXT,
  CELL_NUMBER,
  CELL_PLATFORM,
  CELL_TIER,
  CELL_FEE_RATE,
  CELL_DATE,
} CellKind;

typedef struct
{
  const char *member;     /* as the checks name it: "kols[3].fee" */
  const char *property;   /* of SolarKol; NULL for what is worked out */
  const char *title;
  CellKind    kind;
  int         width;
  gboolean    expand;
} Column;

static const Column columns[] = {
  { "name", "name", N_("Name"), CELL_TEXT, 160, TRUE },
  { "platform", "platform-id", N_("Platform"), CELL_PLATFORM, 170, FALSE },
  { "tier", "tier", N_("Tier"), CELL_TIER, 100, FALSE },
  { "followers", "followers", N_("Followers"), CELL_NUMBER, 100, FALSE },
  { "fee", "fee", N_("Fee"), CELL_NUMBER, 100, FALSE },
  { "fee-rate", NULL, N_("Fee per 1,000 Followers"), CELL_FEE_RATE, 165, FALSE },
  { "publish_date", "publish-date", N_("Publish Date"), CELL_DATE, 132, FALSE },
  { "deliverables", "deliverables", N_("Deliverables"), CELL_TEXT, 180, TRUE },
};

/* Rows a dropdown cell makes, in pixels: enough to size the table, not to place rows. */
#define TABLE_ROW_HEIGHT    40
#define TABLE_HEADER_HEIGHT 32
#define TABLE_ROWS_SEEN     12

struct _SolarKolTable
{
  GtkWidget           parent_instance;

  SolarCampaign      *campaign;
  SolarPlanHistory   *history;          /* the plan's: removals and bulk edits are steps */
  SolarDataset       *dataset;
  char              **platform_ids;     /* the dataset's, in the order of every choice */
  GtkStringList      *platform_names;

  GtkSearchEntry     *search_entry;
  GtkDropDown        *platform_filter;
  GtkDropDown        *tier_filter;
  GtkLabel           *count_label;
  GtkStack           *stack;
  GtkScrolledWindow  *scroller;
  GtkColumnView      *column_view;
  GtkLabel           *empty_label;
  GtkLabel           *selection_label;
  GtkMenuButton      *set_platform_button;
  GtkMenuButton      *set_tier_button;
  GtkMenuButton      *sort_button;
  GtkFlowBox         *filter_box;

  GtkStringFilter    *name_filter;
  GtkCustomFilter    *choice_filter;
  GtkSortListModel   *sorted;
  GtkMultiSelection  *selection;

  GHashTable         *bound_cells;      /* the cell widgets showing a KOL now */
  GHashTable         *problems;         /* SolarKol → GPtrArray of SolarProblem */
  guint               relabel_source;
  char               *sort_by;          /* a column's member, "" (the plan's order) or "header" */
  gboolean            sort_descending;
  gboolean            applying_sort;    /* the sort menu, not a header, is sorting */

  SolarTableFill      fill;             /* the rows, a frame after the table shows */
  SolarTableReveal    reveal;           /* a row to be scrolled to once it exists */
};

G_DEFINE_FINAL_TYPE (SolarKolTable, solar_kol_table, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_SORT_BY,
  PROP_SORT_DESCENDING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A clicked header sorts too, and GTK 4.8 cannot say which column it sorts by. */
#define SORTED_BY_HEADER "header"

static const Column *
column_of (GtkWidget *cell)
{
  return g_object_get_data (G_OBJECT (cell), "solar-column");
}

static SolarKol *
kol_of (GtkWidget *cell)
{
  return g_object_get_data (G_OBJECT (cell), "solar-kol");
}

static char *
dup_platform_name (SolarKolTable *self,
                   const char    *platform_id)
{
  SolarPlatform *platform = solar_dataset_find_platform (self->dataset, platform_id);

  if (platform != NULL)
    return g_strdup (solar_text_get (solar_platform_get_name (platform)));
  return g_strdup (*platform_id != '\0' ? platform_id : _("No Platform"));
}

static int
platform_position (SolarKolTable *self,
                   const char    *platform_id)
{
  for (guint i = 0; self->platform_ids[i] != NULL; i++)
    if (g_str_equal (self->platform_ids[i], platform_id))
      return (int)i;
  return -1;
}

/* Fee per 1,000 followers, or a negative number when there are no followers to divide by. */
static double
fee_rate (SolarKol *kol)
{
  double followers = solar_kol_get_followers (kol);

  return followers > 0 ? solar_kol_get_fee (kol) / followers * 1000.0 : -1;
}

/* Rows
 * ====
 */

/* "KOL 12 of 240: Tea Master Wang, Douyin, Micro, fee 8,000 CNY": what a screen reader
 * says as the focus enters a row, in the order the table shows. */
static void
label_row (SolarKolTable *self,
           GtkWidget     *name_cell)
{
  GtkListItem *list_item = g_object_get_data (G_OBJECT (name_cell), "solar-list-item");
  SolarKol *kol = kol_of (name_cell);
  GtkWidget *row = solar_table_view_find_row (name_cell);
  const char *name;
  g_autofree char *platform = NULL;
  g_autofree char *fee = NULL;
  g_autofree char *label = NULL;
  guint position;

  if (row == NULL || kol == NULL || list_item == NULL ||
      (position = gtk_list_item_get_position (list_item)) == GTK_INVALID_LIST_POSITION)
    return;
  name = solar_kol_get_name (kol);
  platform = dup_platform_name (self, solar_kol_get_platform_id (kol));
  fee = solar_number_format_money (solar_kol_get_fee (kol), solar_campaign_get_currency (self->campaign));
  /* TRANSLATORS: a row of the KOL table as a screen reader says it: "KOL 12 of 240: Tea
   * Master Wang, Douyin, Micro, fee 8,000 CNY" */
  label = g_strdup_printf (_("KOL %1$u of %2$u: %3$s, %4$s, %5$s, fee %6$s"),
                           position + 1, g_list_model_get_n_items (G_LIST_MODEL (self->selection)),
                           *name != '\0' ? name : _("Unnamed KOL"), platform,
                           _(solar_kol_tier_get_labels ()[solar_kol_get_tier (kol)]), fee);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static gboolean
relabel_rows (gpointer data)
{
  SolarKolTable *self = data;
  GHashTableIter iter;
  gpointer cell;

  self->relabel_source = 0;
  g_hash_table_iter_init (&iter, self->bound_cells);
  while (g_hash_table_iter_next (&iter, &cell, NULL))
    if (column_of (cell) == &columns[0])
      label_row (self, cell);
  return G_SOURCE_REMOVE;
}

/* Positions and totals shift together when rows come, go or are filtered: every row on
 * screen is named anew, once, after the change. */
static void
queue_relabel (SolarKolTable *self)
{
  if (self->relabel_source == 0)
    self->relabel_source = g_idle_add (relabel_rows, self);
}

/* Checks
 * ======
 */

static gboolean
problem_concerns (SolarProblem  *problem,
                  gconstpointer  data,
                  gpointer       table)
{
  const Column *column = data;
  const char *field = solar_problem_get_field (problem);
  const char *member = strchr (field, '.');

  /* A problem with the whole KOL ("kols[3]") is shown on its name. */
  if (member == NULL)
    return column == &columns[0];
  return g_str_equal (member + 1, column->member);
}

static void
mark_cell (SolarKolTable *self,
           GtkWidget     *cell)
{
  GPtrArray *problems = kol_of (cell) ? g_hash_table_lookup (self->problems, kol_of (cell)) : NULL;

  solar_table_view_mark_cell (cell, problems, problem_concerns, column_of (cell), self);
}

/**
 * solar_kol_table_show_problems:
 * @problems: the plan's #SolarProblem findings; those about "kols[N]…" are shown
 *
 * Marks the cells the findings are about, on the rows on screen and on those scrolled to.
 */
void
solar_kol_table_show_problems (SolarKolTable *self,
                               GListModel    *problems)
{
  GListModel *kols;
  GHashTableIter iter;
  gpointer cell;

  g_return_if_fail (SOLAR_IS_KOL_TABLE (self));
  g_return_if_fail (G_IS_LIST_MODEL (problems));

  kols = solar_campaign_get_kols (self->campaign);
  g_hash_table_remove_all (self->problems);
  for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(SolarProblem) problem = g_list_model_get_item (problems, i);
      const char *field = solar_problem_get_field (problem);
      g_autoptr(SolarKol) kol = NULL;
      GPtrArray *list;
      char *end;
      guint64 index;

      if (!g_str_has_prefix (field, "kols["))
        continue;
      index = g_ascii_strtoull (field + 5, &end, 10);
      if (*end != ']' || index >= g_list_model_get_n_items (kols))
        continue;
      kol = g_list_model_get_item (kols, (guint)index);
      if ((list = g_hash_table_lookup (self->problems, kol)) == NULL)
        {
          list = g_ptr_array_new_with_free_func (g_object_unref);
          g_hash_table_insert (self->problems, kol, list);
        }
      g_ptr_array_add (list, g_object_ref (problem));
    }

  g_hash_table_iter_init (&iter, self->bound_cells);
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

/* "Platform: Douyin": a drop-down is named by its column and its choice. */
static void
label_choice (GtkWidget  *cell,
              const char *choice)
{
  g_autofree char *label = g_strdup_printf (_("%s: %s"), _(column_of (cell)->title), choice);

  gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

/* A platform the dataset lacks (from a file made elsewhere) is offered as it is, last, so
 * the cell shows what the plan says. */
static void
show_platform (SolarKolTable *self,
               GtkWidget     *cell,
               SolarKol      *kol)
{
  GtkStringList *names = solar_choice_cell_get_choices (SOLAR_CHOICE_CELL (cell));
  guint n_known = g_list_model_get_n_items (G_LIST_MODEL (self->platform_names));
  const char *id = solar_kol_get_platform_id (kol);
  int position = platform_position (self, id);
  g_autofree char *name = dup_platform_name (self, id);

  g_object_set_data (G_OBJECT (cell), "solar-updating", GINT_TO_POINTER (TRUE));
  if (g_list_model_get_n_items (G_LIST_MODEL (names)) > n_known)
    gtk_string_list_remove (names, n_known);
  if (position < 0)
    {
      gtk_string_list_append (names, name);
      position = (int)n_known;
    }
  g_object_set_data (G_OBJECT (cell), "solar-updating", NULL);
  set_choice (cell, (guint)position);
  label_choice (cell, name);
}

static void
show_kol (SolarKolTable *self,
          GtkWidget     *cell)
{
  const Column *column = column_of (cell);
  SolarKol *kol = kol_of (cell);

  switch (column->kind)
    {
    case CELL_TEXT:
    case CELL_DATE:
      {
        g_autofree char *text = NULL;

        g_object_get (kol, column->property, &text, NULL);
        solar_table_cell_set_text (SOLAR_TABLE_CELL (cell), text);
      }
      break;
    case CELL_NUMBER:
      {
        double value = 0;
        g_autofree char *text = NULL;

        g_object_get (kol, column->property, &value, NULL);
        text = solar_number_format (value);
        solar_table_cell_set_text (SOLAR_TABLE_CELL (cell), text);
      }
      break;
    case CELL_PLATFORM:
      show_platform (self, cell, kol);
      break;
    case CELL_TIER:
      set_choice (cell, solar_kol_get_tier (kol));
      label_choice (cell, _(solar_kol_tier_get_labels ()[solar_kol_get_tier (kol)]));
      break;
    case CELL_FEE_RATE:
      {
        double rate = fee_rate (kol);
        g_autofree char *text = rate >= 0 ? solar_number_format (rate) : g_strdup ("—");
        g_autofree char *label = g_strdup_printf (_("%s: %s"), _(column->title),
                                                  rate >= 0 ? text : _("no followers"));

        gtk_inscription_set_text (GTK_INSCRIPTION (cell), text);
        gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      }
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
on_kol_notify (GtkWidget  *cell,
               GParamSpec *pspec)
{
  SolarKolTable *self = SOLAR_KOL_TABLE (gtk_widget_get_ancestor (cell, SOLAR_TYPE_KOL_TABLE));

  if (self == NULL || kol_of (cell) == NULL)
    return;
  show_kol (self, cell);
  queue_relabel (self);
}

static gboolean
on_cell_commit (GtkWidget  *cell,
                const char *text,
                gpointer    user_data)
{
  const Column *column = column_of (cell);
  SolarKol *kol = kol_of (cell);
  double value;

  if (kol == NULL)
    return TRUE;
  if (column->kind == CELL_TEXT || column->kind == CELL_DATE)
    {
      g_autofree char *stripped = g_strstrip (g_strdup (text));

      g_object_set (kol, column->property, stripped, NULL);
      return TRUE;
    }
  if (!solar_number_parse (text, &value) || value < 0)
    {
      gtk_widget_set_tooltip_text (cell, _("Type a number of zero or more, such as 50,000, or press Escape"));
      return FALSE;
    }
  g_object_set (kol, column->property, value, NULL);
  return TRUE;
}

static void
on_choice_selected (GtkWidget     *cell,
                    GParamSpec    *pspec,
                    SolarKolTable *self)
{
  SolarKol *kol = kol_of (cell);
  guint position = solar_choice_cell_get_selected (SOLAR_CHOICE_CELL (cell));

  if (kol == NULL || position == GTK_INVALID_LIST_POSITION ||
      g_object_get_data (G_OBJECT (cell), "solar-updating") != NULL)
    return;
  if (column_of (cell)->kind == CELL_TIER)
    solar_kol_set_tier (kol, position);
  else if (position < g_strv_length (self->platform_ids))
    solar_kol_set_platform_id (kol, self->platform_ids[position]);
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            SolarKolTable            *self)
{
  const Column *column = g_object_get_data (G_OBJECT (factory), "solar-column");
  GtkWidget *cell;

  switch (column->kind)
    {
    case CELL_TEXT:
    case CELL_NUMBER:
    case CELL_DATE:
      cell = g_object_new (SOLAR_TYPE_TABLE_CELL, "title", _(column->title), NULL);
      solar_table_cell_set_numeric (SOLAR_TABLE_CELL (cell), column->kind == CELL_NUMBER);
      solar_table_cell_set_date (SOLAR_TABLE_CELL (cell), column->kind == CELL_DATE);
      g_signal_connect (cell, "commit", G_CALLBACK (on_cell_commit), NULL);
      break;
    case CELL_PLATFORM:
      {
        g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

        for (guint i = 0; self->platform_ids[i] != NULL; i++)
          gtk_string_list_append (names, gtk_string_list_get_string (self->platform_names, i));
        cell = solar_choice_cell_new (names);
      }
      break;
    case CELL_TIER:
      {
        const char * const *labels = solar_kol_tier_get_labels ();
        g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

        for (guint i = 0; labels[i] != NULL; i++)
          gtk_string_list_append (names, _(labels[i]));
        cell = solar_choice_cell_new (names);
      }
      break;
    case CELL_FEE_RATE:
      /* An inscription, not a label: its text does not size it, so a new figure
       * redraws the cell without laying out the table again. */
      cell = g_object_new (GTK_TYPE_INSCRIPTION, "xalign", 1.0, "hexpand", TRUE, NULL);
      break;
    default:
      g_assert_not_reached ();
    }

  if (SOLAR_IS_CHOICE_CELL (cell))
    {
      g_signal_connect (cell, "notify::selected", G_CALLBACK (on_choice_selected), self);
    }
  g_object_set_data (G_OBJECT (cell), "solar-column", (gpointer)column);
  gtk_list_item_set_child (list_item, cell);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           SolarKolTable            *self)
{
  GtkWidget *cell = gtk_list_item_get_child (list_item);
  SolarKol *kol = gtk_list_item_get_item (list_item);
  gulong handler;

  g_object_set_data_full (G_OBJECT (cell), "solar-kol", g_object_ref (kol), g_object_unref);
  g_object_set_data (G_OBJECT (cell), "solar-list-item", list_item);
  show_kol (self, cell);
  handler = g_signal_connect_object (kol, "notify", G_CALLBACK (on_kol_notify), cell, G_CONNECT_SWAPPED);
  g_object_set_data (G_OBJECT (cell), "solar-handler", GSIZE_TO_POINTER (handler));
  g_hash_table_add (self->bound_cells, cell);
  mark_cell (self, cell);
  if (column_of (cell) == &columns[0])
    queue_relabel (self);
}

static void
unbind_cell (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             SolarKolTable            *self)
{
  GtkWidget *cell = gtk_list_item_get_child (list_item);
  SolarKol *kol = kol_of (cell);

  if (kol == NULL)
    return;
  /* An edit under way when its row scrolls away is kept, as if the focus had left it (or
   * dropped, if refused: it cannot follow the cell to another row). */
  if (SOLAR_IS_TABLE_CELL (cell) && solar_table_cell_get_editing (SOLAR_TABLE_CELL (cell)))
    solar_table_cell_stop_editing (SOLAR_TABLE_CELL (cell), TRUE);
  g_signal_handler_disconnect (kol, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (cell), "solar-handler")));
  g_hash_table_remove (self->bound_cells, cell);
  g_object_set_data (G_OBJECT (cell), "solar-list-item", NULL);
  g_object_set_data (G_OBJECT (cell), "solar-kol", NULL);
}

/* Sorting
 * =======
 */

static char *
sort_platform_name (SolarKol      *kol,
                    SolarKolTable *self)
{
  return dup_platform_name (self, solar_kol_get_platform_id (kol));
}

static int
sort_tier (SolarKol *kol)
{
  return solar_kol_get_tier (kol);
}

/* By day; a KOL with no date yet goes after the dated ones. */
static int
compare_publish_dates (gconstpointer a,
                       gconstpointer b,
                       gpointer      user_data)
{
  /* GtkOrdering is -1, 0, 1, as the comparison returns. */
  return solar_plan_compare_dates (solar_kol_get_publish_date ((SolarKol *)a),
                                   solar_kol_get_publish_date ((SolarKol *)b));
}

static GtkSorter *
create_sorter (SolarKolTable *self,
               const Column  *column)
{
  switch (column->kind)
    {
    case CELL_TEXT:
      return GTK_SORTER (gtk_string_sorter_new (gtk_property_expression_new (SOLAR_TYPE_KOL, NULL,
                                                                               column->property)));
    case CELL_NUMBER:
      return GTK_SORTER (gtk_numeric_sorter_new (gtk_property_expression_new (SOLAR_TYPE_KOL, NULL,
                                                                                column->property)));
    case CELL_PLATFORM:
      return GTK_SORTER (gtk_string_sorter_new (gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                                              G_CALLBACK (sort_platform_name),
                                                                              self, NULL)));
    case CELL_TIER:
      return GTK_SORTER (gtk_numeric_sorter_new (gtk_cclosure_expression_new (G_TYPE_INT, NULL, 0, NULL,
                                                                               G_CALLBACK (sort_tier),
                                                                               NULL, NULL)));
    case CELL_FEE_RATE:
      return GTK_SORTER (gtk_numeric_sorter_new (gtk_cclosure_expression_new (G_TYPE_DOUBLE, NULL, 0, NULL,
                                                                               G_CALLBACK (fee_rate),
                                                                               NULL, NULL)));
    case CELL_DATE:
      return GTK_SORTER (gtk_custom_sorter_new (compare_publish_dates, NULL, NULL));
    default:
      g_assert_not_reached ();
    }
}

static void
add_columns (SolarKolTable *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;
      g_autoptr(GtkSorter) sorter = create_sorter (self, &columns[i]);

      g_object_set_data (G_OBJECT (factory), "solar-column", (gpointer)&columns[i]);
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), self);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), self);
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell), self);
      column = gtk_column_view_column_new (_(columns[i].title), factory);
      gtk_column_view_column_set_fixed_width (column, columns[i].width);
      gtk_column_view_column_set_expand (column, columns[i].expand);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_column_set_sorter (column, sorter);
      gtk_column_view_append_column (self->column_view, column);
    }
}

/* Sorting from the menu
 * =====================
 * The sort menu's choices are the table's properties "sort-by" and "sort-descending",
 * which GTK turns into the menu's radio and check items.
 */


static void
apply_sort (SolarKolTable *self)
{
  GListModel *view_columns = gtk_column_view_get_columns (self->column_view);
  g_autoptr(GtkColumnViewColumn) column = NULL;

  if (g_str_equal (self->sort_by, SORTED_BY_HEADER))
    return;
  for (guint i = 0; i < G_N_ELEMENTS (columns) && column == NULL; i++)
    if (g_str_equal (columns[i].member, self->sort_by))
      column = g_list_model_get_item (view_columns, i);
  self->applying_sort = TRUE;
  /* No column: the plan's own order. */
  gtk_column_view_sort_by_column (self->column_view, column,
                                  self->sort_descending ? GTK_SORT_DESCENDING : GTK_SORT_ASCENDING);
  self->applying_sort = FALSE;
  /* A sort chosen from the menu shows the table's new first row; newer GTK would keep
   * the rows that were on screen in view, now anywhere in the list. */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->sorted)) > 0)
    {
      g_autoptr(SolarKol) first = g_list_model_get_item (G_LIST_MODEL (self->sorted), 0);

      solar_table_reveal_start (&self->reveal, first, SOLAR_TABLE_REVEAL_SHOW);
    }
}

static void
on_sorter_changed (SolarKolTable *self)
{
  if (self->applying_sort || g_str_equal (self->sort_by, SORTED_BY_HEADER))
    return;
  g_free (self->sort_by);
  self->sort_by = g_strdup (SORTED_BY_HEADER);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT_BY]);
}

/* Filtering and counting
 * ======================
 */

static gboolean
matches_choices (gpointer item,
                 gpointer data)
{
  SolarKolTable *self = data;
  SolarKol *kol = item;
  guint platform = gtk_drop_down_get_selected (self->platform_filter);
  guint tier = gtk_drop_down_get_selected (self->tier_filter);

  /* The first choice of each is "all". */
  if (platform != 0 && platform != GTK_INVALID_LIST_POSITION &&
      !g_str_equal (self->platform_ids[platform - 1], solar_kol_get_platform_id (kol)))
    return FALSE;
  if (tier != 0 && tier != GTK_INVALID_LIST_POSITION && solar_kol_get_tier (kol) != tier - 1)
    return FALSE;
  return TRUE;
}

static void
on_filter_changed (SolarKolTable *self)
{
  if (self->choice_filter != NULL)
    gtk_filter_changed (GTK_FILTER (self->choice_filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_search_changed (SolarKolTable *self)
{
  gtk_string_filter_set_search (self->name_filter, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
update_counts (SolarKolTable *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  guint all = g_list_model_get_n_items (solar_campaign_get_kols (self->campaign));
  g_autofree char *count = NULL;

  g_autofree char *all_text = solar_number_format (all);
  g_autofree char *shown_text = solar_number_format (shown);

  if (shown == all)
    count = g_strdup_printf (ngettext ("%s KOL", "%s KOLs", all), all_text);
  else
    /* TRANSLATORS: how many rows of the KOL table the filters leave: "12 of 240 KOLs shown" */
    count = g_strdup_printf (ngettext ("%1$s of %2$s KOL shown", "%1$s of %2$s KOLs shown", all),
                             shown_text, all_text);
  gtk_label_set_text (self->count_label, count);

  /* GTK 4.8's column view asks for almost no height of its own, so the table
   * asks for its rows': up to a dozen, then it scrolls. */
  gtk_scrolled_window_set_min_content_height (self->scroller,
                                              TABLE_HEADER_HEIGHT + MIN (shown, TABLE_ROWS_SEEN) * TABLE_ROW_HEIGHT);
  /* Set even while hidden: a label without text is read as "GtkLabel" on GTK 4.8. */
  gtk_label_set_text (self->empty_label,
                      all == 0 ? _("No KOLs yet. Add the creators the plan books with Add KOL.")
                               : _("No KOL matches the name, platform and tier chosen above."));
  gtk_stack_set_visible_child_name (self->stack, shown > 0 ? "table" : "empty");
  queue_relabel (self);
}

static void
update_selection (SolarKolTable *self)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  guint64 n = gtk_bitset_get_size (selected);
  g_autofree char *text = NULL;

  if (n == 0)
    text = g_strdup (_("Ctrl+click to select several"));
  else
    text = g_strdup_printf (ngettext ("%u KOL selected", "%u KOLs selected", (gulong)n), (guint)n);
  gtk_label_set_text (self->selection_label, text);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "kols.remove-selected", n > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "kols.set-platform", n > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "kols.set-tier", n > 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->set_platform_button), n > 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->set_tier_button), n > 0);
}

static void
on_selection_items_changed (SolarKolTable *self)
{
  update_counts (self);
  update_selection (self);
}

/* Actions
 * =======
 */

/* The selected KOLs, in the order shown. */
static GPtrArray *
dup_selected (SolarKolTable *self)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  GPtrArray *kols = g_ptr_array_new_with_free_func (g_object_unref);
  GtkBitsetIter iter;
  guint position;

  for (gboolean more = gtk_bitset_iter_init_first (&iter, selected, &position); more;
       more = gtk_bitset_iter_next (&iter, &position))
    g_ptr_array_add (kols, g_list_model_get_item (G_LIST_MODEL (self->selection), position));
  return kols;
}

static void
remove_selected (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SolarKolTable *self = SOLAR_KOL_TABLE (widget);
  g_autoptr(GPtrArray) kols = dup_selected (self);
  g_autofree char *step = NULL;
  g_autofree char *title = NULL;
  guint removed;

  if (kols->len == 0)
    return;

  /* The keyboard stays in the table. Moved first: a focused row (or the entry of a cell
   * being edited) that goes away costs GTK a round of focus changes of its own. */
  solar_table_fill_now (&self->fill);
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
  step = g_strdup_printf (ngettext ("Remove %u KOL", "Remove %u KOLs", kols->len), kols->len);
  solar_plan_history_begin_step (self->history, step);
  removed = solar_campaign_remove_kols (self->campaign, (SolarKol **)kols->pdata, kols->len);
  solar_plan_history_end_step (self->history);
  if (removed == 0)
    return;   /* no step was made: an Undo would take back the one before */

  title = g_strdup_printf (ngettext ("Removed %u KOL", "Removed %u KOLs", removed), removed);
  solar_table_view_offer_undo (widget, self->history, title);
}

static void
set_platform (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  SolarKolTable *self = SOLAR_KOL_TABLE (widget);
  g_autoptr(GPtrArray) kols = dup_selected (self);
  g_autofree char *step = g_strdup_printf (ngettext ("Change Platform of %u KOL",
                                                     "Change Platform of %u KOLs", kols->len), kols->len);

  solar_plan_history_begin_step (self->history, step);
  for (guint i = 0; i < kols->len; i++)
    solar_kol_set_platform_id (g_ptr_array_index (kols, i), g_variant_get_string (parameter, NULL));
  solar_plan_history_end_step (self->history);
  /* The rows keep their place; a platform filter now hides those moved away. */
  on_filter_changed (self);
}

static void
set_tier (GtkWidget  *widget,
          const char *action_name,
          GVariant   *parameter)
{
  SolarKolTable *self = SOLAR_KOL_TABLE (widget);
  g_autoptr(GPtrArray) kols = dup_selected (self);
  int tier = g_variant_get_int32 (parameter);
  g_autofree char *step = NULL;

  if (tier < SOLAR_KOL_TIER_HEAD || tier > SOLAR_KOL_TIER_KOC)
    return;
  step = g_strdup_printf (ngettext ("Change Tier of %u KOL", "Change Tier of %u KOLs", kols->len), kols->len);
  solar_plan_history_begin_step (self->history, step);
  for (guint i = 0; i < kols->len; i++)
    solar_kol_set_tier (g_ptr_array_index (kols, i), tier);
  solar_plan_history_end_step (self->history);
  on_filter_changed (self);
}

static GtkWidget *
find_bound_cell (SolarKolTable *self,
                 SolarKol      *kol,
                 const Column  *column)
{
  GHashTableIter iter;
  gpointer cell;

  g_hash_table_iter_init (&iter, self->bound_cells);
  while (g_hash_table_iter_next (&iter, &cell, NULL))
    if (kol_of (cell) == kol && column_of (cell) == column)
      return cell;
  return NULL;
}

/* Where a reveal ends: the KOL's name, which Add KOL edits. */
static GtkWidget *
find_name_cell (GtkWidget *table,
                gpointer   kol)
{
  return find_bound_cell (SOLAR_KOL_TABLE (table), kol, &columns[0]);
}

/**
 * solar_kol_table_find_cell:
 * @member: the column, as the file and the checks name it: "name", "platform", "tier",
 *   "followers", "fee", "fee-rate", "publish_date" or "deliverables"
 *
 * Returns: (transfer none) (nullable): the cell showing @member of @kol, if its row is on
 *   screen (see solar_kol_table_scroll_to())
 */
GtkWidget *
solar_kol_table_find_cell (SolarKolTable *self,
                           SolarKol      *kol,
                           const char    *member)
{
  g_return_val_if_fail (SOLAR_IS_KOL_TABLE (self), NULL);
  g_return_val_if_fail (SOLAR_IS_KOL (kol), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    if (g_str_equal (columns[i].member, member))
      return find_bound_cell (self, kol, &columns[i]);
  g_return_val_if_reached (NULL);
}

/**
 * solar_kol_table_scroll_to:
 *
 * Scrolls the table so that @kol's row shows, if the filters show it; its cells exist
 * within a frame or two, once the table has been laid out again.
 *
 * Returns: %TRUE if @kol is among the rows shown
 */
gboolean
solar_kol_table_scroll_to (SolarKolTable *self,
                           SolarKol      *kol)
{
  g_return_val_if_fail (SOLAR_IS_KOL_TABLE (self), FALSE);
  g_return_val_if_fail (SOLAR_IS_KOL (kol), FALSE);

  return solar_table_reveal_start (&self->reveal, kol, SOLAR_TABLE_REVEAL_SHOW);
}

/**
 * solar_kol_table_focus:
 *
 * Scrolls the table to @kol's row, if the filters show it, and gives its name cell the
 * keyboard focus (the timeline's Enter on a day's posts).
 *
 * Returns: %TRUE if @kol is among the rows shown
 */
gboolean
solar_kol_table_focus (SolarKolTable *self,
                       SolarKol      *kol)
{
  g_return_val_if_fail (SOLAR_IS_KOL_TABLE (self), FALSE);
  g_return_val_if_fail (SOLAR_IS_KOL (kol), FALSE);

  return solar_table_reveal_start (&self->reveal, kol, SOLAR_TABLE_REVEAL_FOCUS);
}

static void
import_kols (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SolarKolTable *self = SOLAR_KOL_TABLE (widget);

  solar_roster_import_choose (widget, self->history, SOLAR_ROSTER_KOLS, self->dataset);
}

/* Ctrl+C: the selected rows as a spreadsheet takes them (tab-separated, the table's
 * columns but the computed fee rate), so they survive a round trip through a sheet. */
static void
copy_rows (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  SolarKolTable *self = SOLAR_KOL_TABLE (widget);
  g_autoptr(GPtrArray) kols = dup_selected (self);
  g_autofree char *text = NULL;
  g_autofree char *title = NULL;

  if (kols->len == 0)
    {
      gtk_widget_error_bell (widget);
      return;
    }
  text = solar_roster_tsv_copy (kols->pdata, NULL, kols->len, SOLAR_ROSTER_KOLS, self->dataset);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
  title = g_strdup_printf (ngettext ("Copied %u KOL", "Copied %u KOLs", kols->len), kols->len);
  solar_table_view_toast (widget, title);
}

/* Ctrl+V: rows copied from a spreadsheet (or this table) at the end of the roster; if some
 * cannot be taken, it asks first, as an import does. */
static void
paste_rows (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  SolarKolTable *self = SOLAR_KOL_TABLE (widget);

  solar_roster_import_paste (widget, self->history, SOLAR_ROSTER_KOLS, self->dataset);
}

/**
 * solar_kol_table_import_file:
 *
 * Reads @file as a roster (CSV) and asks whether to add what it holds, as Import KOLs…
 * does once a file is chosen.
 */
void
solar_kol_table_import_file (SolarKolTable *self,
                             GFile         *file)
{
  g_return_if_fail (SOLAR_IS_KOL_TABLE (self));
  g_return_if_fail (G_IS_FILE (file));

  solar_roster_import_file (GTK_WIDGET (self), self->history, SOLAR_ROSTER_KOLS, self->dataset, file);
}

static void
add_kol (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  SolarKolTable *self = SOLAR_KOL_TABLE (widget);
  GListModel *plans = solar_campaign_get_platforms (self->campaign);
  g_autoptr(GObject) first = g_list_model_get_item (plans, 0);
  const char *platform_id;
  g_autoptr(SolarKol) kol = NULL;
  guint position;

  /* A new KOL posts on the plan's first platform, the likeliest, else the dataset's. */
  if (first != NULL)
    platform_id = solar_platform_plan_get_platform_id (SOLAR_PLATFORM_PLAN (first));
  else
    platform_id = self->platform_ids[0] != NULL ? self->platform_ids[0] : "";
  kol = solar_kol_new ("", platform_id, SOLAR_KOL_TIER_MID);

  /* The new row must show: no filter hides it. */
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->platform_filter, 0);
  gtk_drop_down_set_selected (self->tier_filter, 0);
  solar_campaign_add_kol (self->campaign, kol);

  position = solar_table_view_find_item (G_LIST_MODEL (self->selection), kol);
  if (position == GTK_INVALID_LIST_POSITION)
    return;
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), position, TRUE);
  solar_table_reveal_start (&self->reveal, kol, SOLAR_TABLE_REVEAL_EDIT);
}

/* Construction
 * ============
 */

static GMenuModel *
create_platform_menu (SolarKolTable *self)
{
  GMenu *menu = g_menu_new ();

  for (guint i = 0; self->platform_ids[i] != NULL; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (gtk_string_list_get_string (self->platform_names, i), NULL);

      g_menu_item_set_action_and_target (item, "kols.set-platform", "s", self->platform_ids[i]);
      g_menu_append_item (menu, item);
    }
  return G_MENU_MODEL (menu);
}

static GMenuModel *
create_tier_menu (void)
{
  const char * const *labels = solar_kol_tier_get_labels ();
  GMenu *menu = g_menu_new ();

  for (int i = 0; labels[i] != NULL; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_(labels[i]), NULL);

      g_menu_item_set_action_and_target (item, "kols.set-tier", "i", i);
      g_menu_append_item (menu, item);
    }
  return G_MENU_MODEL (menu);
}

static void
setup_filters (SolarKolTable *self)
{
  const char * const *tiers = solar_kol_tier_get_labels ();
  g_autoptr(GtkStringList) platforms = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) tier_names = gtk_string_list_new (NULL);

  gtk_string_list_append (platforms, _("All Platforms"));
  for (guint i = 0; self->platform_ids[i] != NULL; i++)
    gtk_string_list_append (platforms, gtk_string_list_get_string (self->platform_names, i));
  gtk_string_list_append (tier_names, _("All Tiers"));
  for (guint i = 0; tiers[i] != NULL; i++)
    gtk_string_list_append (tier_names, _(tiers[i]));
  gtk_drop_down_set_model (self->platform_filter, G_LIST_MODEL (platforms));
  gtk_drop_down_set_model (self->tier_filter, G_LIST_MODEL (tier_names));
}

/**
 * solar_kol_table_new:
 * @history: the plan's history: the table edits its plan, and names its steps
 */
GtkWidget *
solar_kol_table_new (SolarPlanHistory *history,
                     SolarDataset     *dataset)
{
  SolarCampaign *campaign;
  SolarKolTable *self;
  GListModel *platforms;
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_autoptr(GMenuModel) platform_menu = NULL;
  g_autoptr(GMenuModel) tier_menu = NULL;
  GtkFilter *every;
  GtkFilterListModel *filtered;

  g_return_val_if_fail (SOLAR_IS_PLAN_HISTORY (history), NULL);
  g_return_val_if_fail (SOLAR_IS_DATASET (dataset), NULL);

  campaign = solar_plan_history_get_campaign (history);
  self = g_object_new (SOLAR_TYPE_KOL_TABLE, NULL);
  self->campaign = g_object_ref (campaign);
  self->history = g_object_ref (history);
  self->dataset = g_object_ref (dataset);

  platforms = solar_dataset_get_platforms (dataset);
  self->platform_names = gtk_string_list_new (NULL);
  for (guint i = 0; i < g_list_model_get_n_items (platforms); i++)
    {
      g_autoptr(SolarPlatform) platform = g_list_model_get_item (platforms, i);

      g_strv_builder_add (ids, solar_platform_get_id (platform));
      gtk_string_list_append (self->platform_names, solar_text_get (solar_platform_get_name (platform)));
    }
  self->platform_ids = g_strv_builder_end (ids);

  setup_filters (self);
  platform_menu = create_platform_menu (self);
  tier_menu = create_tier_menu ();
  gtk_menu_button_set_menu_model (self->set_platform_button, platform_menu);
  gtk_menu_button_set_menu_model (self->set_tier_button, tier_menu);
  solar_accessible_name_menu_items (gtk_menu_button_get_popover (self->set_platform_button));
  solar_accessible_name_menu_items (gtk_menu_button_get_popover (self->set_tier_button));
  solar_accessible_name_menu_items (gtk_menu_button_get_popover (self->sort_button));
  add_columns (self);
  solar_table_view_tab_out_after_one_row (self->column_view);

  self->name_filter = gtk_string_filter_new (gtk_property_expression_new (SOLAR_TYPE_KOL, NULL, "name"));
  self->choice_filter = gtk_custom_filter_new (matches_choices, self, NULL);
  every = GTK_FILTER (gtk_every_filter_new ());
  gtk_multi_filter_append (GTK_MULTI_FILTER (every), g_object_ref (GTK_FILTER (self->name_filter)));
  gtk_multi_filter_append (GTK_MULTI_FILTER (every), g_object_ref (GTK_FILTER (self->choice_filter)));
  filtered = gtk_filter_list_model_new (g_object_ref (solar_campaign_get_kols (campaign)), every);
  self->sorted = gtk_sort_list_model_new (G_LIST_MODEL (filtered),
                                          g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  self->selection = gtk_multi_selection_new (g_object_ref (G_LIST_MODEL (self->sorted)));
  solar_table_fill_later (&self->fill, self->column_view, GTK_SELECTION_MODEL (self->selection));
  self->reveal = (SolarTableReveal) {
    .table = GTK_WIDGET (self),
    .view = self->column_view,
    .fill = &self->fill,
    .scroller = self->scroller,
    .shown = G_LIST_MODEL (self->selection),
    .find_cell = find_name_cell,
  };

  g_signal_connect_object (self->selection, "items-changed", G_CALLBACK (on_selection_items_changed),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "selection-changed", G_CALLBACK (update_selection),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (on_sorter_changed), self, G_CONNECT_SWAPPED);
  /* A KOL a filter hides still counts in "12 of 240". */
  g_signal_connect_object (solar_campaign_get_kols (campaign), "items-changed", G_CALLBACK (update_counts),
                           self, G_CONNECT_SWAPPED);
  update_counts (self);
  update_selection (self);
  return GTK_WIDGET (self);
}

/**
 * solar_kol_table_get_shown:
 *
 * Returns: (transfer none): the KOLs as the table shows them: filtered, sorted, selectable
 */
GListModel *
solar_kol_table_get_shown (SolarKolTable *self)
{
  g_return_val_if_fail (SOLAR_IS_KOL_TABLE (self), NULL);
  return G_LIST_MODEL (self->selection);
}

static void
solar_kol_table_dispose (GObject *object)
{
  SolarKolTable *self = SOLAR_KOL_TABLE (object);
  GtkWidget *child;

  g_clear_handle_id (&self->relabel_source, g_source_remove);
  solar_table_reveal_stop (&self->reveal);
  solar_table_fill_stop (&self->fill);
  /* The column view's sorter changes as its columns go, and the models would
   * tell this half-disposed table so: stop listening first. */
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  if (self->column_view != NULL)
    g_signal_handlers_disconnect_by_data (gtk_column_view_get_sorter (self->column_view), self);
  if (self->sorted != NULL)
    gtk_sort_list_model_set_sorter (self->sorted, NULL);
  if (self->campaign != NULL)
    g_signal_handlers_disconnect_by_data (solar_campaign_get_kols (self->campaign), self);
  if (self->column_view != NULL)
    gtk_column_view_set_model (self->column_view, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SOLAR_TYPE_KOL_TABLE);
  /* The template's unnamed boxes are children too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  if (self->bound_cells != NULL)
    g_hash_table_remove_all (self->bound_cells);
  if (self->problems != NULL)
    g_hash_table_remove_all (self->problems);
  g_clear_object (&self->selection);
  g_clear_object (&self->sorted);
  g_clear_object (&self->name_filter);
  g_clear_object (&self->choice_filter);
  g_clear_object (&self->platform_names);
  g_clear_object (&self->campaign);
  g_clear_object (&self->history);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (solar_kol_table_parent_class)->dispose (object);
}

static void
solar_kol_table_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SolarKolTable *self = SOLAR_KOL_TABLE (object);

  switch (prop_id)
    {
    case PROP_SORT_BY:
      g_value_set_string (value, self->sort_by);
      break;
    case PROP_SORT_DESCENDING:
      g_value_set_boolean (value, self->sort_descending);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
solar_kol_table_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  SolarKolTable *self = SOLAR_KOL_TABLE (object);

  switch (prop_id)
    {
    case PROP_SORT_BY:
      g_free (self->sort_by);
      self->sort_by = g_value_dup_string (value);
      if (self->sort_by == NULL)
        self->sort_by = g_strdup ("");
      break;
    case PROP_SORT_DESCENDING:
      self->sort_descending = g_value_get_boolean (value);
      /* After a header click there is no column to reverse: GTK 4.8 cannot say which
       * one the header chose. The direction applies to the next column chosen. */
      if (g_str_equal (self->sort_by, SORTED_BY_HEADER))
        return;
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  if (self->column_view != NULL && self->selection != NULL)
    apply_sort (self);
}

static void
solar_kol_table_finalize (GObject *object)
{
  SolarKolTable *self = SOLAR_KOL_TABLE (object);

  g_clear_pointer (&self->platform_ids, g_strfreev);
  g_clear_pointer (&self->sort_by, g_free);
  g_clear_pointer (&self->bound_cells, g_hash_table_unref);
  g_clear_pointer (&self->problems, g_hash_table_unref);

  G_OBJECT_CLASS (solar_kol_table_parent_class)->finalize (object);
}

static void
solar_kol_table_class_init (SolarKolTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = solar_kol_table_dispose;
  object_class->finalize = solar_kol_table_finalize;
  object_class->get_property = solar_kol_table_get_property;
  object_class->set_property = solar_kol_table_set_property;

  /**
   * SolarKolTable:sort-by:
   *
   * The column the table is sorted by, as solar_kol_table_find_cell() names it; "" for
   * the plan's own order, "header" once a column's header was clicked.
   */
  properties[PROP_SORT_BY] =
    g_param_spec_string ("sort-by", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SORT_DESCENDING] =
    g_param_spec_boolean ("sort-descending", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/socialsolar/SocialSolar/ui/solar-kol-table.ui");
  gtk_widget_class_bind_template_child (widget_class, SolarKolTable, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SolarKolTable, platform_filter);
  gtk_widget_class_bind_template_child (widget_class, SolarKolTable, tier_filter);
  gtk_widget_class_bind_template_child (widget_class, SolarKolTable, count_label);
  gtk_widget_class_bind_template_child (widget_class, SolarKolTable, stack);
  gtk_widget_class_bind_template_child (widget_class, SolarKolTable, scroller);
  gtk_widget_class_bind_template_child (widget_class, SolarKolTable, column_view);
  gtk_widget_class_bind_template_child (widget_class, SolarKolTable, empty_label);
  gtk_widget_class_bind_template_child (widget_class, SolarKolTable, selection_label);
  gtk_widget_class_bind_template_child (widget_class, SolarKolTable, set_platform_button);
  gtk_widget_class_bind_template_child (widget_class, SolarKolTable, sort_button);
  gtk_widget_class_bind_template_child (widget_class, SolarKolTable, filter_box);
  gtk_widget_class_bind_template_child (widget_class, SolarKolTable, set_tier_button);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);

  gtk_widget_class_install_action (widget_class, "kols.add", NULL, add_kol);
  gtk_widget_class_install_action (widget_class, "kols.import", NULL, import_kols);
  gtk_widget_class_install_action (widget_class, "kols.copy", NULL, copy_rows);
  gtk_widget_class_install_action (widget_class, "kols.paste", NULL, paste_rows);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK, "kols.copy", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_v, GDK_CONTROL_MASK, "kols.paste", NULL);
  gtk_widget_class_install_action (widget_class, "kols.remove-selected", NULL, remove_selected);
  gtk_widget_class_install_action (widget_class, "kols.set-platform", "s", set_platform);
  gtk_widget_class_install_action (widget_class, "kols.set-tier", "i", set_tier);
  gtk_widget_class_install_property_action (widget_class, "kols.sort-by", "sort-by");
  gtk_widget_class_install_property_action (widget_class, "kols.sort-descending", "sort-descending");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "kols.remove-selected", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "kols.remove-selected", NULL);

  gtk_widget_class_set_css_name (widget_class, "koltable");
  /* A container: what it holds is named; it is not (GTK 4.8 would call it by its type). */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GENERIC);
}

static void
solar_kol_table_init (SolarKolTable *self)
{
  self->sort_by = g_strdup ("");
  self->bound_cells = g_hash_table_new (NULL, NULL);
  self->problems = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify)g_ptr_array_unref);
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Only the filters take focus, not the flow box's cells around them. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->filter_box)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_focusable (child, FALSE);
}
