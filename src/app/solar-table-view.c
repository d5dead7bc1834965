/* solar-table-view.c: what the plan's tables share about their GtkColumnView
 *
 * The KOL, milestone and KPI tables are column views inside the plan's scrolling form.
 * GTK 4.8 gives such a table neither gtk_column_view_scroll_to() nor a way to leave it by
 * Tab on newer GTK; these helpers make up for both, and mark a cell the checks found a
 * problem in the way the form marks its rows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-table-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "solar-table-cell.h"
#include "solar-table-view.h"

/* A new row's cell is looked for this many frames while the table scrolls to it. */
#define REVEAL_TRIES 30

/* The row widget holding @cell: the one a screen reader names as the focus enters it. */
GtkWidget *
solar_table_view_find_row (GtkWidget *cell)
{
  for (GtkWidget *up = gtk_widget_get_parent (cell); up != NULL; up = gtk_widget_get_parent (up))
    {
      if (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (up)) == GTK_ACCESSIBLE_ROLE_ROW)
        return up;
      if (GTK_IS_COLUMN_VIEW (up))
        break;
    }
  return NULL;
}

/* Moves the focus out of @view, past it (or before it), as if it took no focus. */
static void
leave_table (GtkWidget        *view,
             GtkDirectionType  direction)
{
  GtkRoot *root = gtk_widget_get_root (view);

  if (root == NULL)
    return;
  gtk_widget_set_can_focus (view, FALSE);
  /* The focus moves on from where it was, skipping everything in the table. */
  if (!gtk_widget_child_focus (GTK_WIDGET (root), direction))
    gtk_widget_child_focus (GTK_WIDGET (root), direction);
  gtk_widget_set_can_focus (view, TRUE);
}

/* The cell of the row (GtkColumnViewCell) the focus is in, and whether it is the row's
 * first or last. */
static gboolean
focus_at_row_end (GtkWidget *view,
                  gboolean   last)
{
  GtkRoot *root = gtk_widget_get_root (view);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row = focus != NULL ? solar_table_view_find_row (focus) : NULL;
  GtkWidget *end;

  if (row == NULL || !gtk_widget_is_ancestor (row, view))
    return FALSE;
  end = last ? gtk_widget_get_last_child (row) : gtk_widget_get_first_child (row);
  return focus == end || gtk_widget_is_ancestor (focus, end);
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                gpointer               user_data)
{
  GtkWidget *view = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  gboolean backwards = (state & GDK_SHIFT_MASK) != 0 || keyval == GDK_KEY_ISO_Left_Tab;

  if (keyval != GDK_KEY_Tab && keyval != GDK_KEY_KP_Tab && keyval != GDK_KEY_ISO_Left_Tab)
    return FALSE;
  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0 || !focus_at_row_end (view, !backwards))
    return FALSE;
  leave_table (view, backwards ? GTK_DIR_TAB_BACKWARD : GTK_DIR_TAB_FORWARD);
  return TRUE;
}

/* GTK Tabs through every cell of every row of a column view by default, so a keyboard
 * user would press Tab a thousand times to leave a 1,000-row table. Here Tab goes through
 * the cells of one row and then on out of the table, Shift+Tab back the same way (the
 * arrow keys move between rows). GTK 4.12 and later do that when asked, by the property's
 * nick (GTK 4.8 has neither the property nor its enum); on GTK 4.8 a key handler does. */
void
solar_table_view_tab_out_after_one_row (GtkColumnView *view)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (view), "tab-behavior");
  GEnumValue *item = NULL;
  GtkEventController *keys;

  if (pspec != NULL && G_IS_PARAM_SPEC_ENUM (pspec))
    item = g_enum_get_value_by_nick (G_PARAM_SPEC_ENUM (pspec)->enum_class, "item");
  if (item != NULL)
    {
      g_object_set (view, "tab-behavior", item->value, NULL);
      return;
    }
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), NULL);
  gtk_widget_add_controller (GTK_WIDGET (view), keys);
}

/* Where @item is in @model, looked for from the end, where new rows go. */
guint
solar_table_view_find_item (GListModel *model,
                            gpointer    item)
{
  for (guint i = g_list_model_get_n_items (model); i > 0; i--)
    {
      g_autoptr(GObject) shown = g_list_model_get_item (model, i - 1);

      if (shown == item)
        return i - 1;
    }
  return GTK_INVALID_LIST_POSITION;
}

/**
 * solar_table_view_mark_cell:
 * @problems: (nullable) (element-type SolarProblem): what the checks found about the cell's row
 * @concerns: picks those about the cell, whose column is @column
 *
 * Colours the cell as the form colours a row with a problem, and says the problems in its
 * tooltip and to screen readers; clears a cell they no longer concern.
 */
void
solar_table_view_mark_cell (GtkWidget          *cell,
                            GPtrArray          *problems,
                            SolarTableConcerns  concerns,
                            gconstpointer       column,
                            gpointer            table)
{
  g_autoptr(GString) text = g_string_new (NULL);
  gboolean error = FALSE;

  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      SolarProblem *problem = g_ptr_array_index (problems, i);

      if (!concerns (problem, column, table))
        continue;
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, solar_problem_get_message (problem));
      error = error || solar_problem_get_severity (problem) == SOLAR_SEVERITY_ERROR;
    }

  gtk_widget_remove_css_class (cell, "error");
  gtk_widget_remove_css_class (cell, "warning");
  if (text->len == 0)
    {
      /* Only a cell marked before is cleared: most never are, and a thousand rows scroll by. */
      if (g_object_get_data (G_OBJECT (cell), "solar-marked") != NULL)
        {
          gtk_widget_set_tooltip_text (cell, NULL);
          gtk_accessible_reset_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
          g_object_set_data (G_OBJECT (cell), "solar-marked", NULL);
        }
      return;
    }
  gtk_widget_add_css_class (cell, error ? "error" : "warning");
  gtk_widget_set_tooltip_text (cell, text->str);
  gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text->str, -1);
  g_object_set_data (G_OBJECT (cell), "solar-marked", GINT_TO_POINTER (TRUE));
}

typedef struct
{
  SolarPlanHistory *history;
  guint64           state;   /* the plan right after what the toast tells of */
} OfferedUndo;

static void
offered_undo_free (gpointer  data,
                   GClosure *closure)
{
  OfferedUndo *offer = data;

  g_object_unref (offer->history);
  g_free (offer);
}

static void
on_toast_undo (AdwToast    *toast,
               OfferedUndo *offer)
{
  if (solar_plan_history_get_state (offer->history) == offer->state)
    solar_plan_history_undo (offer->history);
}

/* Anything done after the step (typing, undo from the keyboard) makes the toast's Undo
 * mean something else: the toast goes. */
static void
on_history_state (AdwToast         *toast,
                  GParamSpec       *pspec,
                  SolarPlanHistory *history)
{
  adw_toast_dismiss (toast);
}

/* Says @title in a toast of the window's, if the table is in one. */
void
solar_table_view_toast (GtkWidget  *table,
                        const char *title)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (table, ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (title));
}

/**
 * solar_table_view_offer_undo:
 * @history: the plan's, whose last step is what the toast tells of
 * @title: what was done: "Removed 12 KOLs"
 *
 * Says what a removal or an import did, in a toast of the window's whose Undo takes the
 * step back, as Ctrl+Z would.
 */
void
solar_table_view_offer_undo (GtkWidget        *table,
                             SolarPlanHistory *history,
                             const char       *title)
{
  AdwToast *toast = adw_toast_new (title);
  GtkWidget *overlay = gtk_widget_get_ancestor (table, ADW_TYPE_TOAST_OVERLAY);
  OfferedUndo *offer = g_new0 (OfferedUndo, 1);

  offer->history = g_object_ref (history);
  offer->state = solar_plan_history_get_state (history);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_toast_undo), offer,
                         offered_undo_free, 0);
  g_signal_connect_object (history, "notify::state", G_CALLBACK (on_history_state), toast,
                           G_CONNECT_SWAPPED);
  /* AdwToast is not floating: the overlay takes the only reference, or it goes now. */
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (toast);
}

/* Revealing a row
 * ===============
 * Where a row's cells are, GTK 4.8 only knows once they exist: the first guess puts the
 * row where its share of the list says, from heights the view estimates; once its cells
 * exist, a second step brings them fully into view.
 */

static void
scroll_to_position (SolarTableReveal *reveal,
                    guint             position)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (reveal->scroller);
  guint n = g_list_model_get_n_items (reveal->shown);
  double upper = gtk_adjustment_get_upper (adjustment);
  double page = gtk_adjustment_get_page_size (adjustment);

  if (n == 0)
    return;
  gtk_adjustment_set_value (adjustment, upper * position / n - page / 2);
}

static GtkWidget *
find_rows_view (GtkColumnView *view)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (view)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      return child;
  return NULL;
}

/* Scrolls by what @cell sticks out of the rows' viewport; TRUE if it was inside. */
static gboolean
bring_into_view (SolarTableReveal *reveal,
                 GtkWidget        *cell)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (reveal->scroller);
  GtkWidget *rows = find_rows_view (reveal->view);
  graphene_rect_t bounds;
  double height, top, bottom;

  if (rows == NULL || !gtk_widget_compute_bounds (cell, rows, &bounds))
    return TRUE;
  height = gtk_widget_get_height (rows);
  top = bounds.origin.y;
  bottom = bounds.origin.y + bounds.size.height;
  if (top >= 0 && bottom <= height)
    return TRUE;
  gtk_adjustment_set_value (adjustment,
                            gtk_adjustment_get_value (adjustment) + (top < 0 ? top : bottom - height));
  return FALSE;
}

static gboolean
reveal_step (GtkWidget     *widget,
             GdkFrameClock *clock,
             gpointer       data)
{
  SolarTableReveal *reveal = data;
  GtkWidget *cell = reveal->find_cell (reveal->table, reveal->item);
  gboolean done;

  if (cell == NULL)
    {
      guint position = solar_table_view_find_item (reveal->shown, reveal->item);

      /* The heights are better known now: guess again. */
      if (position != GTK_INVALID_LIST_POSITION)
        scroll_to_position (reveal, position);
      done = position == GTK_INVALID_LIST_POSITION;
    }
  else
    done = bring_into_view (reveal, cell);

  if (!done && ++reveal->tries < REVEAL_TRIES)
    return G_SOURCE_CONTINUE;
  if (cell != NULL && reveal->action == SOLAR_TABLE_REVEAL_EDIT && SOLAR_IS_TABLE_CELL (cell))
    solar_table_cell_start_editing (SOLAR_TABLE_CELL (cell));
  else if (cell != NULL && reveal->action == SOLAR_TABLE_REVEAL_FOCUS)
    gtk_widget_grab_focus (cell);
  g_clear_object (&reveal->item);
  reveal->tick = 0;
  return G_SOURCE_REMOVE;
}

/**
 * solar_table_reveal_start:
 * @action: what to do with the found cell once it shows
 *
 * Scrolls the table until @item's row shows, if the rows shown include it.
 *
 * Returns: %TRUE if @item is among the rows shown
 */
gboolean
solar_table_reveal_start (SolarTableReveal *reveal,
                          gpointer          item,
                          SolarTableRevealAction action)
{
  guint position = solar_table_view_find_item (reveal->shown, item);

  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;
  if (reveal->fill != NULL)
    solar_table_fill_now (reveal->fill);
  scroll_to_position (reveal, position);
  /* Scrolling to the row Add is about to edit still edits it. */
  if ((gpointer)reveal->item != item || action > reveal->action)
    reveal->action = action;
  g_set_object (&reveal->item, item);
  reveal->tries = 0;
  if (reveal->tick == 0)
    reveal->tick = gtk_widget_add_tick_callback (reveal->table, reveal_step, reveal, NULL);
  return TRUE;
}

void
solar_table_reveal_stop (SolarTableReveal *reveal)
{
  if (reveal->tick != 0)
    gtk_widget_remove_tick_callback (reveal->table, reveal->tick);
  reveal->tick = 0;
  g_clear_object (&reveal->item);
}

/* The frame that last filled a table: the others wait for the next one. */
static GdkFrameClock *last_fill_clock;
static gint64 last_fill_frame = -1;

static void
fill_disconnect (SolarTableFill *fill)
{
  if (fill->paint_handler != 0 && g_signal_handler_is_connected (fill->clock, fill->paint_handler))
    g_signal_handler_disconnect (fill->clock, fill->paint_handler);
  fill->paint_handler = 0;
  g_clear_object (&fill->clock);
}

static void
on_fill_after_paint (GdkFrameClock  *clock,
                     SolarTableFill *fill)
{
  gint64 frame = gdk_frame_clock_get_frame_counter (clock);

  if (clock == last_fill_clock && frame == last_fill_frame)
    {
      /* Another table took this frame: ask for the next. */
      gtk_widget_queue_draw (GTK_WIDGET (fill->view));
      return;
    }
  last_fill_clock = clock;
  last_fill_frame = frame;
  solar_table_fill_now (fill);
}

static void
on_fill_view_map (SolarTableFill *fill)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (fill->view));

  if (fill->filled || clock == NULL || fill->clock == clock)
    return;
  fill_disconnect (fill);
  fill->clock = g_object_ref (clock);
  fill->paint_handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_fill_after_paint), fill);
}

/**
 * solar_table_fill_later:
 * @fill: the table's own (zeroed) state, kept until solar_table_fill_stop()
 * @model: (transfer none): the rows, which must outlive @fill
 *
 * Gives @view its model once it has been drawn without: the table shows its headers and
 * its height at once, and its rows a frame or two later. Anything that needs the rows
 * now (a reveal, the keyboard) calls solar_table_fill_now().
 */
void
solar_table_fill_later (SolarTableFill    *fill,
                        GtkColumnView     *view,
                        GtkSelectionModel *model)
{
  *fill = (SolarTableFill) { .view = view, .model = model };
  fill->map_handler = g_signal_connect_swapped (view, "map", G_CALLBACK (on_fill_view_map), fill);
  if (gtk_widget_get_mapped (GTK_WIDGET (view)))
    on_fill_view_map (fill);
}

void
solar_table_fill_now (SolarTableFill *fill)
{
  if (fill->filled || fill->view == NULL)
    return;
  fill->filled = TRUE;
  fill_disconnect (fill);
  gtk_column_view_set_model (fill->view, fill->model);
}

void
solar_table_fill_stop (SolarTableFill *fill)
{
  fill_disconnect (fill);
  /* The view may have been disposed first (a window closed with the form never shown, the
   * plan's timeline in front): disposing dropped its handlers already. */
  if (fill->map_handler != 0 && g_signal_handler_is_connected (fill->view, fill->map_handler))
    g_signal_handler_disconnect (fill->view, fill->map_handler);
  fill->map_handler = 0;
  fill->filled = TRUE;
}
