/* solar-date-picker.c: a calendar to pick a date field's day from, marking China's key dates
 *
 * A button beside a date field opens a GtkCalendar on the field's day (or today, when the
 * field holds none or no date). Days with a key date or a statutory holiday are marked
 * (gtk_calendar_mark_day(); how a mark looks is the theme's: libadwaita 1.10 tints the
 * day, Debian 12's GTK 4.8 and libadwaita 1.2 showed nothing in the screenshots), and under the calendar the month's key dates are named,
 * so a planner sees 618 and the Dragon Boat holiday before picking the day after them. Choosing a day writes it into the
 * field as YYYY-MM-DD; typing in the field stays possible.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-date-picker"

#include "config.h"

#include <glib/gi18n.h>

#include "solar-date-picker.h"
#include "solar-lunar.h"
#include "solar-plan-checks.h"

typedef struct
{
  GtkEditable *entry;      /* not a ref: the field owns the picker */
  GtkCalendar *calendar;
  GtkLabel    *month_text;
  gboolean     updating;
} Picker;

static Picker *
get_picker (GtkWidget *button)
{
  return g_object_get_data (G_OBJECT (button), "solar-date-picker");
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
  guint year = g_date_time_get_year (shown), month = g_date_time_get_month (shown);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GArray) days = NULL;
  GPtrArray *holidays;

  gtk_calendar_clear_marks (picker->calendar);
  if (key_dates == NULL || year < SOLAR_LUNAR_FIRST_YEAR || year > SOLAR_LUNAR_LAST_YEAR)
    {
      gtk_label_set_text (picker->month_text, "");
      gtk_widget_set_visible (GTK_WIDGET (picker->month_text), FALSE);
      return;
    }

  days = solar_key_dates_list (key_dates, year, year, NULL);
  for (guint i = 0; days != NULL && i < days->len; i++)
    {
      SolarKeyDateDay *day = &g_array_index (days, SolarKeyDateDay, i);

      if (g_date_get_month (&day->date) != month)
        continue;
      gtk_calendar_mark_day (picker->calendar, g_date_get_day (&day->date));
      if (text->len > 0)
        g_string_append_c (text, '\n');
      /* TRANSLATORS: a key date under the date picker's calendar: its day, its name */
      g_string_append_printf (text, _("%u: %s"), g_date_get_day (&day->date),
                              solar_text_get (day->key_date->name));
    }
  holidays = solar_key_dates_get_holidays (key_dates, year);
  for (guint i = 0; holidays != NULL && i < holidays->len; i++)
    {
      SolarHoliday *holiday = g_ptr_array_index (holidays, i);
      GDate day = holiday->first_day;
      gboolean named = FALSE;

      for (; g_date_compare (&day, &holiday->last_day) <= 0; g_date_add_days (&day, 1))
        if (g_date_get_month (&day) == month)
          {
            gtk_calendar_mark_day (picker->calendar, g_date_get_day (&day));
            if (!named)
              {
                char from[32], to[32];

                /* TRANSLATORS: a holiday's first and last day off, strftime(): "19 Jun" */
                g_date_strftime (from, sizeof from, _("%-d %b"), &holiday->first_day);
                g_date_strftime (to, sizeof to, _("%-d %b"), &holiday->last_day);
                if (text->len > 0)
                  g_string_append_c (text, '\n');
                /* TRANSLATORS: under the date picker: "Spring Festival holiday: 15 Feb to 23 Feb" */
                g_string_append_printf (text, _("%s holiday: %s to %s"),
                                        solar_text_get (holiday->name), from, to);
                named = TRUE;
              }
          }
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
}

static void
on_day_selected (GtkCalendar *calendar,
                 GtkWidget   *button)
{
  Picker *picker = get_picker (button);
  g_autoptr(GDateTime) chosen = NULL;
  g_autofree char *text = NULL;
  GDate day;

  if (picker->updating)
    return;
  chosen = gtk_calendar_get_date (calendar);
  set_day (&day, chosen);
  text = g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&day), g_date_get_month (&day),
                          g_date_get_day (&day));
  gtk_editable_set_text (picker->entry, text);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
}

static void
on_month_changed (GtkCalendar *calendar,
                  GtkWidget   *button)
{
  mark_month (get_picker (button));
}

static void
on_popover_show (GtkWidget *popover,
                 GtkWidget *button)
{
  show_field_day (get_picker (button));
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
  g_autofree char *name = NULL;
  Picker *picker = g_new0 (Picker, 1);

  g_return_val_if_fail (GTK_IS_EDITABLE (entry), NULL);

  picker->entry = entry;
  picker->calendar = GTK_CALENDAR (gtk_calendar_new ());
  picker->month_text = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (picker->month_text, 0);
  /* One key date a line, unwrapped: a wrapping label in a popover is measured for one
   * width and drawn at another, and its last line was cut off. */
  gtk_widget_add_css_class (GTK_WIDGET (picker->month_text), "caption");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (picker->calendar));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (picker->month_text));
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  g_object_set_data_full (G_OBJECT (button), "solar-date-picker", picker, g_free);

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "x-office-calendar-symbolic");
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Choose a Day"));
  /* TRANSLATORS: the button beside a date field: "Choose Start Date" */
  name = g_strdup_printf (_("Choose %s"), field_title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);

  g_signal_connect (picker->calendar, "day-selected", G_CALLBACK (on_day_selected), button);
  g_signal_connect (picker->calendar, "next-month", G_CALLBACK (on_month_changed), button);
  g_signal_connect (picker->calendar, "prev-month", G_CALLBACK (on_month_changed), button);
  g_signal_connect (picker->calendar, "next-year", G_CALLBACK (on_month_changed), button);
  g_signal_connect (picker->calendar, "prev-year", G_CALLBACK (on_month_changed), button);
  g_signal_connect (popover, "show", G_CALLBACK (on_popover_show), button);
  return button;
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
