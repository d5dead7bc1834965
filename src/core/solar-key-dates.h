/* solar-key-dates.h: China's marketing calendar: key dates, sales openings and statutory
 * holidays, from data/json/key-dates.json
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "solar-citation.h"
#include "solar-problem.h"
#include "solar-text.h"

G_BEGIN_DECLS

#define SOLAR_KEY_DATES_ERROR (solar_key_dates_error_quark ())

typedef enum
{
  SOLAR_KEY_DATES_ERROR_YEAR,   /* outside the years the calendar is checked for */
} SolarKeyDatesError;

typedef enum
{
  SOLAR_KEY_DATE_GREGORIAN,   /* the same day every year (8 March) */
  SOLAR_KEY_DATE_LUNAR,       /* a day of the lunar calendar (1/1), another day each year */
  SOLAR_KEY_DATE_OPENING,     /* the day a platform opens a festival's sales: announced yearly */
} SolarKeyDateRule;

/* One year's sales opening, as a source reported it. */
typedef struct
{
  GDate          date;
  int            presale;    /* TRUE, FALSE, or -1 when the source does not say */
  SolarCitation  source;
} SolarKeyDateOpening;

typedef struct
{
  char             *id;
  SolarText        *name;
  SolarKeyDateRule  rule;
  guint             month;        /* GREGORIAN and LUNAR */
  guint             day;
  char             *festival_id;  /* OPENING: the key date whose sales open */
  GArray           *openings;     /* OPENING: of SolarKeyDateOpening, by date */
  SolarCitation     source;       /* where the rule comes from (not for OPENING: each opening's) */
  SolarText        *note;         /* what it means for marketers */
  SolarCitation     note_source;
} SolarKeyDate;

/* A key date on its day in a given year. */
typedef struct
{
  GDate                      date;
  const SolarKeyDate        *key_date;
  const SolarKeyDateOpening *opening;   /* OPENING only */
} SolarKeyDateDay;

/* A statutory holiday as the State Council announced it: days off, and the weekend days
 * worked instead (调休). */
typedef struct
{
  char          *id;             /* "spring-festival": what the checks name it by */
  SolarText     *name;
  GDate          first_day;
  GDate          last_day;
  GArray        *working_days;   /* of GDate */
  SolarCitation  source;
} SolarHoliday;

typedef enum
{
  SOLAR_DATE_CHECK_HOLIDAY,   /* a milestone in a statutory holiday's days off */
  SOLAR_DATE_CHECK_OPENING,   /* a festival's campaign starting after its sales opened */
  SOLAR_DATE_CHECK_BOOKED_LATE, /* a festival's KOLs still to publish once KOLs are hard to book */
} SolarDateCheckKind;

/* A check that knows the calendar, with its message and source (key-dates.json "checks"). */
typedef struct
{
  char               *id;
  SolarDateCheckKind  kind;
  char               *target;     /* HOLIDAY: a holiday's id; OPENING: an opening's key date;
                                   * BOOKED_LATE: the festival's key date */
  guint               late_month; /* BOOKED_LATE: from this day of the festival's year, KOLs */
  guint               late_day;   /* are hard to book */
  SolarSeverity       severity;
  SolarText          *message;    /* with {placeholders}: see docs/key-dates-format.md */
  SolarCitation       source;
} SolarDateCheck;

#define SOLAR_TYPE_KEY_DATES (solar_key_dates_get_type ())

G_DECLARE_FINAL_TYPE (SolarKeyDates, solar_key_dates, SOLAR, KEY_DATES, GObject)

GQuark              solar_key_dates_error_quark  (void);
SolarKeyDates      *solar_key_dates_new_from_bytes (GBytes         *bytes,
                                                    const char     *file_name,
                                                    GError        **error);
SolarKeyDates      *solar_key_dates_load_default (GError         **error);
SolarKeyDates      *solar_key_dates_get_default  (GError        **error);
guint               solar_key_dates_get_n_key_dates (SolarKeyDates *self);
const SolarKeyDate *solar_key_dates_get_key_date (SolarKeyDates  *self,
                                                  guint           index);
const SolarKeyDate *solar_key_dates_find         (SolarKeyDates  *self,
                                                  const char     *id);
gboolean            solar_key_dates_get_day      (SolarKeyDates  *self,
                                                  const SolarKeyDate *key_date,
                                                  guint           year,
                                                  SolarKeyDateDay *day,
                                                  GError        **error);
GArray             *solar_key_dates_list         (SolarKeyDates  *self,
                                                  guint           first_year,
                                                  guint           last_year,
                                                  GError        **error);
GArray             *solar_key_dates_list_between (SolarKeyDates *self,
                                                  const GDate    *first,
                                                  const GDate    *last);
char               *solar_key_dates_describe_day (const SolarKeyDateDay *day);
GPtrArray          *solar_key_dates_get_holidays (SolarKeyDates  *self,
                                                  guint           year);
GPtrArray          *solar_key_dates_holidays_between (SolarKeyDates *self,
                                                      const GDate   *first,
                                                      const GDate   *last);
guint               solar_key_dates_get_n_checks (SolarKeyDates  *self);
const SolarDateCheck *solar_key_dates_get_check  (SolarKeyDates  *self,
                                                  guint           index);

G_END_DECLS
