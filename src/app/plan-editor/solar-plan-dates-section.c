/* solar-plan-dates-section.c: the campaign's span and budget
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-plan-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "solar-date-picker.h"
#include "solar-plan-dates-section.h"
#include "solar-plan-editor-private.h"

struct _SolarPlanDatesSection
{
  AdwPreferencesGroup  parent_instance;
  AdwEntryRow         *start_row;
  AdwEntryRow         *end_row;
  AdwActionRow        *budget_row;
  AdwEntryRow         *currency_row;
};

static void solar_plan_dates_section_iface_init (SolarPlanSectionInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SolarPlanDatesSection, solar_plan_dates_section, ADW_TYPE_PREFERENCES_GROUP,
                               G_IMPLEMENT_INTERFACE (SOLAR_TYPE_PLAN_SECTION,
                                                      solar_plan_dates_section_iface_init))

static void
solar_plan_dates_section_bind (SolarPlanSection *section,
                               SolarPlanEditor  *editor)
{
  SolarPlanDatesSection *self = SOLAR_PLAN_DATES_SECTION (section);
  SolarCampaign *campaign = solar_plan_editor_get_campaign (editor);

  solar_plan_rows_bind_entry (self->start_row, campaign, "start-date");
  /* Typed or picked: a calendar marking China's key dates beside each date. */
  adw_entry_row_add_suffix (self->start_row,
                            solar_date_picker_new (GTK_EDITABLE (self->start_row), _("Start Date")));
  adw_entry_row_add_suffix (self->end_row,
                            solar_date_picker_new (GTK_EDITABLE (self->end_row), _("End Date")));
  solar_plan_editor_track (editor, GTK_WIDGET (self->start_row), "start_date");
  solar_plan_rows_bind_entry (self->end_row, campaign, "end-date");
  solar_plan_editor_track (editor, GTK_WIDGET (self->end_row), "end_date");
  solar_plan_rows_add_spin (self->budget_row, _("Total budget"), 1000, campaign, "total-budget");
  solar_plan_editor_track (editor, GTK_WIDGET (self->budget_row), "budget.total");
  solar_plan_rows_bind_entry (self->currency_row, campaign, "currency");
  solar_plan_editor_track (editor, GTK_WIDGET (self->currency_row), "budget.currency");
}

static void
solar_plan_dates_section_iface_init (SolarPlanSectionInterface *iface)
{
  iface->bind = solar_plan_dates_section_bind;
}

static void
solar_plan_dates_section_class_init (SolarPlanDatesSectionClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/socialsolar/SocialSolar/ui/plan-editor/solar-plan-dates-section.ui");
  gtk_widget_class_bind_template_child (widget_class, SolarPlanDatesSection, start_row);
  gtk_widget_class_bind_template_child (widget_class, SolarPlanDatesSection, end_row);
  gtk_widget_class_bind_template_child (widget_class, SolarPlanDatesSection, budget_row);
  gtk_widget_class_bind_template_child (widget_class, SolarPlanDatesSection, currency_row);
}

static void
solar_plan_dates_section_init (SolarPlanDatesSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
