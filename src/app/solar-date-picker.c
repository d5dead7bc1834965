/* solar-date-picker.c: a calendar to pick a date field's day from, marking China's key dates
 *
 * A button beside a date field opens a GtkCalendar on the field's day (or today, when the
 * field holds none or no date). Days with a key date or a statutory holiday are marked
 * (gtk_calendar_mark_day(); how a mark looks is the theme's: libadwaita 1.10 tints the
 * day, Debian 12's GTK 4.8 and libadwaita 1.2 showed nothing in the screenshots), and under the calendar the month's key dates are named,
 * so a planner sees 618 and the Dragon Boat holiday before picking the day after them. Choosing a day writes it into the
 * field as YYYY-MM-DD; typing in the field stays possible, and Alt+Down in the field opens
 * the calendar, as it opens a drop-down's list. In the calendar the arrows move the day and
 * Enter picks it; a screen reader hears the day and what falls on it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-date-picker"

#include "config.h"

#include <glib/gi18n.h>

#include "solar-date-picker.h"
#include "solar-plan-checks.h"

typedef struct
{
  GtkEditable *entry;      /* not a ref: the field owns the picker */
  GtkCalendar *calendar;
  GtkLabel    *month_text;
  char        *title;      /* the field's, for the calendar's accessible name */
  char        *day_notes[31];  /* the shown month's key dates and holidays, by day */
  gboolean     updating;
  SolarDatePickerChosen chosen;
  gpointer     chosen_data;
} Picker;

static Picker *
get_picker (GtkWidget *button)
{
  return g_object_get_data (G_OBJECT (button), "solar-date-picker");
}

static void
picker_free (gpointer data)
{
  Picker *picker = data;

  for (guint i = 0; i < G_N_ELEMENTS (picker->day_notes); i++)
    g_free (picker->day_notes[i]);
  g_free (picker->title);
  g_free (picker);
}

static void
note_day (Picker     *picker,
          guint       day,
          const char *note)
{
  char *joined;

  g_return_if_fail (day >= 1 && day <= G_N_ELEMENTS (picker->day_notes));

  if (picker->day_notes[day - 1] == NULL)
    {
      picker->day_notes[day - 1] = g_strdup (note);
      return;
    }
  /* TRANSLATORS: two things on one day, as a screen reader says the day: "618 Shopping
   * Festival, Dragon Boat Festival holiday" */
  joined = g_strdup_printf (_("%s, %s"), picker->day_notes[day - 1], note);
  g_free (picker->day_notes[day - 1]);
  picker->day_notes[day - 1] = joined;
}

/* The calendar says which day it is on, and what falls on it: GtkCalendar tells a screen
 * reader nothing of its days. "Publish Date: Thursday 18 June 2026, 618 Shopping Festival" */
static void
describe_selected_day (Picker *picker)
{
  g_autoptr(GDateTime) selected = gtk_calendar_get_date (picker->calendar);
  /* TRANSLATORS: the day a date picker's calendar is on, g_date_time_format(): "Thursday 18 June 2026" */
  g_autofree char *day = g_date_time_format (selected, _("%A %-d %B %Y"));
  const char *note = picker->day_notes[g_date_time_get_day_of_month (selected) - 1];
  g_autofree char *label = NULL;

  if (note != NULL)
    /* TRANSLATORS: the calendar's day as a screen reader says it: "Publish Date: Thursday 18
     * June 2026, 618 Shopping Festival" */
    label = g_strdup_printf (_("%s: %s, %s"), picker->title, day, note);
  else
    /* TRANSLATORS: the calendar's day as a screen reader says it: "Publish Date: Friday 5 June 2026" */
    label = g_strdup_printf (_("%s: %s"), picker->title, day);
  gtk_accessible_update_property (GTK_ACCESSIBLE (picker->calendar), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
set_day (GDate     *day,
         GDateTime *date_time)
{
  g_date_clear (day, 1);
  g_date_set_dmy (day, g_date_time_get_day_of_month (date_time), g_date_time_get_month (date_time),
                  g_date_time_get_year (date_time));
}

/* Marks the shown month's key dates and holidays, and names them under the calendar. */
static void
mark_month (Picker *picker)
{
  SolarKeyDates *key_dates = solar_key_dates_get_default (NULL);
  g_autoptr(GDateTime) shown = gtk_calendar_get_date (picker->calendar);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GArray) days = NULL;
  g_autoptr(GPtrArray) holidays = NULL;
  GDate first, last;

  gtk_calendar_clear_marks (picker->calendar);
  for (guint i = 0; i < G_N_ELEMENTS (picker->day_notes); i++)
    g_clear_pointer (&picker->day_notes[i], g_free);
  if (key_dates == NULL)
    {
      gtk_label_set_text (picker->month_text, "");
      gtk_widget_set_visible (GTK_WIDGET (picker->month_text), FALSE);
      return;
    }

  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 1, (GDateMonth)g_date_time_get_month (shown),
                  (GDateYear)g_date_time_get_year (shown));
  last = first;
  g_date_add_days (&last, g_date_get_days_in_month (g_date_get_month (&first), g_date_get_year (&first)) - 1);

  days = solar_key_dates_list_between (key_dates, &first, &last);
  for (guint i = 0; i < days->len; i++)
    {
      SolarKeyDateDay *day = &g_array_index (days, SolarKeyDateDay, i);

      gtk_calendar_mark_day (picker->calendar, g_date_get_day (&day->date));
      note_day (picker, g_date_get_day (&day->date), solar_text_get (day->key_date->name));
      if (text->len > 0)
        g_string_append_c (text, '\n');
      /* TRANSLATORS: a key date under the date picker's calendar: its day, its name */
      g_string_append_printf (text, _("%u: %s"), g_date_get_day (&day->date),
                              solar_text_get (day->key_date->name));
    }
  holidays = solar_key_dates_holidays_between (key_dates, &first, &last);
  for (guint i = 0; i < holidays->len; i++)
    {
      SolarHoliday *holiday = g_ptr_array_index (holidays, i);
      /* TRANSLATORS: a day off, as a screen reader hears it in the date picker:
       * "Dragon Boat Festival holiday" */
      g_autofree char *day_off = g_strdup_printf (_("%s holiday"), solar_text_get (holiday->name));
      char from[32], to[32];

      for (GDate day = holiday->first_day; g_date_compare (&day, &holiday->last_day) <= 0;
           g_date_add_days (&day, 1))
        if (g_date_compare (&day, &first) >= 0 && g_date_compare (&day, &last) <= 0)
          {
            gtk_calendar_mark_day (picker->calendar, g_date_get_day (&day));
            note_day (picker, g_date_get_day (&day), day_off);
          }
      /* TRANSLATORS: a holiday's first and last day off, strftime(): "19 Jun" */
      g_date_strftime (from, sizeof from, _("%-d %b"), &holiday->first_day);
      g_date_strftime (to, sizeof to, _("%-d %b"), &holiday->last_day);
      if (text->len > 0)
        g_string_append_c (text, '\n');
      /* TRANSLATORS: under the date picker: "Spring Festival holiday: 15 Feb to 23 Feb" */
      g_string_append_printf (text, _("%s holiday: %s to %s"), solar_text_get (holiday->name), from, to);
    }
  gtk_label_set_text (picker->month_text, text->str);
  gtk_widget_set_visible (GTK_WIDGET (picker->month_text), text->len > 0);
}

/* The field's day, or today. */
static void
show_field_day (Picker *picker)
{
  g_autoptr(GDateTime) day = NULL;
  GDate field_day;

  if (solar_plan_parse_date (gtk_editable_get_text (picker->entry), &field_day))
    day = g_date_time_new_local (g_date_get_year (&field_day), g_date_get_month (&field_day),
                                 g_date_get_day (&field_day), 12, 0, 0);
  else
    day = g_date_time_new_now_local ();
  picker->updating = TRUE;
  gtk_calendar_select_day (picker->calendar, day);
  picker->updating = FALSE;
  mark_month (picker);
  describe_selected_day (picker);
}

/* The calendar's day goes into the field, and the calendar closes. */
static void
choose_day (GtkWidget *button)
{
  Picker *picker = get_picker (button);
  g_autoptr(GDateTime) chosen = gtk_calendar_get_date (picker->calendar);
  g_autofree char *text = NULL;
  GDate day;

  set_day (&day, chosen);
  text = g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&day), g_date_get_month (&day),
                          g_date_get_day (&day));
  gtk_editable_set_text (picker->entry, text);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
  if (picker->chosen != NULL)
    picker->chosen (button, picker->chosen_data);
}

static void
on_day_selected (GtkCalendar *calendar,
                 GtkWidget   *button)
{
  if (!get_picker (button)->updating)
    choose_day (button);
}

/* GtkCalendar's own keys move a cursor of their own, which starts in the month's first
 * row whatever day is shown, and only Space picks. Here the arrows move the day shown
 * (Up and Down by a week, Page Up and Page Down by a month), and Enter or Space picks it;
 * Ctrl with the arrows still changes the month or year, as GTK has it. */
static gboolean
on_calendar_key_pressed (GtkEventControllerKey *controller,
                         guint                  keyval,
                         guint                  keycode,
                         GdkModifierType        state,
                         GtkWidget             *button)
{
  Picker *picker = get_picker (button);
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (picker->calendar)) == GTK_TEXT_DIR_RTL;
  g_autoptr(GDateTime) shown = gtk_calendar_get_date (picker->calendar);
  g_autoptr(GDateTime) moved = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (picker->calendar));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  int days = 0, months = 0;

  /* The calendar's month and year buttons keep their own keys: Enter there turns the page. */
  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK | GDK_SUPER_MASK)) != 0 ||
      (focus != NULL && focus != GTK_WIDGET (picker->calendar) &&
       gtk_widget_is_ancestor (focus, GTK_WIDGET (picker->calendar))))
    return GDK_EVENT_PROPAGATE;
  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      days = rtl ? 1 : -1;
      break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      days = rtl ? -1 : 1;
      break;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      days = -7;
      break;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      days = 7;
      break;
    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
      months = -1;
      break;
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
      months = 1;
      break;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
    case GDK_KEY_space:
    case GDK_KEY_KP_Space:
      choose_day (button);
      return GDK_EVENT_STOP;
    default:
      return GDK_EVENT_PROPAGATE;
    }

  moved = months != 0 ? g_date_time_add_months (shown, months) : g_date_time_add_days (shown, days);
  if (moved == NULL)
    return GDK_EVENT_STOP;
  picker->updating = TRUE;
  gtk_calendar_select_day (picker->calendar, moved);
  picker->updating = FALSE;
  if (g_date_time_get_month (moved) != g_date_time_get_month (shown) ||
      g_date_time_get_year (moved) != g_date_time_get_year (shown))
    mark_month (picker);
  describe_selected_day (picker);
  return GDK_EVENT_STOP;
}

static void
on_month_changed (GtkCalendar *calendar,
                  GtkWidget   *button)
{
  mark_month (get_picker (button));
  describe_selected_day (get_picker (button));
}

static void
on_popover_show (GtkWidget *popover,
                 GtkWidget *button)
{
  show_field_day (get_picker (button));
}

/* The keyboard goes to the calendar, on the field's day: the arrows move along the days,
 * Space or Enter picks one, Escape goes back to the field. Said here, not left to the
 * popover: the AT-SPI test found the keyboard still in the field without it. */
static void
on_popover_map (GtkWidget *popover,
                GtkWidget *button)
{
  gtk_widget_grab_focus (GTK_WIDGET (get_picker (button)->calendar));
}

/* Tab and Shift+Tab go round the calendar's controls (its days, then its arrows) and
 * stay in the popover: GTK 4.24 lets Tab leave a popover for the next widget of the window,
 * which left the calendar open with the keyboard elsewhere. */
static gboolean
on_popover_key_pressed (GtkEventControllerKey *keys,
                        guint                  keyval,
                        guint                  keycode,
                        GdkModifierType        state,
                        GtkWidget             *button)
{
  GtkWidget *popover = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (keys));
  GtkWidget *calendar = GTK_WIDGET (get_picker (button)->calendar);
  GtkDirectionType direction;

  if (keyval == GDK_KEY_ISO_Left_Tab ||
      ((keyval == GDK_KEY_Tab || keyval == GDK_KEY_KP_Tab) && (state & GDK_SHIFT_MASK)))
    direction = GTK_DIR_TAB_BACKWARD;
  else if (keyval == GDK_KEY_Tab || keyval == GDK_KEY_KP_Tab)
    direction = GTK_DIR_TAB_FORWARD;
  else
    return GDK_EVENT_PROPAGATE;

  /* Past the last control, round to the days again. */
  if (!gtk_widget_child_focus (gtk_popover_get_child (GTK_POPOVER (popover)), direction))
    gtk_widget_grab_focus (calendar);
  return GDK_EVENT_STOP;
}

static void
find_buttons (GtkWidget *widget,
              GPtrArray *buttons)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child))
        g_ptr_array_add (buttons, child);
      find_buttons (child, buttons);
    }
}

/* GtkCalendar's arrows are icon buttons with no name: a screen reader said "button". In
 * the order GTK lays them out, they turn the month back and on, then the year. */
static void
name_calendar_arrows (GtkCalendar *calendar)
{
  const char *names[] = { N_("Previous Month"), N_("Next Month"), N_("Previous Year"), N_("Next Year") };
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  find_buttons (GTK_WIDGET (calendar), buttons);
  if (buttons->len != G_N_ELEMENTS (names))
    return;   /* another GTK, laid out otherwise: better unnamed than misnamed */
  for (guint i = 0; i < buttons->len; i++)
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (g_ptr_array_index (buttons, i)),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _(names[i]), -1);
      gtk_widget_set_tooltip_text (g_ptr_array_index (buttons, i), _(names[i]));
    }
}

static gboolean
popup_from_field (GtkWidget *entry,
                  GVariant  *arguments,
                  gpointer   button)
{
  solar_date_picker_popup (button);
  return TRUE;
}

/**
 * solar_date_picker_new:
 * @entry: the date field the picker writes to
 * @field_title: the field's name, for the button's accessible name ("Start Date")
 *
 * Returns: (transfer floating): a button that opens the calendar, to put beside @entry
 */
GtkWidget *
solar_date_picker_new (GtkEditable *entry,
                       const char  *field_title)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();
  GtkEventController *calendar_keys = gtk_event_controller_key_new ();
  GtkEventController *popover_keys = gtk_event_controller_key_new ();
  g_autofree char *name = NULL;
  Picker *picker = g_new0 (Picker, 1);

  g_return_val_if_fail (GTK_IS_EDITABLE (entry), NULL);

  picker->entry = entry;
  picker->title = g_strdup (field_title);
  /* A group, not GtkCalendar's generic role: newer GTK follows ARIA, where a generic
   * element may not have a name, and the calendar's name is how a screen reader hears the
   * day (GTK 4.24 reported an empty name for it). */
  picker->calendar = g_object_new (GTK_TYPE_CALENDAR, "accessible-role", GTK_ACCESSIBLE_ROLE_GROUP, NULL);
  name_calendar_arrows (picker->calendar);
  picker->month_text = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (picker->month_text, 0);
  /* One key date a line, unwrapped: a wrapping label in a popover is measured for one
   * width and drawn at another, and its last line was cut off. */
  gtk_widget_add_css_class (GTK_WIDGET (picker->month_text), "caption");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (picker->calendar));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (picker->month_text));
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  g_object_set_data_full (G_OBJECT (button), "solar-date-picker", picker, picker_free);

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "x-office-calendar-symbolic");
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Choose a Day (Alt+Down)"));
  /* TRANSLATORS: the button beside a date field: "Choose Start Date" */
  name = g_strdup_printf (_("Choose %s"), field_title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);

  g_signal_connect (picker->calendar, "day-selected", G_CALLBACK (on_day_selected), button);
  g_signal_connect (picker->calendar, "next-month", G_CALLBACK (on_month_changed), button);
  g_signal_connect (picker->calendar, "prev-month", G_CALLBACK (on_month_changed), button);
  g_signal_connect (picker->calendar, "next-year", G_CALLBACK (on_month_changed), button);
  g_signal_connect (picker->calendar, "prev-year", G_CALLBACK (on_month_changed), button);
  g_signal_connect (popover, "show", G_CALLBACK (on_popover_show), button);
  g_signal_connect (popover, "map", G_CALLBACK (on_popover_map), button);
  gtk_event_controller_set_propagation_phase (calendar_keys, GTK_PHASE_CAPTURE);
  g_signal_connect (calendar_keys, "key-pressed", G_CALLBACK (on_calendar_key_pressed), button);
  gtk_widget_add_controller (GTK_WIDGET (picker->calendar), calendar_keys);
  gtk_event_controller_set_propagation_phase (popover_keys, GTK_PHASE_CAPTURE);
  g_signal_connect (popover_keys, "key-pressed", G_CALLBACK (on_popover_key_pressed), button);
  gtk_widget_add_controller (popover, popover_keys);

  /* The field is where the keyboard is: Alt+Down there opens the calendar. The picker lives
   * as long as the field (a suffix of the form's row; a sibling of the table cell's entry,
   * which the cell lets go of first), so the shortcut may point at it. */
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Alt>Down"),
                                                          gtk_callback_action_new (popup_from_field, button, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (entry), shortcuts);
  return button;
}

/**
 * solar_date_picker_set_chosen_func:
 * @chosen: (nullable): called once a day was picked and written into the field, after the
 *   calendar closed (a table cell keeps the day at once, as Enter would)
 */
void
solar_date_picker_set_chosen_func (GtkWidget            *picker,
                                   SolarDatePickerChosen chosen,
                                   gpointer              user_data)
{
  get_picker (picker)->chosen = chosen;
  get_picker (picker)->chosen_data = user_data;
}

/* Opens the calendar on the field's day, as a click on the picker would. */
void
solar_date_picker_popup (GtkWidget *picker)
{
  gtk_menu_button_popup (GTK_MENU_BUTTON (picker));
}

GtkCalendar *
solar_date_picker_get_calendar (GtkWidget *picker)
{
  return get_picker (picker)->calendar;
}

const char *
solar_date_picker_get_month_text (GtkWidget *picker)
{
  return gtk_label_get_text (get_picker (picker)->month_text);
}
