/* solar-plan-section.c: a section of the plan form
 *
 * The form (solar-plan-editor.c) is built from its template as a column of sections, each
 * a widget with a template of its own, as GNOME Calendar builds its event editor. The
 * sections know nothing of the plan until the form binds them to it, once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "solar-plan-section.h"

G_DEFINE_INTERFACE (SolarPlanSection, solar_plan_section, GTK_TYPE_WIDGET)

static void
solar_plan_section_default_init (SolarPlanSectionInterface *iface)
{
}

void
solar_plan_section_bind (SolarPlanSection *self,
                         SolarPlanEditor  *editor)
{
  g_return_if_fail (SOLAR_IS_PLAN_SECTION (self));
  SOLAR_PLAN_SECTION_GET_IFACE (self)->bind (self, editor);
}
