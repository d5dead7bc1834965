/* solar-milestone.h: a dated step of a campaign (teaser, launch day, live stream…)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define SOLAR_TYPE_MILESTONE (solar_milestone_get_type ())

G_DECLARE_FINAL_TYPE (SolarMilestone, solar_milestone, SOLAR, MILESTONE, GObject)

SolarMilestone *solar_milestone_new             (const char     *name,
                                                 const char     *date,
                                                 const char     *platform_id);
const char     *solar_milestone_get_name        (SolarMilestone *self);
void            solar_milestone_set_name        (SolarMilestone *self,
                                                 const char     *name);
const char     *solar_milestone_get_date        (SolarMilestone *self);
void            solar_milestone_set_date        (SolarMilestone *self,
                                                 const char     *date);
const char     *solar_milestone_get_platform_id (SolarMilestone *self);
void            solar_milestone_set_platform_id (SolarMilestone *self,
                                                 const char     *platform_id);

G_END_DECLS
