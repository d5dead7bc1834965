/* solar-problem.c: something the rules found in a plan, and where
 *
 * The field is a path into the plan as its file spells it ("name", "platforms[1].allocation",
 * "kols[0].fee"), so the editor can put the message next to the row it is about, and the
 * message says what to change, so it reads well on its own in the summary too. Problems are
 * immutable: the rules make a new list each time the plan changes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-rules"

#include "config.h"

#include "solar-problem.h"

G_DEFINE_ENUM_TYPE (SolarSeverity, solar_severity,
  G_DEFINE_ENUM_VALUE (SOLAR_SEVERITY_WARNING, "warning"),
  G_DEFINE_ENUM_VALUE (SOLAR_SEVERITY_ERROR, "error"))

struct _SolarProblem
{
  GObject        parent_instance;
  SolarSeverity  severity;
  char          *rule_id;
  char          *field;
  char          *message;
  char          *source;    /* where a platform rule comes from, for people; NULL for the plan's own checks */
};

G_DEFINE_FINAL_TYPE (SolarProblem, solar_problem, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SEVERITY,
  PROP_RULE_ID,
  PROP_FIELD,
  PROP_MESSAGE,
  PROP_SOURCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
solar_problem_finalize (GObject *object)
{
  SolarProblem *self = (SolarProblem *)object;

  g_clear_pointer (&self->rule_id, g_free);
  g_clear_pointer (&self->field, g_free);
  g_clear_pointer (&self->message, g_free);
  g_clear_pointer (&self->source, g_free);

  G_OBJECT_CLASS (solar_problem_parent_class)->finalize (object);
}

static void
solar_problem_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  SolarProblem *self = SOLAR_PROBLEM (object);

  switch (prop_id)
    {
    case PROP_SEVERITY:
      g_value_set_enum (value, self->severity);
      break;
    case PROP_RULE_ID:
      g_value_set_string (value, self->rule_id);
      break;
    case PROP_FIELD:
      g_value_set_string (value, self->field);
      break;
    case PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;
    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
solar_problem_class_init (SolarProblemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = solar_problem_finalize;
  object_class->get_property = solar_problem_get_property;

  /* Properties, so a row of the editor's summary list can bind to them. */
  properties[PROP_SEVERITY] = g_param_spec_enum ("severity", NULL, NULL, SOLAR_TYPE_SEVERITY,
                                                 SOLAR_SEVERITY_WARNING, flags);
  properties[PROP_RULE_ID] = g_param_spec_string ("rule-id", NULL, NULL, NULL, flags);
  properties[PROP_FIELD] = g_param_spec_string ("field", NULL, NULL, NULL, flags);
  properties[PROP_MESSAGE] = g_param_spec_string ("message", NULL, NULL, NULL, flags);
  properties[PROP_SOURCE] = g_param_spec_string ("source", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
solar_problem_init (SolarProblem *self)
{
}

/**
 * solar_problem_new:
 * @rule_id: which rule found it, e.g. "dates-reversed" or a rule id of rules.json
 * @field: where, as a path into the plan's file, e.g. "platforms[1].allocation"
 * @message: what to change, for people
 */
SolarProblem *
solar_problem_new (SolarSeverity  severity,
                   const char    *rule_id,
                   const char    *field,
                   const char    *message)
{
  SolarProblem *self;

  g_return_val_if_fail (rule_id != NULL && field != NULL && message != NULL, NULL);

  self = g_object_new (SOLAR_TYPE_PROBLEM, NULL);
  self->severity = severity;
  self->rule_id = g_strdup (rule_id);
  self->field = g_strdup (field);
  self->message = g_strdup (message);
  return self;
}

SolarSeverity
solar_problem_get_severity (SolarProblem *self)
{
  g_return_val_if_fail (SOLAR_IS_PROBLEM (self), SOLAR_SEVERITY_WARNING);
  return self->severity;
}

const char *
solar_problem_get_rule_id (SolarProblem *self)
{
  g_return_val_if_fail (SOLAR_IS_PROBLEM (self), NULL);
  return self->rule_id;
}

const char *
solar_problem_get_field (SolarProblem *self)
{
  g_return_val_if_fail (SOLAR_IS_PROBLEM (self), NULL);
  return self->field;
}

const char *
solar_problem_get_message (SolarProblem *self)
{
  g_return_val_if_fail (SOLAR_IS_PROBLEM (self), NULL);
  return self->message;
}

/* Returns: how many of @problems have @severity */
guint
solar_problems_count (GListModel    *problems,
                      SolarSeverity  severity)
{
  guint n_items = g_list_model_get_n_items (problems);
  guint count = 0;

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(SolarProblem) problem = g_list_model_get_item (problems, i);

      if (problem->severity == severity)
        count++;
    }
  return count;
}

/**
 * solar_problem_set_source:
 * @source: (nullable): where the rule that found the problem comes from, for people:
 *   "Source: TITLE, DATE: “its words”", or that it is Social Solar's own advice
 *
 * Set by the platform rules of rules.json, each of which names its source.
 */
void
solar_problem_set_source (SolarProblem *self,
                          const char   *source)
{
  g_return_if_fail (SOLAR_IS_PROBLEM (self));

  if (g_strcmp0 (self->source, source) == 0)
    return;
  g_free (self->source);
  self->source = g_strdup (source);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE]);
}

/* Returns: (nullable): see solar_problem_set_source() */
const char *
solar_problem_get_source (SolarProblem *self)
{
  g_return_val_if_fail (SOLAR_IS_PROBLEM (self), NULL);
  return self->source;
}
