/* solar-citation.c: where a fact in our data files comes from, read the same way everywhere
 *
 * rules.json and key-dates.json list their published sources once, at the top ("sources":
 * id, title, date, and a publisher and URL where there are), and each fact names one of
 * them with the words it rests on ("source": {"id", "quote"}), or says it is Social
 * Solar's own judgement ({"id": "editorial", "note": why}). A fact stated without either is
 * an error when the file is read, not a sentence the user cannot check.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "solar-citation.h"
#include "solar-json.h"

static const char * const source_members[] = { "id", "title", "publisher", "url", "date", NULL };
static const char * const citation_members[] = { "id", "quote", "note", NULL };

void
solar_citation_clear (SolarCitation *citation)
{
  g_clear_pointer (&citation->title, g_free);
  g_clear_pointer (&citation->publisher, g_free);
  g_clear_pointer (&citation->url, g_free);
  g_clear_pointer (&citation->date, g_free);
  g_clear_pointer (&citation->quote, g_free);
  g_clear_pointer (&citation->note, solar_text_free);
}

void
solar_citation_copy (const SolarCitation *citation,
                     SolarCitation       *copy)
{
  copy->title = g_strdup (citation->title);
  copy->publisher = g_strdup (citation->publisher);
  copy->url = g_strdup (citation->url);
  copy->date = g_strdup (citation->date);
  copy->quote = g_strdup (citation->quote);
  copy->note = citation->note != NULL
    ? solar_text_new (citation->note->en, citation->note->zh) : NULL;
}

gboolean
solar_citation_is_editorial (const SolarCitation *citation)
{
  return citation->title == NULL;
}

/**
 * solar_citation_describe:
 *
 * Returns: (transfer full): where the fact comes from, as the app shows it under the fact:
 *   the source's title, publisher and date and the words quoted, or that it is Social
 *   Solar's own advice and why
 */
char *
solar_citation_describe (const SolarCitation *citation)
{
  const char *note = citation->note != NULL ? solar_text_get (citation->note) : NULL;
  g_autofree char *cited = NULL;

  if (solar_citation_is_editorial (citation))
    /* TRANSLATORS: under a check's message; %s says why Social Solar gives this advice */
    return g_strdup_printf (_("Social Solar's own advice, from no published source: %s"), note);

  if (citation->publisher != NULL)
    /* TRANSLATORS: under a check's message: the title, publisher and date of the source the
     * check comes from, then the words it rests on (in the source's own language) */
    cited = g_strdup_printf (_("Source: %s, %s, %s: “%s”"), citation->title,
                             citation->publisher, citation->date, citation->quote);
  else
    /* TRANSLATORS: under a check's message: the title and date of the source the check comes
     * from, then the words it rests on (in the source's own language) */
    cited = g_strdup_printf (_("Source: %s, %s: “%s”"), citation->title, citation->date,
                             citation->quote);
  if (note == NULL)
    return g_steal_pointer (&cited);
  return g_strconcat (cited, " ", note, NULL);
}

/**
 * solar_citation_read_sources:
 * @root: the file's root object, whose "sources" lists the published sources
 *
 * Each source has an id, a title and a date, and a publisher and a URL where there is one
 * (the report has neither). Ids are unique and none is "editorial".
 *
 * Returns: (transfer none) (nullable): the file's "sources", or %NULL with @error set
 */
JsonArray *
solar_citation_read_sources (JsonObject  *root,
                             const char  *file_name,
                             GError     **error)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  JsonArray *sources = solar_json_get_array (root, "sources", TRUE, file_name, "$", error);

  for (guint i = 0; sources != NULL && i < json_array_get_length (sources); i++)
    {
      g_autofree char *path = solar_json_path_index ("$.sources", i);
      g_autofree char *id_path = solar_json_path_member (path, "id");
      JsonObject *source = solar_json_array_get_object (sources, i, file_name, "$.sources", error);
      const char *id, *text;

      if (source == NULL ||
          !solar_json_check_members (source, source_members, file_name, path, error) ||
          !solar_json_get_string (source, "id", TRUE, file_name, path, &id, error) ||
          !solar_json_check_id (id, FALSE, file_name, id_path, error) ||
          !solar_json_get_string (source, "title", TRUE, file_name, path, &text, error) ||
          !solar_json_get_string (source, "date", TRUE, file_name, path, &text, error) ||
          !solar_json_get_string (source, "publisher", FALSE, file_name, path, &text, error) ||
          !solar_json_get_string (source, "url", FALSE, file_name, path, &text, error))
        return NULL;
      if (g_str_equal (id, SOLAR_CITATION_EDITORIAL))
        {
          solar_json_set_error (error, SOLAR_JSON_ERROR_VALUE, file_name, id_path,
                                "“%s” stands for Social Solar's own advice; give the source "
                                "another id", SOLAR_CITATION_EDITORIAL);
          return NULL;
        }
      if (!g_hash_table_add (ids, (gpointer)id))
        {
          solar_json_set_error (error, SOLAR_JSON_ERROR_DUPLICATE, file_name, id_path,
                                "another source has the id “%s”", id);
          return NULL;
        }
    }
  return sources;
}

static JsonObject *
find_source (JsonArray  *sources,
             const char *id)
{
  for (guint i = 0; i < json_array_get_length (sources); i++)
    {
      JsonObject *source = json_array_get_object_element (sources, i);

      if (g_str_equal (json_object_get_string_member_with_default (source, "id", ""), id))
        return source;
    }
  return NULL;
}

static char *
dup_member (JsonObject *object,
            const char *member)
{
  return json_object_has_member (object, member)
    ? g_strdup (json_object_get_string_member (object, member)) : NULL;
}

/**
 * solar_citation_read:
 * @sources: what solar_citation_read_sources() returned for the same file
 * @object: the fact's object, which holds the citation in @member
 * @path: @object's JSON path, for errors
 * @citation: (out caller-allocates): filled on success; clear it with solar_citation_clear()
 *
 * A fact stated as fact must say where it comes from and quote the words it rests on; a
 * fact that is only our advice must say so, and why.
 *
 * Returns: %FALSE with @error set to the citation's first problem and its JSON path
 */
gboolean
solar_citation_read (JsonArray      *sources,
                     JsonObject     *object,
                     const char     *member,
                     const char     *file_name,
                     const char     *path,
                     SolarCitation  *citation,
                     GError        **error)
{
  g_autofree char *source_path = solar_json_path_member (path, member);
  JsonObject *source = solar_json_get_object (object, member, TRUE, file_name, path, error);

  return source != NULL &&
         solar_citation_read_object (sources, source, file_name, source_path, citation, error);
}

/**
 * solar_citation_read_object:
 * @source: the citation itself ({"id", "quote"} or {"id": "editorial", "note"})
 * @source_path: @source's JSON path, for errors
 *
 * As solar_citation_read(), for a citation that is not an object's member (an element of an
 * array of them).
 */
gboolean
solar_citation_read_object (JsonArray      *sources,
                            JsonObject     *source,
                            const char     *file_name,
                            const char     *source_path,
                            SolarCitation  *citation,
                            GError        **error)
{
  g_autofree char *id_path = solar_json_path_member (source_path, "id");
  g_autofree char *quote_path = solar_json_path_member (source_path, "quote");
  g_autoptr(SolarText) note = NULL;
  JsonObject *listed;
  const char *id, *quote = NULL;

  if (!solar_json_check_members (source, citation_members, file_name, source_path, error) ||
      !solar_json_get_string (source, "id", TRUE, file_name, source_path, &id, error) ||
      !solar_json_get_string (source, "quote", FALSE, file_name, source_path, &quote, error) ||
      !solar_json_get_text (source, "note", FALSE, file_name, source_path, &note, error))
    return FALSE;

  if (g_str_equal (id, SOLAR_CITATION_EDITORIAL))
    {
      if (note == NULL)
        {
          g_autofree char *note_path = solar_json_path_member (source_path, "note");

          solar_json_set_error (error, SOLAR_JSON_ERROR_MISSING, file_name, note_path,
                                "Social Solar's own advice says why in a note "
                                "{\"en\", \"zh\"}");
          return FALSE;
        }
      if (quote != NULL)
        {
          solar_json_set_error (error, SOLAR_JSON_ERROR_VALUE, file_name, quote_path,
                                "Social Solar's own advice quotes no source; remove the "
                                "quote or name the source it comes from");
          return FALSE;
        }
      *citation = (SolarCitation) { .note = g_steal_pointer (&note) };
      return TRUE;
    }

  if ((listed = find_source (sources, id)) == NULL)
    {
      solar_json_set_error (error, SOLAR_JSON_ERROR_REFERENCE, file_name, id_path,
                            "no source has the id “%s” in this file's “sources”; add it "
                            "there, or write “%s” for Social Solar's own advice", id,
                            SOLAR_CITATION_EDITORIAL);
      return FALSE;
    }
  if (quote == NULL || *quote == '\0')
    {
      solar_json_set_error (error, SOLAR_JSON_ERROR_MISSING, file_name, quote_path,
                            "quote the words of “%s” this rests on", id);
      return FALSE;
    }
  *citation = (SolarCitation) {
    .title = dup_member (listed, "title"),
    .publisher = dup_member (listed, "publisher"),
    .url = dup_member (listed, "url"),
    .date = dup_member (listed, "date"),
    .quote = g_strdup (quote),
    .note = g_steal_pointer (&note),
  };
  return TRUE;
}
