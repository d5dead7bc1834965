/* solar-plan-basics-section.c: the plan's name, brand, objective, key message and notes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-plan-editor"

#include "config.h"

#include "solar-plan-basics-section.h"
#include "solar-plan-editor-private.h"

struct _SolarPlanBasicsSection
{
  AdwPreferencesGroup  parent_instance;
  AdwEntryRow         *name_row;
  AdwEntryRow         *brand_row;
  AdwComboRow         *objective_row;
  AdwEntryRow         *key_message_row;
  AdwEntryRow         *notes_row;
};

static void solar_plan_basics_section_iface_init (SolarPlanSectionInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SolarPlanBasicsSection, solar_plan_basics_section, ADW_TYPE_PREFERENCES_GROUP,
                               G_IMPLEMENT_INTERFACE (SOLAR_TYPE_PLAN_SECTION,
                                                      solar_plan_basics_section_iface_init))

static void
solar_plan_basics_section_bind (SolarPlanSection *section,
                                SolarPlanEditor  *editor)
{
  SolarPlanBasicsSection *self = SOLAR_PLAN_BASICS_SECTION (section);
  SolarCampaign *campaign = solar_plan_editor_get_campaign (editor);
  const struct { AdwEntryRow *row; const char *property, *field; } entries[] = {
    { self->name_row, "name", "name" },
    { self->brand_row, "brand", "brand" },
    { self->key_message_row, "key-message", "key_message" },
    { self->notes_row, "notes", "notes" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      solar_plan_rows_bind_entry (entries[i].row, campaign, entries[i].property);
      solar_plan_editor_track (editor, GTK_WIDGET (entries[i].row), entries[i].field);
    }
  solar_plan_rows_bind_choice (self->objective_row, solar_objective_get_labels (), campaign, "objective");
  solar_plan_editor_track (editor, GTK_WIDGET (self->objective_row), "objective");
}

static void
solar_plan_basics_section_iface_init (SolarPlanSectionInterface *iface)
{
  iface->bind = solar_plan_basics_section_bind;
}

static void
solar_plan_basics_section_class_init (SolarPlanBasicsSectionClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/socialsolar/SocialSolar/ui/plan-editor/solar-plan-basics-section.ui");
  gtk_widget_class_bind_template_child (widget_class, SolarPlanBasicsSection, name_row);
  gtk_widget_class_bind_template_child (widget_class, SolarPlanBasicsSection, brand_row);
  gtk_widget_class_bind_template_child (widget_class, SolarPlanBasicsSection, objective_row);
  gtk_widget_class_bind_template_child (widget_class, SolarPlanBasicsSection, key_message_row);
  gtk_widget_class_bind_template_child (widget_class, SolarPlanBasicsSection, notes_row);
}

static void
solar_plan_basics_section_init (SolarPlanBasicsSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
