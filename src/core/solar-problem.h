/* solar-problem.h: something the rules found in a plan, and where
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  SOLAR_SEVERITY_WARNING,   /* worth a look; the plan is still consistent */
  SOLAR_SEVERITY_ERROR,     /* the plan contradicts itself or the platform */
} SolarSeverity;

#define SOLAR_TYPE_SEVERITY (solar_severity_get_type ())
GType solar_severity_get_type (void);

#define SOLAR_TYPE_PROBLEM (solar_problem_get_type ())

G_DECLARE_FINAL_TYPE (SolarProblem, solar_problem, SOLAR, PROBLEM, GObject)

SolarProblem  *solar_problem_new          (SolarSeverity  severity,
                                           const char    *rule_id,
                                           const char    *field,
                                           const char    *message);
SolarSeverity  solar_problem_get_severity (SolarProblem  *self);
const char    *solar_problem_get_rule_id  (SolarProblem  *self);
const char    *solar_problem_get_field    (SolarProblem  *self);
const char    *solar_problem_get_message  (SolarProblem  *self);
void           solar_problem_set_source   (SolarProblem  *self,
                                           const char    *source);
const char    *solar_problem_get_source   (SolarProblem  *self);

guint          solar_problems_count       (GListModel    *problems,
                                           SolarSeverity  severity);

G_END_DECLS
