/* solar-key-dates.c: China's marketing calendar, read from data/json/key-dates.json
 *
 * Three kinds of day. Fixed days (Women's Day on 8 March, Double 11) fall on the same
 * Gregorian date every year. Lunar festivals (the Spring Festival on the first day of the
 * first month) move every year and are found by solar-lunar.c, which the tests hold to the
 * Hong Kong Observatory's tables. Sales openings (the day Tmall opens Double 11) are
 * announced by the platforms each year: only the years a source reported are known, and a
 * year without one is "not known", never guessed. Beside them, the statutory holidays and
 * their make-up working days (调休), as the State Council announced them, year by year.
 *
 * The file is ours, so it is read strictly, like rules.json: unknown members are errors,
 * every rule and every marketing note cites its source (solar-citation.c), every date is a
 * date, and an opening must come before the festival it opens.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-key-dates"

#include "config.h"

#include <glib/gi18n.h>

#include <string.h>

#include "solar-json.h"
#include "solar-key-dates.h"
#include "solar-lunar.h"
#include "solar-plan-checks.h"

#define KEY_DATES_FORMAT   "social-solar-key-dates"
#define KEY_DATES_RESOURCE "/io/github/socialsolar/SocialSolar/data/key-dates.json"

struct _SolarKeyDates
{
  GObject     parent_instance;

  GPtrArray  *key_dates;   /* of SolarKeyDate, in the file's order */
  GHashTable *holidays;    /* year → GPtrArray of SolarHoliday */
  GPtrArray  *checks;      /* of SolarDateCheck */
};

G_DEFINE_FINAL_TYPE (SolarKeyDates, solar_key_dates, G_TYPE_OBJECT)

G_DEFINE_QUARK (solar-key-dates-error-quark, solar_key_dates_error)

static void
key_date_free (SolarKeyDate *key_date)
{
  g_free (key_date->id);
  solar_text_free (key_date->name);
  g_free (key_date->festival_id);
  g_clear_pointer (&key_date->openings, g_array_unref);
  solar_citation_clear (&key_date->source);
  solar_text_free (key_date->note);
  solar_citation_clear (&key_date->note_source);
  g_free (key_date);
}

static void
opening_clear (SolarKeyDateOpening *opening)
{
  solar_citation_clear (&opening->source);
}

static void
holiday_free (SolarHoliday *holiday)
{
  g_free (holiday->id);
  solar_text_free (holiday->name);
  g_clear_pointer (&holiday->working_days, g_array_unref);
  solar_citation_clear (&holiday->source);
  g_free (holiday);
}

static void
check_free (SolarDateCheck *check)
{
  g_free (check->id);
  g_free (check->target);
  solar_text_free (check->message);
  solar_citation_clear (&check->source);
  g_free (check);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SolarKeyDate, key_date_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SolarDateCheck, check_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SolarHoliday, holiday_free)

static void
solar_key_dates_finalize (GObject *object)
{
  SolarKeyDates *self = SOLAR_KEY_DATES (object);

  g_clear_pointer (&self->key_dates, g_ptr_array_unref);
  g_clear_pointer (&self->holidays, g_hash_table_unref);
  g_clear_pointer (&self->checks, g_ptr_array_unref);
  G_OBJECT_CLASS (solar_key_dates_parent_class)->finalize (object);
}

static void
solar_key_dates_class_init (SolarKeyDatesClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = solar_key_dates_finalize;
}

static void
solar_key_dates_init (SolarKeyDates *self)
{
  self->key_dates = g_ptr_array_new_with_free_func ((GDestroyNotify)key_date_free);
  self->holidays = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify)g_ptr_array_unref);
  self->checks = g_ptr_array_new_with_free_func ((GDestroyNotify)check_free);
}

/* The years
 * =========
 */

static gboolean
check_year (guint    year,
            GError **error)
{
  if (year >= SOLAR_LUNAR_FIRST_YEAR && year <= SOLAR_LUNAR_LAST_YEAR)
    return TRUE;
  g_set_error (error, SOLAR_KEY_DATES_ERROR, SOLAR_KEY_DATES_ERROR_YEAR,
               /* TRANSLATORS: the first two numbers are years (2020 to 2035), the last one
                * the year asked for */
               _("The marketing calendar covers %d to %d, the years its lunar dates are checked "
                 "for against the Hong Kong Observatory's tables; %u is not among them"),
               SOLAR_LUNAR_FIRST_YEAR, SOLAR_LUNAR_LAST_YEAR, year);
  return FALSE;
}

/* The day of @key_date (fixed or lunar) in the Gregorian @year. */
static gboolean
find_day (const SolarKeyDate  *key_date,
          guint                year,
          GDate               *date,
          GError             **error)
{
  if (key_date->rule == SOLAR_KEY_DATE_GREGORIAN)
    {
      g_date_clear (date, 1);
      g_date_set_dmy (date, key_date->day, key_date->month, year);
      return TRUE;
    }
  /* A festival in the first eight lunar months falls in the Gregorian year its lunar year
   * begins in; one late in the lunar year may fall in January of the next. */
  if (!solar_lunar_to_gregorian (year, key_date->month, key_date->day, FALSE, date, error))
    return FALSE;
  if (g_date_get_year (date) != year)
    return solar_lunar_to_gregorian (year - 1, key_date->month, key_date->day, FALSE, date,
                                     error);
  return TRUE;
}

/* Reading the file
 * ================
 */

typedef struct
{
  const char *file;
  JsonArray  *sources;
} Reader;

static gboolean
read_whole_number (Reader      *reader,
                   JsonObject  *object,
                   const char  *member,
                   guint        low,
                   guint        high,
                   const char  *path,
                   guint       *value,
                   GError     **error)
{
  double number;

  if (!solar_json_get_number (object, member, TRUE, reader->file, path, &number, error))
    return FALSE;
  if (number != (guint)number || number < low || number > high)
    {
      solar_json_set_member_error (error, SOLAR_JSON_ERROR_VALUE, reader->file, path, member,
                                   "expected a whole number from %u to %u, got %g", low, high,
                                   number);
      return FALSE;
    }
  *value = (guint)number;
  return TRUE;
}

static gboolean
parse_date (Reader      *reader,
            const char  *text,
            const char  *path,
            GDate       *date,
            GError     **error)
{
  if (solar_plan_parse_date (text, date))
    return TRUE;
  solar_json_set_error (error, SOLAR_JSON_ERROR_VALUE, reader->file, path,
                        "“%s” is not a date; expected YYYY-MM-DD", text);
  return FALSE;
}

static gboolean
read_date (Reader      *reader,
           JsonObject  *object,
           const char  *member,
           const char  *path,
           GDate       *date,
           GError     **error)
{
  g_autofree char *date_path = solar_json_path_member (path, member);
  const char *text;

  return solar_json_get_string (object, member, TRUE, reader->file, path, &text, error) &&
         parse_date (reader, text, date_path, date, error);
}

/* Names are shown in both languages: the Chinese one is not optional here. */
static gboolean
read_name (Reader       *reader,
           JsonObject   *object,
           const char   *path,
           SolarText   **name,
           GError      **error)
{
  if (!solar_json_get_text (object, "name", TRUE, reader->file, path, name, error))
    return FALSE;
  if ((*name)->zh == NULL)
    {
      g_autofree char *name_path = solar_json_path_member (path, "name");

      solar_json_set_member_error (error, SOLAR_JSON_ERROR_MISSING, reader->file, name_path,
                                   "zh", "give the Chinese name too");
      return FALSE;
    }
  return TRUE;
}

/* {"month": 3, "day": 8}: a day every year has (not 29 February), or any lunar day. */
static gboolean
read_month_day (Reader        *reader,
                SolarKeyDate  *key_date,
                JsonObject    *object,
                const char    *member,
                const char    *path,
                GError       **error)
{
  g_autofree char *rule_path = solar_json_path_member (path, member);
  static const char * const members[] = { "month", "day", NULL };
  gboolean lunar = key_date->rule == SOLAR_KEY_DATE_LUNAR;
  JsonObject *rule = solar_json_get_object (object, member, TRUE, reader->file, path, error);

  if (rule == NULL ||
      !solar_json_check_members (rule, members, reader->file, rule_path, error) ||
      !read_whole_number (reader, rule, "month", 1, 12, rule_path, &key_date->month, error) ||
      !read_whole_number (reader, rule, "day", 1, lunar ? 30 : 31, rule_path, &key_date->day,
                          error))
    return FALSE;
  if (!lunar && key_date->day > g_date_get_days_in_month (key_date->month, 2023))
    {
      solar_json_set_member_error (error, SOLAR_JSON_ERROR_VALUE, reader->file, rule_path, "day",
                                   "month %u has no day %u every year", key_date->month,
                                   key_date->day);
      return FALSE;
    }
  return TRUE;
}

static int
compare_openings (gconstpointer a,
                  gconstpointer b)
{
  return g_date_compare (&((const SolarKeyDateOpening *)a)->date,
                         &((const SolarKeyDateOpening *)b)->date);
}

static gboolean
read_opening (Reader               *reader,
              JsonObject           *object,
              const char           *path,
              SolarKeyDateOpening  *opening,
              GError              **error)
{
  static const char * const members[] = { "date", "presale", "source", NULL };
  g_autofree char *date_path = solar_json_path_member (path, "date");

  opening->presale = -1;
  if (!solar_json_check_members (object, members, reader->file, path, error) ||
      !read_date (reader, object, "date", path, &opening->date, error))
    return FALSE;
  if (!check_year (g_date_get_year (&opening->date), NULL))
    {
      solar_json_set_error (error, SOLAR_JSON_ERROR_VALUE, reader->file, date_path,
                            "the calendar covers %d to %d", SOLAR_LUNAR_FIRST_YEAR,
                            SOLAR_LUNAR_LAST_YEAR);
      return FALSE;
    }
  if (json_object_has_member (object, "presale"))
    {
      JsonNode *node = json_object_get_member (object, "presale");

      if (json_node_get_value_type (node) != G_TYPE_BOOLEAN)
        {
          solar_json_set_member_error (error, SOLAR_JSON_ERROR_TYPE, reader->file, path,
                                       "presale", "expected true or false, got %s",
                                       solar_json_describe_node (node));
          return FALSE;
        }
      opening->presale = json_node_get_boolean (node);
    }
  return solar_citation_read (reader->sources, object, "source", reader->file, path,
                              &opening->source, error);
}

/* The years a platform's opening day is known, each with its source, at most one a year. */
static gboolean
read_openings (Reader        *reader,
               SolarKeyDate  *key_date,
               JsonObject    *object,
               const char    *path,
               GError       **error)
{
  g_autofree char *array_path = solar_json_path_member (path, "openings");
  JsonArray *array = solar_json_get_array (object, "openings", TRUE, reader->file, path, error);

  if (array == NULL)
    return FALSE;
  if (json_array_get_length (array) == 0)
    {
      solar_json_set_error (error, SOLAR_JSON_ERROR_MISSING, reader->file, array_path,
                            "give at least one year's opening with its source");
      return FALSE;
    }
  key_date->openings = g_array_new (FALSE, TRUE, sizeof (SolarKeyDateOpening));
  g_array_set_clear_func (key_date->openings, (GDestroyNotify)opening_clear);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *element_path = solar_json_path_index (array_path, i);
      JsonObject *element = solar_json_array_get_object (array, i, reader->file, array_path, error);
      SolarKeyDateOpening opening = { { 0 } };

      if (element == NULL || !read_opening (reader, element, element_path, &opening, error))
        {
          opening_clear (&opening);
          return FALSE;
        }
      for (guint j = 0; j < key_date->openings->len; j++)
        if (g_date_get_year (&g_array_index (key_date->openings, SolarKeyDateOpening, j).date) ==
            g_date_get_year (&opening.date))
          {
            g_autofree char *date_path = solar_json_path_member (element_path, "date");

            solar_json_set_error (error, SOLAR_JSON_ERROR_DUPLICATE, reader->file, date_path,
                                  "another opening is in %u; give one a year",
                                  g_date_get_year (&opening.date));
            opening_clear (&opening);
            return FALSE;
          }
      g_array_append_val (key_date->openings, opening);
    }
  g_array_sort (key_date->openings, compare_openings);
  return TRUE;
}

static SolarKeyDate *
read_key_date (Reader      *reader,
               JsonObject  *object,
               const char  *path,
               GHashTable  *ids,
               GError     **error)
{
  static const char * const members[] = { "id", "name", "gregorian", "lunar", "opens_before",
                                          "openings", "source", "note", "note_source", NULL };
  static const char * const rules[] = { "gregorian", "lunar", "opens_before", NULL };
  g_autoptr(SolarKeyDate) key_date = g_new0 (SolarKeyDate, 1);
  g_autofree char *id_path = solar_json_path_member (path, "id");
  const char *id, *rule = NULL, *festival_id;

  if (!solar_json_check_members (object, members, reader->file, path, error) ||
      !solar_json_get_string (object, "id", TRUE, reader->file, path, &id, error) ||
      !solar_json_check_id (id, FALSE, reader->file, id_path, error))
    return NULL;
  if (g_hash_table_contains (ids, id))
    {
      solar_json_set_error (error, SOLAR_JSON_ERROR_DUPLICATE, reader->file, id_path,
                            "another key date has the id “%s”", id);
      return NULL;
    }
  key_date->id = g_strdup (id);

  for (guint i = 0; rules[i] != NULL; i++)
    if (json_object_has_member (object, rules[i]))
      {
        if (rule != NULL)
          {
            solar_json_set_member_error (error, SOLAR_JSON_ERROR_VALUE, reader->file, path,
                                         rules[i], "a key date has one rule; “%s” is given too",
                                         rule);
            return NULL;
          }
        rule = rules[i];
      }
  if (rule == NULL)
    {
      solar_json_set_error (error, SOLAR_JSON_ERROR_MISSING, reader->file, path,
                            "say how the date is found: “gregorian”, “lunar” or “opens_before”");
      return NULL;
    }

  if (!read_name (reader, object, path, &key_date->name, error))
    return NULL;
  if (g_str_equal (rule, "opens_before"))
    {
      key_date->rule = SOLAR_KEY_DATE_OPENING;
      if (json_object_has_member (object, "source"))
        {
          solar_json_set_member_error (error, SOLAR_JSON_ERROR_VALUE, reader->file, path,
                                       "source", "each opening cites its own source");
          return NULL;
        }
      if (!solar_json_get_string (object, "opens_before", TRUE, reader->file, path, &festival_id,
                                  error) ||
          !read_openings (reader, key_date, object, path, error))
        return NULL;
      key_date->festival_id = g_strdup (festival_id);
    }
  else
    {
      key_date->rule = g_str_equal (rule, "lunar") ? SOLAR_KEY_DATE_LUNAR : SOLAR_KEY_DATE_GREGORIAN;
      if (json_object_has_member (object, "openings"))
        {
          solar_json_set_member_error (error, SOLAR_JSON_ERROR_VALUE, reader->file, path,
                                       "openings", "only a key date with “opens_before” has "
                                       "openings");
          return NULL;
        }
      if (!read_month_day (reader, key_date, object, rule, path, error) ||
          !solar_citation_read (reader->sources, object, "source", reader->file, path,
                                &key_date->source, error))
        return NULL;
    }

  if (!solar_json_get_text (object, "note", TRUE, reader->file, path, &key_date->note, error) ||
      !solar_citation_read (reader->sources, object, "note_source", reader->file, path,
                            &key_date->note_source, error))
    return NULL;
  return g_steal_pointer (&key_date);
}

/* An opening names a fixed or lunar key date of this file, and falls before it. */
static gboolean
check_openings (SolarKeyDates  *self,
                Reader         *reader,
                GError        **error)
{
  for (guint i = 0; i < self->key_dates->len; i++)
    {
      SolarKeyDate *key_date = g_ptr_array_index (self->key_dates, i);
      g_autofree char *path = solar_json_path_index ("$.key_dates", i);
      const SolarKeyDate *festival;

      if (key_date->rule != SOLAR_KEY_DATE_OPENING)
        continue;
      festival = solar_key_dates_find (self, key_date->festival_id);
      if (festival == NULL || festival->rule == SOLAR_KEY_DATE_OPENING)
        {
          g_autofree char *member_path = solar_json_path_member (path, "opens_before");

          solar_json_set_error (error, SOLAR_JSON_ERROR_REFERENCE, reader->file, member_path,
                                "no fixed or lunar key date has the id “%s”",
                                key_date->festival_id);
          return FALSE;
        }
      for (guint j = 0; j < key_date->openings->len; j++)
        {
          SolarKeyDateOpening *opening = &g_array_index (key_date->openings, SolarKeyDateOpening, j);
          GDate day;

          if (!find_day (festival, g_date_get_year (&opening->date), &day, error))
            return FALSE;
          if (g_date_compare (&opening->date, &day) >= 0)
            {
              g_autofree char *openings_path = solar_json_path_member (path, "openings");
              char opens[16], festival_day[16];

              g_date_strftime (opens, sizeof opens, "%Y-%m-%d", &opening->date);
              g_date_strftime (festival_day, sizeof festival_day, "%Y-%m-%d", &day);
              solar_json_set_error (error, SOLAR_JSON_ERROR_VALUE, reader->file, openings_path,
                                    "the opening on %s is not before “%s” (%s)", opens,
                                    festival->id, festival_day);
              return FALSE;
            }
        }
    }
  return TRUE;
}

static gboolean
read_key_dates (SolarKeyDates  *self,
                Reader         *reader,
                JsonObject     *root,
                GError        **error)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  JsonArray *array = solar_json_get_array (root, "key_dates", TRUE, reader->file, "$", error);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *path = solar_json_path_index ("$.key_dates", i);
      JsonObject *object = solar_json_array_get_object (array, i, reader->file, "$.key_dates",
                                                        error);
      SolarKeyDate *key_date = object != NULL ? read_key_date (reader, object, path, ids, error)
                                              : NULL;

      if (key_date == NULL)
        return FALSE;
      g_ptr_array_add (self->key_dates, key_date);
      g_hash_table_add (ids, key_date->id);
    }
  return array != NULL && check_openings (self, reader, error);
}

static gboolean
is_within (const GDate *date,
           const GDate *first,
           const GDate *last)
{
  return g_date_compare (date, first) >= 0 && g_date_compare (date, last) <= 0;
}

static SolarHoliday *
read_holiday (Reader      *reader,
              JsonObject  *object,
              guint        year,
              const char  *path,
              GError     **error)
{
  static const char * const members[] = { "id", "name", "from", "to", "working_days", "source",
                                          NULL };
  g_autofree char *id_path = solar_json_path_member (path, "id");
  g_autofree char *to_path = solar_json_path_member (path, "to");
  g_autofree char *from_path = solar_json_path_member (path, "from");
  g_autofree char *days_path = solar_json_path_member (path, "working_days");
  g_autoptr(SolarHoliday) holiday = g_new0 (SolarHoliday, 1);
  JsonArray *days;

  const char *id;

  holiday->working_days = g_array_new (FALSE, TRUE, sizeof (GDate));
  if (!solar_json_check_members (object, members, reader->file, path, error) ||
      !solar_json_get_string (object, "id", TRUE, reader->file, path, &id, error) ||
      !solar_json_check_id (id, FALSE, reader->file, id_path, error))
    return NULL;
  holiday->id = g_strdup (id);
  if (!read_name (reader, object, path, &holiday->name, error) ||
      !read_date (reader, object, "from", path, &holiday->first_day, error) ||
      !read_date (reader, object, "to", path, &holiday->last_day, error) ||
      (days = solar_json_get_array (object, "working_days", TRUE, reader->file, path, error)) == NULL)
    return NULL;
  if (g_date_get_year (&holiday->first_day) != year)
    {
      solar_json_set_error (error, SOLAR_JSON_ERROR_VALUE, reader->file, from_path,
                            "a holiday of %u begins in %u", year, year);
      return NULL;
    }
  if (g_date_compare (&holiday->last_day, &holiday->first_day) < 0)
    {
      solar_json_set_error (error, SOLAR_JSON_ERROR_VALUE, reader->file, to_path,
                            "the last day off comes before the first (“from”)");
      return NULL;
    }
  for (guint i = 0; i < json_array_get_length (days); i++)
    {
      g_autofree char *day_path = solar_json_path_index (days_path, i);
      JsonNode *node = json_array_get_element (days, i);
      GDate day;

      if (json_node_get_value_type (node) != G_TYPE_STRING)
        {
          solar_json_set_error (error, SOLAR_JSON_ERROR_TYPE, reader->file, day_path,
                                "expected a date YYYY-MM-DD, got %s", solar_json_describe_node (node));
          return NULL;
        }
      if (!parse_date (reader, json_node_get_string (node), day_path, &day, error))
        return NULL;
      /* A make-up day for New Year's Day can fall in the last days of the year before. */
      if (g_date_get_year (&day) != year && g_date_get_year (&day) + 1u != year)
        {
          solar_json_set_error (error, SOLAR_JSON_ERROR_VALUE, reader->file, day_path,
                                "a working day for a holiday of %u falls in %u or the year before",
                                year, year);
          return NULL;
        }
      if (is_within (&day, &holiday->first_day, &holiday->last_day))
        {
          solar_json_set_error (error, SOLAR_JSON_ERROR_VALUE, reader->file, day_path,
                                "a working day cannot be one of the days off");
          return NULL;
        }
      g_array_append_val (holiday->working_days, day);
    }
  if (!solar_citation_read (reader->sources, object, "source", reader->file, path,
                            &holiday->source, error))
    return NULL;
  return g_steal_pointer (&holiday);
}

static int
compare_holidays (gconstpointer a,
                  gconstpointer b)
{
  return g_date_compare (&(*(SolarHoliday * const *)a)->first_day,
                         &(*(SolarHoliday * const *)b)->first_day);
}

/* One announced year: its holidays, none overlapping another. */
static gboolean
read_holiday_year (SolarKeyDates  *self,
                   Reader         *reader,
                   JsonObject     *object,
                   const char     *path,
                   GError        **error)
{
  static const char * const members[] = { "year", "periods", NULL };
  g_autofree char *periods_path = solar_json_path_member (path, "periods");
  g_autoptr(GPtrArray) holidays = g_ptr_array_new_with_free_func ((GDestroyNotify)holiday_free);
  JsonArray *periods;
  guint year;

  if (!solar_json_check_members (object, members, reader->file, path, error) ||
      !read_whole_number (reader, object, "year", SOLAR_LUNAR_FIRST_YEAR, SOLAR_LUNAR_LAST_YEAR,
                          path, &year, error) ||
      (periods = solar_json_get_array (object, "periods", TRUE, reader->file, path, error)) == NULL)
    return FALSE;
  if (g_hash_table_contains (self->holidays, GUINT_TO_POINTER (year)))
    {
      solar_json_set_member_error (error, SOLAR_JSON_ERROR_DUPLICATE, reader->file, path, "year",
                                   "%u is announced twice", year);
      return FALSE;
    }
  for (guint i = 0; i < json_array_get_length (periods); i++)
    {
      g_autofree char *element_path = solar_json_path_index (periods_path, i);
      JsonObject *element = solar_json_array_get_object (periods, i, reader->file, periods_path,
                                                         error);
      SolarHoliday *holiday = element != NULL
        ? read_holiday (reader, element, year, element_path, error) : NULL;

      if (holiday == NULL)
        return FALSE;
      for (guint j = 0; j < holidays->len; j++)
        {
          SolarHoliday *other = g_ptr_array_index (holidays, j);

          if (g_date_compare (&holiday->first_day, &other->last_day) <= 0 &&
              g_date_compare (&other->first_day, &holiday->last_day) <= 0)
            {
              g_autofree char *from_path = solar_json_path_member (element_path, "from");

              solar_json_set_error (error, SOLAR_JSON_ERROR_VALUE, reader->file, from_path,
                                    "these days off overlap those of %s", other->name->en);
              holiday_free (holiday);
              return FALSE;
            }
        }
      g_ptr_array_add (holidays, holiday);
    }
  g_ptr_array_sort (holidays, compare_holidays);
  g_hash_table_insert (self->holidays, GUINT_TO_POINTER (year), g_steal_pointer (&holidays));
  return TRUE;
}

static gboolean
read_holidays (SolarKeyDates  *self,
               Reader         *reader,
               JsonObject     *root,
               GError        **error)
{
  JsonArray *array = solar_json_get_array (root, "holidays", TRUE, reader->file, "$", error);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *path = solar_json_path_index ("$.holidays", i);
      JsonObject *object = solar_json_array_get_object (array, i, reader->file, "$.holidays",
                                                        error);

      if (object == NULL || !read_holiday_year (self, reader, object, path, error))
        return FALSE;
    }
  return array != NULL;
}

/* The checks
 * ==========
 */

static gboolean
holiday_exists (SolarKeyDates *self,
                const char    *id)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->holidays);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      GPtrArray *holidays = value;

      for (guint i = 0; i < holidays->len; i++)
        if (g_str_equal (((SolarHoliday *)g_ptr_array_index (holidays, i))->id, id))
          return TRUE;
    }
  return FALSE;
}

/* A message may use only the placeholders its kind of check fills. */
static gboolean
check_placeholders (Reader              *reader,
                    const char          *text,
                    const char * const  *allowed,
                    const char          *path,
                    GError             **error)
{
  g_autofree char *bad = solar_text_find_bad_placeholder (text, allowed);
  g_autofree char *choices = NULL;

  if (bad == NULL)
    return TRUE;
  choices = g_strjoinv ("}, {", (char **)allowed);
  solar_json_set_error (error, SOLAR_JSON_ERROR_VALUE, reader->file, path,
                        "this check cannot fill {%s}; it fills {%s}", bad, choices);
  return FALSE;
}

/* What each kind of check names and fills: its target's member, and its placeholders. */
typedef struct
{
  const char         *name;
  SolarDateCheckKind  kind;
  const char         *target_member;
  const char * const *fills;
} CheckKind;

static const CheckKind check_kinds[] = {
  { "milestone-during-holiday", SOLAR_DATE_CHECK_HOLIDAY, "holiday",
    (const char * const[]) { "name", "date", "first", "last", NULL } },
  { "start-after-opening", SOLAR_DATE_CHECK_OPENING, "opening",
    (const char * const[]) { "opening", "date", "start", NULL } },
  { "kols-booked-late", SOLAR_DATE_CHECK_BOOKED_LATE, "key_date",
    (const char * const[]) { "festival", "date", "late", "count", NULL } },
};

/* Whether @target names what a check of @kind is about. */
static gboolean
check_target_exists (SolarKeyDates      *self,
                     const CheckKind    *kind,
                     const char         *target)
{
  const SolarKeyDate *key_date = solar_key_dates_find (self, target);

  switch (kind->kind)
    {
    case SOLAR_DATE_CHECK_HOLIDAY:
      return holiday_exists (self, target);
    case SOLAR_DATE_CHECK_OPENING:
      return key_date != NULL && key_date->rule == SOLAR_KEY_DATE_OPENING;
    case SOLAR_DATE_CHECK_BOOKED_LATE:
      return key_date != NULL && key_date->rule != SOLAR_KEY_DATE_OPENING;
    default:
      g_assert_not_reached ();
    }
}

/* "10-01": a day of the year, MM-DD. */
static gboolean
read_day_of_year (Reader      *reader,
                JsonObject  *object,
                const char  *member,
                const char  *path,
                guint       *month,
                guint       *day,
                GError     **error)
{
  const char *text;

  if (!solar_json_get_string (object, member, TRUE, reader->file, path, &text, error))
    return FALSE;
  if (strlen (text) != 5 || !g_ascii_isdigit (text[0]) || !g_ascii_isdigit (text[1]) || text[2] != '-' ||
      !g_ascii_isdigit (text[3]) || !g_ascii_isdigit (text[4]) ||
      !g_date_valid_dmy ((GDateDay)g_ascii_strtoull (text + 3, NULL, 10),
                         (GDateMonth)g_ascii_strtoull (text, NULL, 10), 2023))
    {
      solar_json_set_member_error (error, SOLAR_JSON_ERROR_VALUE, reader->file, path, member,
                                   "“%s” is not a day of every year as MM-DD, such as 10-01", text);
      return FALSE;
    }
  *month = (guint)g_ascii_strtoull (text, NULL, 10);
  *day = (guint)g_ascii_strtoull (text + 3, NULL, 10);
  return TRUE;
}

static SolarDateCheck *
read_check (SolarKeyDates  *self,
            Reader         *reader,
            JsonObject     *object,
            const char     *path,
            GHashTable     *ids,
            GError        **error)
{
  static const char * const members[] = { "id", "kind", "holiday", "opening", "key_date", "late_from",
                                          "severity", "message", "source", NULL };
  const char *kinds[G_N_ELEMENTS (check_kinds) + 1] = { NULL };
  static const char * const severities[] = { "warning", "error", NULL };
  g_autoptr(SolarDateCheck) check = g_new0 (SolarDateCheck, 1);
  g_autofree char *id_path = solar_json_path_member (path, "id");
  g_autofree char *message_path = solar_json_path_member (path, "message");
  g_autofree char *en_path = solar_json_path_member (message_path, "en");
  g_autofree char *zh_path = solar_json_path_member (message_path, "zh");
  const CheckKind *kind;
  const char *id, *target;
  guint kind_index, severity;

  /* The names the file may use, in the table's order: the index found is the table's. */
  for (guint i = 0; i < G_N_ELEMENTS (check_kinds); i++)
    kinds[i] = check_kinds[i].name;

  if (!solar_json_check_members (object, members, reader->file, path, error) ||
      !solar_json_get_string (object, "id", TRUE, reader->file, path, &id, error) ||
      !solar_json_check_id (id, FALSE, reader->file, id_path, error))
    return NULL;
  if (g_hash_table_contains (ids, id))
    {
      solar_json_set_error (error, SOLAR_JSON_ERROR_DUPLICATE, reader->file, id_path,
                            "another check has the id “%s”", id);
      return NULL;
    }
  check->id = g_strdup (id);
  if (!solar_json_get_enum (object, "kind", kinds, reader->file, path, &kind_index, error) ||
      !solar_json_get_enum (object, "severity", severities, reader->file, path, &severity, error))
    return NULL;
  kind = &check_kinds[kind_index];
  check->kind = kind->kind;
  check->severity = severity == 0 ? SOLAR_SEVERITY_WARNING : SOLAR_SEVERITY_ERROR;

  /* One target, the one its kind names; "late_from" only where it means something. */
  for (guint i = 0; i < G_N_ELEMENTS (check_kinds); i++)
    if (&check_kinds[i] != kind && json_object_has_member (object, check_kinds[i].target_member))
      {
        solar_json_set_member_error (error, SOLAR_JSON_ERROR_VALUE, reader->file, path,
                                     check_kinds[i].target_member,
                                     "a check of this kind names a “%s”", kind->target_member);
        return NULL;
      }
  if (kind->kind != SOLAR_DATE_CHECK_BOOKED_LATE && json_object_has_member (object, "late_from"))
    {
      solar_json_set_member_error (error, SOLAR_JSON_ERROR_VALUE, reader->file, path, "late_from",
                                   "only a “kols-booked-late” check has a day KOLs are late from");
      return NULL;
    }
  if (!solar_json_get_string (object, kind->target_member, TRUE, reader->file, path, &target, error))
    return NULL;
  if (!check_target_exists (self, kind, target))
    {
      g_autofree char *target_path = solar_json_path_member (path, kind->target_member);

      if (kind->kind == SOLAR_DATE_CHECK_HOLIDAY)
        solar_json_set_error (error, SOLAR_JSON_ERROR_REFERENCE, reader->file, target_path,
                              "no holiday in “holidays” has the id “%s”", target);
      else if (kind->kind == SOLAR_DATE_CHECK_OPENING)
        solar_json_set_error (error, SOLAR_JSON_ERROR_REFERENCE, reader->file, target_path,
                              "no key date with “opens_before” has the id “%s”", target);
      else
        solar_json_set_error (error, SOLAR_JSON_ERROR_REFERENCE, reader->file, target_path,
                              "no fixed or lunar key date has the id “%s”", target);
      return NULL;
    }
  check->target = g_strdup (target);
  if (kind->kind == SOLAR_DATE_CHECK_BOOKED_LATE &&
      !read_day_of_year (reader, object, "late_from", path, &check->late_month, &check->late_day, error))
    return NULL;

  if (!solar_json_get_text (object, "message", TRUE, reader->file, path, &check->message, error))
    return NULL;
  if (check->message->zh == NULL)
    {
      solar_json_set_error (error, SOLAR_JSON_ERROR_MISSING, reader->file, zh_path,
                            "give the message in Chinese too");
      return NULL;
    }
  if (!check_placeholders (reader, check->message->en, kind->fills, en_path, error) ||
      !check_placeholders (reader, check->message->zh, kind->fills, zh_path, error) ||
      !solar_citation_read (reader->sources, object, "source", reader->file, path, &check->source,
                            error))
    return NULL;
  return g_steal_pointer (&check);
}

static gboolean
read_checks (SolarKeyDates  *self,
             Reader         *reader,
             JsonObject     *root,
             GError        **error)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  JsonArray *array = solar_json_get_array (root, "checks", TRUE, reader->file, "$", error);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *path = solar_json_path_index ("$.checks", i);
      JsonObject *object = solar_json_array_get_object (array, i, reader->file, "$.checks", error);
      SolarDateCheck *check = object != NULL ? read_check (self, reader, object, path, ids, error)
                                             : NULL;

      if (check == NULL)
        return FALSE;
      g_ptr_array_add (self->checks, check);
      g_hash_table_add (ids, check->id);
    }
  return array != NULL;
}

static gboolean
read_header (Reader      *reader,
             JsonNode    *node,
             GError     **error)
{
  static const char * const members[] = { "format", "version", "sources", "key_dates",
                                          "holidays", "checks", NULL };
  JsonObject *root;
  const char *format;
  double version;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      solar_json_set_error (error, SOLAR_JSON_ERROR_TYPE, reader->file, "$", "expected an object");
      return FALSE;
    }
  root = json_node_get_object (node);
  if (!solar_json_check_members (root, members, reader->file, "$", error) ||
      !solar_json_get_string (root, "format", TRUE, reader->file, "$", &format, error) ||
      !solar_json_get_number (root, "version", TRUE, reader->file, "$", &version, error))
    return FALSE;
  if (!g_str_equal (format, KEY_DATES_FORMAT) || version != 1)
    {
      solar_json_set_error (error, SOLAR_JSON_ERROR_FORMAT, reader->file, "$",
                            "expected format “%s” version 1, got “%s” version %g",
                            KEY_DATES_FORMAT, format, version);
      return FALSE;
    }
  return TRUE;
}

/**
 * solar_key_dates_new_from_bytes:
 * @file_name: the name to report errors with
 *
 * Returns: (transfer full) (nullable): the calendar, or %NULL with @error set to the
 *   file's first problem and its JSON path
 */
SolarKeyDates *
solar_key_dates_new_from_bytes (GBytes      *bytes,
                                const char  *file_name,
                                GError     **error)
{
  g_autoptr(SolarKeyDates) self = g_object_new (SOLAR_TYPE_KEY_DATES, NULL);
  g_autoptr(JsonNode) node = solar_json_parse (bytes, file_name, error);
  Reader reader = { file_name };
  JsonObject *root;

  if (node == NULL || !read_header (&reader, node, error))
    return NULL;
  root = json_node_get_object (node);
  if ((reader.sources = solar_citation_read_sources (root, file_name, error)) == NULL ||
      !read_key_dates (self, &reader, root, error) ||
      !read_holidays (self, &reader, root, error) ||
      !read_checks (self, &reader, root, error))
    return NULL;
  return g_steal_pointer (&self);
}

/**
 * solar_key_dates_load_default:
 *
 * Returns: (transfer full) (nullable): the calendar shipped with the app
 */
SolarKeyDates *
solar_key_dates_load_default (GError **error)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (KEY_DATES_RESOURCE, 0, error);

  if (bytes == NULL)
    return NULL;
  return solar_key_dates_new_from_bytes (bytes, "key-dates.json", error);
}

/**
 * solar_key_dates_get_default:
 * @error: (nullable): set if the shipped calendar does not read (a bug the tests catch)
 *
 * The calendar shipped with the app, read once for the whole process: the rules' checks,
 * every plan's timeline and date picker, the brief and its calendar file share it.
 *
 * Returns: (transfer none) (nullable): the calendar, or %NULL with @error set
 */
SolarKeyDates *
solar_key_dates_get_default (GError **error)
{
  static SolarKeyDates *key_dates;
  static GError *load_error;
  static gsize loaded;

  if (g_once_init_enter (&loaded))
    {
      key_dates = solar_key_dates_load_default (&load_error);
      g_once_init_leave (&loaded, 1);
    }
  if (key_dates == NULL && error != NULL)
    *error = g_error_copy (load_error);
  return key_dates;
}

/* Asking the calendar
 * ===================
 */

guint
solar_key_dates_get_n_key_dates (SolarKeyDates *self)
{
  g_return_val_if_fail (SOLAR_IS_KEY_DATES (self), 0);
  return self->key_dates->len;
}

const SolarKeyDate *
solar_key_dates_get_key_date (SolarKeyDates *self,
                              guint          index)
{
  g_return_val_if_fail (SOLAR_IS_KEY_DATES (self), NULL);
  g_return_val_if_fail (index < self->key_dates->len, NULL);
  return g_ptr_array_index (self->key_dates, index);
}

const SolarKeyDate *
solar_key_dates_find (SolarKeyDates *self,
                      const char    *id)
{
  g_return_val_if_fail (SOLAR_IS_KEY_DATES (self), NULL);

  for (guint i = 0; i < self->key_dates->len; i++)
    {
      SolarKeyDate *key_date = g_ptr_array_index (self->key_dates, i);

      if (g_str_equal (key_date->id, id))
        return key_date;
    }
  return NULL;
}

/**
 * solar_key_dates_get_day:
 * @day: (out caller-allocates): the key date on its day in @year
 *
 * A sales opening is known only for the years a source reported it: for another year
 * this returns %FALSE without setting @error.
 *
 * Returns: whether @key_date has a known day in @year; %FALSE with @error set if @year is
 *   outside the calendar
 */
gboolean
solar_key_dates_get_day (SolarKeyDates       *self,
                         const SolarKeyDate  *key_date,
                         guint                year,
                         SolarKeyDateDay     *day,
                         GError             **error)
{
  g_return_val_if_fail (SOLAR_IS_KEY_DATES (self), FALSE);

  if (!check_year (year, error))
    return FALSE;
  *day = (SolarKeyDateDay) { .key_date = key_date };
  if (key_date->rule != SOLAR_KEY_DATE_OPENING)
    return find_day (key_date, year, &day->date, error);

  for (guint i = 0; i < key_date->openings->len; i++)
    {
      const SolarKeyDateOpening *opening = &g_array_index (key_date->openings,
                                                           SolarKeyDateOpening, i);

      if (g_date_get_year (&opening->date) == year)
        {
          day->date = opening->date;
          day->opening = opening;
          return TRUE;
        }
    }
  return FALSE;
}

static int
compare_days (gconstpointer a,
              gconstpointer b)
{
  return g_date_compare (&((const SolarKeyDateDay *)a)->date, &((const SolarKeyDateDay *)b)->date);
}

/**
 * solar_key_dates_list:
 *
 * Returns: (transfer full) (nullable): every key date with a known day in the years
 *   @first_year to @last_year, of #SolarKeyDateDay sorted by date (the file's order on the
 *   same day), or %NULL with @error set if a year is outside the calendar
 */
GArray *
solar_key_dates_list (SolarKeyDates  *self,
                      guint           first_year,
                      guint           last_year,
                      GError        **error)
{
  g_autoptr(GArray) days = g_array_new (FALSE, FALSE, sizeof (SolarKeyDateDay));

  g_return_val_if_fail (SOLAR_IS_KEY_DATES (self), NULL);
  g_return_val_if_fail (first_year <= last_year, NULL);

  if (!check_year (first_year, error) || !check_year (last_year, error))
    return NULL;
  for (guint year = first_year; year <= last_year; year++)
    for (guint i = 0; i < self->key_dates->len; i++)
      {
        SolarKeyDateDay day;
        g_autoptr(GError) local_error = NULL;

        if (solar_key_dates_get_day (self, g_ptr_array_index (self->key_dates, i), year, &day,
                                     &local_error))
          g_array_append_val (days, day);
        else if (local_error != NULL)
          {
            g_propagate_error (error, g_steal_pointer (&local_error));
            return NULL;
          }
      }
  /* g_array_sort is stable (GLib 2.32 on): on the same day, the file's order holds. */
  g_array_sort (days, compare_days);
  return g_steal_pointer (&days);
}

/**
 * solar_key_dates_list_between:
 * @first: the first day, included
 * @last: the last day, included
 *
 * The key dates that fall from @first to @last, in the years the calendar covers (days in
 * other years are left out, not an error: a timeline may reach past 2035).
 *
 * Returns: (transfer full): of #SolarKeyDateDay, by date
 */
GArray *
solar_key_dates_list_between (SolarKeyDates *self,
                              const GDate   *first,
                              const GDate   *last)
{
  guint first_year, last_year;
  g_autoptr(GArray) days = NULL;
  GArray *between = g_array_new (FALSE, FALSE, sizeof (SolarKeyDateDay));

  g_return_val_if_fail (SOLAR_IS_KEY_DATES (self), between);
  g_return_val_if_fail (g_date_valid (first) && g_date_valid (last), between);

  first_year = MAX ((guint)g_date_get_year (first), (guint)SOLAR_LUNAR_FIRST_YEAR);
  last_year = MIN ((guint)g_date_get_year (last), (guint)SOLAR_LUNAR_LAST_YEAR);
  if (first_year > last_year ||
      (days = solar_key_dates_list (self, first_year, last_year, NULL)) == NULL)
    return between;
  for (guint i = 0; i < days->len; i++)
    {
      SolarKeyDateDay *day = &g_array_index (days, SolarKeyDateDay, i);

      if (g_date_compare (&day->date, first) >= 0 && g_date_compare (&day->date, last) <= 0)
        g_array_append_val (between, *day);
    }
  return between;
}

/**
 * solar_key_dates_holidays_between:
 * @first: the first day, included
 * @last: the last day, included
 *
 * The statutory holidays with a day off from @first to @last, whichever year's notice
 * announced them (the next year's New Year's Day holiday may begin on 31 December).
 *
 * Returns: (transfer container): of #SolarHoliday, by date
 */
GPtrArray *
solar_key_dates_holidays_between (SolarKeyDates *self,
                                  const GDate   *first,
                                  const GDate   *last)
{
  GPtrArray *between = g_ptr_array_new ();

  g_return_val_if_fail (SOLAR_IS_KEY_DATES (self), between);
  g_return_val_if_fail (g_date_valid (first) && g_date_valid (last), between);

  for (guint year = g_date_get_year (first); year <= (guint)g_date_get_year (last) + 1; year++)
    {
      GPtrArray *holidays = solar_key_dates_get_holidays (self, year);

      for (guint i = 0; holidays != NULL && i < holidays->len; i++)
        {
          SolarHoliday *holiday = g_ptr_array_index (holidays, i);

          if (g_date_compare (&holiday->last_day, first) >= 0 &&
              g_date_compare (&holiday->first_day, last) <= 0)
            g_ptr_array_add (between, holiday);
        }
    }
  return between;
}

/**
 * solar_key_dates_describe_day:
 * @day: a key date on its day
 *
 * What a tooltip or a calendar event says of a key date: its note for marketers, where the
 * note comes from, and where its day comes from (the rule's source, or that year's
 * opening's), each with the words it rests on; once if both are the very same citation.
 *
 * Returns: (transfer full): one line each
 */
char *
solar_key_dates_describe_day (const SolarKeyDateDay *day)
{
  const SolarKeyDate *key_date = day->key_date;
  const SolarCitation *day_source = key_date->rule == SOLAR_KEY_DATE_OPENING && day->opening != NULL
                                      ? &day->opening->source : &key_date->source;
  g_autofree char *note_cited = solar_citation_describe (&key_date->note_source);
  g_autofree char *day_cited = solar_citation_describe (day_source);

  if (g_str_equal (note_cited, day_cited))
    return g_strdup_printf ("%s\n%s", solar_text_get (key_date->note), note_cited);
  return g_strdup_printf ("%s\n%s\n%s", solar_text_get (key_date->note), note_cited, day_cited);
}

/**
 * solar_key_dates_get_holidays:
 *
 * Returns: (transfer none) (nullable): the statutory holidays of @year, of #SolarHoliday
 *   by date, or %NULL if the data holds no announcement for @year (not yet announced, or
 *   announced after this release)
 */
GPtrArray *
solar_key_dates_get_holidays (SolarKeyDates *self,
                              guint          year)
{
  g_return_val_if_fail (SOLAR_IS_KEY_DATES (self), NULL);
  return g_hash_table_lookup (self->holidays, GUINT_TO_POINTER (year));
}

guint
solar_key_dates_get_n_checks (SolarKeyDates *self)
{
  g_return_val_if_fail (SOLAR_IS_KEY_DATES (self), 0);
  return self->checks->len;
}

const SolarDateCheck *
solar_key_dates_get_check (SolarKeyDates *self,
                           guint          index)
{
  g_return_val_if_fail (SOLAR_IS_KEY_DATES (self), NULL);
  g_return_val_if_fail (index < self->checks->len, NULL);
  return g_ptr_array_index (self->checks, index);
}
