/* solar-kol.c: an influencer (key opinion leader or consumer) booked for a campaign
 *
 * Followers and fee are doubles rather than integers so a form binds them straight to a
 * GtkSpinButton's "value"; the fee is in the campaign's currency. Deliverables are free text
 * ("2 notes + 1 live stream, one product link each"), which the platform rules read.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-campaign"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "solar-campaign-parts.h"
#include "solar-kol.h"

G_DEFINE_ENUM_TYPE (SolarKolTier, solar_kol_tier,
  G_DEFINE_ENUM_VALUE (SOLAR_KOL_TIER_HEAD, "head"),
  G_DEFINE_ENUM_VALUE (SOLAR_KOL_TIER_MID, "mid"),
  G_DEFINE_ENUM_VALUE (SOLAR_KOL_TIER_MICRO, "micro"),
  G_DEFINE_ENUM_VALUE (SOLAR_KOL_TIER_KOC, "koc"))

/**
 * solar_kol_tier_get_labels:
 *
 * Returns: (transfer none): the tiers' names in enum order, untranslated (pass each through
 *   _()), %NULL-terminated
 */
const char * const *
solar_kol_tier_get_labels (void)
{
  static const char * const labels[] = { N_("Head"), N_("Mid"), N_("Micro"), N_("KOC"), NULL };

  return labels;
}

struct _SolarKol
{
  GObject       parent_instance;
  char         *name;
  char         *platform_id;
  SolarKolTier  tier;
  double        followers;
  double        fee;
  char         *deliverables;
  char         *publish_date;   /* YYYY-MM-DD, or "" when not planned yet */
};

G_DEFINE_FINAL_TYPE (SolarKol, solar_kol, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_PLATFORM_ID,
  PROP_TIER,
  PROP_FOLLOWERS,
  PROP_FEE,
  PROP_DELIVERABLES,
  PROP_PUBLISH_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
solar_kol_finalize (GObject *object)
{
  SolarKol *self = (SolarKol *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->platform_id, g_free);
  g_clear_pointer (&self->deliverables, g_free);
  g_clear_pointer (&self->publish_date, g_free);

  G_OBJECT_CLASS (solar_kol_parent_class)->finalize (object);
}

static void
solar_kol_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  SolarKol *self = SOLAR_KOL (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_PLATFORM_ID:
      g_value_set_string (value, self->platform_id);
      break;
    case PROP_TIER:
      g_value_set_enum (value, self->tier);
      break;
    case PROP_FOLLOWERS:
      g_value_set_double (value, self->followers);
      break;
    case PROP_FEE:
      g_value_set_double (value, self->fee);
      break;
    case PROP_DELIVERABLES:
      g_value_set_string (value, self->deliverables);
      break;
    case PROP_PUBLISH_DATE:
      g_value_set_string (value, self->publish_date);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
solar_kol_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  SolarKol *self = SOLAR_KOL (object);

  switch (prop_id)
    {
    case PROP_NAME:
      solar_kol_set_name (self, g_value_get_string (value));
      break;
    case PROP_PLATFORM_ID:
      solar_kol_set_platform_id (self, g_value_get_string (value));
      break;
    case PROP_TIER:
      solar_kol_set_tier (self, g_value_get_enum (value));
      break;
    case PROP_FOLLOWERS:
      solar_kol_set_followers (self, g_value_get_double (value));
      break;
    case PROP_FEE:
      solar_kol_set_fee (self, g_value_get_double (value));
      break;
    case PROP_DELIVERABLES:
      solar_kol_set_deliverables (self, g_value_get_string (value));
      break;
    case PROP_PUBLISH_DATE:
      solar_kol_set_publish_date (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
solar_kol_class_init (SolarKolClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = solar_kol_finalize;
  object_class->get_property = solar_kol_get_property;
  object_class->set_property = solar_kol_set_property;

  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", flags);
  properties[PROP_PLATFORM_ID] = g_param_spec_string ("platform-id", NULL, NULL, "", flags);
  properties[PROP_TIER] = g_param_spec_enum ("tier", NULL, NULL, SOLAR_TYPE_KOL_TIER,
                                             SOLAR_KOL_TIER_MID, flags);
  /* Negative values are representable on purpose: the rules flag them next to the field. */
  properties[PROP_FOLLOWERS] = g_param_spec_double ("followers", NULL, NULL,
                                                    -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);
  properties[PROP_FEE] = g_param_spec_double ("fee", NULL, NULL,
                                              -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);
  properties[PROP_DELIVERABLES] = g_param_spec_string ("deliverables", NULL, NULL, "", flags);
  /* Kept as typed, like a milestone's date: the checks flag one that is not a date. */
  properties[PROP_PUBLISH_DATE] = g_param_spec_string ("publish-date", NULL, NULL, "", flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
solar_kol_init (SolarKol *self)
{
  self->name = g_strdup ("");
  self->platform_id = g_strdup ("");
  self->tier = SOLAR_KOL_TIER_MID;
  self->deliverables = g_strdup ("");
  self->publish_date = g_strdup ("");
}

SolarKol *
solar_kol_new (const char   *name,
               const char   *platform_id,
               SolarKolTier  tier)
{
  SolarKol *self = g_object_new (SOLAR_TYPE_KOL, "tier", tier, NULL);

  solar_set_string (&self->name, name);
  solar_set_string (&self->platform_id, platform_id);
  return self;
}

const char *
solar_kol_get_name (SolarKol *self)
{
  g_return_val_if_fail (SOLAR_IS_KOL (self), NULL);
  return self->name;
}

void
solar_kol_set_name (SolarKol   *self,
                    const char *name)
{
  g_return_if_fail (SOLAR_IS_KOL (self));
  if (solar_set_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
solar_kol_get_platform_id (SolarKol *self)
{
  g_return_val_if_fail (SOLAR_IS_KOL (self), NULL);
  return self->platform_id;
}

void
solar_kol_set_platform_id (SolarKol   *self,
                           const char *platform_id)
{
  g_return_if_fail (SOLAR_IS_KOL (self));
  if (solar_set_string (&self->platform_id, platform_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLATFORM_ID]);
}

SolarKolTier
solar_kol_get_tier (SolarKol *self)
{
  g_return_val_if_fail (SOLAR_IS_KOL (self), SOLAR_KOL_TIER_MID);
  return self->tier;
}

void
solar_kol_set_tier (SolarKol     *self,
                    SolarKolTier  tier)
{
  g_return_if_fail (SOLAR_IS_KOL (self));
  g_return_if_fail (tier <= SOLAR_KOL_TIER_KOC);
  if (self->tier == tier)
    return;
  self->tier = tier;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIER]);
}

double
solar_kol_get_followers (SolarKol *self)
{
  g_return_val_if_fail (SOLAR_IS_KOL (self), 0);
  return self->followers;
}

void
solar_kol_set_followers (SolarKol *self,
                         double    followers)
{
  g_return_if_fail (SOLAR_IS_KOL (self));
  g_return_if_fail (isfinite (followers));
  if (solar_set_double (&self->followers, followers))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLLOWERS]);
}

double
solar_kol_get_fee (SolarKol *self)
{
  g_return_val_if_fail (SOLAR_IS_KOL (self), 0);
  return self->fee;
}

void
solar_kol_set_fee (SolarKol *self,
                   double    fee)
{
  g_return_if_fail (SOLAR_IS_KOL (self));
  g_return_if_fail (isfinite (fee));
  if (solar_set_double (&self->fee, fee))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FEE]);
}

const char *
solar_kol_get_deliverables (SolarKol *self)
{
  g_return_val_if_fail (SOLAR_IS_KOL (self), NULL);
  return self->deliverables;
}

void
solar_kol_set_deliverables (SolarKol   *self,
                            const char *deliverables)
{
  g_return_if_fail (SOLAR_IS_KOL (self));
  if (solar_set_string (&self->deliverables, deliverables))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DELIVERABLES]);
}

/**
 * solar_kol_get_publish_date:
 *
 * Returns: the day the KOL's content is to go out, as YYYY-MM-DD, or "" if not planned yet
 */
const char *
solar_kol_get_publish_date (SolarKol *self)
{
  g_return_val_if_fail (SOLAR_IS_KOL (self), NULL);
  return self->publish_date;
}

void
solar_kol_set_publish_date (SolarKol   *self,
                            const char *publish_date)
{
  g_return_if_fail (SOLAR_IS_KOL (self));
  if (solar_set_string (&self->publish_date, publish_date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PUBLISH_DATE]);
}
