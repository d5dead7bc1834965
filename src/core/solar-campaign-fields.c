/* solar-campaign-fields.c: how a plan's JSON members map to its objects' properties
 *
 * One table per object says which member maps to which property, so reading and writing
 * cannot drift apart, and the order of each table is the order members are written in (the
 * order docs/campaign-format.md and campaign.schema.json list them). Members a table does
 * not know are kept on the object they came from, in their order, and written back after
 * the known ones: a plan opened and saved by an older release loses nothing a newer one
 * wrote. Every value is checked (type, required, never negative) and the first problem is
 * reported with the file name and its JSON path.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-campaign"

#include "config.h"

#include "solar-campaign-fields.h"
#include "solar-campaign-private.h"
#include "solar-campaign-io.h"
#include "solar-json.h"

/* Object data holding the members of an object we do not know; a nested object without a
 * class of its own ("budget") keeps them on its owner under UNKNOWN_KEY "-" member. */
#define UNKNOWN_KEY "solar-campaign-unknown"

typedef enum
{
  FIELD_HEADER,   /* "format" and "version": checked before, written first */
  FIELD_STRING,
  FIELD_NUMBER,   /* never negative */
  FIELD_ENUM,     /* the nick of the property's enum value */
  FIELD_STRV,
  FIELD_OBJECT,   /* a nested object whose members are properties of the same target */
  FIELD_LIST,     /* an array of objects, each an instance of a class of its own */
} FieldKind;

typedef struct _Field Field;

struct _Field
{
  const char   *member;
  FieldKind     kind;
  const char   *property;          /* of the target; for FIELD_LIST, its GListModel */
  const Field  *fields;            /* FIELD_OBJECT and FIELD_LIST: the nested members */
  GType       (*element_type) (void);
  gboolean      required;
};

static const Field kpi_fields[] = {
  { "metric", FIELD_STRING, "metric" },
  { "target", FIELD_NUMBER, "target" },
  { "unit", FIELD_STRING, "unit" },
  { NULL }
};

static const Field allocation_fields[] = {
  { "mode", FIELD_ENUM, "allocation-mode" },
  { "value", FIELD_NUMBER, "allocation-value" },
  { NULL }
};

static const Field platform_fields[] = {
  { "platform", FIELD_STRING, "platform-id" },
  { "allocation", FIELD_OBJECT, NULL, allocation_fields },
  { "tactics", FIELD_STRV, "tactics" },
  { "hashtags", FIELD_STRV, "hashtags" },
  { "kpis", FIELD_LIST, "kpis", kpi_fields, solar_kpi_get_type },
  { NULL }
};

static const Field milestone_fields[] = {
  { "name", FIELD_STRING, "name" },
  { "date", FIELD_STRING, "date" },
  { "platform", FIELD_STRING, "platform-id" },
  { NULL }
};

static const Field kol_fields[] = {
  { "name", FIELD_STRING, "name" },
  { "platform", FIELD_STRING, "platform-id" },
  { "tier", FIELD_ENUM, "tier" },
  { "followers", FIELD_NUMBER, "followers" },
  { "fee", FIELD_NUMBER, "fee" },
  { "deliverables", FIELD_STRING, "deliverables" },
  { "publish_date", FIELD_STRING, "publish-date" },
  { NULL }
};

static const Field audience_fields[] = {
  { "gender_focus", FIELD_ENUM, "gender-focus" },
  { "city_tiers", FIELD_STRV, "city-tiers" },
  { "segments", FIELD_STRV, "segments" },
  { "tribes", FIELD_STRV, "tribes" },
  { NULL }
};

static const Field budget_fields[] = {
  { "total", FIELD_NUMBER, "total-budget" },
  { "currency", FIELD_STRING, "currency" },
  { NULL }
};

static const Field campaign_fields[] = {
  { "format", FIELD_HEADER },
  { "version", FIELD_HEADER },
  { "name", FIELD_STRING, "name", .required = TRUE },
  { "brand", FIELD_STRING, "brand" },
  { "objective", FIELD_ENUM, "objective" },
  { "key_message", FIELD_STRING, "key-message" },
  { "notes", FIELD_STRING, "notes" },
  { "audience", FIELD_OBJECT, NULL, audience_fields },
  { "start_date", FIELD_STRING, "start-date" },
  { "end_date", FIELD_STRING, "end-date" },
  { "budget", FIELD_OBJECT, NULL, budget_fields },
  { "milestones", FIELD_LIST, "milestones", milestone_fields, solar_milestone_get_type },
  { "platforms", FIELD_LIST, "platforms", platform_fields, solar_platform_plan_get_type },
  { "kols", FIELD_LIST, "kols", kol_fields, solar_kol_get_type },
  { NULL }
};

static char *
unknown_key_for (const char *member)
{
  return g_strconcat (UNKNOWN_KEY "-", member, NULL);
}

/* Reading
 * =======
 */

static gboolean read_fields (const char   *file,
                             JsonObject   *object,
                             const char   *path,
                             const Field  *fields,
                             GObject      *target,
                             const char   *unknown_key,
                             GError      **error);

static gboolean
is_known (const Field *fields,
          const char  *member)
{
  for (const Field *field = fields; field->member != NULL; field++)
    if (g_str_equal (field->member, member))
      return TRUE;
  return FALSE;
}

static void
keep_unknown (JsonObject  *object,
              const Field *fields,
              GObject     *target,
              const char  *unknown_key)
{
  g_autoptr(GList) members = json_object_get_members (object);
  g_autoptr(JsonObject) unknown = NULL;

  for (GList *l = members; l != NULL; l = l->next)
    {
      if (is_known (fields, l->data))
        continue;
      if (unknown == NULL)
        unknown = json_object_new ();
      json_object_set_member (unknown, l->data,
                              json_node_copy (json_object_get_member (object, l->data)));
    }

  if (unknown != NULL)
    g_object_set_data_full (target, unknown_key, g_steal_pointer (&unknown),
                            (GDestroyNotify)json_object_unref);
}

static gboolean
read_number (const char   *file,
             JsonObject   *object,
             const Field  *field,
             const char   *path,
             GObject      *target,
             GError      **error)
{
  double value;

  if (!solar_json_get_number (object, field->member, TRUE, file, path, &value, error))
    return FALSE;

  if (value < 0)
    {
      g_autofree char *member_path = solar_json_path_member (path, field->member);

      solar_json_set_error (error, SOLAR_JSON_ERROR_VALUE, file, member_path,
                            "expected a number of zero or more, got %g", value);
      return FALSE;
    }

  g_object_set (target, field->property, value, NULL);
  return TRUE;
}

static gboolean
read_enum (const char   *file,
           JsonObject   *object,
           const Field  *field,
           const char   *path,
           GObject      *target,
           GError      **error)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (target), field->property);
  GEnumClass *enum_class = G_PARAM_SPEC_ENUM (pspec)->enum_class;
  g_autofree const char **nicks = g_new0 (const char *, enum_class->n_values + 1);
  guint index;

  for (guint i = 0; i < enum_class->n_values; i++)
    nicks[i] = enum_class->values[i].value_nick;

  if (!solar_json_get_enum (object, field->member, nicks, file, path, &index, error))
    return FALSE;

  g_object_set (target, field->property, enum_class->values[index].value, NULL);
  return TRUE;
}

static gboolean
read_strv (const char   *file,
           JsonObject   *object,
           const Field  *field,
           const char   *path,
           GObject      *target,
           GError      **error)
{
  g_autofree char *array_path = solar_json_path_member (path, field->member);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;
  JsonArray *array;

  array = solar_json_get_array (object, field->member, TRUE, file, path, error);
  if (array == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        {
          g_autofree char *element_path = solar_json_path_index (array_path, i);

          solar_json_set_error (error, SOLAR_JSON_ERROR_TYPE, file, element_path,
                                "expected a string, got %s", solar_json_describe_node (node));
          return FALSE;
        }
      g_strv_builder_add (builder, json_node_get_string (node));
    }

  strv = g_strv_builder_end (builder);
  g_object_set (target, field->property, strv, NULL);
  return TRUE;
}

static gboolean
read_object (const char   *file,
             JsonObject   *object,
             const Field  *field,
             const char   *path,
             GObject      *target,
             GError      **error)
{
  g_autofree char *object_path = solar_json_path_member (path, field->member);
  g_autofree char *unknown_key = unknown_key_for (field->member);
  JsonObject *nested;

  nested = solar_json_get_object (object, field->member, TRUE, file, path, error);
  return nested != NULL &&
         read_fields (file, nested, object_path, field->fields, target, unknown_key, error);
}

static gboolean
read_list (const char   *file,
           JsonObject   *object,
           const Field  *field,
           const char   *path,
           GObject      *target,
           GError      **error)
{
  g_autofree char *array_path = solar_json_path_member (path, field->member);
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GPtrArray) elements = NULL;
  JsonArray *array;

  array = solar_json_get_array (object, field->member, TRUE, file, path, error);
  if (array == NULL)
    return FALSE;

  elements = g_ptr_array_new_full (json_array_get_length (array), g_object_unref);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *element_path = solar_json_path_index (array_path, i);
      GObject *element = g_object_new (field->element_type (), NULL);
      JsonObject *element_object;

      /* Before its KPIs are read: a plan that is only read watches none of its items. */
      if (SOLAR_IS_PLATFORM_PLAN (element) && SOLAR_IS_CAMPAIGN (target) &&
          !solar_campaign_get_items_watched (SOLAR_CAMPAIGN (target)))
        solar_platform_plan_set_items_watched (SOLAR_PLATFORM_PLAN (element), FALSE);
      g_ptr_array_add (elements, element);
      element_object = solar_json_array_get_object (array, i, file, array_path, error);
      if (element_object == NULL ||
          !read_fields (file, element_object, element_path, field->fields, element,
                        UNKNOWN_KEY, error))
        return FALSE;
    }
  /* All at once: the plan and whoever watches it hear of 60,000 KOLs once, not 60,000
   * times. The models' lists are their own GListStores (solar-campaign-lists.c). */
  g_object_get (target, field->property, &list, NULL);
  g_return_val_if_fail (G_IS_LIST_STORE (list), FALSE);
  g_list_store_splice (G_LIST_STORE (list), g_list_model_get_n_items (list), 0,
                       elements->pdata, elements->len);
  return TRUE;
}

static gboolean
read_field (const char   *file,
            JsonObject   *object,
            const Field  *field,
            const char   *path,
            GObject      *target,
            GError      **error)
{
  const char *text;

  switch (field->kind)
    {
    case FIELD_HEADER:
      return TRUE;
    case FIELD_STRING:
      if (!solar_json_get_string (object, field->member, TRUE, file, path, &text, error))
        return FALSE;
      g_object_set (target, field->property, text, NULL);
      return TRUE;
    case FIELD_NUMBER:
      return read_number (file, object, field, path, target, error);
    case FIELD_ENUM:
      return read_enum (file, object, field, path, target, error);
    case FIELD_STRV:
      return read_strv (file, object, field, path, target, error);
    case FIELD_OBJECT:
      return read_object (file, object, field, path, target, error);
    case FIELD_LIST:
      return read_list (file, object, field, path, target, error);
    default:
      g_assert_not_reached ();
    }
}

/* Members are optional unless the table says otherwise: a plan written by hand with only a
 * name opens, and the rest takes the defaults a new plan has. */
static gboolean
read_fields (const char   *file,
             JsonObject   *object,
             const char   *path,
             const Field  *fields,
             GObject      *target,
             const char   *unknown_key,
             GError      **error)
{
  for (const Field *field = fields; field->member != NULL; field++)
    {
      if (!json_object_has_member (object, field->member))
        {
          g_autofree char *member_path = NULL;

          if (!field->required)
            continue;
          member_path = solar_json_path_member (path, field->member);
          solar_json_set_error (error, SOLAR_JSON_ERROR_MISSING, file, member_path,
                                "required member is missing");
          return FALSE;
        }
      if (!read_field (file, object, field, path, target, error))
        return FALSE;
    }

  keep_unknown (object, fields, target, unknown_key);
  return TRUE;
}

/* Writing
 * =======
 */

static void write_fields (JsonBuilder *builder,
                          GObject     *target,
                          const Field *fields,
                          const char  *unknown_key);

static void
write_unknown (JsonBuilder *builder,
               GObject     *target,
               const char  *unknown_key)
{
  JsonObject *unknown = g_object_get_data (target, unknown_key);
  g_autoptr(GList) members = NULL;

  if (unknown == NULL)
    return;

  members = json_object_get_members (unknown);
  for (GList *l = members; l != NULL; l = l->next)
    {
      json_builder_set_member_name (builder, l->data);
      json_builder_add_value (builder, json_node_copy (json_object_get_member (unknown, l->data)));
    }
}

static void
write_header (JsonBuilder *builder,
              const Field *field)
{
  if (g_str_equal (field->member, "format"))
    json_builder_add_string_value (builder, SOLAR_CAMPAIGN_FORMAT);
  else
    json_builder_add_int_value (builder, SOLAR_CAMPAIGN_VERSION);
}

static void
write_value (JsonBuilder *builder,
             GObject     *target,
             const Field *field)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (target), field->property);
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_PARAM_SPEC_VALUE_TYPE (pspec));
  g_object_get_property (target, field->property, &value);

  switch (field->kind)
    {
    case FIELD_STRING:
      json_builder_add_string_value (builder, g_value_get_string (&value));
      break;
    case FIELD_NUMBER:
      json_builder_add_double_value (builder, g_value_get_double (&value));
      break;
    case FIELD_ENUM:
      json_builder_add_string_value (builder,
        g_enum_get_value (G_PARAM_SPEC_ENUM (pspec)->enum_class,
                          g_value_get_enum (&value))->value_nick);
      break;
    case FIELD_STRV:
      json_builder_begin_array (builder);
      for (char **s = g_value_get_boxed (&value); s != NULL && *s != NULL; s++)
        json_builder_add_string_value (builder, *s);
      json_builder_end_array (builder);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
write_list (JsonBuilder *builder,
            GObject     *target,
            const Field *field)
{
  g_autoptr(GListModel) model = NULL;

  g_object_get (target, field->property, &model, NULL);

  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) element = g_list_model_get_item (model, i);

      json_builder_begin_object (builder);
      write_fields (builder, element, field->fields, UNKNOWN_KEY);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/* Every known member is written, empty or not, so every plan has the same shape and a
 * change shows in a diff as one changed line. */
static void
write_fields (JsonBuilder *builder,
              GObject     *target,
              const Field *fields,
              const char  *unknown_key)
{
  for (const Field *field = fields; field->member != NULL; field++)
    {
      json_builder_set_member_name (builder, field->member);
      if (field->kind == FIELD_HEADER)
        write_header (builder, field);
      else if (field->kind == FIELD_LIST)
        write_list (builder, target, field);
      else if (field->kind == FIELD_OBJECT)
        {
          g_autofree char *nested_key = unknown_key_for (field->member);

          json_builder_begin_object (builder);
          write_fields (builder, target, field->fields, nested_key);
          json_builder_end_object (builder);
        }
      else
        write_value (builder, target, field);
    }

  write_unknown (builder, target, unknown_key);
}

/* Returns: FALSE with @error set on the first member that is not what it should be */
gboolean
solar_campaign_fields_read (const char     *file_name,
                            JsonObject     *root,
                            SolarCampaign  *campaign,
                            GError        **error)
{
  return read_fields (file_name, root, "$", campaign_fields, G_OBJECT (campaign), UNKNOWN_KEY,
                      error);
}

/* Returns: (transfer full): the plan as the current version's JSON tree */
JsonNode *
solar_campaign_fields_write (SolarCampaign *campaign)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  write_fields (builder, G_OBJECT (campaign), campaign_fields, UNKNOWN_KEY);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}
