/* solar-campaign-io.c: campaign plans to and from their JSON files (*.campaign.json)
 *
 * The file as a whole: its format and version (older versions are migrated, newer ones
 * refused with a message saying so), the limits every file we open must respect (through
 * solar_json_parse), the stable text we write, and the templates we ship. What each member
 * means is solar-campaign-fields.c's table. Whether a plan makes sense (dates, budget split,
 * platform rules) is solar-rules.c's job: those problems never stop a plan opening or saving.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-campaign"

#include "config.h"

#include <math.h>
#include <string.h>

#include "solar-campaign-fields.h"
#include "solar-campaign-io.h"
#include "solar-campaign-private.h"
#include "solar-json.h"
#include "solar-json-writer.h"

#define TEMPLATES_PATH  "/io/github/socialsolar/SocialSolar/data/templates/"
#define TEMPLATE_SUFFIX ".campaign.json"

/* Versions
 * ========
 *
 * Version 0, the builder's first draft format, had a plain number for the budget (always in
 * yuan) where version 1 has {"total", "currency"}, and a "budget" amount per platform where
 * version 1 has an "allocation" {"mode", "value"}. Older files are migrated in memory and
 * written back as the current version when saved.
 */

/* Version 0's "budget" number of @object as a version 1 object: {@amount_member: the
 * number, @other_member: @other_value}. The order does not matter: saving writes version 1's.
 *
 * Returns: (transfer full) (nullable): the object's node */
static JsonNode *
migrate_budget_v0 (const char  *file,
                   JsonObject  *object,
                   const char  *path,
                   const char  *amount_member,
                   const char  *other_member,
                   const char  *other_value,
                   GError     **error)
{
  g_autoptr(JsonObject) migrated = json_object_new ();
  double amount;

  if (!solar_json_get_number (object, "budget", TRUE, file, path, &amount, error))
    return NULL;

  json_object_set_double_member (migrated, amount_member, amount);
  json_object_set_string_member (migrated, other_member, other_value);
  return json_node_init_object (json_node_alloc (), migrated);
}

static JsonNode *
migrate_platform_v0 (const char  *file,
                     JsonNode    *element,
                     const char  *path,
                     GError     **error)
{
  g_autoptr(JsonObject) platform = json_object_new ();
  g_autoptr(GList) members = NULL;
  JsonObject *old;

  /* Anything but an object is left for the reader to report. */
  if (!JSON_NODE_HOLDS_OBJECT (element))
    return json_node_copy (element);

  old = json_node_get_object (element);
  members = json_object_get_members (old);
  for (GList *l = members; l != NULL; l = l->next)
    {
      JsonNode *value;

      if (!g_str_equal (l->data, "budget"))
        {
          json_object_set_member (platform, l->data,
                                  json_node_copy (json_object_get_member (old, l->data)));
          continue;
        }
      value = migrate_budget_v0 (file, old, path, "value", "mode", "amount", error);
      if (value == NULL)
        return NULL;
      json_object_set_member (platform, "allocation", value);
    }
  return json_node_init_object (json_node_alloc (), platform);
}

static JsonNode *
migrate_platforms_v0 (const char  *file,
                      JsonNode    *platforms,
                      GError     **error)
{
  g_autoptr(JsonArray) migrated = json_array_new ();
  JsonArray *array;

  if (!JSON_NODE_HOLDS_ARRAY (platforms))
    return json_node_copy (platforms);

  array = json_node_get_array (platforms);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = solar_json_path_index ("$.platforms", i);
      JsonNode *element = migrate_platform_v0 (file, json_array_get_element (array, i), path,
                                               error);

      if (element == NULL)
        return NULL;
      json_array_add_element (migrated, element);
    }
  return json_node_init_array (json_node_alloc (), migrated);
}

static JsonObject *
migrate_v0 (const char  *file,
            JsonObject  *root,
            GError     **error)
{
  g_autoptr(JsonObject) migrated = json_object_new ();
  g_autoptr(GList) members = json_object_get_members (root);

  for (GList *l = members; l != NULL; l = l->next)
    {
      JsonNode *value = json_object_get_member (root, l->data);

      if (g_str_equal (l->data, "version"))
        value = json_node_init_int (json_node_alloc (), 1);
      else if (g_str_equal (l->data, "budget"))
        value = migrate_budget_v0 (file, root, "$", "total", "currency", "CNY", error);
      else if (g_str_equal (l->data, "platforms"))
        value = migrate_platforms_v0 (file, value, error);
      else
        value = json_node_copy (value);

      if (value == NULL)
        return NULL;
      json_object_set_member (migrated, l->data, value);
    }
  return g_steal_pointer (&migrated);
}

/* Returns: (transfer full): @root in the current version's shape */
static JsonObject *
check_header (const char  *file,
              JsonObject  *root,
              GError     **error)
{
  const char *format;
  double version;

  if (!solar_json_get_string (root, "format", TRUE, file, "$", &format, error))
    return NULL;
  if (!g_str_equal (format, SOLAR_CAMPAIGN_FORMAT))
    {
      solar_json_set_error (error, SOLAR_JSON_ERROR_FORMAT, file, "$.format",
                            "expected “%s”, got “%s”; this is not a Social Solar campaign plan",
                            SOLAR_CAMPAIGN_FORMAT, format);
      return NULL;
    }

  if (!solar_json_get_number (root, "version", TRUE, file, "$", &version, error))
    return NULL;
  if (version < 0 || version != floor (version))
    {
      solar_json_set_error (error, SOLAR_JSON_ERROR_VALUE, file, "$.version",
                            "expected a whole number of zero or more, got %g", version);
      return NULL;
    }
  if (version > SOLAR_CAMPAIGN_VERSION)
    {
      solar_json_set_error (error, SOLAR_JSON_ERROR_FORMAT, file, "$.version",
                            "this file was written by a newer Social Solar (version %.15g); "
                            "update the app to open it", version);
      return NULL;
    }

  if (version == 0)
    return migrate_v0 (file, root, error);
  return json_object_ref (root);
}

/**
 * solar_campaign_new_from_bytes:
 * @bytes: the contents of a *.campaign.json file
 * @file_name: the name to report errors with, usually the file's display name
 * @error: a location for a #GError in the %SOLAR_JSON_ERROR domain
 *
 * Reads a plan, migrating it from an older version of the format. The error message starts
 * with @file_name and the line and column (syntax) or JSON path of the problem, and says
 * what was expected, e.g. `plan.campaign.json: $.budget.total: expected a number, got a
 * string`.
 *
 * Returns: (transfer full) (nullable): the plan
 */
SolarCampaign *
solar_campaign_new_from_bytes (GBytes      *bytes,
                               const char  *file_name,
                               GError     **error)
{
  return solar_campaign_new_from_bytes_full (bytes, file_name, SOLAR_CAMPAIGN_READ_DEFAULT,
                                             error);
}

/**
 * solar_campaign_new_from_bytes_full:
 * @flags: what the plan is read for
 *
 * As solar_campaign_new_from_bytes(); a plan read with %SOLAR_CAMPAIGN_READ_UNWATCHED
 * (`--check`, the command-line exports) is read a sixth faster when it is large.
 *
 * Returns: (transfer full) (nullable): the plan
 */
SolarCampaign *
solar_campaign_new_from_bytes_full (GBytes                 *bytes,
                                    const char             *file_name,
                                    SolarCampaignReadFlags  flags,
                                    GError                **error)
{
  g_autoptr(SolarCampaign) campaign = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(JsonObject) root = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (file_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  node = solar_json_parse (bytes, file_name, error);
  if (node == NULL)
    return NULL;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      solar_json_set_error (error, SOLAR_JSON_ERROR_TYPE, file_name, "$",
                            "expected an object, got %s", solar_json_describe_node (node));
      return NULL;
    }

  root = check_header (file_name, json_node_get_object (node), error);
  if (root == NULL)
    return NULL;

  campaign = solar_campaign_new ();
  if (flags & SOLAR_CAMPAIGN_READ_UNWATCHED)
    solar_campaign_set_items_watched (campaign, FALSE);
  if (!solar_campaign_fields_read (file_name, root, campaign, error))
    return NULL;
  return g_steal_pointer (&campaign);
}

/**
 * solar_campaign_to_bytes:
 *
 * The plan as the current version of the file format: pretty-printed UTF-8 JSON, members
 * in a fixed order, and the members of a newer format this release did not know kept where
 * they were found. The same plan always gives the same bytes.
 *
 * Returns: (transfer full): the file's contents
 */
GBytes *
solar_campaign_to_bytes (SolarCampaign *self)
{
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (SOLAR_IS_CAMPAIGN (self), NULL);

  root = solar_campaign_fields_write (self);
  return solar_json_write (root);
}

/* Templates
 * =========
 */

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

/**
 * solar_campaign_list_templates:
 *
 * The plans shipped as starting points, by id (their file name without ".campaign.json").
 *
 * Returns: (transfer full): the template ids, sorted
 */
char **
solar_campaign_list_templates (void)
{
  g_auto(GStrv) children = g_resources_enumerate_children (TEMPLATES_PATH, 0, NULL);
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();

  for (guint i = 0; children != NULL && children[i] != NULL; i++)
    if (g_str_has_suffix (children[i], TEMPLATE_SUFFIX))
      g_ptr_array_add (ids, g_strndup (children[i],
                                       strlen (children[i]) - strlen (TEMPLATE_SUFFIX)));
  g_ptr_array_sort (ids, compare_strings);
  g_ptr_array_add (ids, NULL);
  return (char **)g_ptr_array_free (g_steal_pointer (&ids), FALSE);
}

/**
 * solar_campaign_new_from_template:
 * @template_id: an id from solar_campaign_list_templates()
 *
 * Returns: (transfer full) (nullable): a new plan with the template's contents
 */
SolarCampaign *
solar_campaign_new_from_template (const char  *template_id,
                                  GError     **error)
{
  g_autofree char *file_name = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (template_id != NULL, NULL);

  file_name = g_strconcat (template_id, TEMPLATE_SUFFIX, NULL);
  path = g_strconcat (TEMPLATES_PATH, file_name, NULL);
  bytes = g_resources_lookup_data (path, 0, error);
  if (bytes == NULL)
    return NULL;
  return solar_campaign_new_from_bytes (bytes, file_name, error);
}
