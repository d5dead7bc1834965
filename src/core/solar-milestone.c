/* solar-milestone.c: a dated step of a campaign (teaser, launch day, live stream…)
 *
 * The date is an ISO 8601 calendar date ("2021-03-08") or "" while not set; it stays a
 * string so a half-typed date survives until the rules point at it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-campaign"

#include "config.h"

#include "solar-campaign-parts.h"
#include "solar-milestone.h"

struct _SolarMilestone
{
  GObject  parent_instance;
  char    *name;
  char    *date;
  char    *platform_id;   /* "" when the milestone is not tied to a platform */
};

G_DEFINE_FINAL_TYPE (SolarMilestone, solar_milestone, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_DATE,
  PROP_PLATFORM_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
solar_milestone_finalize (GObject *object)
{
  SolarMilestone *self = (SolarMilestone *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->platform_id, g_free);

  G_OBJECT_CLASS (solar_milestone_parent_class)->finalize (object);
}

static void
solar_milestone_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SolarMilestone *self = SOLAR_MILESTONE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    case PROP_PLATFORM_ID:
      g_value_set_string (value, self->platform_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
solar_milestone_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  SolarMilestone *self = SOLAR_MILESTONE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      solar_milestone_set_name (self, g_value_get_string (value));
      break;
    case PROP_DATE:
      solar_milestone_set_date (self, g_value_get_string (value));
      break;
    case PROP_PLATFORM_ID:
      solar_milestone_set_platform_id (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
solar_milestone_class_init (SolarMilestoneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = solar_milestone_finalize;
  object_class->get_property = solar_milestone_get_property;
  object_class->set_property = solar_milestone_set_property;

  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", flags);
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, "", flags);
  properties[PROP_PLATFORM_ID] = g_param_spec_string ("platform-id", NULL, NULL, "", flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
solar_milestone_init (SolarMilestone *self)
{
  self->name = g_strdup ("");
  self->date = g_strdup ("");
  self->platform_id = g_strdup ("");
}

SolarMilestone *
solar_milestone_new (const char *name,
                     const char *date,
                     const char *platform_id)
{
  SolarMilestone *self = g_object_new (SOLAR_TYPE_MILESTONE, NULL);

  solar_set_string (&self->name, name);
  solar_set_string (&self->date, date);
  solar_set_string (&self->platform_id, platform_id);
  return self;
}

const char *
solar_milestone_get_name (SolarMilestone *self)
{
  g_return_val_if_fail (SOLAR_IS_MILESTONE (self), NULL);
  return self->name;
}

void
solar_milestone_set_name (SolarMilestone *self,
                          const char     *name)
{
  g_return_if_fail (SOLAR_IS_MILESTONE (self));
  if (solar_set_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
solar_milestone_get_date (SolarMilestone *self)
{
  g_return_val_if_fail (SOLAR_IS_MILESTONE (self), NULL);
  return self->date;
}

void
solar_milestone_set_date (SolarMilestone *self,
                          const char     *date)
{
  g_return_if_fail (SOLAR_IS_MILESTONE (self));
  if (solar_set_string (&self->date, date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

const char *
solar_milestone_get_platform_id (SolarMilestone *self)
{
  g_return_val_if_fail (SOLAR_IS_MILESTONE (self), NULL);
  return self->platform_id;
}

void
solar_milestone_set_platform_id (SolarMilestone *self,
                                 const char     *platform_id)
{
  g_return_if_fail (SOLAR_IS_MILESTONE (self));
  if (solar_set_string (&self->platform_id, platform_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLATFORM_ID]);
}
