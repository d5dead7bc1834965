/* solar-lunar.c: days of the Chinese lunar calendar, as Gregorian dates
 *
 * The Spring Festival (the first day of the first lunar month), the Dragon Boat Festival,
 * Qixi and Mid-Autumn move every year. They come from liblunar-date, a maintained GObject
 * library Debian ships, not from a table of our own. ICU's Chinese calendar was measured
 * first and put the Spring Festivals of 2027 and 2030 a day away from the Hong Kong
 * Observatory's tables (their new moons fall minutes from Beijing midnight), and ICU 78
 * changed what its extended year means (docs/key-dates-sources.md).
 *
 * Only the years the tests check are offered: tests/test-lunar.c asks for the first day of
 * every lunar month from 2020 to 2035 and compares it with the Observatory's own tables.
 * Where libraries and tables disagree, the published calendar wins; a year is added to the
 * range when its table is added to the test's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-lunar"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <lunar-date/lunar-date.h>
#include <stdio.h>

#include "solar-lunar.h"

G_DEFINE_QUARK (solar-lunar-error-quark, solar_lunar_error)

/* One date object for the process, made on first use and kept: lunar_date_new() reads the
 * library's holiday tables each time, and lunar_date_free() has meant different things in
 * different releases (3.0.1 leaves the object itself behind; later ones also free in
 * finalize what it frees). Calls may come from the threads plans are read in. */
static GMutex lunar_lock;
static LunarDate *lunar_date;

/* The lunar day @date falls on, read back: liblunar-date carries a day 30 of a 29-day month
 * (or a leap month the year lacks) over into the next, so what it found is checked. The
 * lower-case lunar fields are plain numbers, a leap month marked with "*". */
static gboolean
reads_back (GDate    *date,
            guint     lunar_year,
            guint     month,
            guint     day,
            gboolean  leap_month)
{
  g_autofree char *expected = g_strdup_printf ("%u %s%u %u", lunar_year, leap_month ? "*" : "", month, day);
  g_autofree char *found = NULL;
  g_autoptr(GError) error = NULL;

  lunar_date_set_solar_date (lunar_date, g_date_get_year (date), g_date_get_month (date),
                             g_date_get_day (date), 0, &error);
  if (error != NULL)
    return FALSE;
  found = lunar_date_strftime (lunar_date, "%(nian) %(yue) %(ri)");
  return g_str_equal (found, expected);
}

/* Called with lunar_lock held. */
static gboolean
find_gregorian (guint     lunar_year,
                guint     month,
                guint     day,
                gboolean  leap_month,
                GDate    *date)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *numbers = NULL;
  guint year, gregorian_month, gregorian_day;

  if (lunar_date == NULL)
    lunar_date = lunar_date_new ();
  lunar_date_set_lunar_date (lunar_date, lunar_year, month, day, 0, leap_month, &error);
  if (error != NULL)
    return FALSE;
  /* The lower-case fields are the Gregorian date, as plain numbers in any locale. */
  numbers = lunar_date_strftime (lunar_date, "%(year) %(month) %(day)");
  if (sscanf (numbers, "%u %u %u", &year, &gregorian_month, &gregorian_day) != 3 ||
      !g_date_valid_dmy (gregorian_day, gregorian_month, year))
    return FALSE;
  g_date_clear (date, 1);
  g_date_set_dmy (date, gregorian_day, gregorian_month, year);
  return reads_back (date, lunar_year, month, day, leap_month);
}

/**
 * solar_lunar_to_gregorian:
 * @lunar_year: the lunar year, named by the Gregorian year it starts in
 * @month: 1 to 12
 * @day: 1 to 30
 * @leap_month: the leap month that follows @month, where the year has one
 * @date: set to the Gregorian date
 *
 * Returns: %TRUE, or %FALSE with @error set: a year outside %SOLAR_LUNAR_FIRST_YEAR to
 *   %SOLAR_LUNAR_LAST_YEAR, or a day the year does not have
 */
gboolean
solar_lunar_to_gregorian (guint     lunar_year,
                          guint     month,
                          guint     day,
                          gboolean  leap_month,
                          GDate    *date,
                          GError  **error)
{
  gboolean found;

  g_return_val_if_fail (date != NULL, FALSE);

  if (lunar_year < SOLAR_LUNAR_FIRST_YEAR || lunar_year > SOLAR_LUNAR_LAST_YEAR)
    {
      g_set_error (error, SOLAR_LUNAR_ERROR, SOLAR_LUNAR_ERROR_YEAR,
                   /* TRANSLATORS: only years checked against a published calendar */
                   _("Lunar dates are known here for %d to %d, the years checked against the "
                     "Hong Kong Observatory's calendar; %u is not among them"),
                   SOLAR_LUNAR_FIRST_YEAR, SOLAR_LUNAR_LAST_YEAR, lunar_year);
      return FALSE;
    }
  if (month < 1 || month > 12 || day < 1 || day > 30)
    {
      g_set_error (error, SOLAR_LUNAR_ERROR, SOLAR_LUNAR_ERROR_DATE,
                   _("There is no lunar month %u, day %u"), month, day);
      return FALSE;
    }

  g_mutex_lock (&lunar_lock);
  found = find_gregorian (lunar_year, month, day, leap_month, date);
  g_mutex_unlock (&lunar_lock);
  if (found)
    return TRUE;

  if (leap_month)
    g_set_error (error, SOLAR_LUNAR_ERROR, SOLAR_LUNAR_ERROR_DATE,
                 _("The lunar year %u has no day %u in a leap month after month %u"),
                 lunar_year, day, month);
  else
    g_set_error (error, SOLAR_LUNAR_ERROR, SOLAR_LUNAR_ERROR_DATE,
                 _("The lunar year %u has no day %u in month %u"), lunar_year, day, month);
  return FALSE;
}
