/* solar-platform-plan.c: what a campaign does on one platform: budget, tactics, hashtags, KPIs
 *
 * Tactics are item ids of the dataset ("douyin.challenges"), never copies of the items, so a
 * plan keeps working when the descriptions are reworded. The plan emits "changed" for its own
 * properties and for any change to its KPIs, which is how the campaign hears about them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-campaign"

#include "config.h"

#include <math.h>

#include "solar-campaign-private.h"
#include "solar-platform-plan.h"

G_DEFINE_ENUM_TYPE (SolarAllocationMode, solar_allocation_mode,
  G_DEFINE_ENUM_VALUE (SOLAR_ALLOCATION_AMOUNT, "amount"),
  G_DEFINE_ENUM_VALUE (SOLAR_ALLOCATION_SHARE, "share"))

struct _SolarPlatformPlan
{
  GObject              parent_instance;
  char                *platform_id;
  SolarAllocationMode  allocation_mode;
  double               allocation_value;
  GStrv                tactics;
  GStrv                hashtags;
  GListStore          *kpis;
  SolarListWatch      *kpis_watch;
};

G_DEFINE_FINAL_TYPE (SolarPlatformPlan, solar_platform_plan, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PLATFORM_ID,
  PROP_ALLOCATION_MODE,
  PROP_ALLOCATION_VALUE,
  PROP_TACTICS,
  PROP_HASHTAGS,
  PROP_KPIS,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
emit_changed (gpointer user_data)
{
  g_signal_emit (user_data, signals[CHANGED], 0);
}

static void
solar_platform_plan_notify (GObject    *object,
                            GParamSpec *pspec)
{
  emit_changed (object);

  if (G_OBJECT_CLASS (solar_platform_plan_parent_class)->notify != NULL)
    G_OBJECT_CLASS (solar_platform_plan_parent_class)->notify (object, pspec);
}

static void
solar_platform_plan_dispose (GObject *object)
{
  SolarPlatformPlan *self = (SolarPlatformPlan *)object;

  g_clear_pointer (&self->kpis_watch, solar_list_watch_free);
  g_clear_object (&self->kpis);

  G_OBJECT_CLASS (solar_platform_plan_parent_class)->dispose (object);
}

static void
solar_platform_plan_finalize (GObject *object)
{
  SolarPlatformPlan *self = (SolarPlatformPlan *)object;

  g_clear_pointer (&self->platform_id, g_free);
  g_clear_pointer (&self->tactics, g_strfreev);
  g_clear_pointer (&self->hashtags, g_strfreev);

  G_OBJECT_CLASS (solar_platform_plan_parent_class)->finalize (object);
}

static void
solar_platform_plan_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  SolarPlatformPlan *self = SOLAR_PLATFORM_PLAN (object);

  switch (prop_id)
    {
    case PROP_PLATFORM_ID:
      g_value_set_string (value, self->platform_id);
      break;
    case PROP_ALLOCATION_MODE:
      g_value_set_enum (value, self->allocation_mode);
      break;
    case PROP_ALLOCATION_VALUE:
      g_value_set_double (value, self->allocation_value);
      break;
    case PROP_TACTICS:
      g_value_set_boxed (value, self->tactics);
      break;
    case PROP_HASHTAGS:
      g_value_set_boxed (value, self->hashtags);
      break;
    case PROP_KPIS:
      g_value_set_object (value, self->kpis);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
solar_platform_plan_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  SolarPlatformPlan *self = SOLAR_PLATFORM_PLAN (object);

  switch (prop_id)
    {
    case PROP_PLATFORM_ID:
      solar_platform_plan_set_platform_id (self, g_value_get_string (value));
      break;
    case PROP_ALLOCATION_MODE:
      solar_platform_plan_set_allocation_mode (self, g_value_get_enum (value));
      break;
    case PROP_ALLOCATION_VALUE:
      solar_platform_plan_set_allocation_value (self, g_value_get_double (value));
      break;
    case PROP_TACTICS:
      solar_platform_plan_set_tactics (self, g_value_get_boxed (value));
      break;
    case PROP_HASHTAGS:
      solar_platform_plan_set_hashtags (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
solar_platform_plan_class_init (SolarPlatformPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = solar_platform_plan_dispose;
  object_class->finalize = solar_platform_plan_finalize;
  object_class->get_property = solar_platform_plan_get_property;
  object_class->set_property = solar_platform_plan_set_property;
  object_class->notify = solar_platform_plan_notify;

  properties[PROP_PLATFORM_ID] = g_param_spec_string ("platform-id", NULL, NULL, "", flags);
  properties[PROP_ALLOCATION_MODE] =
    g_param_spec_enum ("allocation-mode", NULL, NULL, SOLAR_TYPE_ALLOCATION_MODE,
                       SOLAR_ALLOCATION_SHARE, flags);
  /* Negative values are representable on purpose: the rules flag them next to the field. */
  properties[PROP_ALLOCATION_VALUE] =
    g_param_spec_double ("allocation-value", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);
  properties[PROP_TACTICS] = g_param_spec_boxed ("tactics", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_HASHTAGS] = g_param_spec_boxed ("hashtags", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_KPIS] = g_param_spec_object ("kpis", NULL, NULL, G_TYPE_LIST_MODEL,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SolarPlatformPlan::changed:
   *
   * Emitted after any property or any KPI of the plan changed, or a KPI was added or removed.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
solar_platform_plan_init (SolarPlatformPlan *self)
{
  self->platform_id = g_strdup ("");
  self->allocation_mode = SOLAR_ALLOCATION_SHARE;
  self->tactics = g_new0 (char *, 1);
  self->hashtags = g_new0 (char *, 1);
  self->kpis = g_list_store_new (SOLAR_TYPE_KPI);
  self->kpis_watch = solar_list_watch_new (G_LIST_MODEL (self->kpis), emit_changed, self);
}

/* See solar_campaign_set_items_watched(). */
void
solar_platform_plan_set_items_watched (SolarPlatformPlan *self,
                                       gboolean           watched)
{
  solar_list_watch_set_items_watched (self->kpis_watch, watched);
}

SolarPlatformPlan *
solar_platform_plan_new (const char *platform_id)
{
  SolarPlatformPlan *self = g_object_new (SOLAR_TYPE_PLATFORM_PLAN, NULL);

  solar_set_string (&self->platform_id, platform_id);
  return self;
}

const char *
solar_platform_plan_get_platform_id (SolarPlatformPlan *self)
{
  g_return_val_if_fail (SOLAR_IS_PLATFORM_PLAN (self), NULL);
  return self->platform_id;
}

void
solar_platform_plan_set_platform_id (SolarPlatformPlan *self,
                                     const char        *platform_id)
{
  g_return_if_fail (SOLAR_IS_PLATFORM_PLAN (self));
  if (solar_set_string (&self->platform_id, platform_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLATFORM_ID]);
}

SolarAllocationMode
solar_platform_plan_get_allocation_mode (SolarPlatformPlan *self)
{
  g_return_val_if_fail (SOLAR_IS_PLATFORM_PLAN (self), SOLAR_ALLOCATION_SHARE);
  return self->allocation_mode;
}

void
solar_platform_plan_set_allocation_mode (SolarPlatformPlan   *self,
                                         SolarAllocationMode  mode)
{
  g_return_if_fail (SOLAR_IS_PLATFORM_PLAN (self));
  g_return_if_fail (mode <= SOLAR_ALLOCATION_SHARE);
  if (self->allocation_mode == mode)
    return;
  self->allocation_mode = mode;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALLOCATION_MODE]);
}

double
solar_platform_plan_get_allocation_value (SolarPlatformPlan *self)
{
  g_return_val_if_fail (SOLAR_IS_PLATFORM_PLAN (self), 0);
  return self->allocation_value;
}

void
solar_platform_plan_set_allocation_value (SolarPlatformPlan *self,
                                          double             value)
{
  g_return_if_fail (SOLAR_IS_PLATFORM_PLAN (self));
  g_return_if_fail (isfinite (value));
  if (solar_set_double (&self->allocation_value, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALLOCATION_VALUE]);
}

/**
 * solar_platform_plan_get_amount:
 * @total_budget: the campaign's total budget
 *
 * Returns: the platform's budget in the campaign's currency, whichever way it is allocated
 */
double
solar_platform_plan_get_amount (SolarPlatformPlan *self,
                                double             total_budget)
{
  g_return_val_if_fail (SOLAR_IS_PLATFORM_PLAN (self), 0);
  if (self->allocation_mode == SOLAR_ALLOCATION_SHARE)
    return total_budget * self->allocation_value / 100.0;
  return self->allocation_value;
}

const char * const *
solar_platform_plan_get_tactics (SolarPlatformPlan *self)
{
  g_return_val_if_fail (SOLAR_IS_PLATFORM_PLAN (self), NULL);
  return (const char * const *)self->tactics;
}

void
solar_platform_plan_set_tactics (SolarPlatformPlan  *self,
                                 const char * const *tactics)
{
  g_return_if_fail (SOLAR_IS_PLATFORM_PLAN (self));
  if (solar_set_strv (&self->tactics, tactics))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TACTICS]);
}

gboolean
solar_platform_plan_has_tactic (SolarPlatformPlan *self,
                                const char        *item_id)
{
  g_return_val_if_fail (SOLAR_IS_PLATFORM_PLAN (self), FALSE);
  g_return_val_if_fail (item_id != NULL, FALSE);
  return g_strv_contains ((const char * const *)self->tactics, item_id);
}

/* Returns: TRUE if @item_id was added, FALSE if the plan already had it */
gboolean
solar_platform_plan_add_tactic (SolarPlatformPlan *self,
                                const char        *item_id)
{
  g_return_val_if_fail (SOLAR_IS_PLATFORM_PLAN (self), FALSE);
  g_return_val_if_fail (item_id != NULL && *item_id != '\0', FALSE);

  if (!solar_strv_add (&self->tactics, item_id))
    return FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TACTICS]);
  return TRUE;
}

gboolean
solar_platform_plan_remove_tactic (SolarPlatformPlan *self,
                                   const char        *item_id)
{
  g_return_val_if_fail (SOLAR_IS_PLATFORM_PLAN (self), FALSE);
  g_return_val_if_fail (item_id != NULL, FALSE);

  if (!solar_strv_remove (&self->tactics, item_id))
    return FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TACTICS]);
  return TRUE;
}

const char * const *
solar_platform_plan_get_hashtags (SolarPlatformPlan *self)
{
  g_return_val_if_fail (SOLAR_IS_PLATFORM_PLAN (self), NULL);
  return (const char * const *)self->hashtags;
}

void
solar_platform_plan_set_hashtags (SolarPlatformPlan  *self,
                                  const char * const *hashtags)
{
  g_return_if_fail (SOLAR_IS_PLATFORM_PLAN (self));
  if (solar_set_strv (&self->hashtags, hashtags))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HASHTAGS]);
}

/* Returns: (transfer none): the #SolarKpi targets, in the order the planner gave them */
GListModel *
solar_platform_plan_get_kpis (SolarPlatformPlan *self)
{
  g_return_val_if_fail (SOLAR_IS_PLATFORM_PLAN (self), NULL);
  return G_LIST_MODEL (self->kpis);
}

void
solar_platform_plan_add_kpi (SolarPlatformPlan *self,
                             SolarKpi          *kpi)
{
  g_return_if_fail (SOLAR_IS_PLATFORM_PLAN (self));
  g_return_if_fail (SOLAR_IS_KPI (kpi));
  g_list_store_append (self->kpis, kpi);
}

/* At @position of the KPIs, or last if there are fewer: a removal undone. */
void
solar_platform_plan_insert_kpi (SolarPlatformPlan *self,
                                guint              position,
                                SolarKpi          *kpi)
{
  g_return_if_fail (SOLAR_IS_PLATFORM_PLAN (self));
  g_return_if_fail (SOLAR_IS_KPI (kpi));
  g_list_store_insert (self->kpis, MIN (position, g_list_model_get_n_items (G_LIST_MODEL (self->kpis))), kpi);
}

gboolean
solar_platform_plan_remove_kpi (SolarPlatformPlan *self,
                                SolarKpi          *kpi)
{
  guint position;

  g_return_val_if_fail (SOLAR_IS_PLATFORM_PLAN (self), FALSE);
  g_return_val_if_fail (SOLAR_IS_KPI (kpi), FALSE);

  if (!g_list_store_find (self->kpis, kpi, &position))
    return FALSE;
  g_list_store_remove (self->kpis, position);
  return TRUE;
}
