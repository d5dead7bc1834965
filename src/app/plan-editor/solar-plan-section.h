/* solar-plan-section.h: a section of the plan form
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef struct _SolarPlanEditor SolarPlanEditor;

#define SOLAR_TYPE_PLAN_SECTION (solar_plan_section_get_type ())

G_DECLARE_INTERFACE (SolarPlanSection, solar_plan_section, SOLAR, PLAN_SECTION, GtkWidget)

struct _SolarPlanSectionInterface
{
  GTypeInterface parent_iface;

  /* Binds the section's rows to the editor's plan, and tells the editor which row shows
   * which field (solar_plan_editor_track()). Called once, after the form is built. */
  void (*bind) (SolarPlanSection *self,
                SolarPlanEditor  *editor);
};

void solar_plan_section_bind (SolarPlanSection *self,
                              SolarPlanEditor  *editor);

G_END_DECLS
