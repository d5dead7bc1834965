/* solar-kpi-table.c: the KPIs of every platform of the plan as one table
 *
 * Each platform of the plan keeps its own KPIs; the table shows them all, grouped by
 * platform in the plan's order, so a planner reads every target at once and compares
 * platforms. A new KPI is added for a platform chosen from Add KPI's menu (or from the
 * platform's row in the form).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-kpi-table"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "solar-accessible.h"
#include "solar-kpi-table.h"
#include "solar-number.h"
#include "solar-table-view.h"

struct _SolarKpiTable
{
  SolarPlanTable  parent_instance;
  GHashTable     *owners;        /* KPI → the platform's plan holding it; empty when stale */
};

G_DEFINE_FINAL_TYPE (SolarKpiTable, solar_kpi_table, SOLAR_TYPE_PLAN_TABLE)

static const SolarPlanColumn columns[] = {
  { "platform", NULL, N_("Platform"), SOLAR_PLAN_CELL_LABEL, 140, FALSE },
  { "metric", "metric", N_("Metric"), SOLAR_PLAN_CELL_TEXT, 200, TRUE },
  { "target", "target", N_("Target"), SOLAR_PLAN_CELL_NUMBER, 130, FALSE },
  { "unit", "unit", N_("Unit"), SOLAR_PLAN_CELL_TEXT, 110, FALSE },
};

static char *
dup_platform_name (SolarPlanTable *table,
                   const char     *platform_id)
{
  SolarPlatform *platform = solar_dataset_find_platform (solar_plan_table_get_dataset (table), platform_id);

  return g_strdup (platform != NULL ? solar_text_get (solar_platform_get_name (platform)) : platform_id);
}

/* Every row asks which platform its KPI is of: a table built once for all KPIs, each time
 * KPIs come or go, rather than a search of every platform's list for each row. */
static void
fill_owners (SolarKpiTable *self)
{
  GListModel *platforms = solar_campaign_get_platforms (solar_plan_table_get_campaign (SOLAR_PLAN_TABLE (self)));

  for (guint i = 0; i < g_list_model_get_n_items (platforms); i++)
    {
      g_autoptr(SolarPlatformPlan) plan = g_list_model_get_item (platforms, i);
      GListModel *kpis = solar_platform_plan_get_kpis (plan);

      for (guint j = 0; j < g_list_model_get_n_items (kpis); j++)
        {
          g_autoptr(SolarKpi) kpi = g_list_model_get_item (kpis, j);

          g_hash_table_insert (self->owners, kpi, plan);
        }
    }
}

static void
forget_owners (SolarKpiTable *self)
{
  g_hash_table_remove_all (self->owners);
}

/* The platform's plan holding @kpi, and where in its KPIs. */
static SolarPlatformPlan *
find_platform_plan (SolarPlanTable *table,
                    SolarKpi       *kpi,
                    guint          *position)
{
  SolarKpiTable *self = SOLAR_KPI_TABLE (table);
  SolarPlatformPlan *plan;

  if (g_hash_table_size (self->owners) == 0)
    fill_owners (self);
  if ((plan = g_hash_table_lookup (self->owners, kpi)) == NULL)
    return NULL;
  if (position != NULL)
    *position = solar_table_view_find_item (solar_platform_plan_get_kpis (plan), kpi);
  return plan;
}

static char *
dup_kpi_platform_name (SolarPlanTable *table,
                       SolarKpi       *kpi)
{
  SolarPlatformPlan *plan = find_platform_plan (table, kpi, NULL);

  return plan != NULL ? dup_platform_name (table, solar_platform_plan_get_platform_id (plan)) : g_strdup ("");
}

static char *
dup_label (SolarPlanTable        *table,
           gpointer               item,
           const SolarPlanColumn *column)
{
  return dup_kpi_platform_name (table, item);
}

static char *
describe_row (SolarPlanTable *table,
              gpointer        item,
              guint           position,
              guint           n_items)
{
  SolarKpi *kpi = item;
  const char *metric = solar_kpi_get_metric (kpi);
  g_autofree char *platform = dup_kpi_platform_name (table, kpi);
  g_autofree char *target = solar_number_format (solar_kpi_get_target (kpi));

  /* TRANSLATORS: a row of the KPI table as a screen reader says it: "KPI 3 of 12: Douyin,
   * Views, 1,000,000 views" */
  return g_strdup_printf (_("KPI %1$u of %2$u: %3$s, %4$s, %5$s %6$s"), position + 1, n_items, platform,
                          *metric != '\0' ? metric : _("no metric"), target, solar_kpi_get_unit (kpi));
}

static char *
describe_count (SolarPlanTable *table,
                guint           n_items,
                SolarPlanCount  count)
{
  if (count == SOLAR_PLAN_COUNT_REMOVED)
    return g_strdup_printf (ngettext ("Removed %u KPI", "Removed %u KPIs", n_items), n_items);
  if (count == SOLAR_PLAN_COUNT_REMOVAL)
    return g_strdup_printf (ngettext ("Remove %u KPI", "Remove %u KPIs", n_items), n_items);
  if (count == SOLAR_PLAN_COUNT_COPIED)
    return g_strdup_printf (ngettext ("Copied %u KPI", "Copied %u KPIs", n_items), n_items);

  return g_strdup_printf (ngettext ("%u KPI, by platform", "%u KPIs, by platform", n_items), n_items);
}

/* "platforms[1].kpis[0].target": the first KPI of the plan's second platform. */
static gpointer
find_item (SolarPlanTable  *table,
           const char      *field,
           const char     **member)
{
  GListModel *platforms = solar_campaign_get_platforms (solar_plan_table_get_campaign (table));
  g_autoptr(SolarPlatformPlan) plan = NULL;
  GListModel *kpis;
  guint64 platform, index;
  char *end;

  if (!g_str_has_prefix (field, "platforms["))
    return NULL;
  platform = g_ascii_strtoull (field + strlen ("platforms["), &end, 10);
  if (!g_str_has_prefix (end, "].kpis[") || platform >= g_list_model_get_n_items (platforms))
    return NULL;
  plan = g_list_model_get_item (platforms, (guint)platform);
  kpis = solar_platform_plan_get_kpis (plan);
  index = g_ascii_strtoull (end + strlen ("].kpis["), &end, 10);
  if (*end != ']' || index >= g_list_model_get_n_items (kpis))
    return NULL;
  *member = end + 1;
  return g_list_model_get_item (kpis, (guint)index);
}

static char *
dup_owner_id (SolarPlanTable *table,
              gpointer        item)
{
  SolarPlatformPlan *plan = find_platform_plan (table, item, NULL);

  return g_strdup (plan != NULL ? solar_platform_plan_get_platform_id (plan) : "");
}

static gboolean
take_out (SolarPlanTable *table,
          gpointer        item)
{
  SolarPlatformPlan *plan = find_platform_plan (table, item, NULL);

  return plan != NULL && solar_platform_plan_remove_kpi (plan, item);
}

/* @where: the platform's id; "" for the plan's first platform */
static gpointer
add_item (SolarPlanTable *table,
          const char     *where)
{
  GListModel *platforms = solar_campaign_get_platforms (solar_plan_table_get_campaign (table));
  SolarKpi *kpi;

  for (guint i = 0; i < g_list_model_get_n_items (platforms); i++)
    {
      g_autoptr(SolarPlatformPlan) plan = g_list_model_get_item (platforms, i);

      if (*where != '\0' && !g_str_equal (solar_platform_plan_get_platform_id (plan), where))
        continue;
      kpi = solar_kpi_new ("", 0, "");
      solar_platform_plan_add_kpi (plan, kpi);
      return kpi;
    }
  return NULL;
}

static gpointer
get_kpis (gpointer item,
          gpointer user_data)
{
  GListModel *kpis = solar_platform_plan_get_kpis (item);

  g_object_unref (item);
  return g_object_ref (kpis);
}

/* Add KPI asks for which platform: one choice per platform of the plan. */
static void
on_platforms_changed (SolarKpiTable *self)
{
  SolarPlanTable *table = SOLAR_PLAN_TABLE (self);
  GListModel *platforms = solar_campaign_get_platforms (solar_plan_table_get_campaign (table));
  g_autoptr(GMenu) menu = g_menu_new ();
  guint n = g_list_model_get_n_items (platforms);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SolarPlatformPlan) plan = g_list_model_get_item (platforms, i);
      const char *id = solar_platform_plan_get_platform_id (plan);
      g_autofree char *name = dup_platform_name (table, id);
      g_autoptr(GMenuItem) menu_item = g_menu_item_new (name, NULL);

      g_menu_item_set_action_and_target (menu_item, "table.add", "s", id);
      g_menu_append_item (menu, menu_item);
    }
  solar_plan_table_set_add_menu (table, G_MENU_MODEL (menu));
  solar_plan_table_set_texts (table, _("KPIs"), _("Add KPI"), _("Remove the selected KPIs"),
                              n == 0 ? _("No KPIs yet. KPIs belong to a platform: add a platform to the plan first.")
                                     : _("No KPIs yet. Add what each platform should reach with Add KPI."));
  /* A KPI's platform is shown from the plan's list, which just changed. */
  solar_plan_table_refresh (table);
}

static void
solar_kpi_table_finalize (GObject *object)
{
  SolarKpiTable *self = SOLAR_KPI_TABLE (object);

  g_hash_table_unref (self->owners);

  G_OBJECT_CLASS (solar_kpi_table_parent_class)->finalize (object);
}

static void
solar_kpi_table_class_init (SolarKpiTableClass *klass)
{
  SolarPlanTableClass *table_class = SOLAR_PLAN_TABLE_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = solar_kpi_table_finalize;

  table_class->describe_row = describe_row;
  table_class->describe_count = describe_count;
  table_class->dup_label = dup_label;
  table_class->find_item = find_item;
  table_class->take_out = take_out;
  table_class->dup_owner_id = dup_owner_id;
  table_class->add_item = add_item;
}

static void
solar_kpi_table_init (SolarKpiTable *self)
{
  self->owners = g_hash_table_new (NULL, NULL);
}

GtkWidget *
solar_kpi_table_new (SolarPlanHistory *history,
                     SolarDataset     *dataset)
{
  SolarKpiTable *self;
  GListModel *platforms;
  g_autoptr(GtkFlattenListModel) kpis = NULL;
  SolarCampaign *campaign;

  g_return_val_if_fail (SOLAR_IS_PLAN_HISTORY (history), NULL);
  g_return_val_if_fail (SOLAR_IS_DATASET (dataset), NULL);

  campaign = solar_plan_history_get_campaign (history);
  self = g_object_new (SOLAR_TYPE_KPI_TABLE, NULL);
  platforms = solar_campaign_get_platforms (campaign);
  /* Every platform's KPIs in a row, in the plan's order: grouped by platform. */
  kpis = gtk_flatten_list_model_new (G_LIST_MODEL (gtk_map_list_model_new (g_object_ref (platforms), get_kpis,
                                                                            NULL, NULL)));
  /* Before the table hears of a change, so that its rows see the new owners. */
  g_signal_connect_object (kpis, "items-changed", G_CALLBACK (forget_owners), self, G_CONNECT_SWAPPED);
  solar_plan_table_set_up (SOLAR_PLAN_TABLE (self), history, dataset, G_LIST_MODEL (kpis), NULL,
                           columns, G_N_ELEMENTS (columns));
  /* Rows copied out and pasted in, as a sheet holds them: platform, metric, target, unit. */
  solar_plan_table_set_rows_kind (SOLAR_PLAN_TABLE (self), SOLAR_ROSTER_KPIS, NULL);
  on_platforms_changed (self);
  g_signal_connect_object (platforms, "items-changed", G_CALLBACK (on_platforms_changed), self, G_CONNECT_SWAPPED);
  return GTK_WIDGET (self);
}
