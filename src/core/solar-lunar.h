/* solar-lunar.h: days of the Chinese lunar calendar, as Gregorian dates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The lunar years offered: those whose every month start the tests check against the Hong
 * Kong Observatory's tables (tests/data/hko-lunar-month-starts.txt). */
#define SOLAR_LUNAR_FIRST_YEAR 2020
#define SOLAR_LUNAR_LAST_YEAR  2035

#define SOLAR_LUNAR_ERROR (solar_lunar_error_quark ())

typedef enum
{
  SOLAR_LUNAR_ERROR_YEAR,   /* outside the years offered */
  SOLAR_LUNAR_ERROR_DATE,   /* no such month or day that year */
} SolarLunarError;

GQuark   solar_lunar_error_quark   (void);
gboolean solar_lunar_to_gregorian  (guint     lunar_year,
                                    guint     month,
                                    guint     day,
                                    gboolean  leap_month,
                                    GDate    *date,
                                    GError  **error);

G_END_DECLS
