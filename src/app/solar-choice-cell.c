/* solar-choice-cell.c: a table cell that shows a choice and opens a list to change it
 *
 * The tables' platform and tier cells were GtkDropDowns, and GTK 4.8 keeps about two
 * hundred rows of each table alive: six hundred drop-downs, each with its popover, list
 * view and factory built up front, were more than half of the time a 1,000-KOL plan took
 * to appear. This cell draws its choice itself (solar-cell-text.c) and its style sheet
 * draws the arrow (style.css): one widget, where a label, an arrow and a box made four in
 * each of those rows. The list of choices is built when it opens (click, Enter, Space or
 * Alt+Down) and dropped when it closes. It reads as a combo box, named by whoever shows it
 * ("Tier: Micro").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-choice-cell"

#include "config.h"

#include "solar-accessible.h"
#include "solar-cell-text.h"
#include "solar-choice-cell.h"

struct _SolarChoiceCell
{
  GtkWidget      parent_instance;
  SolarCellText *shown;
  GtkWidget     *popover;     /* while open */
  GtkStringList *choices;
  guint          selected;
};

enum {
  PROP_0,
  PROP_SELECTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SolarChoiceCell, solar_choice_cell, GTK_TYPE_WIDGET)

static void
show_selected (SolarChoiceCell *self)
{
  const char *text = self->choices != NULL && self->selected != GTK_INVALID_LIST_POSITION
                     ? gtk_string_list_get_string (self->choices, self->selected) : NULL;

  solar_cell_text_set_text (self->shown, text);
}

static void
on_row_activated (GtkListBox      *list,
                  GtkListBoxRow   *row,
                  SolarChoiceCell *self)
{
  solar_choice_cell_set_selected (self, (guint)gtk_list_box_row_get_index (row));
  gtk_popover_popdown (GTK_POPOVER (self->popover));
}

static gboolean
drop_popover (gpointer data)
{
  SolarChoiceCell *self = data;

  if (self->popover != NULL)
    gtk_widget_unparent (self->popover);
  self->popover = NULL;
  g_object_unref (self);
  return G_SOURCE_REMOVE;
}

static void
on_popover_closed (SolarChoiceCell *self)
{
  gtk_widget_unset_state_flags (GTK_WIDGET (self), GTK_STATE_FLAG_CHECKED);
  gtk_widget_grab_focus (GTK_WIDGET (self));
  /* Not while the popover is still in its "closed" handlers. */
  g_idle_add (drop_popover, g_object_ref (self));
}

/**
 * solar_choice_cell_popup:
 *
 * Opens the list of choices, with the keyboard on the current one.
 */
void
solar_choice_cell_popup (SolarChoiceCell *self)
{
  GtkWidget *list, *scroller;
  GtkListBoxRow *current;

  g_return_if_fail (SOLAR_IS_CHOICE_CELL (self));

  if (self->choices == NULL || self->popover != NULL)
    return;
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_BROWSE);
  gtk_list_box_set_activate_on_single_click (GTK_LIST_BOX (list), TRUE);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->choices)); i++)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget *label = gtk_label_new (gtk_string_list_get_string (self->choices, i));
      /* The current choice is ticked, as in GTK's own drop-downs. */
      GtkWidget *check = solar_accessible_new_decoration ("object-select-symbolic");

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_widget_set_opacity (check, i == self->selected ? 1 : 0);
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), check);
      g_object_set (box, "margin-start", 6, "margin-end", 6, NULL);
      gtk_list_box_append (GTK_LIST_BOX (list), box);
      /* GTK 4.8 names a row by nothing it holds: a screen reader hears the choice, and
       * which one is chosen from the row's selection. */
      gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (box)),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      gtk_string_list_get_string (self->choices, i), -1);
    }
  g_signal_connect (list, "row-activated", G_CALLBACK (on_row_activated), self);

  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 400);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);

  self->popover = gtk_popover_new ();
  gtk_popover_set_has_arrow (GTK_POPOVER (self->popover), FALSE);
  gtk_widget_add_css_class (self->popover, "menu");
  gtk_popover_set_child (GTK_POPOVER (self->popover), scroller);
  gtk_widget_set_parent (self->popover, GTK_WIDGET (self));
  g_signal_connect_swapped (self->popover, "closed", G_CALLBACK (on_popover_closed), self);

  gtk_widget_set_state_flags (GTK_WIDGET (self), GTK_STATE_FLAG_CHECKED, FALSE);
  gtk_popover_popup (GTK_POPOVER (self->popover));
  current = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), (int)self->selected);
  if (current != NULL)
    {
      gtk_list_box_select_row (GTK_LIST_BOX (list), current);
      gtk_widget_grab_focus (GTK_WIDGET (current));
    }
}

static void
popup_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  solar_choice_cell_popup (SOLAR_CHOICE_CELL (widget));
}

static void
on_released (GtkGestureClick *gesture,
             int              n_press,
             double           x,
             double           y,
             SolarChoiceCell *self)
{
  /* A click on the row selects it, as on any cell; on the choice it opens the list. */
  solar_choice_cell_popup (self);
}

/**
 * solar_choice_cell_new:
 * @choices: what can be chosen, in order
 */
GtkWidget *
solar_choice_cell_new (GtkStringList *choices)
{
  SolarChoiceCell *self = g_object_new (SOLAR_TYPE_CHOICE_CELL, NULL);

  self->choices = g_object_ref (choices);
  show_selected (self);
  return GTK_WIDGET (self);
}

/**
 * solar_choice_cell_get_choices:
 *
 * Returns: (transfer none): the choices, which the owner may change (a choice added last)
 */
GtkStringList *
solar_choice_cell_get_choices (SolarChoiceCell *self)
{
  g_return_val_if_fail (SOLAR_IS_CHOICE_CELL (self), NULL);
  return self->choices;
}

guint
solar_choice_cell_get_selected (SolarChoiceCell *self)
{
  g_return_val_if_fail (SOLAR_IS_CHOICE_CELL (self), GTK_INVALID_LIST_POSITION);
  return self->selected;
}

void
solar_choice_cell_set_selected (SolarChoiceCell *self,
                                guint            position)
{
  g_return_if_fail (SOLAR_IS_CHOICE_CELL (self));

  if (self->choices == NULL || position >= g_list_model_get_n_items (G_LIST_MODEL (self->choices)))
    position = GTK_INVALID_LIST_POSITION;
  if (self->selected == position)
    {
      show_selected (self);
      return;
    }
  self->selected = position;
  show_selected (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

static void
solar_choice_cell_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  SolarChoiceCell *self = SOLAR_CHOICE_CELL (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      g_value_set_uint (value, self->selected);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
solar_choice_cell_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  SolarChoiceCell *self = SOLAR_CHOICE_CELL (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      solar_choice_cell_set_selected (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
solar_choice_cell_dispose (GObject *object)
{
  SolarChoiceCell *self = SOLAR_CHOICE_CELL (object);

  g_clear_pointer (&self->popover, gtk_widget_unparent);
  g_clear_pointer (&self->shown, solar_cell_text_free);
  g_clear_object (&self->choices);

  G_OBJECT_CLASS (solar_choice_cell_parent_class)->dispose (object);
}

static void
solar_choice_cell_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  SolarChoiceCell *self = SOLAR_CHOICE_CELL (widget);

  if (self->popover != NULL)
    gtk_popover_present (GTK_POPOVER (self->popover));
}

static void
solar_choice_cell_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  solar_cell_text_measure (SOLAR_CHOICE_CELL (widget)->shown, orientation, minimum, natural);
}

static void
solar_choice_cell_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  solar_cell_text_snapshot (SOLAR_CHOICE_CELL (widget)->shown, snapshot);
}

/* The cell draws its own text, in its style's colour: a new style (a mark, the dark
 * scheme) draws it again. */
static void
solar_choice_cell_css_changed (GtkWidget         *widget,
                               GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (solar_choice_cell_parent_class)->css_changed (widget, change);
  gtk_widget_queue_draw (widget);
}

static void
solar_choice_cell_class_init (SolarChoiceCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = solar_choice_cell_dispose;
  object_class->get_property = solar_choice_cell_get_property;
  object_class->set_property = solar_choice_cell_set_property;
  widget_class->size_allocate = solar_choice_cell_size_allocate;
  widget_class->measure = solar_choice_cell_measure;
  widget_class->snapshot = solar_choice_cell_snapshot;
  widget_class->css_changed = solar_choice_cell_css_changed;

  properties[PROP_SELECTED] =
    g_param_spec_uint ("selected", NULL, NULL, 0, G_MAXUINT, GTK_INVALID_LIST_POSITION,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "choice.popup", NULL, popup_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "choice.popup", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "choice.popup", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_ISO_Enter, 0, "choice.popup", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, "choice.popup", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Space, 0, "choice.popup", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "choice.popup", NULL);

  gtk_widget_class_set_css_name (widget_class, "choicecell");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_COMBO_BOX);
}

static void
solar_choice_cell_init (SolarChoiceCell *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  self->selected = GTK_INVALID_LIST_POSITION;
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);

  /* As a GtkInscription's default: a few characters at least. */
  self->shown = solar_cell_text_new (GTK_WIDGET (self), 3);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "released", G_CALLBACK (on_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}
