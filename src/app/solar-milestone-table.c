/* solar-milestone-table.c: the plan's milestones as a table, by date
 *
 * The rows show in date order, undated ones last, however the planner added them; the
 * file keeps the planner's order. A date typed in moves its row to its place, and the
 * focus goes with it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-milestone-table"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "solar-milestone-table.h"
#include "solar-plan-checks.h"

struct _SolarMilestoneTable
{
  SolarPlanTable parent_instance;
};

G_DEFINE_FINAL_TYPE (SolarMilestoneTable, solar_milestone_table, SOLAR_TYPE_PLAN_TABLE)

static const SolarPlanColumn columns[] = {
  { "name", "name", N_("Name"), SOLAR_PLAN_CELL_TEXT, 220, TRUE },
  { "date", "date", N_("Date"), SOLAR_PLAN_CELL_DATE, 140, FALSE },
  { "platform", "platform-id", N_("Platform"), SOLAR_PLAN_CELL_PLATFORM, 170, FALSE },
};

/* Dates are YYYY-MM-DD, so their text sorts as they fall; a milestone without one has no
 * place in time yet and goes last. Equal dates keep the planner's order. */
static int
compare_dates (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  return solar_plan_compare_dates (solar_milestone_get_date ((SolarMilestone *)a),
                                   solar_milestone_get_date ((SolarMilestone *)b));
}

static char *
dup_platform_name (SolarPlanTable *table,
                   const char     *platform_id)
{
  SolarPlatform *platform = solar_dataset_find_platform (solar_plan_table_get_dataset (table), platform_id);

  if (*platform_id == '\0')
    return g_strdup (_("Any Platform"));
  return g_strdup (platform != NULL ? solar_text_get (solar_platform_get_name (platform)) : platform_id);
}

static char *
describe_row (SolarPlanTable *table,
              gpointer        item,
              guint           position,
              guint           n_items)
{
  SolarMilestone *milestone = item;
  const char *name = solar_milestone_get_name (milestone);
  const char *date = solar_milestone_get_date (milestone);
  g_autofree char *platform = dup_platform_name (table, solar_milestone_get_platform_id (milestone));

  /* TRANSLATORS: a row of the milestone table as a screen reader says it: "Milestone 3 of
   * 12: Launch, 2026-06-18, Douyin" */
  return g_strdup_printf (_("Milestone %1$u of %2$u: %3$s, %4$s, %5$s"), position + 1, n_items,
                          *name != '\0' ? name : _("Unnamed Milestone"),
                          *date != '\0' ? date : _("no date"), platform);
}

static char *
describe_count (SolarPlanTable *table,
                guint           n_items,
                SolarPlanCount  count)
{
  if (count == SOLAR_PLAN_COUNT_REMOVED)
    return g_strdup_printf (ngettext ("Removed %u milestone", "Removed %u milestones", n_items), n_items);
  if (count == SOLAR_PLAN_COUNT_REMOVAL)
    return g_strdup_printf (ngettext ("Remove %u Milestone", "Remove %u Milestones", n_items), n_items);
  if (count == SOLAR_PLAN_COUNT_COPIED)
    return g_strdup_printf (ngettext ("Copied %u milestone", "Copied %u milestones", n_items), n_items);
  return g_strdup_printf (ngettext ("%u milestone, by date", "%u milestones, by date", n_items), n_items);
}

/* "milestones[3].date": the fourth of the plan's milestones. */
static gpointer
find_item (SolarPlanTable  *table,
           const char      *field,
           const char     **member)
{
  GListModel *milestones = solar_campaign_get_milestones (solar_plan_table_get_campaign (table));
  guint64 index;
  char *end;

  if (!g_str_has_prefix (field, "milestones["))
    return NULL;
  index = g_ascii_strtoull (field + strlen ("milestones["), &end, 10);
  if (*end != ']' || index >= g_list_model_get_n_items (milestones))
    return NULL;
  *member = end + 1;
  return g_list_model_get_item (milestones, (guint)index);
}

static gboolean
take_out (SolarPlanTable *table,
          gpointer        item)
{
  return solar_campaign_remove_milestone (solar_plan_table_get_campaign (table), item);
}

static gpointer
add_item (SolarPlanTable *table,
          const char     *where)
{
  SolarMilestone *milestone = solar_milestone_new ("", "", "");

  solar_campaign_add_milestone (solar_plan_table_get_campaign (table), milestone);
  return milestone;
}

static void
solar_milestone_table_class_init (SolarMilestoneTableClass *klass)
{
  SolarPlanTableClass *table_class = SOLAR_PLAN_TABLE_CLASS (klass);

  table_class->describe_row = describe_row;
  table_class->describe_count = describe_count;
  table_class->find_item = find_item;
  table_class->take_out = take_out;
  table_class->add_item = add_item;
}

static void
solar_milestone_table_init (SolarMilestoneTable *self)
{
}

GtkWidget *
solar_milestone_table_new (SolarPlanHistory *history,
                           SolarDataset     *dataset)
{
  SolarMilestoneTable *self;
  g_autoptr(GtkSorter) by_date = NULL;
  SolarCampaign *campaign;

  g_return_val_if_fail (SOLAR_IS_PLAN_HISTORY (history), NULL);
  g_return_val_if_fail (SOLAR_IS_DATASET (dataset), NULL);

  campaign = solar_plan_history_get_campaign (history);
  self = g_object_new (SOLAR_TYPE_MILESTONE_TABLE, NULL);
  by_date = GTK_SORTER (gtk_custom_sorter_new (compare_dates, NULL, NULL));
  solar_plan_table_set_up (SOLAR_PLAN_TABLE (self), history, dataset,
                           solar_campaign_get_milestones (campaign), by_date,
                           columns, G_N_ELEMENTS (columns));
  solar_plan_table_set_texts (SOLAR_PLAN_TABLE (self), _("Milestones"), _("Add Milestone"),
                              _("Remove the selected milestones"),
                              _("No milestones yet. Add the campaign’s dated steps with Add Milestone."));
  solar_plan_table_set_rows_kind (SOLAR_PLAN_TABLE (self), SOLAR_ROSTER_MILESTONES,
                                  _("Import Milestones from a Spreadsheet (CSV)"));
  return GTK_WIDGET (self);
}
