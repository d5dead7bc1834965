/* solar-kpi.h: one measurable target of a platform's plan ("views", 5000000, "count")
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define SOLAR_TYPE_KPI (solar_kpi_get_type ())

G_DECLARE_FINAL_TYPE (SolarKpi, solar_kpi, SOLAR, KPI, GObject)

SolarKpi   *solar_kpi_new        (const char *metric,
                                  double      target,
                                  const char *unit);
const char *solar_kpi_get_metric (SolarKpi   *self);
void        solar_kpi_set_metric (SolarKpi   *self,
                                  const char *metric);
double      solar_kpi_get_target (SolarKpi   *self);
void        solar_kpi_set_target (SolarKpi   *self,
                                  double      target);
const char *solar_kpi_get_unit   (SolarKpi   *self);
void        solar_kpi_set_unit   (SolarKpi   *self,
                                  const char *unit);

G_END_DECLS
