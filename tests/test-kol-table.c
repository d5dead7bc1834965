/* test-kol-table.c: the tables of a 1,000-KOL plan, in the real window under Xvfb
 *
 * Opens a plan made by make-plan.py (1,000 KOLs, 250 milestones, 250 KPIs) as a user
 * would, and drives its KOL table: sort, filter, edit in place, select and remove (and take
 * the removal back), bulk changes, the checks' marks, the rows' names, the narrow window;
 * then saves and reads the file back. Then its milestone table (by date, an edited date
 * moving its row, removal and undo) and its KPI table (grouped by platform, added from a
 * platform, marked by the checks).
 *
 * Usage: test-kol-table PLAN.campaign.json
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "solar-application.h"
#include "solar-campaign-io.h"
#include "solar-document.h"
#include "solar-kol-table.h"
#include "solar-kpi-table.h"
#include "solar-milestone-table.h"
#include "solar-number.h"
#include "solar-problem.h"
#include "solar-roster-import.h"
#include "solar-alert.h"
#include "solar-choice-cell.h"
#include "solar-date-picker.h"
#include "solar-table-cell.h"
#include "solar-table-view.h"
#include "solar-test-helpers.h"
#include "solar-ui-test-helpers.h"

#define N_KOLS       1000
#define N_MILESTONES 250
#define N_KPIS       250

static SolarApplication *application;
static const char *plan_path;

typedef struct
{
  SolarWindow     *window;
  SolarPlanEditor *editor;
  SolarCampaign   *campaign;
  SolarKolTable   *table;
  GtkColumnView   *view;
  char            *dir;
  char            *copy;        /* the plan, copied so that saving leaves the original */
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  int width = GPOINTER_TO_INT (data);

  fixture->dir = g_dir_make_tmp ("solar-kol-table-XXXXXX", NULL);
  fixture->copy = g_build_filename (fixture->dir, "seeding.campaign.json", NULL);
  g_assert_true (g_file_get_contents (plan_path, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (fixture->copy, contents, length, &error));
  g_assert_no_error (error);

  fixture->window = open_window (width > 0 ? width : 1280, 900);
  file = g_file_new_for_path (fixture->copy);
  solar_window_open_plan (fixture->window, file);
  WAIT_UNTIL (current_plan_editor (fixture->window) != NULL);
  fixture->editor = current_plan_editor (fixture->window);
  fixture->campaign = solar_document_get_campaign (solar_plan_editor_get_document (fixture->editor));
  fixture->table = SOLAR_KOL_TABLE (find_descendant (GTK_WIDGET (fixture->editor), SOLAR_TYPE_KOL_TABLE));
  fixture->view = GTK_COLUMN_VIEW (find_descendant (GTK_WIDGET (fixture->table), GTK_TYPE_COLUMN_VIEW));
  g_assert_nonnull (fixture->table);
  g_assert_cmpuint (g_list_model_get_n_items (solar_campaign_get_kols (fixture->campaign)), ==, N_KOLS);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  g_object_run_dispose (G_OBJECT (fixture->window));
  wait_ms (50);
  g_unlink (fixture->copy);
  g_autofree char *backup = g_strconcat (fixture->copy, "~", NULL);
  g_unlink (backup);
  g_rmdir (fixture->dir);
  g_free (fixture->copy);
  g_free (fixture->dir);
}

static SolarKol *
shown_kol (Fixture *fixture,
           guint    position)
{
  GListModel *shown = solar_kol_table_get_shown (fixture->table);
  SolarKol *kol = g_list_model_get_item (shown, position);

  g_assert_nonnull (kol);
  g_object_unref (kol);   /* the plan keeps it */
  return kol;
}

static GtkWidget *
cell_of (Fixture    *fixture,
         SolarKol   *kol,
         const char *member)
{
  g_assert_true (solar_kol_table_scroll_to (fixture->table, kol));
  WAIT_UNTIL (solar_kol_table_find_cell (fixture->table, kol, member) != NULL);
  return solar_kol_table_find_cell (fixture->table, kol, member);
}

static GtkColumnViewColumn *
column_titled (Fixture    *fixture,
               const char *title)
{
  GListModel *columns = gtk_column_view_get_columns (fixture->view);

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_str_equal (gtk_column_view_column_get_title (column), title))
        return column;   /* the view keeps it */
    }
  g_error ("no column “%s”", title);
}

static const char *
label_text (Fixture    *fixture,
            const char *start)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (fixture->table)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    for (GtkWidget *inner = gtk_widget_get_first_child (child); inner != NULL;
         inner = gtk_widget_get_next_sibling (inner))
      if (GTK_IS_LABEL (inner) && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (inner)), start))
        return gtk_label_get_text (GTK_LABEL (inner));
  return NULL;
}

static guint
count_widgets (GtkWidget *widget,
               GType      type)
{
  guint n = G_TYPE_CHECK_INSTANCE_TYPE (widget, type) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_widgets (child, type);
  return n;
}

static char **
dup_names (GListModel *kols)
{
  GStrvBuilder *builder = g_strv_builder_new ();

  for (guint i = 0; i < g_list_model_get_n_items (kols); i++)
    {
      g_autoptr(SolarKol) kol = g_list_model_get_item (kols, i);

      g_strv_builder_add (builder, solar_kol_get_name (kol));
    }
  return g_strv_builder_end (builder);
}

/* A thousand KOLs open as a table of which only the rows on screen exist. */
static void
test_opens_recycled (Fixture       *fixture,
                     gconstpointer  data)
{
  guint cells;

  g_assert_cmpuint (g_list_model_get_n_items (solar_kol_table_get_shown (fixture->table)), ==, N_KOLS);
  g_assert_cmpstr (label_text (fixture, "1,000 KOL"), ==, "1,000 KOLs");
  scroll_to (GTK_WIDGET (fixture->table));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  cells = count_widgets (GTK_WIDGET (fixture->table), SOLAR_TYPE_TABLE_CELL);
  g_test_message ("%u text cells for %d KOLs", cells, N_KOLS);
  /* Five text cells a row. GTK's list views keep at most 200 rows (plus a
   * few around each tracker) alive whatever the viewport, so the bound is
   * that window of rows: a thousand KOLs must not mean a thousand rows. */
  g_assert_cmpuint (cells, >, 0);
  g_assert_cmpuint (cells, <=, 5 * 220);
  g_assert_cmpuint (cells, <, 5 * N_KOLS / 4);
  save_screenshot (GTK_WIDGET (fixture->window), "kol-table-1000");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  wait_ms (200);
  save_screenshot (GTK_WIDGET (fixture->window), "kol-table-1000-dark");
}

/* The tables of the plan being opened: how many had their rows, frame by frame. */
typedef struct
{
  SolarWindow *window;
  GArray      *filled;     /* of guint, one a frame drawn with the editor */
} FillTrace;

static void
count_filled (GtkWidget *widget,
              guint     *tables,
              guint     *filled)
{
  if (GTK_IS_COLUMN_VIEW (widget))
    {
      *tables += 1;
      *filled += gtk_column_view_get_model (GTK_COLUMN_VIEW (widget)) != NULL;
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    count_filled (child, tables, filled);
}

static void
on_fill_trace_paint (GdkFrameClock *clock,
                     FillTrace     *trace)
{
  SolarPlanEditor *editor = current_plan_editor (trace->window);
  guint tables = 0, filled = 0;

  if (editor == NULL || !gtk_widget_get_mapped (GTK_WIDGET (editor)))
    return;
  count_filled (GTK_WIDGET (editor), &tables, &filled);
  g_assert_cmpuint (tables, ==, 3);
  g_array_append_val (trace->filled, filled);
}

/* A large plan shows its form at once and its tables' rows in the next frames, one table
 * a frame, so that the window is never held for all of them; a row asked for before its
 * table has its rows (a finding's Show) is there at once. */
static void
test_rows_after_form (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GFile) file = g_file_new_for_path (fixture->copy);
  g_autoptr(GArray) filled = g_array_new (FALSE, FALSE, sizeof (guint));
  FillTrace trace = { fixture->window, filled };
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (fixture->window));
  SolarKolTable *table;
  GtkColumnView *view;
  SolarKol *last;
  gulong handler;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.close-plan", NULL));
  WAIT_UNTIL (current_plan_editor (fixture->window) == NULL);

  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_fill_trace_paint), &trace);
  solar_window_open_plan (fixture->window, file);
  WAIT_UNTIL (filled->len > 0 && g_array_index (filled, guint, filled->len - 1) == 3);
  g_signal_handler_disconnect (clock, handler);
  for (guint i = 0; i < filled->len; i++)
    g_test_message ("frame %u: %u of 3 tables with rows", i, g_array_index (filled, guint, i));
  g_assert_cmpuint (g_array_index (filled, guint, 0), ==, 0);
  for (guint i = 1; i < filled->len; i++)
    g_assert_cmpuint (g_array_index (filled, guint, i), <=, g_array_index (filled, guint, i - 1) + 1);

  /* Again, and ask for the last KOL's row before any frame. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.close-plan", NULL));
  WAIT_UNTIL (current_plan_editor (fixture->window) == NULL);
  solar_window_open_plan (fixture->window, file);
  /* One source at a time: the plan read, not yet the frame that draws it. */
  while (current_plan_editor (fixture->window) == NULL)
    g_main_context_iteration (NULL, TRUE);
  table = SOLAR_KOL_TABLE (find_descendant (GTK_WIDGET (current_plan_editor (fixture->window)),
                                            SOLAR_TYPE_KOL_TABLE));
  view = GTK_COLUMN_VIEW (find_descendant (GTK_WIDGET (table), GTK_TYPE_COLUMN_VIEW));
  g_assert_null (gtk_column_view_get_model (view));
  last = g_list_model_get_item (solar_kol_table_get_shown (table), N_KOLS - 1);
  g_object_unref (last);
  g_assert_true (solar_kol_table_scroll_to (table, last));
  g_assert_nonnull (gtk_column_view_get_model (view));
  WAIT_UNTIL (solar_kol_table_find_cell (table, last, "name") != NULL);
}

/* Sorting by a column orders the table, never the plan (the file keeps the planner's order). */
static void
test_sort (Fixture       *fixture,
           gconstpointer  data)
{
  GListModel *shown = solar_kol_table_get_shown (fixture->table);
  g_auto(GStrv) before = dup_names (solar_campaign_get_kols (fixture->campaign));
  g_auto(GStrv) after = NULL;
  g_autofree char *sort_by = NULL;
  double previous = G_MAXDOUBLE;

  gtk_column_view_sort_by_column (fixture->view, column_titled (fixture, "Fee"), GTK_SORT_DESCENDING);
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(SolarKol) kol = g_list_model_get_item (shown, i);

      g_assert_cmpfloat (solar_kol_get_fee (kol), <=, previous);
      previous = solar_kol_get_fee (kol);
    }
  g_assert_cmpstr (solar_kol_get_name (shown_kol (fixture, 0)), !=, before[0]);

  gtk_column_view_sort_by_column (fixture->view, column_titled (fixture, "Platform"), GTK_SORT_ASCENDING);
  g_assert_cmpstr (solar_kol_get_platform_id (shown_kol (fixture, 0)), ==, "red");        /* "RED (…)" */
  g_assert_cmpstr (solar_kol_get_platform_id (shown_kol (fixture, N_KOLS - 1)), ==, "wechat");

  gtk_column_view_sort_by_column (fixture->view, column_titled (fixture, "Tier"), GTK_SORT_ASCENDING);
  g_assert_cmpint (solar_kol_get_tier (shown_kol (fixture, 0)), ==, SOLAR_KOL_TIER_HEAD);
  g_assert_cmpint (solar_kol_get_tier (shown_kol (fixture, N_KOLS - 1)), ==, SOLAR_KOL_TIER_KOC);

  gtk_column_view_sort_by_column (fixture->view, column_titled (fixture, "Fee per 1,000 Followers"),
                                  GTK_SORT_ASCENDING);
  previous = -1;
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(SolarKol) kol = g_list_model_get_item (shown, i);
      double rate = solar_kol_get_fee (kol) / solar_kol_get_followers (kol);

      g_assert_cmpfloat (rate, >=, previous);
      previous = rate;
    }

  /* A header's sort shows in the Sort menu as no column chosen. */
  g_object_get (fixture->table, "sort-by", &sort_by, NULL);
  g_assert_cmpstr (sort_by, ==, "header");

  /* The Sort menu: a column, then Descending, then the planner's order back. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->table), "kols.sort-by", "s", "followers");
  g_assert_cmpfloat (solar_kol_get_followers (shown_kol (fixture, 0)), <,
                     solar_kol_get_followers (shown_kol (fixture, N_KOLS - 1)));
  gtk_widget_activate_action (GTK_WIDGET (fixture->table), "kols.sort-descending", NULL);
  previous = G_MAXDOUBLE;
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(SolarKol) kol = g_list_model_get_item (shown, i);

      g_assert_cmpfloat (solar_kol_get_followers (kol), <=, previous);
      previous = solar_kol_get_followers (kol);
    }
  gtk_widget_activate_action (GTK_WIDGET (fixture->table), "kols.sort-by", "s", "");
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    g_assert_cmpstr (solar_kol_get_name (shown_kol (fixture, i)), ==, before[i]);

  after = dup_names (solar_campaign_get_kols (fixture->campaign));
  g_assert_cmpstrv (after, before);
}

/* Typing a name, choosing a platform and a tier narrow the table, and say by how much. */
static void
test_filter (Fixture       *fixture,
             gconstpointer  data)
{
  GtkWidget *search = find_descendant (GTK_WIDGET (fixture->table), GTK_TYPE_SEARCH_ENTRY);
  GListModel *shown = solar_kol_table_get_shown (fixture->table);
  GListModel *kols = solar_campaign_get_kols (fixture->campaign);
  GtkDropDown *platform_filter, *tier_filter;
  guint expected = 0;

  /* The two filters, in the flow box that lets them wrap. */
  platform_filter = GTK_DROP_DOWN (find_descendant (GTK_WIDGET (fixture->table), GTK_TYPE_DROP_DOWN));
  tier_filter = GTK_DROP_DOWN (gtk_widget_get_first_child (
    gtk_widget_get_next_sibling (gtk_widget_get_parent (GTK_WIDGET (platform_filter)))));
  g_assert_nonnull (platform_filter);
  g_assert_nonnull (tier_filter);

  gtk_editable_set_text (GTK_EDITABLE (search), "koc 99");
  for (guint i = 0; i < N_KOLS; i++)
    {
      g_autoptr(SolarKol) kol = g_list_model_get_item (kols, i);

      expected += g_str_has_prefix (solar_kol_get_name (kol), "KOC 99");
    }
  g_assert_cmpuint (expected, >, 1);
  WAIT_UNTIL (g_list_model_get_n_items (shown) == expected);
  {
    g_autofree char *count = g_strdup_printf ("%u of 1,000 KOLs shown", expected);

    g_assert_cmpstr (label_text (fixture, count), ==, count);
  }

  gtk_editable_set_text (GTK_EDITABLE (search), "");
  WAIT_UNTIL (g_list_model_get_n_items (shown) == N_KOLS);
  /* The platform choices are "All Platforms" and the dataset's in its order. */
  for (guint i = 1; i < g_list_model_get_n_items (gtk_drop_down_get_model (platform_filter)); i++)
    {
      g_autoptr(GtkStringObject) choice = g_list_model_get_item (gtk_drop_down_get_model (platform_filter), i);

      if (g_str_equal (gtk_string_object_get_string (choice), "WeChat"))
        gtk_drop_down_set_selected (platform_filter, i);
    }
  g_assert_cmpstr (gtk_string_object_get_string (gtk_drop_down_get_selected_item (platform_filter)), ==, "WeChat");
  gtk_drop_down_set_selected (tier_filter, 1 + SOLAR_KOL_TIER_MICRO);
  g_assert_cmpuint (g_list_model_get_n_items (shown), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (shown), <, N_KOLS);
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(SolarKol) kol = g_list_model_get_item (shown, i);

      g_assert_cmpstr (solar_kol_get_platform_id (kol), ==, "wechat");
      g_assert_cmpint (solar_kol_get_tier (kol), ==, SOLAR_KOL_TIER_MICRO);
    }

  /* Nothing left: the table says why rather than showing an empty grid. */
  gtk_editable_set_text (GTK_EDITABLE (search), "no such creator");
  WAIT_UNTIL (g_list_model_get_n_items (shown) == 0);
  g_assert_nonnull (find_label (GTK_WIDGET (fixture->table),
                                "No KOL matches the name, platform and tier chosen above."));

  /* Add KOL clears the filters, so the new row shows, and starts on its name. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->table), "kols.add", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, N_KOLS + 1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (search)), ==, "");
  {
    g_autoptr(SolarKol) added = g_list_model_get_item (kols, N_KOLS);
    GtkWidget *name = cell_of (fixture, added, "name");

    WAIT_UNTIL (solar_table_cell_get_editing (SOLAR_TABLE_CELL (name)));
    g_assert_true (focus_is_within (name));
  }
}

/* Edits in place reach the plan and the file; a bad number is refused with a reason. */
static void
test_edit_and_save (Fixture       *fixture,
                    gconstpointer  data)
{
  SolarKol *kol = shown_kol (fixture, 500);
  GtkWidget *name = cell_of (fixture, kol, "name");
  GtkWidget *followers = cell_of (fixture, kol, "followers");
  GtkWidget *text;
  g_autoptr(GFile) file = g_file_new_for_path (fixture->copy);
  g_autoptr(SolarCampaign) reread = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SolarKol) saved = NULL;
  gboolean done = FALSE;

  solar_table_cell_start_editing (SOLAR_TABLE_CELL (name));
  text = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_true (GTK_IS_TEXT (text) && gtk_widget_is_ancestor (text, name));
  gtk_editable_set_text (GTK_EDITABLE (text), "  Tea Master Wang ");
  g_signal_emit_by_name (text, "activate");
  g_assert_cmpstr (solar_kol_get_name (kol), ==, "Tea Master Wang");
  g_assert_cmpstr (solar_table_cell_get_text (SOLAR_TABLE_CELL (name)), ==, "Tea Master Wang");

  /* Escape (stop without keeping) leaves the plan as it was. */
  solar_table_cell_start_editing (SOLAR_TABLE_CELL (followers));
  text = gtk_root_get_focus (GTK_ROOT (fixture->window));
  gtk_editable_set_text (GTK_EDITABLE (text), "123");
  solar_table_cell_stop_editing (SOLAR_TABLE_CELL (followers), FALSE);
  g_assert_cmpfloat (solar_kol_get_followers (kol), !=, 123);

  solar_table_cell_start_editing (SOLAR_TABLE_CELL (followers));
  text = gtk_root_get_focus (GTK_ROOT (fixture->window));
  gtk_editable_set_text (GTK_EDITABLE (text), "fifty thousand");
  g_signal_emit_by_name (text, "activate");
  g_assert_true (solar_table_cell_get_editing (SOLAR_TABLE_CELL (followers)));
  g_assert_true (gtk_widget_has_css_class (text, "error"));
  gtk_editable_set_text (GTK_EDITABLE (text), "52,000");
  g_signal_emit_by_name (text, "activate");
  g_assert_false (solar_table_cell_get_editing (SOLAR_TABLE_CELL (followers)));
  g_assert_cmpfloat (solar_kol_get_followers (kol), ==, 52000);

  solar_document_save_async (solar_plan_editor_get_document (fixture->editor), file,
                             SOLAR_DOCUMENT_SAVE_DEFAULT, NULL, save_done, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  {
    g_autoptr(GBytes) bytes = g_file_load_bytes (file, NULL, NULL, &error);

    g_assert_no_error (error);
    reread = solar_campaign_new_from_bytes (bytes, fixture->copy, &error);
    g_assert_no_error (error);
  }
  g_assert_cmpuint (g_list_model_get_n_items (solar_campaign_get_kols (reread)), ==, N_KOLS);
  saved = g_list_model_get_item (solar_campaign_get_kols (reread), 500);
  g_assert_cmpstr (solar_kol_get_name (saved), ==, "Tea Master Wang");
  g_assert_cmpfloat (solar_kol_get_followers (saved), ==, 52000);
}

/* The publish date is typed or picked: a day that is no date is refused with what to
 * type; the calendar, opened from the cell being edited, writes the day it is given and
 * keeps it at once, one step of the plan's history; the column sorts undated KOLs last. */
static void
test_publish_date (Fixture       *fixture,
                   gconstpointer  data)
{
  SolarPlanHistory *history = solar_document_get_history (solar_plan_editor_get_document (fixture->editor));
  SolarKol *kol = shown_kol (fixture, 40);
  GtkWidget *cell = (scroll_to (GTK_WIDGET (fixture->table)), cell_of (fixture, kol, "publish_date"));
  GtkWidget *text, *picker;
  GtkPopover *popover;
  GtkCalendar *calendar;
  g_autoptr(GDateTime) chosen = g_date_time_new_local (2026, 6, 16, 12, 0, 0);
  g_autoptr(GDateTime) shown = NULL;
  g_autofree char *before = g_strdup (solar_kol_get_publish_date (kol));
  guint dated = 0;

  g_assert_true (SOLAR_IS_TABLE_CELL (cell));
  g_assert_cmpstr (solar_table_cell_get_text (SOLAR_TABLE_CELL (cell)), ==, before);
  /* No calendar until the cell is edited: a column of dates costs no widget a row. */
  g_assert_null (solar_table_cell_get_picker (SOLAR_TABLE_CELL (cell)));

  solar_table_cell_start_editing (SOLAR_TABLE_CELL (cell));
  text = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_true (GTK_IS_TEXT (text) && gtk_widget_is_ancestor (text, cell));
  gtk_editable_set_text (GTK_EDITABLE (text), "next Tuesday");
  g_signal_emit_by_name (text, "activate");
  g_assert_true (solar_table_cell_get_editing (SOLAR_TABLE_CELL (cell)));
  g_assert_true (gtk_widget_has_css_class (text, "error"));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (cell), "YYYY-MM-DD, such as 2026-06-18"));
  g_assert_cmpstr (solar_kol_get_publish_date (kol), ==, before);
  gtk_editable_set_text (GTK_EDITABLE (text), "2026-02-30");
  g_signal_emit_by_name (text, "activate");
  g_assert_true (solar_table_cell_get_editing (SOLAR_TABLE_CELL (cell)));
  g_assert_cmpstr (solar_kol_get_publish_date (kol), ==, before);

  /* The calendar opens on the day typed so far, with the cell still being edited. */
  gtk_editable_set_text (GTK_EDITABLE (text), "2026-06-03");
  picker = solar_table_cell_get_picker (SOLAR_TABLE_CELL (cell));
  g_assert_nonnull (picker);
  g_assert_true (gtk_widget_get_visible (picker));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (picker), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Choose Publish Date");
  WAIT_UNTIL (gtk_widget_get_mapped (picker));
  solar_date_picker_popup (picker);
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (picker));
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (popover)));
  wait_ms (100);
  g_assert_true (solar_table_cell_get_editing (SOLAR_TABLE_CELL (cell)));
  calendar = solar_date_picker_get_calendar (picker);
  shown = gtk_calendar_get_date (calendar);
  g_assert_cmpint (g_date_time_get_month (shown), ==, 6);
  g_assert_cmpint (g_date_time_get_day_of_month (shown), ==, 3);
  g_assert_true (gtk_calendar_get_day_is_marked (calendar, 18));
  save_screenshot (GTK_WIDGET (fixture->window), "kol-publish-date-picker");

  gtk_calendar_select_day (calendar, chosen);
  if (g_strcmp0 (solar_kol_get_publish_date (kol), "2026-06-16") != 0)
    g_signal_emit_by_name (calendar, "day-selected");
  WAIT_UNTIL (!gtk_widget_get_mapped (GTK_WIDGET (popover)));
  g_assert_cmpstr (solar_kol_get_publish_date (kol), ==, "2026-06-16");
  g_assert_false (solar_table_cell_get_editing (SOLAR_TABLE_CELL (cell)));
  g_assert_cmpstr (solar_table_cell_get_text (SOLAR_TABLE_CELL (cell)), ==, "2026-06-16");
  g_assert_true (gtk_widget_has_focus (cell));
  g_assert_cmpstr (solar_plan_history_get_undo_name (history), ==, "Change KOL Publish Date");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  g_assert_cmpstr (solar_kol_get_publish_date (kol), ==, before);

  /* Emptied: not planned yet, which is allowed. */
  solar_kol_set_publish_date (kol, "2026-06-16");
  solar_table_cell_start_editing (SOLAR_TABLE_CELL (cell));
  text = gtk_root_get_focus (GTK_ROOT (fixture->window));
  gtk_editable_set_text (GTK_EDITABLE (text), "");
  g_signal_emit_by_name (text, "activate");
  g_assert_false (solar_table_cell_get_editing (SOLAR_TABLE_CELL (cell)));
  g_assert_cmpstr (solar_kol_get_publish_date (kol), ==, "");

  /* By publish date: the dated KOLs first, in date order, then the rest. */
  for (guint i = 0; i < 30; i++)
    {
      g_autofree char *day = g_strdup_printf ("2026-06-%02u", 30 - i);

      solar_kol_set_publish_date (shown_kol (fixture, 100 + i), day);
    }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->table), "kols.sort-by", "s", "publish_date"));
  {
    GListModel *sorted = solar_kol_table_get_shown (fixture->table);
    g_autofree char *last = g_strdup ("");

    for (guint i = 0; i < g_list_model_get_n_items (sorted); i++)
      {
        g_autoptr(SolarKol) each = g_list_model_get_item (sorted, i);
        const char *day = solar_kol_get_publish_date (each);

        if (*day == '\0')
          {
            /* After the first undated KOL, a dated one is out of order. */
            g_free (last);
            last = g_strdup ("\xff");
            continue;
          }
        g_assert_cmpstr (day, >=, last);
        g_free (last);
        last = g_strdup (day);
        dated++;
      }
  }
  g_assert_cmpuint (dated, >=, 30);
}

static void
count_change (guint *changes)
{
  (*changes)++;
}

/* Several rows removed at once, as one change, and taken back from the toast. */
static void
test_remove_selected_and_undo (Fixture       *fixture,
                               gconstpointer  data)
{
  GtkSelectionModel *selection = GTK_SELECTION_MODEL (solar_kol_table_get_shown (fixture->table));
  GListModel *kols = solar_campaign_get_kols (fixture->campaign);
  g_auto(GStrv) before = dup_names (kols);
  g_auto(GStrv) after_undo = NULL;
  g_autofree char *removed_name = NULL;
  SolarKol *last, *first_back;
  GtkWidget *toast, *undo;
  guint changes = 0;
  gulong handler;

  gtk_column_view_sort_by_column (fixture->view, column_titled (fixture, "Fee"), GTK_SORT_DESCENDING);
  removed_name = g_strdup (solar_kol_get_name (shown_kol (fixture, 0)));
  gtk_selection_model_select_range (selection, 0, 12, TRUE);
  g_assert_cmpstr (label_text (fixture, "12 KOL"), ==, "12 KOLs selected");

  handler = g_signal_connect_swapped (kols, "items-changed", G_CALLBACK (count_change), &changes);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->table), "kols.remove-selected", NULL));
  g_signal_handler_disconnect (kols, handler);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (kols), ==, N_KOLS - 12);
  for (guint i = 0; i < g_list_model_get_n_items (kols); i++)
    {
      g_autoptr(SolarKol) kol = g_list_model_get_item (kols, i);

      g_assert_cmpstr (solar_kol_get_name (kol), !=, removed_name);
    }
  g_assert_cmpstr (label_text (fixture, "988"), ==, "988 KOLs");

  toast = find_label (GTK_WIDGET (fixture->window), "Removed 12 KOLs");
  g_assert_nonnull (toast);
  undo = find_widget (gtk_widget_get_ancestor (toast, g_type_from_name ("AdwToastWidget")), is_of_type,
                      GSIZE_TO_POINTER (GTK_TYPE_BUTTON));
  g_assert_nonnull (undo);
  /* Scrolled far from where they were (once the table has taken in the removal), the undo
   * brings the view back to them. */
  wait_ms (100);
  last = shown_kol (fixture, N_KOLS - 13);
  g_assert_nonnull (cell_of (fixture, last, "name"));
  g_signal_emit_by_name (undo, "clicked");
  after_undo = dup_names (kols);
  g_assert_cmpstrv (after_undo, before);
  first_back = shown_kol (fixture, 0);
  g_assert_cmpstr (solar_kol_get_name (first_back), ==, removed_name);
  WAIT_UNTIL (solar_kol_table_find_cell (fixture->table, first_back, "name") != NULL);
  g_assert_nonnull (solar_kol_table_find_cell (fixture->table, first_back, "name"));
}

/* What the import question lists under its text, its labels' text one after another. */
static void
append_label_text (GtkWidget *widget,
                   GString   *text)
{
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    append_label_text (child, text);
}

static char *
dup_preview_text (GtkWidget *alert)
{
  GString *text = g_string_new (NULL);

  append_label_text (solar_alert_get_extra_child (alert), text);
  return g_string_free (text, FALSE);
}

/* Import KOLs: a GB18030 sheet with a bad row shows what would be added and what is left
 * out, by line and column; Add puts the rows at the end of the roster, and the toast's Undo
 * takes them back. A workbook is refused with what to do. */
static void
test_import (Fixture       *fixture,
             gconstpointer  data)
{
  const char *utf8 = "昵称,平台,级别,粉丝数,报价,备注\n"
                     "小鹿,小红书,腰部,1.2万,\"8,000\",复投\n"
                     "阿强,头条,头部,50万,3万,\n"
                     "Mei,Bilibili,,3w,1200元,\n";
  GListModel *kols = solar_campaign_get_kols (fixture->campaign);
  g_autofree char *gb = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "roster.csv", NULL);
  g_autofree char *workbook = g_build_filename (fixture->dir, "roster.xlsx.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) workbook_file = g_file_new_for_path (workbook);
  g_autoptr(SolarKol) last = NULL;
  g_autofree char *preview = NULL;
  GtkWidget *alert, *toast, *undo;
  gsize length;

  gb = g_convert (utf8, -1, "GB18030", "UTF-8", NULL, &length, NULL);
  g_assert_true (g_file_set_contents (path, gb, length, NULL));
  solar_kol_table_import_file (fixture->table, file);
  alert = wait_for_dialog ("Add 2 KOLs?");
  g_assert_nonnull (strstr (solar_alert_get_body (alert),
                            "2 KOLs from “roster.csv” (GB18030, commas) will be added to the roster."));
  g_assert_nonnull (strstr (solar_alert_get_body (alert), "1 row has no tier: it will be Mid."));
  g_assert_nonnull (strstr (solar_alert_get_body (alert), "Columns not imported: 备注."));
  preview = dup_preview_text (alert);
  /* The rows to add, as they will read, then the rows left out. */
  g_assert_nonnull (strstr (preview, "Rows to add\nline 2: 小鹿 — RED (Xiaohongshu), Mid, 12,000 followers, 8,000 CNY"));
  g_assert_nonnull (strstr (preview,
                            "line 3, column 4 (平台): “头条” is not a platform Social Solar knows"));
  /* Nothing changes before the planner says so. */
  g_assert_cmpuint (g_list_model_get_n_items (kols), ==, N_KOLS);
  wait_ms (300);
  save_screenshot (alert, "import-preview");
  respond (alert, "add");
  g_assert_cmpuint (g_list_model_get_n_items (kols), ==, N_KOLS + 2);
  last = g_list_model_get_item (kols, N_KOLS + 1);
  g_assert_cmpstr (solar_kol_get_name (last), ==, "Mei");
  g_assert_cmpstr (solar_kol_get_platform_id (last), ==, "bilibili");
  g_assert_cmpfloat (solar_kol_get_followers (last), ==, 30000);
  g_assert_cmpfloat (solar_kol_get_fee (last), ==, 1200);
  g_assert_cmpstr (label_text (fixture, "1,002"), ==, "1,002 KOLs");

  toast = find_label (GTK_WIDGET (fixture->window), "Added 2 KOLs");
  g_assert_nonnull (toast);
  undo = find_widget (gtk_widget_get_ancestor (toast, g_type_from_name ("AdwToastWidget")), is_of_type,
                      GSIZE_TO_POINTER (GTK_TYPE_BUTTON));
  g_signal_emit_by_name (undo, "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (kols), ==, N_KOLS);
  dismiss_toasts (fixture->window);

  g_assert_true (g_file_set_contents (workbook, "PK\x03\x04\0\0\x08\0", 8, NULL));
  solar_kol_table_import_file (fixture->table, workbook_file);
  alert = wait_for_dialog ("Could Not Import the Roster");
  g_assert_nonnull (strstr (solar_alert_get_body (alert), "roster.xlsx.csv: this is not a CSV text file"));
  respond (alert, "close");
  g_assert_cmpuint (g_list_model_get_n_items (kols), ==, N_KOLS);
  g_unlink (path);
  g_unlink (workbook);
}

static void
on_read_text (GObject      *clipboard,
              GAsyncResult *result,
              gpointer      user_data)
{
  char **text = user_data;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (clipboard), result, NULL);
  if (*text == NULL)
    *text = g_strdup ("");
}

/* Copy puts the selected rows on the clipboard as a spreadsheet takes them; Paste adds
 * rows copied from a sheet at once, and asks first when some cannot be taken. */
static void
test_copy_paste (Fixture       *fixture,
                 gconstpointer  data)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (fixture->table));
  GListModel *kols = solar_campaign_get_kols (fixture->campaign);
  GtkSelectionModel *selection = GTK_SELECTION_MODEL (solar_kol_table_get_shown (fixture->table));
  g_autofree char *copied = NULL;
  g_autoptr(SolarKol) last = NULL;
  SolarKol *first = shown_kol (fixture, 0);
  GtkWidget *alert, *toast, *undo;

  gtk_selection_model_select_range (selection, 0, 2, TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->table), "kols.copy", NULL));
  gdk_clipboard_read_text_async (clipboard, NULL, on_read_text, &copied);
  WAIT_UNTIL (copied != NULL);
  g_assert_true (g_str_has_prefix (copied, solar_kol_get_name (first)));
  g_assert_cmpuint (g_strv_length (g_strsplit (copied, "\n", -1)), ==, 3);   /* two rows, a last \n */
  g_assert_nonnull (find_label (GTK_WIDGET (fixture->window), "Copied 2 KOLs"));
  dismiss_toasts (fixture->window);

  gdk_clipboard_set_text (clipboard, "Mei\tBilibili\tKOC\t3w\t1200\t1 video\n");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->table), "kols.paste", NULL));
  WAIT_UNTIL (g_list_model_get_n_items (kols) == N_KOLS + 1);
  last = g_list_model_get_item (kols, N_KOLS);
  g_assert_cmpstr (solar_kol_get_name (last), ==, "Mei");
  g_assert_cmpfloat (solar_kol_get_followers (last), ==, 30000);
  toast = find_label (GTK_WIDGET (fixture->window), "Added 1 KOL");
  g_assert_nonnull (toast);
  /* Undo takes the pasted rows back. */
  undo = find_widget (gtk_widget_get_ancestor (toast, g_type_from_name ("AdwToastWidget")), is_of_type,
                      GSIZE_TO_POINTER (GTK_TYPE_BUTTON));
  g_signal_emit_by_name (undo, "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (kols), ==, N_KOLS);
  dismiss_toasts (fixture->window);

  gdk_clipboard_set_text (clipboard, "Mei\tToutiao\tKOC\n");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->table), "kols.paste", NULL));
  alert = wait_for_dialog ("Nothing to Import");
  {
    g_autofree char *left_out = dup_preview_text (alert);

    g_assert_nonnull (strstr (left_out, "line 1, column 5 (platform): “Toutiao” is not a platform"));
  }
  respond (alert, "close");
  g_assert_cmpuint (g_list_model_get_n_items (kols), ==, N_KOLS);
}

/* Set Tier and Set Platform change every selected KOL. */
static void
test_bulk_edit (Fixture       *fixture,
                gconstpointer  data)
{
  GtkSelectionModel *selection = GTK_SELECTION_MODEL (solar_kol_table_get_shown (fixture->table));
  SolarKolTier tiers[40];
  g_autofree char *platform_101 = g_strdup (solar_kol_get_platform_id (shown_kol (fixture, 101)));

  for (guint i = 0; i < 40; i++)
    tiers[i] = solar_kol_get_tier (shown_kol (fixture, 100 + i));
  gtk_selection_model_select_range (selection, 100, 40, TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->table), "kols.set-tier", "i",
                                             SOLAR_KOL_TIER_MICRO));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->table), "kols.set-platform", "s", "wechat"));
  for (guint i = 100; i < 140; i++)
    {
      g_assert_cmpint (solar_kol_get_tier (shown_kol (fixture, i)), ==, SOLAR_KOL_TIER_MICRO);
      g_assert_cmpstr (solar_kol_get_platform_id (shown_kol (fixture, i)), ==, "wechat");
    }
  g_assert_cmpstr (solar_kol_get_platform_id (shown_kol (fixture, 99)), ==, "wechat");   /* as made */
  g_assert_cmpstr (solar_kol_get_platform_id (shown_kol (fixture, 140)), ==, "red");
  g_assert_cmpint (solar_choice_cell_get_selected (SOLAR_CHOICE_CELL (cell_of (fixture, shown_kol (fixture, 120), "tier"))),
                   ==, SOLAR_KOL_TIER_MICRO);

  /* Each bulk edit is one step of the plan's history, named for the menu, and undone whole
   * by the window's Undo (what Ctrl+Z activates). */
  {
    SolarPlanHistory *history = solar_document_get_history (solar_plan_editor_get_document (fixture->editor));

    g_assert_cmpstr (solar_plan_history_get_undo_name (history), ==, "Change Platform of 40 KOLs");
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
    g_assert_cmpstr (solar_kol_get_platform_id (shown_kol (fixture, 101)), ==, platform_101);
    g_assert_cmpint (solar_kol_get_tier (shown_kol (fixture, 101)), ==, SOLAR_KOL_TIER_MICRO);
    g_assert_cmpstr (solar_plan_history_get_undo_name (history), ==, "Change Tier of 40 KOLs");
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
    for (guint i = 0; i < 40; i++)
      g_assert_cmpint (solar_kol_get_tier (shown_kol (fixture, 100 + i)), ==, tiers[i]);
    g_assert_false (solar_document_get_modified (solar_plan_editor_get_document (fixture->editor)));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.redo", NULL));
    g_assert_cmpint (solar_kol_get_tier (shown_kol (fixture, 139)), ==, SOLAR_KOL_TIER_MICRO);
    g_assert_true (solar_document_get_modified (solar_plan_editor_get_document (fixture->editor)));
  }
}

/* What @node draws (text, a border, a colour, an icon…), in order: its leaves, whatever the
 * containers, transforms and clips around them. */
static void
add_leaves (GskRenderNode *node,
            GPtrArray     *leaves)
{
  switch (gsk_render_node_get_node_type (node))
    {
    case GSK_CONTAINER_NODE:
      for (guint i = 0; i < gsk_container_node_get_n_children (node); i++)
        add_leaves (gsk_container_node_get_child (node, i), leaves);
      break;
    case GSK_TRANSFORM_NODE:
      add_leaves (gsk_transform_node_get_child (node), leaves);
      break;
    case GSK_CLIP_NODE:
      add_leaves (gsk_clip_node_get_child (node), leaves);
      break;
    case GSK_ROUNDED_CLIP_NODE:
      add_leaves (gsk_rounded_clip_node_get_child (node), leaves);
      break;
    case GSK_COLOR_MATRIX_NODE:
      add_leaves (gsk_color_matrix_node_get_child (node), leaves);
      break;
    case GSK_OPACITY_NODE:
      add_leaves (gsk_opacity_node_get_child (node), leaves);
      break;
    case GSK_DEBUG_NODE:
      add_leaves (gsk_debug_node_get_child (node), leaves);
      break;
    default:
      g_ptr_array_add (leaves, node);
    }
}

/* How many things other than text @node draws. (Text is left out: Pango may draw a line cut
 * short as two runs, the text and its ellipsis.) */
static guint
count_drawn (GskRenderNode *node)
{
  g_autoptr(GPtrArray) leaves = g_ptr_array_new ();
  guint count = 0;

  add_leaves (node, leaves);
  for (guint i = 0; i < leaves->len; i++)
    if (gsk_render_node_get_node_type (g_ptr_array_index (leaves, i)) != GSK_TEXT_NODE)
      count++;
  return count;
}

/* What the screen shows of @cell: drawn through its parent, which reuses what the cell last
 * drew unless the cell asked to be drawn again (as a window's frame does). */
static GskRenderNode *
draw_cell (GtkWidget *cell)
{
  GtkWidget *parent = gtk_widget_get_parent (cell);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (parent);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();

  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (parent), gtk_widget_get_height (parent));
  return gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
}

/* The colour @cell draws its text in; FALSE if it draws none. */
static gboolean
drawn_text_color (GtkWidget *cell,
                  GdkRGBA   *color)
{
  g_autoptr(GskRenderNode) node = draw_cell (cell);
  g_autoptr(GPtrArray) leaves = g_ptr_array_new ();

  add_leaves (node, leaves);
  for (guint i = 0; i < leaves->len; i++)
    {
      GskRenderNode *text = g_ptr_array_index (leaves, i);

      if (gsk_render_node_get_node_type (text) == GSK_TEXT_NODE && gsk_text_node_get_num_glyphs (text) > 0)
        {
          *color = *gsk_text_node_get_color (text);
          return TRUE;
        }
    }
  return FALSE;
}

/* A screen reader hears which row it is in, and what it is: "KOL 3 of 1000: …". The checks
 * mark the cell their finding is about, as the form marks a field. */
static void
test_row_names_and_marks (Fixture       *fixture,
                          gconstpointer  data)
{
  SolarKol *kol = shown_kol (fixture, 2);
  GtkWidget *name = cell_of (fixture, kol, "name");
  GtkWidget *platform;
  GtkWidget *row = NULL;
  g_autofree char *expected = NULL;
  GdkRGBA plain, plain_choice, marked;

  for (GtkWidget *up = gtk_widget_get_parent (name); up != NULL && row == NULL; up = gtk_widget_get_parent (up))
    if (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (up)) == GTK_ACCESSIBLE_ROLE_ROW)
      row = up;
  g_assert_nonnull (row);
  g_autofree char *fee = solar_number_format_money (solar_kol_get_fee (kol), "CNY");

  expected = g_strdup_printf ("KOL 3 of 1000: %s, RED (Xiaohongshu), Head, fee %s", solar_kol_get_name (kol), fee);
  WAIT_UNTIL (g_strcmp0 (solar_table_cell_get_text (SOLAR_TABLE_CELL (name)), solar_kol_get_name (kol)) == 0);
  wait_ms (50);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, expected);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (name), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Name: Creator 3");

  /* The cells draw their own text (solar-cell-text.c), and the choice's arrow comes from
   * the style sheet. */
  platform = cell_of (fixture, kol, "platform");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  g_assert_true (drawn_text_color (name, &plain));
  g_assert_true (drawn_text_color (platform, &plain_choice));
  g_assert_true (gdk_rgba_equal (&plain, &plain_choice));
  {
    /* Besides its text, a choice cell draws what a text cell beside it draws (the column's
     * rule, from the theme) and its arrow: a texture on GTK 4.8, a mask on newer GTK. */
    g_autoptr(GskRenderNode) text_drawn = draw_cell (cell_of (fixture, kol, "followers"));
    g_autoptr(GskRenderNode) choice_drawn = draw_cell (platform);

    g_assert_cmpuint (count_drawn (choice_drawn), ==, count_drawn (text_drawn) + 1);
  }

  /* Douyin is not among the plan's platforms: the check says so on the platform cell,
   * whose text turns the warning colour. */
  solar_kol_set_platform_id (kol, "douyin");
  solar_plan_editor_check_now (fixture->editor);
  g_assert_true (cell_of (fixture, kol, "platform") == platform);
  g_assert_true (gtk_widget_has_css_class (platform, "warning"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  g_assert_true (drawn_text_color (platform, &marked));
  g_assert_false (gdk_rgba_equal (&marked, &plain));
  g_assert_true (drawn_text_color (name, &plain_choice));
  g_assert_true (gdk_rgba_equal (&plain_choice, &plain));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (platform), "Douyin is not among the plan's platforms"));
  g_assert_false (gtk_widget_has_css_class (name, "warning"));
  wait_ms (200);   /* the problem list laid out, so the form is its full height */
  scroll_to (GTK_WIDGET (fixture->table));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  save_screenshot (GTK_WIDGET (fixture->window), "kol-table-marked");

  solar_kol_set_platform_id (kol, "red");
  solar_plan_editor_check_now (fixture->editor);
  g_assert_false (gtk_widget_has_css_class (platform, "warning"));
  g_assert_null (gtk_widget_get_tooltip_text (platform));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  g_assert_true (drawn_text_color (platform, &marked));
  g_assert_true (gdk_rgba_equal (&marked, &plain));

  /* The dark scheme draws the text again, in its colour. */
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  g_assert_true (drawn_text_color (name, &marked));
  g_assert_false (gdk_rgba_equal (&marked, &plain));
  g_assert_true (drawn_text_color (platform, &plain_choice));
  g_assert_true (gdk_rgba_equal (&plain_choice, &marked));
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  g_assert_true (drawn_text_color (name, &marked));
  g_assert_true (gdk_rgba_equal (&marked, &plain));
}

/* At 360 px the table scrolls sideways inside the page; the window stays 360 px wide. */
static void
test_narrow (Fixture       *fixture,
             gconstpointer  data)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (fixture->view), GTK_TYPE_SCROLLED_WINDOW);

  scroll_to (GTK_WIDGET (fixture->table));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->window)), <=, 360);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->table)), <=, 360);
  g_assert_true (gtk_adjustment_get_upper (gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scroller))) >
                 gtk_adjustment_get_page_size (gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scroller))));
  save_screenshot (GTK_WIDGET (fixture->window), "kol-table-1000-narrow");
}

/* Milestones and KPIs
 * ===================
 */

static SolarPlanTable *
plan_table (Fixture *fixture,
            GType    type)
{
  SolarPlanTable *table = SOLAR_PLAN_TABLE (find_descendant (GTK_WIDGET (fixture->editor), type));

  g_assert_nonnull (table);
  return table;
}

static gpointer
shown_item (SolarPlanTable *table,
            guint           position)
{
  g_autoptr(GObject) item = g_list_model_get_item (solar_plan_table_get_shown (table), position);

  g_assert_nonnull (item);
  return item;   /* the plan keeps it */
}

static GtkWidget *
plan_cell (SolarPlanTable *table,
           gpointer        item,
           const char     *member)
{
  g_assert_true (solar_plan_table_scroll_to (table, item));
  WAIT_UNTIL (solar_plan_table_find_cell (table, item, member) != NULL);
  return solar_plan_table_find_cell (table, item, member);
}

static GtkWidget *
row_of (GtkWidget *cell)
{
  for (GtkWidget *up = gtk_widget_get_parent (cell); up != NULL; up = gtk_widget_get_parent (up))
    if (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (up)) == GTK_ACCESSIBLE_ROLE_ROW)
      return up;
  g_error ("a cell outside a row");
}

static char **
dup_milestone_names (GListModel *milestones)
{
  GStrvBuilder *builder = g_strv_builder_new ();

  for (guint i = 0; i < g_list_model_get_n_items (milestones); i++)
    {
      g_autoptr(SolarMilestone) milestone = g_list_model_get_item (milestones, i);

      g_strv_builder_add (builder, solar_milestone_get_name (milestone));
    }
  return g_strv_builder_end (builder);
}

/* 250 milestones show by date, as a table of recycled rows; the plan keeps its order. A
 * date typed in moves its row to its place, and the focus goes with it. */
static void
test_milestones_by_date (Fixture       *fixture,
                         gconstpointer  data)
{
  SolarPlanTable *table = plan_table (fixture, SOLAR_TYPE_MILESTONE_TABLE);
  GListModel *shown = solar_plan_table_get_shown (table);
  GListModel *milestones = solar_campaign_get_milestones (fixture->campaign);
  g_auto(GStrv) before = dup_milestone_names (milestones);
  g_auto(GStrv) after = NULL;
  SolarMilestone *first;
  GtkWidget *date, *text;
  guint cells, position;

  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, N_MILESTONES);
  for (guint i = 1; i < N_MILESTONES; i++)
    g_assert_cmpstr (solar_milestone_get_date (shown_item (table, i - 1)), <=,
                     solar_milestone_get_date (shown_item (table, i)));
  /* make-plan.py dates them out of order: the table's order is its own. */
  {
    g_autoptr(SolarMilestone) second = g_list_model_get_item (milestones, 1);

    g_assert_true (shown_item (table, 1) != (gpointer)second);
  }
  g_assert_nonnull (find_label (GTK_WIDGET (table), "250 milestones, by date"));

  scroll_to (GTK_WIDGET (table));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  cells = count_widgets (GTK_WIDGET (table), SOLAR_TYPE_TABLE_CELL);
  g_test_message ("%u text cells for %d milestones", cells, N_MILESTONES);
  g_assert_cmpuint (cells, >, 0);
  g_assert_cmpuint (cells, <, 2 * N_MILESTONES);
  save_screenshot (GTK_WIDGET (fixture->window), "milestone-table-250");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  wait_ms (200);
  save_screenshot (GTK_WIDGET (fixture->window), "milestone-table-250-dark");

  /* The earliest milestone moved to the campaign's last day goes to the end. */
  first = shown_item (table, 0);
  date = plan_cell (table, first, "date");
  solar_table_cell_start_editing (SOLAR_TABLE_CELL (date));
  text = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_true (GTK_IS_TEXT (text) && gtk_widget_is_ancestor (text, date));
  gtk_editable_set_text (GTK_EDITABLE (text), solar_campaign_get_end_date (fixture->campaign));
  g_signal_emit_by_name (text, "activate");
  g_assert_cmpstr (solar_milestone_get_date (first), ==, solar_campaign_get_end_date (fixture->campaign));
  /* The row moves once the edit is over. */
  WAIT_UNTIL (solar_table_view_find_item (shown, first) > N_MILESTONES / 2);
  position = solar_table_view_find_item (shown, first);
  for (guint i = position + 1; i < N_MILESTONES; i++)
    g_assert_cmpstr (solar_milestone_get_date (shown_item (table, i)), ==,
                     solar_campaign_get_end_date (fixture->campaign));
  WAIT_UNTIL (solar_plan_table_find_cell (table, first, "date") != NULL &&
              focus_is_within (solar_plan_table_find_cell (table, first, "date")));
  after = dup_milestone_names (milestones);
  g_assert_cmpstrv (after, before);
}

/* Several milestones removed at once, and taken back from the toast in their places. */
static void
test_milestones_remove_and_undo (Fixture       *fixture,
                                 gconstpointer  data)
{
  SolarPlanTable *table = plan_table (fixture, SOLAR_TYPE_MILESTONE_TABLE);
  GListModel *milestones = solar_campaign_get_milestones (fixture->campaign);
  g_auto(GStrv) before = dup_milestone_names (milestones);
  g_auto(GStrv) after_undo = NULL;
  GtkWidget *toast, *undo;

  gtk_selection_model_select_range (GTK_SELECTION_MODEL (solar_plan_table_get_shown (table)), 10, 5, TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (table), "table.remove-selected", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (milestones), ==, N_MILESTONES - 5);
  g_assert_nonnull (find_label (GTK_WIDGET (table), "245 milestones, by date"));

  toast = find_label (GTK_WIDGET (fixture->window), "Removed 5 milestones");
  g_assert_nonnull (toast);
  undo = find_widget (gtk_widget_get_ancestor (toast, g_type_from_name ("AdwToastWidget")), is_of_type,
                      GSIZE_TO_POINTER (GTK_TYPE_BUTTON));
  g_signal_emit_by_name (undo, "clicked");
  after_undo = dup_milestone_names (milestones);
  g_assert_cmpstrv (after_undo, before);
}

static gboolean
has_tooltip (GtkWidget     *widget,
             gconstpointer  text)
{
  return g_strcmp0 (gtk_widget_get_tooltip_text (widget), text) == 0;
}

/* Milestones go to and come from a spreadsheet as KOLs do: Copy writes the selected rows,
 * Paste adds rows at once (one undo step), and an import of a GB18030 file with a bad date
 * asks first, naming the line and column. */
static void
test_milestones_copy_paste_import (Fixture       *fixture,
                                   gconstpointer  data)
{
  SolarPlanTable *table = plan_table (fixture, SOLAR_TYPE_MILESTONE_TABLE);
  GListModel *milestones = solar_campaign_get_milestones (fixture->campaign);
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (table));
  SolarPlanHistory *history = solar_document_get_history (solar_plan_editor_get_document (fixture->editor));
  const char *utf8 = "节点,日期,平台\r\n预热,2026/5/20,小红书\r\n直播,2026年6月18日,抖音\r\n复盘,6月30日,\r\n";
  g_autofree char *path = g_build_filename (fixture->dir, "milestones.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *gb = NULL;
  g_autofree char *copied = NULL;
  g_autoptr(SolarMilestone) first = g_list_model_get_item (solar_plan_table_get_shown (table), 0);
  g_autoptr(SolarMilestone) last = NULL;
  GtkWidget *alert, *button = NULL;
  gsize length;

  gtk_selection_model_select_range (GTK_SELECTION_MODEL (solar_plan_table_get_shown (table)), 0, 3, TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (table), "table.copy", NULL));
  gdk_clipboard_read_text_async (clipboard, NULL, on_read_text, &copied);
  WAIT_UNTIL (copied != NULL);
  g_assert_true (g_str_has_prefix (copied, solar_milestone_get_name (first)));
  g_assert_nonnull (strstr (copied, solar_milestone_get_date (first)));
  g_assert_cmpuint (g_strv_length (g_strsplit (copied, "\n", -1)), ==, 4);   /* three rows, a last \n */
  g_assert_nonnull (find_label (GTK_WIDGET (fixture->window), "Copied 3 milestones"));
  dismiss_toasts (fixture->window);

  /* What was copied, pasted back: three more, one step. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (table), "table.paste", NULL));
  WAIT_UNTIL (g_list_model_get_n_items (milestones) == N_MILESTONES + 3);
  g_assert_cmpstr (solar_plan_history_get_undo_name (history), ==, "Paste 3 Milestones");
  g_assert_nonnull (find_label (GTK_WIDGET (fixture->window), "Added 3 milestones"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (milestones), ==, N_MILESTONES);
  dismiss_toasts (fixture->window);

  /* The import button is there, named for what it does. */
  button = find_widget (GTK_WIDGET (table), has_tooltip, "Import Milestones from a Spreadsheet (CSV)");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_visible (button));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==, "table.import");

  gb = g_convert (utf8, -1, "GB18030", "UTF-8", NULL, &length, NULL);
  g_assert_true (g_file_set_contents (path, gb, length, NULL));
  solar_roster_import_file (GTK_WIDGET (table), history, SOLAR_ROSTER_MILESTONES,
                            solar_plan_table_get_dataset (table), file);
  alert = wait_for_dialog ("Add 2 Milestones?");
  g_assert_nonnull (strstr (solar_alert_get_body (alert),
                            "2 milestones from “milestones.csv” (GB18030, commas) will be added to the plan."));
  {
    g_autofree char *preview = dup_preview_text (alert);

    g_assert_nonnull (strstr (preview, "line 3: 直播 — 2026-06-18, Douyin"));
    g_assert_nonnull (strstr (preview, "line 4, column 4 (日期): “6月30日” is not a date"));
  }
  g_assert_cmpuint (g_list_model_get_n_items (milestones), ==, N_MILESTONES);
  wait_ms (300);
  save_screenshot (alert, "import-milestones-preview");
  respond (alert, "add");
  g_assert_cmpuint (g_list_model_get_n_items (milestones), ==, N_MILESTONES + 2);
  last = g_list_model_get_item (milestones, N_MILESTONES + 1);
  g_assert_cmpstr (solar_milestone_get_name (last), ==, "直播");
  g_assert_cmpstr (solar_milestone_get_date (last), ==, "2026-06-18");
  g_assert_cmpstr (solar_milestone_get_platform_id (last), ==, "douyin");
  g_assert_cmpstr (solar_plan_history_get_undo_name (history), ==, "Import 2 Milestones");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (milestones), ==, N_MILESTONES);
  g_unlink (path);
}

/* KPIs leave as rows for a sheet (platform, metric, target, unit) and come back under their
 * platforms; a KPI of a platform the plan lacks asks first, since it adds the platform. */
static void
test_kpis_copy_paste (Fixture       *fixture,
                      gconstpointer  data)
{
  SolarPlanTable *table = plan_table (fixture, SOLAR_TYPE_KPI_TABLE);
  GListModel *kpis = solar_plan_table_get_shown (table);
  GListModel *platforms = solar_campaign_get_platforms (fixture->campaign);
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (table));
  SolarPlanHistory *history = solar_document_get_history (solar_plan_editor_get_document (fixture->editor));
  guint n_platforms = g_list_model_get_n_items (platforms);
  g_autoptr(SolarKpi) first = g_list_model_get_item (kpis, 0);
  g_autofree char *copied = NULL;
  g_autofree char *expected = NULL;
  GtkWidget *alert;

  gtk_selection_model_select_range (GTK_SELECTION_MODEL (kpis), 0, 2, TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (table), "table.copy", NULL));
  gdk_clipboard_read_text_async (clipboard, NULL, on_read_text, &copied);
  WAIT_UNTIL (copied != NULL);
  expected = g_strdup_printf ("RED (Xiaohongshu)\t%s\t", solar_kpi_get_metric (first));
  g_assert_true (g_str_has_prefix (copied, expected));
  g_assert_nonnull (find_label (GTK_WIDGET (fixture->window), "Copied 2 KPIs"));
  dismiss_toasts (fixture->window);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (table), "table.paste", NULL));
  WAIT_UNTIL (g_list_model_get_n_items (kpis) == N_KPIS + 2);
  g_assert_cmpstr (solar_plan_history_get_undo_name (history), ==, "Paste 2 KPIs");
  g_assert_cmpuint (g_list_model_get_n_items (platforms), ==, n_platforms);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (kpis), ==, N_KPIS);
  dismiss_toasts (fixture->window);

  gdk_clipboard_set_text (clipboard, "Bilibili\tVideo views\t1.5万\tcount\n");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (table), "table.paste", NULL));
  alert = wait_for_dialog ("Add 1 KPI?");
  g_assert_nonnull (strstr (solar_alert_get_body (alert),
                            "The plan does not have these platforms yet and will: bilibili."));
  g_assert_cmpuint (g_list_model_get_n_items (platforms), ==, n_platforms);
  respond (alert, "add");
  g_assert_cmpuint (g_list_model_get_n_items (platforms), ==, n_platforms + 1);
  g_assert_cmpuint (g_list_model_get_n_items (kpis), ==, N_KPIS + 1);
  g_assert_nonnull (solar_campaign_find_platform (fixture->campaign, "bilibili"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (platforms), ==, n_platforms);
  g_assert_cmpuint (g_list_model_get_n_items (kpis), ==, N_KPIS);
}

/* 250 KPIs of four platforms in one table, each platform's together; a row says which
 * KPI of which platform it is; a KPI added from a platform's row lands in its group, its
 * metric being edited, and the checks mark the metric while it has none. */
static void
test_kpis_grouped (Fixture       *fixture,
                   gconstpointer  data)
{
  SolarPlanTable *table = plan_table (fixture, SOLAR_TYPE_KPI_TABLE);
  GListModel *shown = solar_plan_table_get_shown (table);
  SolarPlatformPlan *wechat = solar_campaign_find_platform (fixture->campaign, "wechat");
  GListModel *wechat_kpis = solar_platform_plan_get_kpis (wechat);
  guint n_wechat = g_list_model_get_n_items (wechat_kpis);
  GtkWidget *platform, *metric;
  SolarKpi *kpi, *added;
  g_autofree char *expected = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, N_KPIS);
  /* Grouped: the rows are the first platform's KPIs, then the second's, and so on. */
  {
    GListModel *platforms = solar_campaign_get_platforms (fixture->campaign);
    guint row = 0;

    for (guint p = 0; p < g_list_model_get_n_items (platforms); p++)
      {
        g_autoptr(SolarPlatformPlan) plan = g_list_model_get_item (platforms, p);
        GListModel *kpis = solar_platform_plan_get_kpis (plan);

        for (guint k = 0; k < g_list_model_get_n_items (kpis); k++, row++)
          {
            g_autoptr(SolarKpi) expected_kpi = g_list_model_get_item (kpis, k);

            g_assert_true (shown_item (table, row) == expected_kpi);
          }
      }
    g_assert_cmpuint (row, ==, N_KPIS);
  }

  /* "KPI 1 of 250: RED (Xiaohongshu), Metric 1.1, 1,000,000 views" */
  kpi = shown_item (table, 0);
  platform = plan_cell (table, kpi, "platform");
  g_assert_cmpstr (gtk_inscription_get_text (GTK_INSCRIPTION (platform)), ==, "RED (Xiaohongshu)");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (platform), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Platform: RED (Xiaohongshu)");
  {
    g_autofree char *target = solar_number_format (solar_kpi_get_target (kpi));

    expected = g_strdup_printf ("KPI 1 of 250: RED (Xiaohongshu), Metric 1.1, %s %s", target,
                                solar_kpi_get_unit (kpi));
  }
  wait_ms (50);   /* rows are named once they settle */
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row_of (platform)), GTK_ACCESSIBLE_PROPERTY_LABEL, expected);

  added = solar_plan_table_add (table, "wechat");
  g_assert_nonnull (added);
  g_assert_cmpuint (g_list_model_get_n_items (wechat_kpis), ==, n_wechat + 1);
  metric = plan_cell (table, added, "metric");
  WAIT_UNTIL (solar_table_cell_get_editing (SOLAR_TABLE_CELL (metric)));
  g_assert_cmpstr (gtk_inscription_get_text (GTK_INSCRIPTION (plan_cell (table, added, "platform"))), ==, "WeChat");
  /* The WeChat group is the plan's last: the new KPI is the table's last row. */
  g_assert_true (shown_item (table, N_KPIS) == added);

  solar_table_cell_stop_editing (SOLAR_TABLE_CELL (metric), FALSE);
  solar_plan_editor_check_now (fixture->editor);
  g_assert_true (gtk_widget_has_css_class (metric, "warning"));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (metric), "Name what this target measures"));
  scroll_to (GTK_WIDGET (table));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  save_screenshot (GTK_WIDGET (fixture->window), "kpi-table-250");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  wait_ms (200);
  save_screenshot (GTK_WIDGET (fixture->window), "kpi-table-250-dark");
  solar_kpi_set_metric (added, "Articles read");
  solar_plan_editor_check_now (fixture->editor);
  g_assert_false (gtk_widget_has_css_class (metric, "warning"));
}

/* The checks' list
 * ================
 */

static gboolean
is_titled_row (GtkWidget     *widget,
               gconstpointer  title)
{
  return ADW_IS_PREFERENCES_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

/* The rows of the group titled "Checks": its findings. */
static GPtrArray *
dup_check_rows (Fixture *fixture)
{
  GtkWidget *group = find_widget (GTK_WIDGET (fixture->editor), is_of_type,
                                  GSIZE_TO_POINTER (ADW_TYPE_PREFERENCES_GROUP));
  GtkWidget *list = find_widget (group, is_of_type, GSIZE_TO_POINTER (GTK_TYPE_LIST_BOX));
  GPtrArray *rows = g_ptr_array_new ();

  g_assert_cmpstr (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (group)), ==, "Checks");
  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    if (gtk_widget_get_visible (row))
      g_ptr_array_add (rows, row);
  return rows;
}

/* A campaign cut short leaves most of 250 milestones outside it: the list at the top
 * shows the first findings and a row for the rest, rather than burying the form; every
 * milestone's date cell is marked all the same. A check that finds the same again
 * rebuilds no row. */
static void
test_long_check_list (Fixture       *fixture,
                      gconstpointer  data)
{
  SolarPlanTable *table = plan_table (fixture, SOLAR_TYPE_MILESTONE_TABLE);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autofree char *more = NULL;
  SolarMilestone *last;
  guint n;

  solar_campaign_set_end_date (fixture->campaign, solar_campaign_get_start_date (fixture->campaign));
  solar_plan_editor_check_now (fixture->editor);
  n = g_list_model_get_n_items (solar_plan_editor_get_problems (fixture->editor));
  g_assert_cmpuint (n, >, 100);
  rows = dup_check_rows (fixture);
  g_assert_cmpuint (rows->len, ==, 9);
  more = g_strdup_printf ("Show %u More Findings", n - 8);
  g_assert_true (is_titled_row (g_ptr_array_index (rows, 8), more));

  /* The date cell of a milestone outside the campaign says so, listed or not. */
  last = shown_item (table, N_MILESTONES - 1);
  g_assert_true (gtk_widget_has_css_class (plan_cell (table, last, "date"), "warning"));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (plan_cell (table, last, "date")), "falls outside"));

  solar_plan_editor_check_now (fixture->editor);
  again = dup_check_rows (fixture);
  g_assert_cmpuint (again->len, ==, rows->len);
  for (guint i = 0; i < rows->len; i++)
    g_assert_true (g_ptr_array_index (again, i) == g_ptr_array_index (rows, i));

  adw_action_row_activate (ADW_ACTION_ROW (g_ptr_array_index (rows, 8)));
  all = dup_check_rows (fixture);
  g_assert_cmpuint (all->len, ==, n);
  g_assert_true (focus_is_within (g_ptr_array_index (all, 8)));
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  application = start_test_application (&argc, &argv);
  /* Only Close, as GNOME shows it: the narrow test's window is a phone's 360 px. */
  g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", "appmenu:close", NULL);
  if (argc < 2)
    g_error ("usage: %s PLAN.campaign.json", argv[0]);
  plan_path = argv[1];

#define ADD(path, func, width) \
  g_test_add (path, Fixture, GINT_TO_POINTER (width), fixture_set_up, func, fixture_tear_down)
  ADD ("/kol-table/opens-recycled", test_opens_recycled, 0);
  ADD ("/kol-table/rows-after-form", test_rows_after_form, 0);
  ADD ("/kol-table/sort", test_sort, 0);
  ADD ("/kol-table/filter", test_filter, 0);
  ADD ("/kol-table/edit-and-save", test_edit_and_save, 0);
  ADD ("/kol-table/publish-date", test_publish_date, 0);
  ADD ("/kol-table/remove-selected-and-undo", test_remove_selected_and_undo, 0);
  ADD ("/kol-table/bulk-edit", test_bulk_edit, 0);
  ADD ("/kol-table/import", test_import, 0);
  ADD ("/kol-table/copy-paste", test_copy_paste, 0);
  ADD ("/kol-table/row-names-and-marks", test_row_names_and_marks, 0);
  ADD ("/kol-table/narrow", test_narrow, 360);
  ADD ("/milestone-table/by-date", test_milestones_by_date, 0);
  ADD ("/milestone-table/remove-and-undo", test_milestones_remove_and_undo, 0);
  ADD ("/milestone-table/copy-paste-import", test_milestones_copy_paste_import, 0);
  ADD ("/kpi-table/grouped", test_kpis_grouped, 0);
  ADD ("/kpi-table/copy-paste", test_kpis_copy_paste, 0);
  ADD ("/checks/long-list", test_long_check_list, 0);
#undef ADD

  ret = g_test_run ();
  g_clear_object (&application);
  return ret;
}
