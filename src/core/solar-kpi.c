/* solar-kpi.c: one measurable target of a platform's plan ("views", 5000000, "count")
 *
 * Metric and unit are free text: planners name their KPIs the way their client does
 * ("UGC notes", "search index uplift"), and no list of ours would cover them all.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-campaign"

#include "config.h"

#include <math.h>

#include "solar-campaign-parts.h"
#include "solar-kpi.h"

struct _SolarKpi
{
  GObject  parent_instance;
  char    *metric;
  double   target;
  char    *unit;
};

G_DEFINE_FINAL_TYPE (SolarKpi, solar_kpi, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_METRIC,
  PROP_TARGET,
  PROP_UNIT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
solar_kpi_finalize (GObject *object)
{
  SolarKpi *self = (SolarKpi *)object;

  g_clear_pointer (&self->metric, g_free);
  g_clear_pointer (&self->unit, g_free);

  G_OBJECT_CLASS (solar_kpi_parent_class)->finalize (object);
}

static void
solar_kpi_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  SolarKpi *self = SOLAR_KPI (object);

  switch (prop_id)
    {
    case PROP_METRIC:
      g_value_set_string (value, self->metric);
      break;
    case PROP_TARGET:
      g_value_set_double (value, self->target);
      break;
    case PROP_UNIT:
      g_value_set_string (value, self->unit);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
solar_kpi_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  SolarKpi *self = SOLAR_KPI (object);

  switch (prop_id)
    {
    case PROP_METRIC:
      solar_kpi_set_metric (self, g_value_get_string (value));
      break;
    case PROP_TARGET:
      solar_kpi_set_target (self, g_value_get_double (value));
      break;
    case PROP_UNIT:
      solar_kpi_set_unit (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
solar_kpi_class_init (SolarKpiClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = solar_kpi_finalize;
  object_class->get_property = solar_kpi_get_property;
  object_class->set_property = solar_kpi_set_property;

  properties[PROP_METRIC] = g_param_spec_string ("metric", NULL, NULL, "", flags);
  /* Negative values are representable on purpose: the rules flag them next to the field. */
  properties[PROP_TARGET] = g_param_spec_double ("target", NULL, NULL,
                                                 -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);
  properties[PROP_UNIT] = g_param_spec_string ("unit", NULL, NULL, "", flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
solar_kpi_init (SolarKpi *self)
{
  self->metric = g_strdup ("");
  self->unit = g_strdup ("");
}

SolarKpi *
solar_kpi_new (const char *metric,
               double      target,
               const char *unit)
{
  SolarKpi *self = g_object_new (SOLAR_TYPE_KPI, NULL);

  g_return_val_if_fail (isfinite (target), self);

  solar_set_string (&self->metric, metric);
  self->target = target;
  solar_set_string (&self->unit, unit);
  return self;
}

const char *
solar_kpi_get_metric (SolarKpi *self)
{
  g_return_val_if_fail (SOLAR_IS_KPI (self), NULL);
  return self->metric;
}

void
solar_kpi_set_metric (SolarKpi   *self,
                      const char *metric)
{
  g_return_if_fail (SOLAR_IS_KPI (self));
  if (solar_set_string (&self->metric, metric))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_METRIC]);
}

double
solar_kpi_get_target (SolarKpi *self)
{
  g_return_val_if_fail (SOLAR_IS_KPI (self), 0);
  return self->target;
}

void
solar_kpi_set_target (SolarKpi *self,
                      double    target)
{
  g_return_if_fail (SOLAR_IS_KPI (self));
  g_return_if_fail (isfinite (target));
  if (solar_set_double (&self->target, target))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET]);
}

const char *
solar_kpi_get_unit (SolarKpi *self)
{
  g_return_val_if_fail (SOLAR_IS_KPI (self), NULL);
  return self->unit;
}

void
solar_kpi_set_unit (SolarKpi   *self,
                    const char *unit)
{
  g_return_if_fail (SOLAR_IS_KPI (self));
  if (solar_set_string (&self->unit, unit))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNIT]);
}
