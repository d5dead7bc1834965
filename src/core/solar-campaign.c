/* solar-campaign.c: a campaign plan, the document the campaign builder edits
 *
 * The editor's form binds its rows to these properties, bidirectionally, so the plan is the
 * only copy of what the user typed. That is why every property notifies only on a real
 * change (a binding writing back the value it just read must not mark the plan unsaved),
 * strings are never NULL, and dates are strings ("YYYY-MM-DD", or "" while not set): a date
 * half typed into an entry is kept as it is and the rules point at it, instead of being lost.
 *
 * "changed" is emitted after anything in the plan changed, its lists and their items included;
 * the editor uses it for the unsaved marker, drafts and live validation.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-campaign"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "solar-campaign.h"
#include "solar-campaign-parts.h"
#include "solar-campaign-private.h"

G_DEFINE_ENUM_TYPE (SolarObjective, solar_objective,
  G_DEFINE_ENUM_VALUE (SOLAR_OBJECTIVE_AWARENESS, "awareness"),
  G_DEFINE_ENUM_VALUE (SOLAR_OBJECTIVE_ENGAGEMENT, "engagement"),
  G_DEFINE_ENUM_VALUE (SOLAR_OBJECTIVE_CONVERSION, "conversion"),
  G_DEFINE_ENUM_VALUE (SOLAR_OBJECTIVE_LOYALTY, "loyalty"),
  G_DEFINE_ENUM_VALUE (SOLAR_OBJECTIVE_LAUNCH, "launch"),
  G_DEFINE_ENUM_VALUE (SOLAR_OBJECTIVE_REPUTATION, "reputation"))

G_DEFINE_ENUM_TYPE (SolarGenderFocus, solar_gender_focus,
  G_DEFINE_ENUM_VALUE (SOLAR_GENDER_FOCUS_ALL, "all"),
  G_DEFINE_ENUM_VALUE (SOLAR_GENDER_FOCUS_FEMALE, "female"),
  G_DEFINE_ENUM_VALUE (SOLAR_GENDER_FOCUS_MALE, "male"))

enum {
  PROP_0,
  PROP_NAME,
  PROP_BRAND,
  PROP_OBJECTIVE,
  PROP_KEY_MESSAGE,
  PROP_NOTES,
  PROP_GENDER_FOCUS,
  PROP_CITY_TIERS,
  PROP_SEGMENTS,
  PROP_TRIBES,
  PROP_START_DATE,
  PROP_END_DATE,
  PROP_TOTAL_BUDGET,
  PROP_CURRENCY,
  PROP_MILESTONES,
  PROP_PLATFORMS,
  PROP_KOLS,
  N_PROPS
};

G_STATIC_ASSERT (N_PROPS == SOLAR_CAMPAIGN_N_PROPS);

enum {
  CHANGED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (SolarCampaign, solar_campaign, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
emit_changed (gpointer user_data)
{
  g_signal_emit (user_data, signals[CHANGED], 0);
}

static void
solar_campaign_notify (GObject    *object,
                       GParamSpec *pspec)
{
  emit_changed (object);

  if (G_OBJECT_CLASS (solar_campaign_parent_class)->notify != NULL)
    G_OBJECT_CLASS (solar_campaign_parent_class)->notify (object, pspec);
}

static void
solar_campaign_dispose (GObject *object)
{
  SolarCampaign *self = (SolarCampaign *)object;

  for (guint i = 0; i < G_N_ELEMENTS (self->watches); i++)
    g_clear_pointer (&self->watches[i], solar_list_watch_free);
  g_clear_object (&self->milestones);
  g_clear_object (&self->platforms);
  g_clear_object (&self->kols);

  G_OBJECT_CLASS (solar_campaign_parent_class)->dispose (object);
}

static void
solar_campaign_finalize (GObject *object)
{
  SolarCampaign *self = (SolarCampaign *)object;

  for (guint i = 0; i < N_PROPS; i++)
    {
      g_clear_pointer (&self->strings[i], g_free);
      g_clear_pointer (&self->lists[i], g_strfreev);
    }

  G_OBJECT_CLASS (solar_campaign_parent_class)->finalize (object);
}

static void
set_string (SolarCampaign *self,
            guint          prop_id,
            const char    *value)
{
  g_assert (G_PARAM_SPEC_VALUE_TYPE (properties[prop_id]) == G_TYPE_STRING);

  if (solar_set_string (&self->strings[prop_id], value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
set_list (SolarCampaign      *self,
          guint               prop_id,
          const char * const *value)
{
  g_assert (G_PARAM_SPEC_VALUE_TYPE (properties[prop_id]) == G_TYPE_STRV);

  if (solar_set_strv (&self->lists[prop_id], value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
solar_campaign_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SolarCampaign *self = SOLAR_CAMPAIGN (object);

  switch (prop_id)
    {
    case PROP_OBJECTIVE:
      g_value_set_enum (value, self->objective);
      break;
    case PROP_GENDER_FOCUS:
      g_value_set_enum (value, self->gender_focus);
      break;
    case PROP_TOTAL_BUDGET:
      g_value_set_double (value, self->total_budget);
      break;
    case PROP_MILESTONES:
      g_value_set_object (value, self->milestones);
      break;
    case PROP_PLATFORMS:
      g_value_set_object (value, self->platforms);
      break;
    case PROP_KOLS:
      g_value_set_object (value, self->kols);
      break;
    default:
      if (G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_STRING)
        g_value_set_string (value, self->strings[prop_id]);
      else if (G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_STRV)
        g_value_set_boxed (value, self->lists[prop_id]);
      else
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
solar_campaign_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  SolarCampaign *self = SOLAR_CAMPAIGN (object);

  switch (prop_id)
    {
    case PROP_OBJECTIVE:
      solar_campaign_set_objective (self, g_value_get_enum (value));
      break;
    case PROP_GENDER_FOCUS:
      solar_campaign_set_gender_focus (self, g_value_get_enum (value));
      break;
    case PROP_TOTAL_BUDGET:
      solar_campaign_set_total_budget (self, g_value_get_double (value));
      break;
    default:
      if (G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_STRING)
        set_string (self, prop_id, g_value_get_string (value));
      else if (G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_STRV)
        set_list (self, prop_id, g_value_get_boxed (value));
      else
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
install_properties (GObjectClass *object_class)
{
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags list_flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", flags);
  properties[PROP_BRAND] = g_param_spec_string ("brand", NULL, NULL, "", flags);
  properties[PROP_OBJECTIVE] = g_param_spec_enum ("objective", NULL, NULL, SOLAR_TYPE_OBJECTIVE,
                                                  SOLAR_OBJECTIVE_AWARENESS, flags);
  properties[PROP_KEY_MESSAGE] = g_param_spec_string ("key-message", NULL, NULL, "", flags);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, "", flags);
  properties[PROP_GENDER_FOCUS] =
    g_param_spec_enum ("gender-focus", NULL, NULL, SOLAR_TYPE_GENDER_FOCUS,
                       SOLAR_GENDER_FOCUS_ALL, flags);
  properties[PROP_CITY_TIERS] = g_param_spec_boxed ("city-tiers", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_SEGMENTS] = g_param_spec_boxed ("segments", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_TRIBES] = g_param_spec_boxed ("tribes", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_START_DATE] = g_param_spec_string ("start-date", NULL, NULL, "", flags);
  properties[PROP_END_DATE] = g_param_spec_string ("end-date", NULL, NULL, "", flags);
  /* Negative values are representable on purpose: the rules flag them next to the field. */
  properties[PROP_TOTAL_BUDGET] = g_param_spec_double ("total-budget", NULL, NULL,
                                                       -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);
  properties[PROP_CURRENCY] = g_param_spec_string ("currency", NULL, NULL, "CNY", flags);
  properties[PROP_MILESTONES] = g_param_spec_object ("milestones", NULL, NULL,
                                                     G_TYPE_LIST_MODEL, list_flags);
  properties[PROP_PLATFORMS] = g_param_spec_object ("platforms", NULL, NULL,
                                                    G_TYPE_LIST_MODEL, list_flags);
  properties[PROP_KOLS] = g_param_spec_object ("kols", NULL, NULL, G_TYPE_LIST_MODEL, list_flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
solar_campaign_class_init (SolarCampaignClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = solar_campaign_dispose;
  object_class->finalize = solar_campaign_finalize;
  object_class->get_property = solar_campaign_get_property;
  object_class->set_property = solar_campaign_set_property;
  object_class->notify = solar_campaign_notify;

  install_properties (object_class);

  /**
   * SolarCampaign::changed:
   *
   * Emitted after anything in the plan changed: a property, a milestone, platform, KPI or
   * KOL, or one of them was added or removed.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
solar_campaign_init (SolarCampaign *self)
{
  for (guint i = 1; i < N_PROPS; i++)
    {
      GType type = G_PARAM_SPEC_VALUE_TYPE (properties[i]);

      if (type == G_TYPE_STRING)
        self->strings[i] = g_value_dup_string (g_param_spec_get_default_value (properties[i]));
      else if (type == G_TYPE_STRV)
        self->lists[i] = g_new0 (char *, 1);
    }

  self->milestones = g_list_store_new (SOLAR_TYPE_MILESTONE);
  self->platforms = g_list_store_new (SOLAR_TYPE_PLATFORM_PLAN);
  self->kols = g_list_store_new (SOLAR_TYPE_KOL);
  self->watches[0] = solar_list_watch_new (G_LIST_MODEL (self->milestones), emit_changed, self);
  self->watches[1] = solar_list_watch_new (G_LIST_MODEL (self->platforms), emit_changed, self);
  self->watches[2] = solar_list_watch_new (G_LIST_MODEL (self->kols), emit_changed, self);
  self->items_watched = TRUE;
}

void
solar_campaign_set_items_watched (SolarCampaign *self,
                                  gboolean       watched)
{
  guint n_platforms = g_list_model_get_n_items (G_LIST_MODEL (self->platforms));

  self->items_watched = watched;
  for (guint i = 0; i < G_N_ELEMENTS (self->watches); i++)
    solar_list_watch_set_items_watched (self->watches[i], watched);
  for (guint i = 0; i < n_platforms; i++)
    {
      g_autoptr(SolarPlatformPlan) platform = g_list_model_get_item (G_LIST_MODEL (self->platforms), i);

      solar_platform_plan_set_items_watched (platform, watched);
    }
}

gboolean
solar_campaign_get_items_watched (SolarCampaign *self)
{
  return self->items_watched;
}

SolarCampaign *
solar_campaign_new (void)
{
  return g_object_new (SOLAR_TYPE_CAMPAIGN, NULL);
}

const char *
solar_campaign_get_name (SolarCampaign *self)
{
  g_return_val_if_fail (SOLAR_IS_CAMPAIGN (self), NULL);
  return self->strings[PROP_NAME];
}

void
solar_campaign_set_name (SolarCampaign *self,
                         const char    *name)
{
  g_return_if_fail (SOLAR_IS_CAMPAIGN (self));
  set_string (self, PROP_NAME, name);
}

const char *
solar_campaign_get_brand (SolarCampaign *self)
{
  g_return_val_if_fail (SOLAR_IS_CAMPAIGN (self), NULL);
  return self->strings[PROP_BRAND];
}

void
solar_campaign_set_brand (SolarCampaign *self,
                          const char    *brand)
{
  g_return_if_fail (SOLAR_IS_CAMPAIGN (self));
  set_string (self, PROP_BRAND, brand);
}

const char *
solar_campaign_get_key_message (SolarCampaign *self)
{
  g_return_val_if_fail (SOLAR_IS_CAMPAIGN (self), NULL);
  return self->strings[PROP_KEY_MESSAGE];
}

void
solar_campaign_set_key_message (SolarCampaign *self,
                                const char    *key_message)
{
  g_return_if_fail (SOLAR_IS_CAMPAIGN (self));
  set_string (self, PROP_KEY_MESSAGE, key_message);
}

const char *
solar_campaign_get_notes (SolarCampaign *self)
{
  g_return_val_if_fail (SOLAR_IS_CAMPAIGN (self), NULL);
  return self->strings[PROP_NOTES];
}

void
solar_campaign_set_notes (SolarCampaign *self,
                          const char    *notes)
{
  g_return_if_fail (SOLAR_IS_CAMPAIGN (self));
  set_string (self, PROP_NOTES, notes);
}

const char *
solar_campaign_get_start_date (SolarCampaign *self)
{
  g_return_val_if_fail (SOLAR_IS_CAMPAIGN (self), NULL);
  return self->strings[PROP_START_DATE];
}

void
solar_campaign_set_start_date (SolarCampaign *self,
                               const char    *start_date)
{
  g_return_if_fail (SOLAR_IS_CAMPAIGN (self));
  set_string (self, PROP_START_DATE, start_date);
}

const char *
solar_campaign_get_end_date (SolarCampaign *self)
{
  g_return_val_if_fail (SOLAR_IS_CAMPAIGN (self), NULL);
  return self->strings[PROP_END_DATE];
}

void
solar_campaign_set_end_date (SolarCampaign *self,
                             const char    *end_date)
{
  g_return_if_fail (SOLAR_IS_CAMPAIGN (self));
  set_string (self, PROP_END_DATE, end_date);
}

const char *
solar_campaign_get_currency (SolarCampaign *self)
{
  g_return_val_if_fail (SOLAR_IS_CAMPAIGN (self), NULL);
  return self->strings[PROP_CURRENCY];
}

void
solar_campaign_set_currency (SolarCampaign *self,
                             const char    *currency)
{
  g_return_if_fail (SOLAR_IS_CAMPAIGN (self));
  set_string (self, PROP_CURRENCY, currency);
}

const char * const *
solar_campaign_get_city_tiers (SolarCampaign *self)
{
  g_return_val_if_fail (SOLAR_IS_CAMPAIGN (self), NULL);
  return (const char * const *)self->lists[PROP_CITY_TIERS];
}

void
solar_campaign_set_city_tiers (SolarCampaign      *self,
                               const char * const *city_tiers)
{
  g_return_if_fail (SOLAR_IS_CAMPAIGN (self));
  set_list (self, PROP_CITY_TIERS, city_tiers);
}

const char * const *
solar_campaign_get_segments (SolarCampaign *self)
{
  g_return_val_if_fail (SOLAR_IS_CAMPAIGN (self), NULL);
  return (const char * const *)self->lists[PROP_SEGMENTS];
}

void
solar_campaign_set_segments (SolarCampaign      *self,
                             const char * const *segments)
{
  g_return_if_fail (SOLAR_IS_CAMPAIGN (self));
  set_list (self, PROP_SEGMENTS, segments);
}

const char * const *
solar_campaign_get_tribes (SolarCampaign *self)
{
  g_return_val_if_fail (SOLAR_IS_CAMPAIGN (self), NULL);
  return (const char * const *)self->lists[PROP_TRIBES];
}

void
solar_campaign_set_tribes (SolarCampaign      *self,
                           const char * const *tribes)
{
  g_return_if_fail (SOLAR_IS_CAMPAIGN (self));
  set_list (self, PROP_TRIBES, tribes);
}

SolarObjective
solar_campaign_get_objective (SolarCampaign *self)
{
  g_return_val_if_fail (SOLAR_IS_CAMPAIGN (self), SOLAR_OBJECTIVE_AWARENESS);
  return self->objective;
}

void
solar_campaign_set_objective (SolarCampaign  *self,
                              SolarObjective  objective)
{
  g_return_if_fail (SOLAR_IS_CAMPAIGN (self));
  g_return_if_fail (objective <= SOLAR_OBJECTIVE_REPUTATION);
  if (self->objective == objective)
    return;
  self->objective = objective;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OBJECTIVE]);
}

SolarGenderFocus
solar_campaign_get_gender_focus (SolarCampaign *self)
{
  g_return_val_if_fail (SOLAR_IS_CAMPAIGN (self), SOLAR_GENDER_FOCUS_ALL);
  return self->gender_focus;
}

void
solar_campaign_set_gender_focus (SolarCampaign    *self,
                                 SolarGenderFocus  gender_focus)
{
  g_return_if_fail (SOLAR_IS_CAMPAIGN (self));
  g_return_if_fail (gender_focus <= SOLAR_GENDER_FOCUS_MALE);
  if (self->gender_focus == gender_focus)
    return;
  self->gender_focus = gender_focus;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GENDER_FOCUS]);
}

double
solar_campaign_get_total_budget (SolarCampaign *self)
{
  g_return_val_if_fail (SOLAR_IS_CAMPAIGN (self), 0);
  return self->total_budget;
}

void
solar_campaign_set_total_budget (SolarCampaign *self,
                                 double         total_budget)
{
  g_return_if_fail (SOLAR_IS_CAMPAIGN (self));
  g_return_if_fail (isfinite (total_budget));
  if (solar_set_double (&self->total_budget, total_budget))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOTAL_BUDGET]);
}

/* China's usual city tiers, as market reports and ad platforms group cities. */
static const char * const city_tiers[] = {
  "tier-1", "new-tier-1", "tier-2", "tier-3", "tier-4", "tier-5", NULL
};

/**
 * solar_city_tier_list:
 *
 * Returns: (transfer none): the ids a plan's city tiers are chosen from, largest cities first
 */
const char * const *
solar_city_tier_list (void)
{
  return city_tiers;
}

/* Returns: (nullable): the tier's name for people, or %NULL for an unknown id */
/**
 * solar_objective_get_labels:
 *
 * Returns: (transfer none): the objectives' names in enum order, untranslated (pass each
 *   through _()), %NULL-terminated; the form's choice and the brief share them
 */
const char * const *
solar_objective_get_labels (void)
{
  static const char * const labels[] = {
    N_("Awareness"), N_("Engagement"), N_("Conversion"), N_("Loyalty"), N_("Launch"),
    N_("Reputation"), NULL
  };

  return labels;
}

/**
 * solar_gender_focus_get_labels:
 *
 * Returns: (transfer none): the gender focuses' names in enum order, untranslated,
 *   %NULL-terminated
 */
const char * const *
solar_gender_focus_get_labels (void)
{
  static const char * const labels[] = { N_("All"), N_("Female"), N_("Male"), NULL };

  return labels;
}

const char *
solar_city_tier_get_label (const char *city_tier)
{
  static const char * const labels[] = {
    N_("Tier 1 cities"), N_("New tier 1 cities"), N_("Tier 2 cities"),
    N_("Tier 3 cities"), N_("Tier 4 cities"), N_("Tier 5 cities"),
  };

  g_return_val_if_fail (city_tier != NULL, NULL);
  for (guint i = 0; city_tiers[i] != NULL; i++)
    if (g_str_equal (city_tier, city_tiers[i]))
      return _(labels[i]);
  return NULL;
}
