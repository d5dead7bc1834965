/* solar-dataset-reader.c: platforms.json and landscape.json, read into a SolarDataset
 *
 * The loader trusts nothing in the files: every member is type-checked, every id checked for
 * uniqueness and every reference resolved, and the first problem is reported with the file
 * name and the JSON path of the offending member, so a data editor knows exactly what to fix.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-dataset"

#include "config.h"

#include <math.h>
#include <stdio.h>

#include <string.h>

#include "solar-dataset-private.h"
#include "solar-figures-pack-private.h"
#include "solar-json.h"
#include "solar-model-private.h"

/* What one file's reader needs to know while it walks the tree. */
typedef struct
{
  SolarDataset *dataset;
  const char   *file;
  GHashTable   *sources;         /* id → Source, from platforms.json, used by both files */
  GHashTable   *figures_by_id;   /* id → SolarFigure (borrowed), of the platform being read */
  JsonArray    *citation_sources; /* platforms.json's "sources", for items' and platforms' "cite" */
  const char   *sources_file;    /* where "sources" is, if not platforms.json (a figures pack) */
} Reader;

static const char * const tier_names[] = { "core", "derivative", "not-in-report", NULL };
/* The index is one less than the SolarMeasure value: "unspecified" is the member left out. */
static const char * const measure_names[] = {
  "monthly-active-users", "daily-active-users", "subscribers", NULL
};
static const char * const unit_names[] = { "people", "percent", "minutes-per-day", "count", NULL };
static const char * const item_kind_names[] = {
  "function", "content", "lever", "format", "tip", NULL
};
/* Levers only, so no "none": the index is one less than the SolarChannel value. */
static const char * const channel_names[] = { "owned", "earned", "paid", NULL };
static const char * const tribe_kind_names[] = { "interest", "subculture", NULL };

/* A published source: the report has a title; a later figure's source its publisher, URL
 * and date too. */
typedef struct
{
  char *title;
  char *publisher;   /* nullable */
  char *url;         /* nullable */
  char *date;        /* nullable */
} Source;

static void
source_free (Source *source)
{
  g_free (source->title);
  g_free (source->publisher);
  g_free (source->url);
  g_free (source->date);
  g_free (source);
}

/* A localised text: {"en": "…", "zh": "…"}, English required. */
static gboolean
read_text (Reader      *reader,
           JsonObject  *object,
           const char  *member,
           gboolean     required,
           const char  *path,
           SolarText  **text,
           GError     **error)
{
  return solar_json_get_text (object, member, required, reader->file, path, text, error);
}

static gboolean
read_id (Reader      *reader,
         JsonObject  *object,
         gboolean     dotted,
         const char  *path,
         const char **id,
         GError     **error)
{
  g_autofree char *id_path = solar_json_path_member (path, "id");

  return solar_json_get_string (object, "id", TRUE, reader->file, path, id, error) &&
         solar_json_check_id (*id, dotted, reader->file, id_path, error);
}

static gboolean
read_non_negative (Reader      *reader,
                   JsonObject  *object,
                   const char  *member,
                   const char  *path,
                   double      *value,
                   GError     **error)
{
  if (!solar_json_get_number (object, member, TRUE, reader->file, path, value, error))
    return FALSE;

  if (*value < 0)
    {
      solar_json_set_member_error (error, SOLAR_JSON_ERROR_VALUE, reader->file, path, member,
                                   "expected a number of zero or more, got %g", *value);
      return FALSE;
    }
  return TRUE;
}

/* The source an object's "source" names, from "sources". */
static Source *
find_source (Reader      *reader,
             JsonObject  *object,
             const char  *path,
             const char **source_id,
             GError     **error)
{
  Source *source;

  if (!solar_json_get_string (object, "source", TRUE, reader->file, path, source_id, error))
    return NULL;

  source = g_hash_table_lookup (reader->sources, *source_id);
  if (source == NULL)
    solar_json_set_member_error (error, SOLAR_JSON_ERROR_REFERENCE, reader->file, path, "source",
                                 "no source has the id “%s”; add it to “sources” in %s",
                                 *source_id, reader->sources_file != NULL ? reader->sources_file
                                                                          : "platforms.json");
  return source;
}

static gboolean
read_source (Reader      *reader,
             JsonObject  *object,
             const char  *path,
             char       **title,
             GError     **error)
{
  const char *source_id;
  Source *source = find_source (reader, object, path, &source_id, error);

  if (source == NULL)
    return FALSE;
  *title = g_strdup (source->title);
  return TRUE;
}

static gboolean
is_valid_date (const char *date)
{
  int year = 0, month = 1, day = 1;

  /* G_REGEX_DOLLAR_ENDONLY: a plain "$" would also accept a trailing newline. */
  if (!g_regex_match_simple ("^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$", date, G_REGEX_DOLLAR_ENDONLY, 0))
    return FALSE;

  sscanf (date, "%4d-%2d-%2d", &year, &month, &day);
  return g_date_valid_dmy (day, month, year);
}

static gboolean
read_as_of (Reader      *reader,
            JsonObject  *object,
            const char  *path,
            char       **as_of,
            GError     **error)
{
  JsonNode *member = json_object_get_member (object, "as_of");
  const char *text;

  /* null: the source gives the figure no date (most of the report's), which is said so
   * rather than given the report's year. */
  if (member != NULL && JSON_NODE_HOLDS_NULL (member))
    {
      *as_of = NULL;
      return TRUE;
    }
  if (!solar_json_get_string (object, "as_of", TRUE, reader->file, path, &text, error))
    return FALSE;

  if (!is_valid_date (text))
    {
      solar_json_set_member_error (error, SOLAR_JSON_ERROR_VALUE, reader->file, path, "as_of",
                                   "expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got “%s”",
                                   text);
      return FALSE;
    }

  *as_of = g_strdup (text);
  return TRUE;
}

static gboolean
read_color (Reader      *reader,
            JsonObject  *object,
            const char  *path,
            SolarColor  *color,
            GError     **error)
{
  const char *text;
  guint rgb;

  if (!solar_json_get_string (object, "color", TRUE, reader->file, path, &text, error))
    return FALSE;

  if (!g_regex_match_simple ("^#[0-9a-fA-F]{6}$", text, G_REGEX_DOLLAR_ENDONLY, 0))
    {
      solar_json_set_member_error (error, SOLAR_JSON_ERROR_VALUE, reader->file, path, "color",
                                   "expected a colour as #rrggbb, got “%s”", text);
      return FALSE;
    }

  rgb = (guint)g_ascii_strtoull (text + 1, NULL, 16);
  color->red = ((rgb >> 16) & 0xff) / 255.0;
  color->green = ((rgb >> 8) & 0xff) / 255.0;
  color->blue = (rgb & 0xff) / 255.0;
  return TRUE;
}

/* Calls @read_element for each object of the array @member, with its JSON path. */
typedef gboolean (*ReadElement) (Reader      *reader,
                                 JsonObject  *element,
                                 const char  *path,
                                 gpointer     user_data,
                                 GError     **error);

static gboolean
read_array (Reader      *reader,
            JsonObject  *object,
            const char  *member,
            gboolean     required,
            const char  *path,
            ReadElement  read_element,
            gpointer     user_data,
            GError     **error)
{
  g_autofree char *array_path = solar_json_path_member (path, member);
  JsonArray *array;

  array = solar_json_get_array (object, member, required, reader->file, path, error);
  if (array == NULL)
    return error == NULL || *error == NULL;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *element_path = solar_json_path_index (array_path, i);
      JsonObject *element;

      element = solar_json_array_get_object (array, i, reader->file, array_path, error);
      if (element == NULL || !read_element (reader, element, element_path, user_data, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
set_duplicate_error (Reader      *reader,
                     const char  *path,
                     const char  *what,
                     const char  *id,
                     GError     **error)
{
  solar_json_set_member_error (error, SOLAR_JSON_ERROR_DUPLICATE, reader->file, path, "id",
                               "%s id “%s” is used twice; ids must be unique", what, id);
  return FALSE;
}

/* Each kind of id has a table of the ids read so far, to which a reader adds an element's id
 * once the element is complete: the dataset's lookup tables for platforms and items, the
 * reader's own for the rest. Tiers, a fixed set, are checked by their slot instead. */
static gboolean
check_unique (Reader      *reader,
              GHashTable  *ids,
              const char  *what,
              const char  *id,
              const char  *path,
              GError     **error)
{
  if (g_hash_table_contains (ids, id))
    return set_duplicate_error (reader, path, what, id, error);
  return TRUE;
}

/* @user_data: TRUE where every source is a later one (a figures pack's), which needs its
 * publisher, URL and date: said at the source, not at each figure citing it. */
static gboolean
read_source_entry (Reader      *reader,
                   JsonObject  *element,
                   const char  *path,
                   gpointer     user_data,
                   GError     **error)
{
  gboolean complete = GPOINTER_TO_INT (user_data);
  const char *id, *title, *publisher = NULL, *url = NULL, *date = NULL;
  Source *source;

  if (!read_id (reader, element, FALSE, path, &id, error) ||
      !solar_json_get_string (element, "title", TRUE, reader->file, path, &title, error) ||
      !solar_json_get_string (element, "publisher", complete, reader->file, path, &publisher, error) ||
      !solar_json_get_string (element, "url", complete, reader->file, path, &url, error) ||
      !solar_json_get_string (element, "date", complete, reader->file, path, &date, error) ||
      !check_unique (reader, reader->sources, "source", id, path, error))
    return FALSE;

  source = g_new0 (Source, 1);
  source->title = g_strdup (title);
  source->publisher = g_strdup (publisher);
  source->url = g_strdup (url);
  source->date = g_strdup (date);
  g_hash_table_insert (reader->sources, g_strdup (id), source);
  return TRUE;
}

/* What a count of people counts, where the data says; @measure keeps its value otherwise. */
static gboolean
read_measure (Reader        *reader,
              JsonObject    *object,
              const char    *path,
              SolarMeasure  *measure,
              GError       **error)
{
  guint index;

  if (!json_object_has_member (object, "measure"))
    return TRUE;
  if (!solar_json_get_enum (object, "measure", measure_names, reader->file, path, &index, error))
    return FALSE;
  *measure = index + 1;
  return TRUE;
}

/* The words a source other than the report gives for a figure, required of it. */
static gboolean
read_quote (Reader      *reader,
            JsonObject  *object,
            const char  *path,
            const char **quote,
            GError     **error)
{
  if (!solar_json_get_string (object, "quote", TRUE, reader->file, path, quote, error))
    return FALSE;
  if (**quote == '\0')
    {
      solar_json_set_member_error (error, SOLAR_JSON_ERROR_VALUE, reader->file, path, "quote",
                                   "give the source's own words for the figure");
      return FALSE;
    }
  return TRUE;
}

/* A later figure of the same measure: from a source with its publisher and URL (not the
 * report), dated, after the figure before it, with the words it rests on. */
static gboolean
read_later_point (Reader      *reader,
                  JsonObject  *element,
                  const char  *path,
                  gpointer     user_data,
                  GError     **error)
{
  SolarFigure *figure = user_data;
  const SolarFigurePoint *previous = figure->later->len > 0
    ? g_ptr_array_index (figure->later, figure->later->len - 1) : NULL;
  const char *previous_as_of = previous != NULL ? previous->as_of : figure->as_of;
  SolarFigurePoint *point = g_new0 (SolarFigurePoint, 1);
  const char *source_id, *quote;
  Source *source;

  g_ptr_array_add (figure->later, point);
  point->measure = figure->measure;
  if (!read_non_negative (reader, element, "value", path, &point->value, error) ||
      !read_as_of (reader, element, path, &point->as_of, error) ||
      !read_measure (reader, element, path, &point->measure, error) ||
      !read_text (reader, element, "metric", FALSE, path, &point->metric, error) ||
      !read_quote (reader, element, path, &quote, error) ||
      !read_text (reader, element, "note", FALSE, path, &point->note, error))
    return FALSE;
  if (point->as_of == NULL)
    {
      solar_json_set_member_error (error, SOLAR_JSON_ERROR_VALUE, reader->file, path, "as_of",
                                   "a later figure says when it was true");
      return FALSE;
    }
  if (previous_as_of != NULL && strcmp (point->as_of, previous_as_of) <= 0)
    {
      solar_json_set_member_error (error, SOLAR_JSON_ERROR_VALUE, reader->file, path, "as_of",
                                   "“%s” is not after the figure before it (“%s”); give later "
                                   "figures oldest first", point->as_of, previous_as_of);
      return FALSE;
    }
  if ((source = find_source (reader, element, path, &source_id, error)) == NULL)
    return FALSE;
  if (source->publisher == NULL || source->url == NULL || source->date == NULL)
    {
      solar_json_set_member_error (error, SOLAR_JSON_ERROR_VALUE, reader->file, path, "source",
                                   "a later figure's source needs its publisher, URL and date; "
                                   "“%s” lacks one", source_id);
      return FALSE;
    }
  point->source = g_strdup_printf ("%s, %s, %s", source->title, source->publisher, source->date);
  point->url = g_strdup (source->url);
  point->quote = g_strdup (quote);
  return TRUE;
}

static gboolean
read_figure (Reader      *reader,
             JsonObject  *element,
             const char  *path,
             gpointer     user_data,
             GError     **error)
{
  SolarPlatform *platform = user_data;
  g_autoptr(SolarFigure) figure = g_object_new (SOLAR_TYPE_FIGURE, NULL);
  const char *id, *source_id, *quote;
  Source *source;
  guint unit;

  if (!read_id (reader, element, FALSE, path, &id, error) ||
      !read_text (reader, element, "label", TRUE, path, &figure->label, error) ||
      !read_non_negative (reader, element, "value", path, &figure->value, error) ||
      !solar_json_get_enum (element, "unit", unit_names, reader->file, path, &unit, error) ||
      !read_measure (reader, element, path, &figure->measure, error) ||
      !read_as_of (reader, element, path, &figure->as_of, error) ||
      (source = find_source (reader, element, path, &source_id, error)) == NULL)
    return FALSE;

  /* The report is the one source without an address; any other is quoted, as a later
   * figure is, and a platform the report does not cover has no figure from it. */
  figure->from_report = source->url == NULL;
  if (!figure->from_report)
    {
      if (source->publisher == NULL || source->date == NULL)
        {
          solar_json_set_member_error (error, SOLAR_JSON_ERROR_VALUE, reader->file, path, "source",
                                       "a figure's source other than the report needs its "
                                       "publisher, URL and date; “%s” lacks one", source_id);
          return FALSE;
        }
      if (!read_quote (reader, element, path, &quote, error))
        return FALSE;
      figure->source_title = g_strdup_printf ("%s, %s, %s", source->title, source->publisher,
                                              source->date);
      figure->quote = g_strdup (quote);
      figure->url = g_strdup (source->url);
    }
  else if (platform->tier == SOLAR_TIER_NOT_IN_REPORT)
    {
      solar_json_set_member_error (error, SOLAR_JSON_ERROR_VALUE, reader->file, path, "source",
                                   "“%s” is not in the report, so none of its figures can "
                                   "come from it; name the source the figure comes from",
                                   platform->id);
      return FALSE;
    }
  else
    figure->source_title = g_strdup (source->title);
  if (figure->measure != SOLAR_MEASURE_UNSPECIFIED && unit != SOLAR_UNIT_PEOPLE)
    {
      solar_json_set_member_error (error, SOLAR_JSON_ERROR_VALUE, reader->file, path, "measure",
                                   "only a count of people has a measure; this figure's unit "
                                   "is “%s”", unit_names[unit]);
      return FALSE;
    }

  if (!read_text (reader, element, "note", FALSE, path, &figure->note, error) ||
      !read_text (reader, element, "later_note", FALSE, path, &figure->later_note, error) ||
      !check_unique (reader, reader->figures_by_id, "figure", id, path, error))
    return FALSE;
  figure->later = g_ptr_array_new_with_free_func ((GDestroyNotify)solar_figure_point_free);
  if (!read_array (reader, element, "later", FALSE, path, read_later_point, figure, error))
    return FALSE;

  figure->id = g_strdup (id);
  figure->unit = unit;
  g_hash_table_insert (reader->figures_by_id, figure->id, figure);
  g_list_store_append (platform->figures, figure);
  return TRUE;
}

static gboolean
read_share (Reader      *reader,
            JsonObject  *element,
            const char  *path,
            gpointer     user_data,
            GError     **error)
{
  SolarAudience *audience = user_data;
  SolarShare *share = g_new0 (SolarShare, 1);
  const char *id;

  g_ptr_array_add (audience->split, share);
  if (!read_id (reader, element, FALSE, path, &id, error) ||
      !read_text (reader, element, "label", TRUE, path, &share->label, error) ||
      !read_non_negative (reader, element, "share", path, &share->share, error))
    return FALSE;

  share->id = g_strdup (id);
  return TRUE;
}

static gboolean
read_audience (Reader         *reader,
               JsonObject     *platform_object,
               const char     *platform_path,
               SolarAudience **audience_out,
               GError        **error)
{
  g_autofree char *path = solar_json_path_member (platform_path, "audience");
  SolarAudience *audience;
  JsonObject *object;
  double total = 0;

  object = solar_json_get_object (platform_object, "audience", FALSE, reader->file,
                                  platform_path, error);
  if (object == NULL)
    return error == NULL || *error == NULL;

  audience = *audience_out = g_new0 (SolarAudience, 1);
  audience->split = g_ptr_array_new_with_free_func ((GDestroyNotify)solar_share_free);

  if (!read_as_of (reader, object, path, &audience->as_of, error) ||
      !read_source (reader, object, path, &audience->source_title, error) ||
      !read_text (reader, object, "note", FALSE, path, &audience->note, error) ||
      !read_array (reader, object, "split", TRUE, path, read_share, audience, error))
    return FALSE;

  for (guint i = 0; i < audience->split->len; i++)
    total += ((SolarShare *)g_ptr_array_index (audience->split, i))->share;

  if (fabs (total - 100.0) > 0.1)
    {
      solar_json_set_member_error (error, SOLAR_JSON_ERROR_VALUE, reader->file, path, "split",
                                   "the shares add up to %g%%; expected 100%%", total);
      return FALSE;
    }
  return TRUE;
}

/* An optional array of strings: an item's tags, the ids it replaces. */
static gboolean
read_strings (Reader      *reader,
              JsonObject  *element,
              const char  *member,
              const char  *path,
              GStrv       *strings_out,
              GError     **error)
{
  g_autofree char *array_path = solar_json_path_member (path, member);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonArray *array;

  array = solar_json_get_array (element, member, FALSE, reader->file, path, error);
  if (array == NULL && error != NULL && *error != NULL)
    return FALSE;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        {
          g_autofree char *string_path = solar_json_path_index (array_path, i);

          solar_json_set_error (error, SOLAR_JSON_ERROR_TYPE, reader->file, string_path,
                                "expected a string");
          return FALSE;
        }
      g_strv_builder_add (builder, json_node_get_string (node));
    }

  *strings_out = g_strv_builder_end (builder);
  return TRUE;
}

/* The ids of items this one took the place of (two the report counts as one, merged): plans
 * that name them still find it. Each is an item id of the same platform, used by no other
 * item. */
static gboolean
read_replaces (Reader      *reader,
               JsonObject  *element,
               const char  *path,
               const char  *id,
               const char  *prefix,
               SolarItem   *item,
               GError     **error)
{
  g_autofree char *replaces_path = solar_json_path_member (path, "replaces");

  if (!read_strings (reader, element, "replaces", path, &item->replaces, error))
    return FALSE;
  for (guint i = 0; item->replaces[i] != NULL; i++)
    {
      g_autofree char *old_path = solar_json_path_index (replaces_path, i);

      if (!solar_json_check_id (item->replaces[i], TRUE, reader->file, old_path, error))
        return FALSE;
      if (!g_str_has_prefix (item->replaces[i], prefix))
        {
          solar_json_set_error (error, SOLAR_JSON_ERROR_VALUE, reader->file, old_path,
                                "an item replaces only items of its platform (ids starting “%s”)",
                                prefix);
          return FALSE;
        }
      if (g_str_equal (item->replaces[i], id) ||
          g_hash_table_contains (reader->dataset->items_by_id, item->replaces[i]) ||
          g_strv_contains ((const char * const *)item->replaces + i + 1, item->replaces[i]))
        {
          solar_json_set_error (error, SOLAR_JSON_ERROR_DUPLICATE, reader->file, old_path,
                                "item id “%s” is used twice; ids must be unique", item->replaces[i]);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
read_item (Reader      *reader,
           JsonObject  *element,
           const char  *path,
           gpointer     user_data,
           GError     **error)
{
  SolarPlatform *platform = user_data;
  g_autoptr(SolarItem) item = g_object_new (SOLAR_TYPE_ITEM, NULL);
  g_autofree char *prefix = g_strconcat (platform->id, ".", NULL);
  const char *id;
  guint kind;
  guint channel = SOLAR_CHANNEL_NONE;

  if (!read_id (reader, element, TRUE, path, &id, error) ||
      !solar_json_get_enum (element, "kind", item_kind_names, reader->file, path, &kind, error))
    return FALSE;

  if (!g_str_has_prefix (id, prefix))
    {
      solar_json_set_member_error (error, SOLAR_JSON_ERROR_VALUE, reader->file, path, "id",
                                   "item id “%s” must start with its platform's id, “%s”",
                                   id, prefix);
      return FALSE;
    }

  /* Only levers belong to an owned/earned/paid channel, and every lever does. */
  if (kind == SOLAR_ITEM_LEVER)
    {
      if (!solar_json_get_enum (element, "channel", channel_names, reader->file, path, &channel,
                                error))
        return FALSE;
      channel += SOLAR_CHANNEL_OWNED;
    }

  if (!read_text (reader, element, "title", TRUE, path, &item->title, error) ||
      !read_text (reader, element, "description", TRUE, path, &item->description, error) ||
      !read_strings (reader, element, "tags", path, &item->tags, error) ||
      !check_unique (reader, reader->dataset->items_by_id, "item", id, path, error) ||
      !read_replaces (reader, element, path, id, prefix, item, error))
    return FALSE;

  /* What the report says needs no citation; anything else does. */
  if (platform->tier == SOLAR_TIER_NOT_IN_REPORT || json_object_has_member (element, "cite"))
    {
      item->citation = g_new0 (SolarCitation, 1);
      if (!solar_citation_read (reader->citation_sources, element, "cite", reader->file, path,
                                item->citation, error))
        return FALSE;
    }

  item->id = g_strdup (id);
  item->platform_id = g_strdup (platform->id);
  item->kind = kind;
  item->channel = channel;
  g_hash_table_insert (reader->dataset->items_by_id, item->id, item);
  for (guint i = 0; item->replaces[i] != NULL; i++)
    g_hash_table_insert (reader->dataset->items_by_id, item->replaces[i], item);
  g_list_store_append (platform->items, item);
  return TRUE;
}

static gboolean
resolve_size_figure (Reader         *reader,
                     JsonObject     *element,
                     const char     *path,
                     SolarPlatform  *platform,
                     GError        **error)
{
  const char *figure_id;
  SolarFigure *figure;

  if (!solar_json_get_string (element, "size_figure", FALSE, reader->file, path, &figure_id,
                              error))
    return FALSE;
  if (figure_id == NULL)
    return TRUE;

  figure = g_hash_table_lookup (reader->figures_by_id, figure_id);
  if (figure == NULL || (figure->unit != SOLAR_UNIT_PEOPLE))
    {
      solar_json_set_member_error (error, SOLAR_JSON_ERROR_REFERENCE, reader->file, path,
                                   "size_figure",
                                   figure == NULL ? "no figure of this platform has the id “%s”"
                                                  : "figure “%s” does not count people, so it "
                                                    "cannot size the platform's body",
                                   figure_id);
      return FALSE;
    }

  platform->size_figure = g_object_ref (figure);
  return TRUE;
}

static gboolean
read_platform_citation (Reader      *reader,
                        JsonObject  *element,
                        const char  *path,
                        gpointer     user_data,
                        GError     **error)
{
  SolarPlatform *platform = user_data;
  SolarCitation citation = { 0 };

  if (!solar_citation_read_object (reader->citation_sources, element, reader->file, path,
                                   &citation, error))
    return FALSE;
  g_array_append_val (platform->citations, citation);
  return TRUE;
}

/* A platform the report does not cover says what its positioning and summary rest on
 * ("cites"); one it covers rests on the report, and citing anything else there would mix
 * the report's words with others' unseen. */
static gboolean
read_platform_citations (Reader         *reader,
                         JsonObject     *element,
                         const char     *path,
                         SolarPlatform  *platform,
                         GError        **error)
{
  gboolean in_report = platform->tier != SOLAR_TIER_NOT_IN_REPORT;

  if (in_report && json_object_has_member (element, "cites"))
    {
      solar_json_set_member_error (error, SOLAR_JSON_ERROR_VALUE, reader->file, path, "cites",
                                   "“%s” is in the report, which its summary comes from; "
                                   "give later facts as figures or items with their sources",
                                   platform->id);
      return FALSE;
    }
  if (!read_array (reader, element, "cites", !in_report, path, read_platform_citation, platform,
                   error))
    return FALSE;
  if (!in_report && platform->citations->len == 0)
    {
      solar_json_set_member_error (error, SOLAR_JSON_ERROR_MISSING, reader->file, path, "cites",
                                   "“%s” is not in the report: name at least one source its "
                                   "positioning and summary rest on", platform->id);
      return FALSE;
    }
  return TRUE;
}

/* The report's headings over a platform's functions are the report's words, so only a
 * platform it covers has them. */
static gboolean
read_function_headings (Reader         *reader,
                        JsonObject     *element,
                        const char     *path,
                        SolarPlatform  *platform,
                        GError        **error)
{
  if (!read_text (reader, element, "function_headings", FALSE, path,
                  &platform->function_headings, error))
    return FALSE;
  if (platform->function_headings != NULL && platform->tier == SOLAR_TIER_NOT_IN_REPORT)
    {
      solar_json_set_member_error (error, SOLAR_JSON_ERROR_VALUE, reader->file, path,
                                   "function_headings",
                                   "“%s” is not in the report, whose headings these are; "
                                   "remove them", platform->id);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_platform (Reader      *reader,
               JsonObject  *element,
               const char  *path,
               gpointer     user_data,
               GError     **error)
{
  g_autoptr(SolarPlatform) platform = g_object_new (SOLAR_TYPE_PLATFORM, NULL);
  const char *id;
  guint tier;

  if (!read_id (reader, element, FALSE, path, &id, error) ||
      !check_unique (reader, reader->dataset->platforms_by_id, "platform", id, path, error))
    return FALSE;
  platform->id = g_strdup (id);
  /* Figure ids are unique within their platform only. */
  g_hash_table_remove_all (reader->figures_by_id);

  if (!read_text (reader, element, "name", TRUE, path, &platform->name, error) ||
      !solar_json_get_enum (element, "tier", tier_names, reader->file, path, &tier, error))
    return FALSE;
  platform->tier = tier;
  if (!read_color (reader, element, path, &platform->color, error) ||
      !read_text (reader, element, "positioning", TRUE, path, &platform->positioning, error) ||
      !read_text (reader, element, "summary", TRUE, path, &platform->summary, error) ||
      !read_platform_citations (reader, element, path, platform, error) ||
      !read_function_headings (reader, element, path, platform, error) ||
      !read_array (reader, element, "figures", TRUE, path, read_figure, platform, error) ||
      !resolve_size_figure (reader, element, path, platform, error) ||
      !read_audience (reader, element, path, &platform->audience, error) ||
      !read_array (reader, element, "items", TRUE, path, read_item, platform, error))
    return FALSE;

  g_hash_table_insert (reader->dataset->platforms_by_id, platform->id, platform);
  g_list_store_append (reader->dataset->platforms, platform);
  return TRUE;
}

static gboolean
check_format (Reader      *reader,
              JsonObject  *root,
              const char  *expected_format,
              GError     **error)
{
  const char *format;
  double version;

  if (!solar_json_get_string (root, "format", TRUE, reader->file, "$", &format, error) ||
      !solar_json_get_number (root, "version", TRUE, reader->file, "$", &version, error))
    return FALSE;

  if (!g_str_equal (format, expected_format))
    {
      solar_json_set_error (error, SOLAR_JSON_ERROR_FORMAT, reader->file, "$.format",
                            "expected “%s”, got “%s”", expected_format, format);
      return FALSE;
    }
  if (version != 1)
    {
      solar_json_set_error (error, SOLAR_JSON_ERROR_FORMAT, reader->file, "$.version",
                            "version %g is not supported; this release reads version 1",
                            version);
      return FALSE;
    }
  return TRUE;
}

static JsonObject *
parse_root (Reader      *reader,
            GBytes      *bytes,
            JsonNode   **root_node,
            GError     **error)
{
  *root_node = solar_json_parse (bytes, reader->file, error);
  if (*root_node == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_OBJECT (*root_node))
    {
      solar_json_set_error (error, SOLAR_JSON_ERROR_TYPE, reader->file, "$",
                            "expected an object at the top level");
      return NULL;
    }
  return json_node_get_object (*root_node);
}

static gboolean
read_platforms_file (Reader      *reader,
                     GBytes      *bytes,
                     GError     **error)
{
  g_autoptr(JsonNode) root_node = NULL;
  JsonObject *root;
  gboolean read;

  if (!(root = parse_root (reader, bytes, &root_node, error)) ||
      !check_format (reader, root, "social-solar-platforms", error) ||
      !read_array (reader, root, "sources", TRUE, "$", read_source_entry, NULL, error) ||
      !(reader->citation_sources = solar_citation_read_sources (root, reader->file, error)))
    return FALSE;
  read = read_array (reader, root, "platforms", TRUE, "$", read_platform, NULL, error);
  /* It belongs to the document, freed on return. */
  reader->citation_sources = NULL;
  if (!read)
    return FALSE;

  if (g_list_model_get_n_items (G_LIST_MODEL (reader->dataset->platforms)) == 0)
    {
      solar_json_set_error (error, SOLAR_JSON_ERROR_VALUE, reader->file, "$.platforms",
                            "expected at least one platform");
      return FALSE;
    }
  return TRUE;
}

static gboolean
has_tier (SolarDataset *self,
          SolarTier     tier)
{
  GListModel *platforms = G_LIST_MODEL (self->platforms);

  for (guint i = 0; i < g_list_model_get_n_items (platforms); i++)
    {
      g_autoptr(SolarPlatform) platform = g_list_model_get_item (platforms, i);

      if (solar_platform_get_tier (platform) == tier)
        return TRUE;
    }
  return FALSE;
}

static gboolean
read_tier (Reader      *reader,
           JsonObject  *element,
           const char  *path,
           gpointer     user_data,
           GError     **error)
{
  SolarDataset *self = reader->dataset;
  guint tier;

  if (!solar_json_get_enum (element, "id", tier_names, reader->file, path, &tier, error))
    return FALSE;
  if (self->tier_names[tier] != NULL)
    return set_duplicate_error (reader, path, "tier", tier_names[tier], error);

  return read_text (reader, element, "name", TRUE, path, &self->tier_names[tier], error) &&
         read_text (reader, element, "description", TRUE, path,
                    &self->tier_descriptions[tier], error);
}

static gboolean
read_segment (Reader      *reader,
              JsonObject  *element,
              const char  *path,
              gpointer     user_data,
              GError     **error)
{
  g_autoptr(SolarSegment) segment = g_object_new (SOLAR_TYPE_SEGMENT, NULL);
  const char *id;

  if (!read_id (reader, element, FALSE, path, &id, error) ||
      !check_unique (reader, user_data, "creator segment", id, path, error) ||
      !read_text (reader, element, "name", TRUE, path, &segment->name, error) ||
      !read_text (reader, element, "description", TRUE, path, &segment->description, error) ||
      !read_non_negative (reader, element, "size", path, &segment->size, error) ||
      !read_source (reader, element, path, &segment->source_title, error))
    return FALSE;

  segment->id = g_strdup (id);
  g_hash_table_add (user_data, segment->id);
  g_list_store_append (reader->dataset->segments, segment);
  return TRUE;
}

static gboolean
read_trend (Reader      *reader,
            JsonObject  *element,
            const char  *path,
            gpointer     user_data,
            GError     **error)
{
  g_autoptr(SolarTrend) trend = g_object_new (SOLAR_TYPE_TREND, NULL);
  const char *id;

  if (!read_id (reader, element, FALSE, path, &id, error) ||
      !check_unique (reader, user_data, "trend", id, path, error) ||
      !read_text (reader, element, "title", TRUE, path, &trend->title, error) ||
      !read_text (reader, element, "description", TRUE, path, &trend->description, error))
    return FALSE;

  trend->id = g_strdup (id);
  g_hash_table_add (user_data, trend->id);
  g_list_store_append (reader->dataset->trends, trend);
  return TRUE;
}

static gboolean
read_tribe_platforms (Reader      *reader,
                      JsonObject  *element,
                      const char  *path,
                      SolarTribe  *tribe,
                      GError     **error)
{
  g_autofree char *platforms_path = solar_json_path_member (path, "platforms");
  JsonArray *array;

  array = solar_json_get_array (element, "platforms", TRUE, reader->file, path, error);
  if (array == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *element_path = solar_json_path_index (platforms_path, i);
      JsonNode *node = json_array_get_element (array, i);
      SolarPlatform *platform = NULL;
      guint position;

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        {
          solar_json_set_error (error, SOLAR_JSON_ERROR_TYPE, reader->file, element_path,
                                "expected a platform id as a string");
          return FALSE;
        }
      platform = g_hash_table_lookup (reader->dataset->platforms_by_id,
                                      json_node_get_string (node));
      if (platform == NULL)
        {
          solar_json_set_error (error, SOLAR_JSON_ERROR_REFERENCE, reader->file, element_path,
                                "no platform has the id “%s”; expected the id of a platform in "
                                "platforms.json", json_node_get_string (node));
          return FALSE;
        }

      position = solar_dataset_get_platform_index (reader->dataset, platform);
      g_array_append_val (tribe->platform_indices, position);
    }
  return TRUE;
}

static gboolean
read_tribe (Reader      *reader,
            JsonObject  *element,
            const char  *path,
            gpointer     user_data,
            GError     **error)
{
  g_autoptr(SolarTribe) tribe = g_object_new (SOLAR_TYPE_TRIBE, NULL);
  const char *id;
  guint kind;

  if (!read_id (reader, element, FALSE, path, &id, error) ||
      !check_unique (reader, user_data, "tribe", id, path, error) ||
      !solar_json_get_enum (element, "kind", tribe_kind_names, reader->file, path, &kind, error) ||
      !read_text (reader, element, "name", TRUE, path, &tribe->name, error) ||
      !read_text (reader, element, "description", TRUE, path, &tribe->description, error) ||
      !read_text (reader, element, "note", FALSE, path, &tribe->note, error) ||
      !read_tribe_platforms (reader, element, path, tribe, error))
    return FALSE;

  tribe->id = g_strdup (id);
  tribe->kind = kind;
  g_hash_table_add (user_data, tribe->id);
  g_list_store_append (reader->dataset->tribes, tribe);
  return TRUE;
}

static gboolean
read_landscape_file (Reader      *reader,
                     GBytes      *bytes,
                     GError     **error)
{
  /* Borrowed ids: the dataset's lists keep the objects, and so their ids, alive. */
  g_autoptr(GHashTable) segment_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) trend_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) tribe_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(JsonNode) root_node = NULL;
  SolarDataset *self = reader->dataset;
  JsonObject *root;

  if (!(root = parse_root (reader, bytes, &root_node, error)) ||
      !check_format (reader, root, "social-solar-landscape", error) ||
      !read_array (reader, root, "tiers", TRUE, "$", read_tier, NULL, error) ||
      !read_array (reader, root, "creator_segments", TRUE, "$", read_segment, segment_ids, error) ||
      !read_array (reader, root, "trends", TRUE, "$", read_trend, trend_ids, error) ||
      !read_array (reader, root, "tribes", TRUE, "$", read_tribe, tribe_ids, error))
    return FALSE;

  /* Platforms are read first, so a tier no platform has need not be described. */
  for (guint tier = 0; tier < G_N_ELEMENTS (self->tier_names); tier++)
    if (self->tier_names[tier] == NULL && (tier != SOLAR_TIER_NOT_IN_REPORT || has_tier (self, tier)))
      {
        solar_json_set_error (error, SOLAR_JSON_ERROR_MISSING, reader->file, "$.tiers",
                              "the “%s” tier is not described", tier_names[tier]);
        return FALSE;
      }
  return TRUE;
}

/**
 * solar_dataset_read:
 * @self: an empty dataset
 *
 * Fills @self from the two files, which are named @platforms_name and @landscape_name in
 * error messages. platforms.json comes first: the landscape refers to its platforms and
 * sources.
 *
 * Returns: %FALSE with @error set to the first problem found
 */
gboolean
solar_dataset_read (SolarDataset  *self,
                    GBytes        *platforms_json,
                    const char    *platforms_name,
                    GBytes        *landscape_json,
                    const char    *landscape_name,
                    GError       **error)
{
  g_autoptr(GHashTable) sources = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                         (GDestroyNotify)source_free);
  g_autoptr(GHashTable) figures_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) local_error = NULL;
  Reader reader = { self, platforms_name, sources, figures_by_id };

  /* The readers tell an absent optional member from a bad one by whether an error was set,
   * so they always get a real error location, whatever the caller passed. */
  if (!read_platforms_file (&reader, platforms_json, &local_error))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  reader.file = landscape_name;
  if (!read_landscape_file (&reader, landscape_json, &local_error))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

/* Figures packs
 * =============
 *
 * A pack (docs/figures-pack-format.md) adds later figures to figures the dataset has. Its
 * sources and points are read by the code above that reads platforms.json's, so a pack is
 * held to the same rules and a mistake in it is told the same way; what is a pack's own is
 * that it names the figure it adds to, and that it never replaces a figure already there. */

typedef struct
{
  SolarFiguresPack *pack;
  GHashTable       *listed;   /* "platform/figure" → the JSON path of the entry naming it */
} PackReading;

static const char * const pack_members[] = {
  "format", "version", "title", "sources", "figures", NULL
};
static const char * const pack_figure_members[] = { "platform", "figure", "later", NULL };

typedef const char * (*GetId) (gpointer object);

/* Getters of the GetId shape: casting the objects' own would hide a mismatch from the
 * compiler. */
static const char *
get_platform_id (gpointer platform)
{
  return solar_platform_get_id (platform);
}

static const char *
get_figure_id (gpointer figure)
{
  return solar_figure_get_id (figure);
}

/* "“wechat”, “weibo”, …": the ids of @model's objects, what a pack could have named
 * instead (platforms, or one platform's figures). */
static char *
join_ids (GListModel *model,
          GetId       get_id)
{
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (model, i);

      g_string_append_printf (ids, "%s“%s”", i > 0 ? ", " : "", get_id (object));
    }
  return g_string_free (ids, FALSE);
}

static SolarFigure *
find_pack_figure (Reader         *reader,
                  JsonObject     *element,
                  const char     *path,
                  SolarPlatform **platform_out,
                  GError        **error)
{
  const char *platform_id, *figure_id;
  SolarPlatform *platform;
  SolarFigure *figure;

  if (!solar_json_get_string (element, "platform", TRUE, reader->file, path, &platform_id, error))
    return NULL;
  platform = *platform_out = g_hash_table_lookup (reader->dataset->platforms_by_id, platform_id);
  if (platform == NULL)
    {
      g_autofree char *known = join_ids (G_LIST_MODEL (reader->dataset->platforms), get_platform_id);

      solar_json_set_member_error (error, SOLAR_JSON_ERROR_REFERENCE, reader->file, path,
                                   "platform", "Social Solar has no platform “%s”; expected "
                                   "one of %s", platform_id, known);
      return NULL;
    }

  if (!solar_json_get_string (element, "figure", TRUE, reader->file, path, &figure_id, error))
    return NULL;
  figure = solar_platform_find_figure (platform, figure_id);
  if (figure == NULL)
    {
      g_autofree char *known = join_ids (G_LIST_MODEL (platform->figures), get_figure_id);

      solar_json_set_member_error (error, SOLAR_JSON_ERROR_REFERENCE, reader->file, path,
                                   "figure", "“%s” has no figure “%s”; expected one of %s",
                                   platform->id, figure_id, known);
    }
  return figure;
}

/* A pack adds figures and never replaces one: a point dated as one the figure already has
 * (shipped, or from another pack) is refused, naming where the other comes from, rather
 * than either silently winning. */
static gboolean
check_no_clash (Reader      *reader,
                SolarFigure *figure,
                const char  *platform_id,
                GPtrArray   *points,
                const char  *path,
                GError     **error)
{
  g_autofree char *later_path = solar_json_path_member (path, "later");

  for (guint i = 0; i < points->len; i++)
    for (guint j = 0; j < figure->later->len; j++)
      {
        const SolarFigurePoint *point = g_ptr_array_index (points, i);
        const SolarFigurePoint *there = g_ptr_array_index (figure->later, j);
        g_autofree char *point_path = NULL;
        g_autofree char *owner = NULL;

        if (!g_str_equal (point->as_of, there->as_of))
          continue;
        point_path = solar_json_path_index (later_path, i);
        owner = there->pack != NULL
          ? g_strdup_printf ("the pack “%s” (%s)", there->pack_title->en, there->pack)
          : g_strdup ("Social Solar's own data");
        solar_json_set_member_error (error, SOLAR_JSON_ERROR_DUPLICATE, reader->file,
                                     point_path, "as_of",
                                     "“%s” of “%s” already has a figure as of “%s”, from %s; "
                                     "a pack adds figures and never replaces one, so leave "
                                     "this one out", figure->id, platform_id, point->as_of,
                                     owner);
        return FALSE;
      }
  return TRUE;
}

static gboolean
read_pack_figure (Reader      *reader,
                  JsonObject  *element,
                  const char  *path,
                  gpointer     user_data,
                  GError     **error)
{
  PackReading *reading = user_data;
  SolarFiguresPack *pack = reading->pack;
  g_autoptr(SolarFigure) stand_in = g_object_new (SOLAR_TYPE_FIGURE, NULL);
  g_autofree char *key = NULL;
  SolarPlatform *platform = NULL;
  SolarFigure *figure;
  const char *listed;

  if (!solar_json_check_members (element, pack_figure_members, reader->file, path, error) ||
      (figure = find_pack_figure (reader, element, path, &platform, error)) == NULL)
    return FALSE;

  key = g_strdup_printf ("%s/%s", platform->id, figure->id);
  if ((listed = g_hash_table_lookup (reading->listed, key)) != NULL)
    {
      solar_json_set_member_error (error, SOLAR_JSON_ERROR_DUPLICATE, reader->file, path,
                                   "figure", "“%s” of “%s” is listed already, at %s; give "
                                   "all its figures in that one list", figure->id,
                                   platform->id, listed);
      return FALSE;
    }

  /* The points are read as the figure's own "later" would be, onto a stand-in with the
   * figure's date and measure: each dated, oldest first, the first after the figure. Where
   * they fall among the figure's other later points is the merge's business. */
  stand_in->as_of = g_strdup (figure->as_of);
  stand_in->measure = figure->measure;
  stand_in->later = g_ptr_array_new_with_free_func ((GDestroyNotify)solar_figure_point_free);
  if (!read_array (reader, element, "later", TRUE, path, read_later_point, stand_in, error))
    return FALSE;
  if (stand_in->later->len == 0)
    {
      solar_json_set_member_error (error, SOLAR_JSON_ERROR_VALUE, reader->file, path, "later",
                                   "expected at least one figure to add");
      return FALSE;
    }
  if (!check_no_clash (reader, figure, platform->id, stand_in->later, path, error))
    return FALSE;

  for (guint i = 0; i < stand_in->later->len; i++)
    {
      SolarFigurePoint *point = g_ptr_array_index (stand_in->later, i);

      point->pack = g_strdup (pack->file_name);
      point->pack_title = solar_text_new (pack->title->en, pack->title->zh);
    }
  solar_figures_pack_add_figure (pack, platform->id, figure->id,
                                 g_steal_pointer (&stand_in->later));
  g_hash_table_insert (reading->listed, g_steal_pointer (&key), g_strdup (path));
  return TRUE;
}

static gboolean
read_pack_file (Reader       *reader,
                GBytes       *bytes,
                PackReading  *reading,
                GError      **error)
{
  g_autoptr(JsonNode) root_node = NULL;
  JsonObject *root;

  if (!(root = parse_root (reader, bytes, &root_node, error)) ||
      !check_format (reader, root, "social-solar-figures-pack", error) ||
      !solar_json_check_members (root, pack_members, reader->file, "$", error) ||
      !read_text (reader, root, "title", TRUE, "$", &reading->pack->title, error) ||
      !read_array (reader, root, "sources", TRUE, "$", read_source_entry, GINT_TO_POINTER (TRUE),
                   error) ||
      !read_array (reader, root, "figures", TRUE, "$", read_pack_figure, reading, error))
    return FALSE;

  if (reading->pack->figures->len == 0)
    {
      solar_json_set_error (error, SOLAR_JSON_ERROR_VALUE, reader->file, "$.figures",
                            "expected at least one figure to add to");
      return FALSE;
    }
  return TRUE;
}

/**
 * solar_dataset_read_figures_pack:
 * @self: the dataset the pack adds to, with the packs merged so far
 * @pack: a new pack, its file name set, which gets the title and the points
 *
 * Reads a figures pack against @self, without changing @self: the points it would add go
 * to @pack (solar_dataset_add_figures_pack() merges them).
 *
 * Returns: %FALSE with @error set to the first problem found, in the words and with the
 *   locations the dataset's own files get
 */
gboolean
solar_dataset_read_figures_pack (SolarDataset      *self,
                                 GBytes            *bytes,
                                 SolarFiguresPack  *pack,
                                 GError           **error)
{
  g_autoptr(GHashTable) sources = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                         (GDestroyNotify)source_free);
  g_autoptr(GHashTable) listed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GError) local_error = NULL;
  Reader reader = { self, pack->file_name, sources, NULL, NULL, pack->file_name };
  PackReading reading = { pack, listed };

  if (!read_pack_file (&reader, bytes, &reading, &local_error))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}
