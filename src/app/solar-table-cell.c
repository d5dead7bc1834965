/* solar-table-cell.c: a table cell that shows its text and edits it in place
 *
 * A spreadsheet's habits: a click selects the row (the cell does not claim it), a double
 * click, Enter or F2 edits, typing a character starts over with it, Enter or leaving the
 * cell (Tab) keeps the edit, Escape cancels it. GtkEditableLabel edits on a single click,
 * which in a table would fight the row's selection; hence this small widget.
 *
 * The cell does not write anything itself: "commit" hands the new text to whoever bound
 * the cell, who may refuse it (a fee that is not a number), and the cell then stays in
 * editing, marked, until the text is fixed or Escape puts the old one back.
 *
 * The cell draws its text itself (solar-cell-text.c): one widget, not a widget and a label,
 * in each of the two hundred rows GTK keeps of a table.
 *
 * A date cell, while it is edited, has a calendar button at its end (solar-date-picker.c;
 * Alt+Down opens it too). Like the entry, it is made on the first edit: a column of dates
 * costs no widget a row. A day picked is kept at once, as Enter would keep it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-table-cell"

#include "config.h"

#include <glib/gi18n.h>

#include "solar-cell-text.h"
#include "solar-date-picker.h"
#include "solar-plan-checks.h"
#include "solar-table-cell.h"

struct _SolarTableCell
{
  GtkWidget      parent_instance;
  SolarCellText *shown;     /* what the cell says, drawn while it is not being edited */
  GtkWidget     *text;      /* the entry, made on the first edit, shown while editing */
  GtkWidget     *picker;    /* a date cell's calendar button, made with the entry */
  char          *title;
  guint          editing : 1;
  guint          numeric : 1;
  guint          date : 1;
};

enum {
  PROP_0,
  PROP_TEXT,
  PROP_TITLE,
  PROP_EDITING,
  N_PROPS
};

enum {
  COMMIT,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (SolarTableCell, solar_table_cell, GTK_TYPE_WIDGET)

/* The fewest characters a cell shows before it is cut short. */
#define MIN_CHARS 4

static const char *
shown_text (SolarTableCell *self)
{
  return solar_cell_text_get_text (self->shown);
}

/* "Fee: 8,000": a screen reader hears the column and the value when the cell gets focus. */
static void
update_accessible_label (SolarTableCell *self)
{
  const char *text = shown_text (self);
  g_autofree char *label = NULL;

  if (self->title == NULL)
    return;
  /* TRANSLATORS: a table cell read out by a screen reader: "Fee: 8,000" */
  label = *text != '\0' ? g_strdup_printf (_("%s: %s"), self->title, text) : g_strdup (self->title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static gboolean commit (SolarTableCell *self);
static void set_editing (SolarTableCell *self, gboolean editing);
static void on_text_activate (SolarTableCell *self);
static void on_text_focus_leave (SolarTableCell *self);
static gboolean on_text_key_pressed (SolarTableCell *self, guint keyval, guint keycode,
                                     GdkModifierType state, GtkEventControllerKey *controller);

/* The calendar is open: the entry lost the focus to it, and the edit goes on. */
static gboolean
calendar_open (SolarTableCell *self)
{
  /* Its popover's visibility: gtk_menu_button_get_active() is GTK 4.10. */
  return self->picker != NULL &&
         gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (self->picker))));
}

static void
on_day_chosen (GtkWidget *picker,
               gpointer   user_data)
{
  SolarTableCell *self = user_data;

  if (!self->editing)
    return;
  gtk_widget_grab_focus (self->text);
  commit (self);
}

static gboolean
refocus_cb (gpointer data)
{
  SolarTableCell *self = data;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  /* Escape: GTK 4.8 hands the keyboard to the cell, which ends the edit keeping what was
   * typed; GTK 4.24 leaves it on the closed calendar's button, where no key reaches
   * anything. The same end for both: the edit kept, the cell with the keyboard. */
  if (root != NULL && gtk_widget_get_mapped (GTK_WIDGET (self)) &&
      (focus == NULL || (self->picker != NULL && gtk_widget_is_ancestor (focus, self->picker))))
    {
      if (self->editing)
        solar_table_cell_stop_editing (self, TRUE);
      gtk_widget_grab_focus (GTK_WIDGET (self));
    }
  /* Closed by a click elsewhere while editing: back to typing. */
  else if (self->editing && self->text != NULL)
    gtk_widget_grab_focus (self->text);
  return G_SOURCE_REMOVE;
}

/* Closed without a day (Escape, or a click outside), once GTK is done closing: see
 * refocus_cb(). */
static void
on_calendar_closed (SolarTableCell *self)
{
  g_idle_add_full (G_PRIORITY_DEFAULT, refocus_cb, g_object_ref (self), g_object_unref);
}

/* The entry is made on the first edit: a large plan keeps hundreds of cells alive, and a
 * GtkText each (input method, gestures, layout) was a good part of opening it. */
static GtkWidget *
ensure_text (SolarTableCell *self)
{
  GtkEventController *text_key;
  GtkEventController *text_focus;

  if (self->text != NULL)
    return self->text;

  self->text = gtk_text_new ();
  gtk_editable_set_alignment (GTK_EDITABLE (self->text), self->numeric ? 1.0 : 0.0);
  gtk_widget_set_visible (self->text, FALSE);
  gtk_widget_set_parent (self->text, GTK_WIDGET (self));
  g_signal_connect_swapped (self->text, "activate", G_CALLBACK (on_text_activate), self);
  /* A refused edit is marked until the text is changed: typing is mending it. */
  g_signal_connect (self->text, "changed", G_CALLBACK (gtk_widget_remove_css_class), (gpointer)"error");

  text_key = gtk_event_controller_key_new ();
  g_signal_connect_swapped (text_key, "key-pressed", G_CALLBACK (on_text_key_pressed), self);
  gtk_widget_add_controller (self->text, text_key);
  text_focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (text_focus, "leave", G_CALLBACK (on_text_focus_leave), self);
  gtk_widget_add_controller (self->text, text_focus);

  if (self->date)
    {
      self->picker = solar_date_picker_new (GTK_EDITABLE (self->text), self->title != NULL ? self->title : "");
      /* Its button out of the Tab order and not taking the focus on a click: Tab leaves
       * the cell (keeping the edit), and the entry keeps the focus until the calendar
       * takes it. Not can-focus on the picker: that would keep the calendar from it. */
      for (GtkWidget *child = gtk_widget_get_first_child (self->picker); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        if (GTK_IS_BUTTON (child))
          {
            gtk_widget_set_focusable (child, FALSE);
            gtk_widget_set_focus_on_click (child, FALSE);
          }
      gtk_widget_set_visible (self->picker, FALSE);
      gtk_widget_set_parent (self->picker, GTK_WIDGET (self));
      solar_date_picker_set_chosen_func (self->picker, on_day_chosen, self);
      g_signal_connect_swapped (gtk_menu_button_get_popover (GTK_MENU_BUTTON (self->picker)), "closed",
                                G_CALLBACK (on_calendar_closed), self);
    }
  return self->text;
}

static void
set_editing (SolarTableCell *self,
             gboolean        editing)
{
  if (self->editing == !!editing)
    return;
  self->editing = !!editing;
  ensure_text (self);
  gtk_widget_set_visible (self->text, editing);
  if (self->picker != NULL)
    {
      if (!editing)
        gtk_menu_button_popdown (GTK_MENU_BUTTON (self->picker));
      gtk_widget_set_visible (self->picker, editing);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
  gtk_widget_remove_css_class (self->text, "error");
  /* Only if there is one: on GTK 4.8 setting a tooltip asks the X server where the pointer
   * is, which was a sixth of removing a KOL whose name was being typed. */
  if (gtk_widget_get_tooltip_text (GTK_WIDGET (self)) != NULL)
    gtk_widget_set_tooltip_text (GTK_WIDGET (self), NULL);
  if (editing)
    gtk_widget_grab_focus (self->text);
  else if (gtk_widget_has_focus (self->text) || gtk_widget_get_focus_child (GTK_WIDGET (self)) != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITING]);
}

/* A date cell takes a day as plans write them, or nothing (not planned yet); anything
 * else is refused here, with what to type, before whoever bound the cell sees it. */
static gboolean
date_is_valid (SolarTableCell *self,
               const char     *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  GDate day;

  if (*stripped == '\0' || solar_plan_parse_date (stripped, &day))
    return TRUE;
  gtk_widget_set_tooltip_text (GTK_WIDGET (self),
                               _("Type a date as YYYY-MM-DD, such as 2026-06-18, pick one with Alt+Down, or press Escape"));
  return FALSE;
}

/* TRUE when the text was kept (or nothing was being edited). */
static gboolean
commit (SolarTableCell *self)
{
  g_autofree char *text = NULL;
  gboolean accepted = TRUE;

  if (!self->editing)
    return TRUE;
  text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->text)));
  if (self->date && !date_is_valid (self, text))
    accepted = FALSE;
  else if (g_strcmp0 (text, shown_text (self)) != 0)
    g_signal_emit (self, signals[COMMIT], 0, text, &accepted);
  if (!accepted)
    {
      gtk_widget_add_css_class (self->text, "error");
      gtk_widget_error_bell (GTK_WIDGET (self));
      return FALSE;
    }
  set_editing (self, FALSE);
  return TRUE;
}

void
solar_table_cell_start_editing (SolarTableCell *self)
{
  g_return_if_fail (SOLAR_IS_TABLE_CELL (self));

  if (self->editing)
    return;
  gtk_editable_set_text (GTK_EDITABLE (ensure_text (self)), shown_text (self));
  set_editing (self, TRUE);
  gtk_editable_select_region (GTK_EDITABLE (self->text), 0, -1);
}

/**
 * solar_table_cell_stop_editing:
 * @keep: whether to offer the edited text or drop it
 *
 * Ends the edit either way: text that is offered and refused (no number, no date) is
 * dropped, as when the focus leaves the cell. A cell whose row scrolls away is rebound to
 * another row, and an edit left open would follow it there.
 */
void
solar_table_cell_stop_editing (SolarTableCell *self,
                               gboolean        keep)
{
  g_return_if_fail (SOLAR_IS_TABLE_CELL (self));

  if (keep)
    commit (self);
  set_editing (self, FALSE);
}

gboolean
solar_table_cell_get_editing (SolarTableCell *self)
{
  g_return_val_if_fail (SOLAR_IS_TABLE_CELL (self), FALSE);
  return self->editing;
}

const char *
solar_table_cell_get_text (SolarTableCell *self)
{
  g_return_val_if_fail (SOLAR_IS_TABLE_CELL (self), NULL);
  return shown_text (self);
}

/* What the item says now. An edit under way is left alone: the row's item changing
 * underneath (a bulk edit) shows once the edit ends. */
void
solar_table_cell_set_text (SolarTableCell *self,
                           const char     *text)
{
  g_return_if_fail (SOLAR_IS_TABLE_CELL (self));

  if (!solar_cell_text_set_text (self->shown, text))
    return;
  update_accessible_label (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

/* A day, YYYY-MM-DD: a calendar to pick it from while the cell is edited. Set before the
 * first edit. */
void
solar_table_cell_set_date (SolarTableCell *self,
                           gboolean        date)
{
  g_return_if_fail (SOLAR_IS_TABLE_CELL (self));
  g_return_if_fail (self->text == NULL);

  self->date = !!date;
}

/* Returns: (nullable) (transfer none): a date cell's calendar button, once it was edited */
GtkWidget *
solar_table_cell_get_picker (SolarTableCell *self)
{
  g_return_val_if_fail (SOLAR_IS_TABLE_CELL (self), NULL);
  return self->picker;
}

/* Numbers line up on the right, as in a spreadsheet. */
void
solar_table_cell_set_numeric (SolarTableCell *self,
                              gboolean        numeric)
{
  g_return_if_fail (SOLAR_IS_TABLE_CELL (self));

  self->numeric = !!numeric;
  solar_cell_text_set_align_end (self->shown, numeric);
  if (self->text != NULL)
    gtk_editable_set_alignment (GTK_EDITABLE (self->text), numeric ? 1.0 : 0.0);
}

static void
on_text_activate (SolarTableCell *self)
{
  commit (self);
}

static void
on_text_focus_leave (SolarTableCell *self)
{
  /* Leaving keeps a good edit; a refused one cannot hold the focus, so it is dropped. */
  if (calendar_open (self) || !self->editing)
    return;
  solar_table_cell_stop_editing (self, TRUE);
}

static gboolean
on_text_key_pressed (SolarTableCell        *self,
                     guint                  keyval,
                     guint                  keycode,
                     GdkModifierType        state,
                     GtkEventControllerKey *controller)
{
  if (keyval != GDK_KEY_Escape)
    return GDK_EVENT_PROPAGATE;
  set_editing (self, FALSE);
  return GDK_EVENT_STOP;
}

static gboolean
on_key_pressed (SolarTableCell        *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  gunichar character;
  char utf8[8] = { 0 };

  if (self->editing)
    return GDK_EVENT_PROPAGATE;
  if (keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter || keyval == GDK_KEY_ISO_Enter ||
      keyval == GDK_KEY_F2)
    {
      solar_table_cell_start_editing (self);
      return GDK_EVENT_STOP;
    }
  /* Typing over a cell replaces what it says, as in a spreadsheet. */
  character = gdk_keyval_to_unicode (keyval);
  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK)) != 0 ||
      character == 0 || !g_unichar_isprint (character) || g_unichar_isspace (character))
    return GDK_EVENT_PROPAGATE;
  g_unichar_to_utf8 (character, utf8);
  solar_table_cell_start_editing (self);
  gtk_editable_set_text (GTK_EDITABLE (self->text), utf8);
  gtk_editable_set_position (GTK_EDITABLE (self->text), -1);
  return GDK_EVENT_STOP;
}

static void
on_pressed (SolarTableCell  *self,
            int              n_press,
            double           x,
            double           y,
            GtkGestureClick *gesture)
{
  if (n_press != 2 || self->editing)
    return;
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  solar_table_cell_start_editing (self);
}

static gboolean
solar_table_cell_grab_focus (GtkWidget *widget)
{
  SolarTableCell *self = SOLAR_TABLE_CELL (widget);

  if (self->editing)
    return gtk_widget_grab_focus (self->text);
  return GTK_WIDGET_CLASS (solar_table_cell_parent_class)->grab_focus (widget);
}

static void
solar_table_cell_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SolarTableCell *self = SOLAR_TABLE_CELL (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, solar_table_cell_get_text (self));
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_EDITING:
      g_value_set_boolean (value, self->editing);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
solar_table_cell_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SolarTableCell *self = SOLAR_TABLE_CELL (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      solar_table_cell_set_text (self, g_value_get_string (value));
      break;
    case PROP_TITLE:
      g_free (self->title);
      self->title = g_value_dup_string (value);
      update_accessible_label (self);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
solar_table_cell_dispose (GObject *object)
{
  SolarTableCell *self = SOLAR_TABLE_CELL (object);

  g_clear_pointer (&self->text, gtk_widget_unparent);
  if (self->picker != NULL)
    {
      /* Nothing of the calendar may call back into a cell that is going. */
      solar_date_picker_set_chosen_func (self->picker, NULL, NULL);
      g_signal_handlers_disconnect_by_data (gtk_menu_button_get_popover (GTK_MENU_BUTTON (self->picker)), self);
    }
  g_clear_pointer (&self->picker, gtk_widget_unparent);

  G_OBJECT_CLASS (solar_table_cell_parent_class)->dispose (object);
}

static void
solar_table_cell_finalize (GObject *object)
{
  SolarTableCell *self = SOLAR_TABLE_CELL (object);

  g_free (self->title);
  g_clear_pointer (&self->shown, solar_cell_text_free);

  G_OBJECT_CLASS (solar_table_cell_parent_class)->finalize (object);
}

/* The entry's size while editing (and the calendar button's beside it); else a line of
 * the cell's font, whatever it says. */
static void
solar_table_cell_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  SolarTableCell *self = SOLAR_TABLE_CELL (widget);

  if (self->editing && self->picker != NULL)
    {
      int text_min, text_nat, picker_min, picker_nat;

      gtk_widget_measure (self->text, orientation, -1, &text_min, &text_nat, NULL, NULL);
      gtk_widget_measure (self->picker, orientation, -1, &picker_min, &picker_nat, NULL, NULL);
      if (orientation == GTK_ORIENTATION_HORIZONTAL)
        *minimum = text_min + picker_min, *natural = text_nat + picker_nat;
      else
        *minimum = MAX (text_min, picker_min), *natural = MAX (text_nat, picker_nat);
    }
  else if (self->editing)
    gtk_widget_measure (self->text, orientation, for_size,
                        minimum, natural, minimum_baseline, natural_baseline);
  else
    solar_cell_text_measure (self->shown, orientation, minimum, natural);
}

static void
solar_table_cell_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  SolarTableCell *self = SOLAR_TABLE_CELL (widget);

  int picker_width = 0;

  if (!self->editing)
    return;
  if (self->picker != NULL)
    {
      gtk_widget_measure (self->picker, GTK_ORIENTATION_HORIZONTAL, -1, &picker_width, NULL, NULL, NULL);
      picker_width = MIN (picker_width, width / 2);
      gtk_widget_size_allocate (self->picker,
                                &(GtkAllocation) { width - picker_width, 0, picker_width, height }, -1);
    }
  gtk_widget_size_allocate (self->text, &(GtkAllocation) { 0, 0, width - picker_width, height }, baseline);
}

static void
solar_table_cell_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  SolarTableCell *self = SOLAR_TABLE_CELL (widget);

  if (self->editing)
    {
      gtk_widget_snapshot_child (widget, self->text, snapshot);
      if (self->picker != NULL)
        gtk_widget_snapshot_child (widget, self->picker, snapshot);
    }
  else
    solar_cell_text_snapshot (self->shown, snapshot);
}

/* The cell draws its own text, in its style's colour: a new style (a mark, the dark
 * scheme) draws it again. */
static void
solar_table_cell_css_changed (GtkWidget         *widget,
                              GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (solar_table_cell_parent_class)->css_changed (widget, change);
  gtk_widget_queue_draw (widget);
}

static void
solar_table_cell_class_init (SolarTableCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = solar_table_cell_get_property;
  object_class->set_property = solar_table_cell_set_property;
  object_class->dispose = solar_table_cell_dispose;
  object_class->finalize = solar_table_cell_finalize;
  widget_class->grab_focus = solar_table_cell_grab_focus;
  widget_class->measure = solar_table_cell_measure;
  widget_class->size_allocate = solar_table_cell_size_allocate;
  widget_class->snapshot = solar_table_cell_snapshot;
  widget_class->css_changed = solar_table_cell_css_changed;

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, "", G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The column's title, for screen readers. */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_EDITING] =
    g_param_spec_boolean ("editing", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SolarTableCell::commit:
   * @text: what was typed
   *
   * Returns: %TRUE if @text was taken, %FALSE to keep the cell editing, marked
   */
  signals[COMMIT] = g_signal_new ("commit", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                  g_signal_accumulator_first_wins, NULL, NULL,
                                  G_TYPE_BOOLEAN, 1, G_TYPE_STRING);

  gtk_widget_class_set_css_name (widget_class, "tablecell");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_TEXT_BOX);
}

static void
solar_table_cell_init (SolarTableCell *self)
{
  GtkEventController *key = gtk_event_controller_key_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);

  self->shown = solar_cell_text_new (GTK_WIDGET (self), MIN_CHARS);

  g_signal_connect_swapped (key, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), key);
  g_signal_connect_swapped (click, "pressed", G_CALLBACK (on_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}

GtkWidget *
solar_table_cell_new (void)
{
  return g_object_new (SOLAR_TYPE_TABLE_CELL, NULL);
}
