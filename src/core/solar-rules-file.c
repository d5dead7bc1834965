/* solar-rules-file.c: the platform rules of rules.json, read and checked against the dataset
 *
 * The file is ours, so it is read strictly: an unknown member is an error (a typo such as
 * "uses-any" would otherwise quietly switch a condition off), every platform and item id
 * must exist in the dataset (a rule cannot silently stop firing when an item is renamed),
 * every pattern must compile and every message may only use the placeholders its rule
 * fills. Every rule names its source: a published one listed in the file's "sources",
 * with the words it rests on, or "editorial" (Social Solar's own advice) with a note on
 * why. The format is in docs/campaign-format.md.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-rules"

#include "config.h"

#include <string.h>

#include "solar-json.h"
#include "solar-rules-file.h"

#define RULES_FORMAT "social-solar-rules"

static const char * const severity_names[] = { "warning", "error", NULL };
static const char * const each_names[] = { "platform", "hashtag", "kol-deliverables", NULL };
static const char * const field_names[] = { "platform", "allocation", "tactics", "hashtags",
                                            "kpis", NULL };
static const char * const rule_members[] = { "id", "platform", "item", "severity", "when",
                                             "each", "must_match", "must_not_match", "field",
                                             "message", "source", NULL };
static const char * const when_members[] = { "uses_any", "uses_none", "has_hashtags",
                                             "has_kols", NULL };

void
solar_rule_free (SolarRule *rule)
{
  if (rule == NULL)
    return;

  g_free (rule->id);
  g_free (rule->platform_id);
  g_strfreev (rule->uses_any);
  g_strfreev (rule->uses_none);
  g_clear_pointer (&rule->pattern, g_regex_unref);
  g_free (rule->field);
  solar_text_free (rule->message);
  solar_citation_clear (&rule->source);
  g_free (rule);
}

typedef struct
{
  SolarDataset *dataset;
  const char   *file;
  JsonArray    *sources;   /* the file's "sources" */
} Reader;

static gboolean
check_item (Reader      *reader,
            SolarRule        *rule,
            const char  *item_id,
            const char  *path,
            GError     **error)
{
  SolarItem *item = solar_dataset_find_item (reader->dataset, item_id);

  if (item != NULL && g_str_equal (solar_item_get_platform_id (item), rule->platform_id))
    return TRUE;
  solar_json_set_error (error, SOLAR_JSON_ERROR_REFERENCE, reader->file, path,
                        "“%s” is not an item of platform “%s” in platforms.json",
                        item_id, rule->platform_id);
  return FALSE;
}

static gboolean
read_items (Reader      *reader,
            SolarRule        *rule,
            JsonObject  *when,
            const char  *member,
            const char  *path,
            GStrv       *items,
            GError     **error)
{
  g_autofree char *array_path = solar_json_path_member (path, member);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonArray *array;

  if (!json_object_has_member (when, member))
    return TRUE;
  array = solar_json_get_array (when, member, TRUE, reader->file, path, error);
  if (array == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      g_autofree char *element_path = solar_json_path_index (array_path, i);

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        {
          solar_json_set_error (error, SOLAR_JSON_ERROR_TYPE, reader->file, element_path,
                                "expected an item id");
          return FALSE;
        }
      if (!check_item (reader, rule, json_node_get_string (node), element_path, error))
        return FALSE;
      g_strv_builder_add (builder, json_node_get_string (node));
    }
  *items = g_strv_builder_end (builder);
  return TRUE;
}

static gboolean
read_flag (Reader      *reader,
           JsonObject  *when,
           const char  *member,
           const char  *path,
           int         *flag,
           GError     **error)
{
  JsonNode *node = json_object_get_member (when, member);

  *flag = SOLAR_RULE_ANY;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    {
      g_autofree char *member_path = solar_json_path_member (path, member);

      solar_json_set_error (error, SOLAR_JSON_ERROR_TYPE, reader->file, member_path,
                            "expected true or false");
      return FALSE;
    }
  *flag = json_node_get_boolean (node);
  return TRUE;
}

static gboolean
read_when (Reader      *reader,
           SolarRule        *rule,
           JsonObject  *object,
           const char  *path,
           GError     **error)
{
  g_autofree char *when_path = solar_json_path_member (path, "when");
  JsonObject *when;

  rule->has_hashtags = rule->has_kols = SOLAR_RULE_ANY;
  if (!json_object_has_member (object, "when"))
    return TRUE;

  when = solar_json_get_object (object, "when", TRUE, reader->file, path, error);
  return when != NULL &&
         solar_json_check_members (when, when_members, reader->file, when_path, error) &&
         read_items (reader, rule, when, "uses_any", when_path, &rule->uses_any, error) &&
         read_items (reader, rule, when, "uses_none", when_path, &rule->uses_none, error) &&
         read_flag (reader, when, "has_hashtags", when_path, &rule->has_hashtags, error) &&
         read_flag (reader, when, "has_kols", when_path, &rule->has_kols, error);
}

static gboolean
read_check (Reader      *reader,
            SolarRule        *rule,
            JsonObject  *object,
            const char  *path,
            GError     **error)
{
  gboolean has_match = json_object_has_member (object, "must_match");
  gboolean has_not = json_object_has_member (object, "must_not_match");
  g_autoptr(GError) regex_error = NULL;
  g_autofree char *pattern_path = NULL;
  const char *pattern;
  guint index = SOLAR_RULE_EACH_PLATFORM;

  if (json_object_has_member (object, "each") &&
      !solar_json_get_enum (object, "each", each_names, reader->file, path, &index, error))
    return FALSE;
  rule->each = index;

  if (rule->each == SOLAR_RULE_EACH_PLATFORM)
    {
      if (has_match || has_not)
        {
          solar_json_set_error (error, SOLAR_JSON_ERROR_VALUE, reader->file, path,
                                "only rules with “each” test a pattern");
          return FALSE;
        }
      if (!solar_json_get_enum (object, "field", field_names, reader->file, path, &index, error))
        return FALSE;
      rule->field = g_strdup (field_names[index]);
      return TRUE;
    }

  if (has_match == has_not || json_object_has_member (object, "field"))
    {
      solar_json_set_error (error, SOLAR_JSON_ERROR_VALUE, reader->file, path,
                            "a rule with “each” gives exactly one of “must_match” and "
                            "“must_not_match”, and no “field”");
      return FALSE;
    }
  rule->must_match = has_match;
  if (!solar_json_get_string (object, has_match ? "must_match" : "must_not_match", TRUE,
                              reader->file, path, &pattern, error))
    return FALSE;

  rule->pattern = g_regex_new (pattern, 0, 0, &regex_error);
  if (rule->pattern == NULL)
    {
      pattern_path = solar_json_path_member (path, has_match ? "must_match" : "must_not_match");
      solar_json_set_error (error, SOLAR_JSON_ERROR_VALUE, reader->file, pattern_path,
                            "not a valid regular expression: %s", regex_error->message);
      return FALSE;
    }
  return TRUE;
}

/* {platform} always; {value} and {bare} where a rule looks at a value; {kol} for KOLs. */
static gboolean
check_placeholders (Reader      *reader,
                    SolarRule   *rule,
                    const char  *text,
                    const char  *path,
                    GError     **error)
{
  const char *allowed[5] = { "platform", NULL };
  guint n = 1;
  g_autofree char *bad = NULL;

  if (rule->each != SOLAR_RULE_EACH_PLATFORM)
    {
      allowed[n++] = "value";
      allowed[n++] = "bare";
    }
  if (rule->each == SOLAR_RULE_EACH_KOL_DELIVERABLES)
    allowed[n++] = "kol";
  bad = solar_text_find_bad_placeholder (text, allowed);
  if (bad == NULL)
    return TRUE;
  solar_json_set_error (error, SOLAR_JSON_ERROR_VALUE, reader->file, path,
                        "“{%s}” is not a placeholder this rule fills; it fills "
                        "{platform}%s%s", bad,
                        rule->each != SOLAR_RULE_EACH_PLATFORM ? ", {value}, {bare}" : "",
                        rule->each == SOLAR_RULE_EACH_KOL_DELIVERABLES ? ", {kol}" : "");
  return FALSE;
}

static gboolean
read_message (Reader      *reader,
              SolarRule        *rule,
              JsonObject  *object,
              const char  *path,
              GError     **error)
{
  g_autofree char *text_path = solar_json_path_member (path, "message");
  g_autofree char *en_path = solar_json_path_member (text_path, "en");
  g_autofree char *zh_path = solar_json_path_member (text_path, "zh");

  return solar_json_get_text (object, "message", TRUE, reader->file, path, &rule->message,
                              error) &&
         check_placeholders (reader, rule, rule->message->en, en_path, error) &&
         (rule->message->zh == NULL ||
          check_placeholders (reader, rule, rule->message->zh, zh_path, error));
}

static gboolean
read_platform_and_item (Reader      *reader,
                        SolarRule        *rule,
                        JsonObject  *object,
                        const char  *path,
                        GError     **error)
{
  g_autofree char *platform_path = solar_json_path_member (path, "platform");
  g_autofree char *item_path = solar_json_path_member (path, "item");
  const char *platform_id, *item_id;

  if (!solar_json_get_string (object, "platform", TRUE, reader->file, path, &platform_id, error))
    return FALSE;
  if (solar_dataset_find_platform (reader->dataset, platform_id) == NULL)
    {
      solar_json_set_error (error, SOLAR_JSON_ERROR_REFERENCE, reader->file, platform_path,
                            "no platform has the id “%s” in platforms.json", platform_id);
      return FALSE;
    }
  rule->platform_id = g_strdup (platform_id);

  /* The item whose description states the rule: every rule rests on a fact of the dataset. */
  return solar_json_get_string (object, "item", TRUE, reader->file, path, &item_id, error) &&
         check_item (reader, rule, item_id, item_path, error);
}

static gboolean
read_id (Reader      *reader,
         SolarRule        *rule,
         JsonObject  *object,
         const char  *path,
         GHashTable  *ids,
         GError     **error)
{
  g_autofree char *id_path = solar_json_path_member (path, "id");
  g_autofree char *prefix = g_strconcat (rule->platform_id, "-", NULL);
  const char *id;

  if (!solar_json_get_string (object, "id", TRUE, reader->file, path, &id, error) ||
      !solar_json_check_id (id, FALSE, reader->file, id_path, error))
    return FALSE;

  /* The prefix keeps them apart from the built-in rules' ids ("name-missing"). */
  if (!g_str_has_prefix (id, prefix))
    {
      solar_json_set_error (error, SOLAR_JSON_ERROR_VALUE, reader->file, id_path,
                            "a rule's id starts with its platform's, like “%s…”", prefix);
      return FALSE;
    }
  if (!g_hash_table_add (ids, g_strdup (id)))
    {
      solar_json_set_error (error, SOLAR_JSON_ERROR_DUPLICATE, reader->file, id_path,
                            "another rule has the id “%s”", id);
      return FALSE;
    }
  rule->id = g_strdup (id);
  return TRUE;
}

static SolarRule *
read_rule (Reader      *reader,
           JsonObject  *object,
           const char  *path,
           GHashTable  *ids,
           GError     **error)
{
  g_autoptr(SolarRule) rule = g_new0 (SolarRule, 1);
  guint severity;

  if (!solar_json_check_members (object, rule_members, reader->file, path, error) ||
      !read_platform_and_item (reader, rule, object, path, error) ||
      !read_id (reader, rule, object, path, ids, error) ||
      !solar_json_get_enum (object, "severity", severity_names, reader->file, path, &severity,
                            error) ||
      !read_when (reader, rule, object, path, error) ||
      !read_check (reader, rule, object, path, error) ||
      !read_message (reader, rule, object, path, error) ||
      !solar_citation_read (reader->sources, object, "source", reader->file, path,
                           &rule->source, error))
    return NULL;

  rule->severity = severity;
  return g_steal_pointer (&rule);
}

static gboolean
read_header (Reader      *reader,
             JsonNode    *node,
             GError     **error)
{
  static const char * const root_members[] = { "format", "version", "sources", "rules", NULL };
  JsonObject *root;
  const char *format;
  double version;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      solar_json_set_error (error, SOLAR_JSON_ERROR_TYPE, reader->file, "$",
                            "expected an object");
      return FALSE;
    }
  root = json_node_get_object (node);
  if (!solar_json_check_members (root, root_members, reader->file, "$", error) ||
      !solar_json_get_string (root, "format", TRUE, reader->file, "$", &format, error) ||
      !solar_json_get_number (root, "version", TRUE, reader->file, "$", &version, error))
    return FALSE;
  if (!g_str_equal (format, RULES_FORMAT) || version != 1)
    {
      solar_json_set_error (error, SOLAR_JSON_ERROR_FORMAT, reader->file, "$",
                            "expected format “%s” version 1, got “%s” version %g",
                            RULES_FORMAT, format, version);
      return FALSE;
    }
  return TRUE;
}

/**
 * solar_rules_file_read:
 * @file_name: the name to report errors with
 * @dataset: the dataset every platform and item id must exist in
 *
 * Returns: (transfer full) (nullable): the #SolarRule list, or %NULL with @error set to the
 *   file's first problem and its JSON path
 */
GPtrArray *
solar_rules_file_read (GBytes        *bytes,
                       const char    *file_name,
                       SolarDataset  *dataset,
                       GError       **error)
{
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) rules = g_ptr_array_new_with_free_func ((GDestroyNotify)solar_rule_free);
  g_autoptr(JsonNode) node = NULL;
  Reader reader = { dataset, file_name };
  JsonArray *array;

  node = solar_json_parse (bytes, file_name, error);
  if (node == NULL || !read_header (&reader, node, error) ||
      (reader.sources = solar_citation_read_sources (json_node_get_object (node), file_name,
                                                    error)) == NULL)
    return NULL;

  array = solar_json_get_array (json_node_get_object (node), "rules", TRUE, file_name, "$",
                                error);
  if (array == NULL)
    return NULL;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = solar_json_path_index ("$.rules", i);
      JsonObject *object = solar_json_array_get_object (array, i, file_name, "$.rules", error);
      SolarRule *rule = object != NULL ? read_rule (&reader, object, path, ids, error) : NULL;

      if (rule == NULL)
        return NULL;
      g_ptr_array_add (rules, rule);
    }
  return g_steal_pointer (&rules);
}
