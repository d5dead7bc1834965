/* solar-plan-table-section.c: a list of the plan shown as a table
 *
 * A plan may book a thousand KOCs and have hundreds of milestones and KPIs: each is a
 * table of its own (solar-kol-table.c, solar-milestone-table.c, solar-kpi-table.c) that
 * builds only the rows on screen. The form's template names the section and the kind of
 * table ("table-type"); the table is made when the form binds the section to its plan.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-plan-editor"

#include "config.h"

#include "solar-kol-table.h"
#include "solar-kpi-table.h"
#include "solar-milestone-table.h"
#include "solar-plan-editor-private.h"
#include "solar-plan-table-section.h"

struct _SolarPlanTableSection
{
  AdwPreferencesGroup  parent_instance;
  GType                table_type;
  GtkWidget           *table;
};

enum {
  PROP_0,
  PROP_TABLE_TYPE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void solar_plan_table_section_iface_init (SolarPlanSectionInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SolarPlanTableSection, solar_plan_table_section, ADW_TYPE_PREFERENCES_GROUP,
                               G_IMPLEMENT_INTERFACE (SOLAR_TYPE_PLAN_SECTION,
                                                      solar_plan_table_section_iface_init))

/* Returns: (transfer none) (nullable): the table, once the section is bound */
GtkWidget *
solar_plan_table_section_get_table (SolarPlanTableSection *self)
{
  g_return_val_if_fail (SOLAR_IS_PLAN_TABLE_SECTION (self), NULL);
  return self->table;
}

static void
solar_plan_table_section_bind (SolarPlanSection *section,
                               SolarPlanEditor  *editor)
{
  SolarPlanTableSection *self = SOLAR_PLAN_TABLE_SECTION (section);
  SolarPlanHistory *history = solar_document_get_history (solar_plan_editor_get_document (editor));
  SolarDataset *dataset = solar_plan_editor_get_dataset (editor);

  g_return_if_fail (self->table == NULL);

  if (self->table_type == SOLAR_TYPE_KOL_TABLE)
    self->table = solar_kol_table_new (history, dataset);
  else if (self->table_type == SOLAR_TYPE_MILESTONE_TABLE)
    self->table = solar_milestone_table_new (history, dataset);
  else if (self->table_type == SOLAR_TYPE_KPI_TABLE)
    self->table = solar_kpi_table_new (history, dataset);
  else
    g_return_if_reached ();
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), self->table);
}

static void
solar_plan_table_section_iface_init (SolarPlanSectionInterface *iface)
{
  iface->bind = solar_plan_table_section_bind;
}

static void
solar_plan_table_section_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  SolarPlanTableSection *self = SOLAR_PLAN_TABLE_SECTION (object);

  switch (prop_id)
    {
    case PROP_TABLE_TYPE:
      g_value_set_gtype (value, self->table_type);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
solar_plan_table_section_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  SolarPlanTableSection *self = SOLAR_PLAN_TABLE_SECTION (object);

  switch (prop_id)
    {
    case PROP_TABLE_TYPE:
      self->table_type = g_value_get_gtype (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
solar_plan_table_section_class_init (SolarPlanTableSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = solar_plan_table_section_get_property;
  object_class->set_property = solar_plan_table_section_set_property;

  /* SolarKolTable, SolarMilestoneTable or SolarKpiTable */
  properties[PROP_TABLE_TYPE] =
    g_param_spec_gtype ("table-type", NULL, NULL, GTK_TYPE_WIDGET,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
solar_plan_table_section_init (SolarPlanTableSection *self)
{
}
