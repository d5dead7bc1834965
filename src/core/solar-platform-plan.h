/* solar-platform-plan.h: what a campaign does on one platform: budget, tactics, hashtags, KPIs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "solar-kpi.h"

G_BEGIN_DECLS

typedef enum
{
  SOLAR_ALLOCATION_AMOUNT,   /* a sum in the campaign's currency */
  SOLAR_ALLOCATION_SHARE,    /* a percentage of the campaign's total budget */
} SolarAllocationMode;

#define SOLAR_TYPE_ALLOCATION_MODE (solar_allocation_mode_get_type ())
GType solar_allocation_mode_get_type (void);

#define SOLAR_TYPE_PLATFORM_PLAN (solar_platform_plan_get_type ())

G_DECLARE_FINAL_TYPE (SolarPlatformPlan, solar_platform_plan, SOLAR, PLATFORM_PLAN, GObject)

SolarPlatformPlan   *solar_platform_plan_new                  (const char          *platform_id);
const char          *solar_platform_plan_get_platform_id      (SolarPlatformPlan   *self);
void                 solar_platform_plan_set_platform_id      (SolarPlatformPlan   *self,
                                                               const char          *platform_id);
SolarAllocationMode  solar_platform_plan_get_allocation_mode  (SolarPlatformPlan   *self);
void                 solar_platform_plan_set_allocation_mode  (SolarPlatformPlan   *self,
                                                               SolarAllocationMode  mode);
double               solar_platform_plan_get_allocation_value (SolarPlatformPlan   *self);
void                 solar_platform_plan_set_allocation_value (SolarPlatformPlan   *self,
                                                               double               value);
double               solar_platform_plan_get_amount           (SolarPlatformPlan   *self,
                                                               double               total_budget);
const char * const  *solar_platform_plan_get_tactics          (SolarPlatformPlan   *self);
void                 solar_platform_plan_set_tactics          (SolarPlatformPlan   *self,
                                                               const char * const  *tactics);
gboolean             solar_platform_plan_has_tactic           (SolarPlatformPlan   *self,
                                                               const char          *item_id);
gboolean             solar_platform_plan_add_tactic           (SolarPlatformPlan   *self,
                                                               const char          *item_id);
gboolean             solar_platform_plan_remove_tactic        (SolarPlatformPlan   *self,
                                                               const char          *item_id);
const char * const  *solar_platform_plan_get_hashtags         (SolarPlatformPlan   *self);
void                 solar_platform_plan_set_hashtags         (SolarPlatformPlan   *self,
                                                               const char * const  *hashtags);
GListModel          *solar_platform_plan_get_kpis             (SolarPlatformPlan   *self);
void                 solar_platform_plan_add_kpi              (SolarPlatformPlan   *self,
                                                               SolarKpi            *kpi);
void                 solar_platform_plan_insert_kpi           (SolarPlatformPlan   *self,
                                                               guint                position,
                                                               SolarKpi            *kpi);
gboolean             solar_platform_plan_remove_kpi           (SolarPlatformPlan   *self,
                                                               SolarKpi            *kpi);

G_END_DECLS
