/* bench-plan.c: how quickly the plan editor opens and answers, at a real campaign's size
 *
 * Prints, for a small plan (the baseline: a template with 4 KOLs) and a large one (made by
 * make-plan.py: 1,000 KOLs, 250 milestones, 250 KPIs), medians of several runs in this one
 * process, in the real window under Xvfb:
 *
 *  - open: from asking the window to open the file to the editor on screen (the plan read
 *    off the main thread, the form built, a frame drawn), and to every table drawn with its
 *    rows (the tables take them in the next frames, one table a frame);
 *  - add and remove one KOL through the table's own actions (Add KOL, Remove the selected);
 *  - a keystroke in the plan's name field and in a KOL's cell being edited, and a fee
 *    changed in a KOL's cell (the edit kept: the plan changes, the checks are due);
 *  - the checks, which run once typing pauses (300 ms), over the whole plan.
 *
 * Each edit is timed from the call to the moment the main loop has nothing left ready to
 * run (handlers, idles, the table's relabelling): the time the window cannot answer.
 * Drawing the next frame is not included. Ratios are large plan over small plan.
 *
 * Usage: bench-plan SMALL.campaign.json LARGE.campaign.json
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "solar-application.h"
#include "solar-campaign.h"
#include "solar-document.h"
#include "solar-kol.h"
#include "solar-kol-table.h"
#include "solar-plan-editor.h"
#include "solar-table-cell.h"
#include "solar-test-helpers.h"
#include "solar-ui-test-helpers.h"

#define OPEN_RUNS 5
#define EDIT_RUNS 21

enum { ADD, REMOVE, UNDO, REDO, KEYSTROKE, CELL_KEYSTROKE, FEE, CHECKS, N_OPS };

typedef struct
{
  double open_ms;
  double filled_ms;
  double handler_ms[N_OPS];
  double busy_ms[N_OPS];
  gsize  history_bytes;   /* what the plan's undo history holds after the runs */
  guint  history_steps;
} Figures;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof *values, compare_doubles);
  return values[n / 2];
}

static void
drain (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* Before a timed edit: what the previous step left (a removal's 40 ms frame, a cell that
 * stopped editing) is drawn first, so that it is not counted as the edit's. */
static void
settle (void)
{
  wait_ms (100);
  drain ();
}

/* The window's frames: how many were drawn, and the time spent drawing them (layout and
 * paint, from "before-paint" to "after-paint"), which is main-thread time too. */
static guint frames_drawn;
static gint64 frame_started;
static double frames_ms;

static void
on_before_paint (void)
{
  frame_started = g_get_monotonic_time ();
}

/* While a plan opens: when its editor was first drawn, and when every table first drew
 * with its rows (the tables take their rows in the frames after: solar_table_fill_later). */
static SolarWindow *opening_window;
static gint64 editor_drawn_at, tables_filled_at;

static gboolean
tables_filled (GtkWidget *widget)
{
  if (GTK_IS_COLUMN_VIEW (widget))
    return gtk_column_view_get_model (GTK_COLUMN_VIEW (widget)) != NULL;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (!tables_filled (child))
      return FALSE;
  return TRUE;
}

static void
on_after_paint (void)
{
  SolarPlanEditor *editor;

  frames_ms += ms_since (frame_started);
  frames_drawn++;
  if (opening_window == NULL || (editor = current_plan_editor (opening_window)) == NULL ||
      !gtk_widget_get_mapped (GTK_WIDGET (editor)))
    return;
  if (editor_drawn_at == 0)
    editor_drawn_at = g_get_monotonic_time ();
  if (tables_filled_at == 0 && tables_filled (GTK_WIDGET (editor)))
    tables_filled_at = g_get_monotonic_time ();
}

typedef struct
{
  gint64 start;
  guint  frames;
  double frames_ms;
} Op;

static Op
op_begin (void)
{
  return (Op) { g_get_monotonic_time (), frames_drawn, frames_ms };
}

/* Ends an operation begun with op_begin(): @handler_ms is the time of the call itself;
 * @busy_ms adds what it left for the main loop to do (idles, relabelling) and the frame
 * that shows the result, but not the time spent waiting for that frame. */
static void
op_end (Op      op,
        double  handler_ms_at,
        double *handler_ms,
        double *busy_ms)
{
  gint64 waited_from;
  double waited_ms = 0;

  *handler_ms = handler_ms_at;
  drain ();
  waited_from = g_get_monotonic_time ();
  while (frames_drawn == op.frames && ms_since (waited_from) < 1000)
    g_main_context_iteration (NULL, TRUE);
  if (frames_drawn != op.frames)
    {
      /* Waiting for the frame clock is idle time; the frame itself is not. */
      double frame_ms = frames_ms - op.frames_ms;

      waited_ms = ms_since (waited_from);
      *busy_ms = ms_since (op.start) - waited_ms + MIN (frame_ms, waited_ms);
      return;
    }
  *busy_ms = ms_since (op.start) - ms_since (waited_from);
}

/* Opens @path in @window and returns the time until the editor is drawn; @filled_ms,
 * until every table has drawn its rows too. */
static double
open_plan (SolarWindow     *window,
           const char      *path,
           SolarPlanEditor **editor_out,
           double          *filled_ms)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  gint64 start;

  opening_window = window;
  editor_drawn_at = tables_filled_at = 0;
  start = g_get_monotonic_time ();
  solar_window_open_plan (window, file);
  WAIT_UNTIL (tables_filled_at != 0);
  opening_window = NULL;
  *editor_out = current_plan_editor (window);
  *filled_ms = (tables_filled_at - start) / 1000.0;
  return (editor_drawn_at - start) / 1000.0;
}

static void
close_plan (SolarWindow *window)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.close-plan", NULL));
  WAIT_UNTIL (current_plan_editor (window) == NULL);
  wait_ms (100);
}

static GtkEditable *
name_field (SolarPlanEditor *editor,
            SolarCampaign   *campaign)
{
  /* The first entry row of the form is the plan's name. */
  GtkWidget *row = find_descendant (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW);

  g_assert_nonnull (row);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, solar_campaign_get_name (campaign));
  return GTK_EDITABLE (row);
}

static Figures
measure (SolarWindow *window,
         const char  *path)
{
  double open[OPEN_RUNS], filled[OPEN_RUNS], handler[N_OPS][EDIT_RUNS], busy[N_OPS][EDIT_RUNS];
  SolarPlanEditor *editor = NULL;
  SolarCampaign *campaign;
  SolarKolTable *table;
  GtkColumnView *view;
  GListModel *kols;
  GtkEditable *name;
  Figures figures;

  for (guint i = 0; i < OPEN_RUNS; i++)
    {
      open[i] = open_plan (window, path, &editor, &filled[i]);
      if (i + 1 < OPEN_RUNS)
        close_plan (window);
    }
  figures.open_ms = median (open, OPEN_RUNS);
  figures.filled_ms = median (filled, OPEN_RUNS);

  campaign = solar_document_get_campaign (solar_plan_editor_get_document (editor));
  kols = solar_campaign_get_kols (campaign);
  table = SOLAR_KOL_TABLE (find_descendant (GTK_WIDGET (editor), SOLAR_TYPE_KOL_TABLE));
  view = GTK_COLUMN_VIEW (find_descendant (GTK_WIDGET (table), GTK_TYPE_COLUMN_VIEW));
  name = name_field (editor, campaign);
  wait_ms (500);

  for (guint i = 0; i < EDIT_RUNS; i++)
    {
      guint n = g_list_model_get_n_items (kols);
      GtkSelectionModel *selection = gtk_column_view_get_model (view);
      g_autoptr(SolarKol) kol = g_list_model_get_item (kols, i % n);
      int position = -1;
      Op op;

      op = op_begin ();
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (table), "kols.add", NULL));
      op_end (op, ms_since (op.start), &handler[ADD][i], &busy[ADD][i]);
      g_assert_cmpuint (g_list_model_get_n_items (kols), ==, n + 1);
      wait_ms (50);   /* the new row scrolled to and its name cell focused */

      gtk_selection_model_select_item (selection, n, TRUE);
      op = op_begin ();
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (table), "kols.remove-selected", NULL));
      op_end (op, ms_since (op.start), &handler[REMOVE][i], &busy[REMOVE][i]);
      g_assert_cmpuint (g_list_model_get_n_items (kols), ==, n);
      dismiss_toasts (window);
      wait_ms (20);

      /* The removal taken back (Ctrl+Z) and done again (Ctrl+Shift+Z). */
      op = op_begin ();
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
      op_end (op, ms_since (op.start), &handler[UNDO][i], &busy[UNDO][i]);
      g_assert_cmpuint (g_list_model_get_n_items (kols), ==, n + 1);
      wait_ms (20);
      op = op_begin ();
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
      op_end (op, ms_since (op.start), &handler[REDO][i], &busy[REDO][i]);
      g_assert_cmpuint (g_list_model_get_n_items (kols), ==, n);
      wait_ms (20);

      settle ();
      op = op_begin ();
      gtk_editable_insert_text (name, "x", 1, &position);
      op_end (op, ms_since (op.start), &handler[KEYSTROKE][i], &busy[KEYSTROKE][i]);

      /* A keystroke in a KOL's name cell being edited (then Escape, which keeps the name):
       * the last KOL's, on screen since Add KOL scrolled there. */
      {
        g_autoptr(SolarKol) last = g_list_model_get_item (kols, n - 1);
        GtkWidget *cell = NULL;
        GtkWidget *text;

        g_assert_true (solar_kol_table_scroll_to (table, last));
        WAIT_UNTIL ((cell = solar_kol_table_find_cell (table, last, "name")) != NULL);
        solar_table_cell_start_editing (SOLAR_TABLE_CELL (cell));
        text = gtk_root_get_focus (GTK_ROOT (window));
        g_assert_true (GTK_IS_TEXT (text) && gtk_widget_is_ancestor (text, cell));
        settle ();
        position = -1;
        op = op_begin ();
        gtk_editable_insert_text (GTK_EDITABLE (text), "x", 1, &position);
        op_end (op, ms_since (op.start), &handler[CELL_KEYSTROKE][i], &busy[CELL_KEYSTROKE][i]);
        solar_table_cell_stop_editing (SOLAR_TABLE_CELL (cell), FALSE);
      }

      settle ();
      op = op_begin ();
      g_object_set (kol, "fee", solar_kol_get_fee (kol) + 1, NULL);
      op_end (op, ms_since (op.start), &handler[FEE][i], &busy[FEE][i]);

      settle ();
      op = op_begin ();
      solar_plan_editor_check_now (editor);
      op_end (op, ms_since (op.start), &handler[CHECKS][i], &busy[CHECKS][i]);
      wait_ms (20);
    }
  for (guint k = 0; k < N_OPS; k++)
    {
      figures.handler_ms[k] = median (handler[k], EDIT_RUNS);
      figures.busy_ms[k] = median (busy[k], EDIT_RUNS);
    }

  figures.history_bytes = solar_plan_history_get_size (solar_document_get_history (solar_plan_editor_get_document (editor)));
  figures.history_steps = solar_plan_history_get_n_steps (solar_document_get_history (solar_plan_editor_get_document (editor)));

  /* Saved (a copy), so that closing asks nothing. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save-plan", NULL));
  WAIT_UNTIL (!solar_document_get_modified (solar_plan_editor_get_document (editor)));
  close_plan (window);
  return figures;
}

static void
print_row (const char *what,
           double      small,
           double      large,
           const char *target)
{
  g_print ("%-46s %9.1f ms %9.1f ms %7.2fx   %s\n", what, small, large, large / MAX (small, 0.001), target);
}

static void
print_op (const char    *what,
          const Figures *small,
          const Figures *large,
          guint          op,
          const char    *target)
{
  print_row (what, small->handler_ms[op], large->handler_ms[op], target);
  print_row ("  the same, with what it queued and its frame", small->busy_ms[op], large->busy_ms[op], "");
}

/* A copy of @path in @dir, which the benchmark may save over. */
static char *
copy_plan (const char *path,
           const char *dir)
{
  g_autofree char *contents = NULL;
  g_autofree char *base = g_path_get_basename (path);
  char *copy = g_build_filename (dir, base, NULL);
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (copy, contents, length, NULL));
  return copy;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SolarApplication) application = NULL;
  g_autofree char *dir = g_dir_make_tmp ("solar-bench-plan-XXXXXX", NULL);
  g_autofree char *small_path = NULL;
  g_autofree char *large_path = NULL;
  SolarWindow *window;
  Figures small, large;

  application = start_test_application (&argc, &argv);
  if (argc != 3)
    {
      g_printerr ("usage: bench-plan SMALL.campaign.json LARGE.campaign.json\n");
      return 2;
    }

  small_path = copy_plan (argv[1], dir);
  large_path = copy_plan (argv[2], dir);
  window = open_window (1280, 900);
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "before-paint",
                    G_CALLBACK (on_before_paint), NULL);
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                    G_CALLBACK (on_after_paint), NULL);
  /* A first open warms the caches (fonts, icons, templates) for both. */
  small = measure (window, small_path);
  small = measure (window, small_path);
  large = measure (window, large_path);

  g_print ("bench-plan: medians; the large plan against the small one, in this process.\n"
           "Each edit: the call itself, then with what it left for the main loop and the\n"
           "frame that shows it (layout and paint; not the wait for the frame clock).\n");
  g_print ("%-46s %12s %12s %8s   %s\n", "what", "small", "large", "ratio", "issue 14's target");
  print_row ("open, to the editor drawn", small.open_ms, large.open_ms, "large within 1.5x of small");
  print_row ("  and to every table drawn with its rows", small.filled_ms, large.filled_ms, "");
  print_op ("add one KOL (Add KOL)", &small, &large, ADD, "< 5 ms, not growing with the roster");
  print_op ("remove one KOL (Remove the selected)", &small, &large, REMOVE,
            "< 5 ms, not growing with the roster");
  print_op ("undo that removal (Ctrl+Z)", &small, &large, UNDO, "(issue 15) not growing with the roster");
  print_op ("redo it (Ctrl+Shift+Z)", &small, &large, REDO, "(issue 15) not growing with the roster");
  print_op ("a keystroke in the plan's name", &small, &large, KEYSTROKE, "< 8 ms, checks included");
  print_op ("a keystroke in a KOL's cell, editing", &small, &large, CELL_KEYSTROKE, "< 8 ms, checks included");
  print_op ("a KOL's fee changed in its cell", &small, &large, FEE, "< 8 ms, checks included");
  print_op ("the checks, run once typing pauses", &small, &large, CHECKS, "(part of the 8 ms)");
  g_print ("%-46s %9.1f KB %9.1f KB %7.2fx   %s\n", "the undo history after the edits above",
           small.history_bytes / 1024.0, large.history_bytes / 1024.0,
           (double)large.history_bytes / MAX (small.history_bytes, 1), "(issue 15) bounded, at most 32 MB");
  g_print ("%-46s %12u %12u\n", "  its steps", small.history_steps, large.history_steps);

  for (const char *const *path = (const char *const[]) { small_path, large_path, NULL }; *path; path++)
    {
      g_autofree char *backup = g_strconcat (*path, "~", NULL);

      g_unlink (*path);
      g_unlink (backup);
    }
  g_rmdir (dir);
  return 0;
}
