/* solar-plan-audience-section.c: who the campaign is for: gender focus, city tiers,
 * creator segments and tribes (the last three as rows to tick: solar-plan-choices-row.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-plan-editor"

#include "config.h"

#include "solar-plan-audience-section.h"
#include "solar-plan-choices-row.h"
#include "solar-plan-editor-private.h"

struct _SolarPlanAudienceSection
{
  AdwPreferencesGroup  parent_instance;
  AdwComboRow         *gender_row;
  SolarPlanChoicesRow *city_tiers_row;
  SolarPlanChoicesRow *segments_row;
  SolarPlanChoicesRow *tribes_row;
};

static void solar_plan_audience_section_iface_init (SolarPlanSectionInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SolarPlanAudienceSection, solar_plan_audience_section, ADW_TYPE_PREFERENCES_GROUP,
                               G_IMPLEMENT_INTERFACE (SOLAR_TYPE_PLAN_SECTION,
                                                      solar_plan_audience_section_iface_init))

static void
solar_plan_audience_section_bind (SolarPlanSection *section,
                                  SolarPlanEditor  *editor)
{
  SolarPlanAudienceSection *self = SOLAR_PLAN_AUDIENCE_SECTION (section);
  SolarCampaign *campaign = solar_plan_editor_get_campaign (editor);
  SolarDataset *dataset = solar_plan_editor_get_dataset (editor);
  const char * const *tiers = solar_city_tier_list ();
  GListModel *segments = solar_dataset_get_segments (dataset);
  GListModel *tribes = solar_dataset_get_tribes (dataset);

  solar_plan_rows_bind_choice (self->gender_row, solar_gender_focus_get_labels (), campaign, "gender-focus");
  solar_plan_editor_track (editor, GTK_WIDGET (self->gender_row), "audience.gender_focus");

  for (guint i = 0; tiers[i] != NULL; i++)
    solar_plan_choices_row_add (self->city_tiers_row, tiers[i], solar_city_tier_get_label (tiers[i]), NULL);
  solar_plan_choices_row_bind (self->city_tiers_row, G_OBJECT (campaign), "city-tiers");
  solar_plan_editor_track (editor, GTK_WIDGET (self->city_tiers_row), "audience.city_tiers");

  for (guint i = 0; i < g_list_model_get_n_items (segments); i++)
    {
      g_autoptr(SolarSegment) segment = g_list_model_get_item (segments, i);

      solar_plan_choices_row_add (self->segments_row, solar_segment_get_id (segment),
                                  solar_text_get (solar_segment_get_name (segment)), NULL);
    }
  solar_plan_choices_row_bind (self->segments_row, G_OBJECT (campaign), "segments");
  solar_plan_editor_track (editor, GTK_WIDGET (self->segments_row), "audience.segments");

  for (guint i = 0; i < g_list_model_get_n_items (tribes); i++)
    {
      g_autoptr(SolarTribe) tribe = g_list_model_get_item (tribes, i);

      solar_plan_choices_row_add (self->tribes_row, solar_tribe_get_id (tribe),
                                  solar_text_get (solar_tribe_get_name (tribe)), NULL);
    }
  solar_plan_choices_row_bind (self->tribes_row, G_OBJECT (campaign), "tribes");
  solar_plan_editor_track (editor, GTK_WIDGET (self->tribes_row), "audience.tribes");
}

static void
solar_plan_audience_section_iface_init (SolarPlanSectionInterface *iface)
{
  iface->bind = solar_plan_audience_section_bind;
}

static void
solar_plan_audience_section_class_init (SolarPlanAudienceSectionClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  g_type_ensure (SOLAR_TYPE_PLAN_CHOICES_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/socialsolar/SocialSolar/ui/plan-editor/solar-plan-audience-section.ui");
  gtk_widget_class_bind_template_child (widget_class, SolarPlanAudienceSection, gender_row);
  gtk_widget_class_bind_template_child (widget_class, SolarPlanAudienceSection, city_tiers_row);
  gtk_widget_class_bind_template_child (widget_class, SolarPlanAudienceSection, segments_row);
  gtk_widget_class_bind_template_child (widget_class, SolarPlanAudienceSection, tribes_row);
}

static void
solar_plan_audience_section_init (SolarPlanAudienceSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
