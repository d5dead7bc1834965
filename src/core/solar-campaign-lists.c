/* solar-campaign-lists.c: a plan's milestones, platforms and KOLs
 *
 * Each is a GListStore the editor shows as it is (a GtkListView or AdwPreferencesGroup per
 * list); the plan watches the stores and their items, so a change anywhere in them emits the
 * plan's "changed". Milestones, platforms and KOLs are kept in the order the planner gave
 * them, which is the order they are saved in.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-campaign"

#include "config.h"

#include <string.h>

#include "solar-campaign-private.h"

static gboolean
remove_item (GListStore *store,
             gpointer    item)
{
  guint position;

  if (!g_list_store_find (store, item, &position))
    return FALSE;
  g_list_store_remove (store, position);
  return TRUE;
}

/* Returns: (transfer none): the #SolarMilestone steps, in the order the planner gave them */
GListModel *
solar_campaign_get_milestones (SolarCampaign *self)
{
  g_return_val_if_fail (SOLAR_IS_CAMPAIGN (self), NULL);
  return G_LIST_MODEL (self->milestones);
}

void
solar_campaign_add_milestone (SolarCampaign  *self,
                              SolarMilestone *milestone)
{
  g_return_if_fail (SOLAR_IS_CAMPAIGN (self));
  g_return_if_fail (SOLAR_IS_MILESTONE (milestone));
  g_list_store_append (self->milestones, milestone);
}

/* At @position of the plan's milestones, or last if there are fewer: a removal undone. */
void
solar_campaign_insert_milestone (SolarCampaign  *self,
                                 guint           position,
                                 SolarMilestone *milestone)
{
  g_return_if_fail (SOLAR_IS_CAMPAIGN (self));
  g_return_if_fail (SOLAR_IS_MILESTONE (milestone));
  g_list_store_insert (self->milestones,
                       MIN (position, g_list_model_get_n_items (G_LIST_MODEL (self->milestones))), milestone);
}

/* @milestones at the end of the plan's, at once (an import): the plan changes once. */
void
solar_campaign_add_milestones (SolarCampaign   *self,
                               SolarMilestone **milestones,
                               guint            n_milestones)
{
  g_return_if_fail (SOLAR_IS_CAMPAIGN (self));
  g_return_if_fail (milestones != NULL || n_milestones == 0);

  for (guint i = 0; i < n_milestones; i++)
    g_return_if_fail (SOLAR_IS_MILESTONE (milestones[i]));
  g_list_store_splice (self->milestones, g_list_model_get_n_items (G_LIST_MODEL (self->milestones)), 0,
                       (gpointer *)milestones, n_milestones);
}

gboolean
solar_campaign_remove_milestone (SolarCampaign  *self,
                                 SolarMilestone *milestone)
{
  g_return_val_if_fail (SOLAR_IS_CAMPAIGN (self), FALSE);
  g_return_val_if_fail (SOLAR_IS_MILESTONE (milestone), FALSE);
  return remove_item (self->milestones, milestone);
}

/* Returns: (transfer none): the #SolarPlatformPlan of each platform the campaign uses */
GListModel *
solar_campaign_get_platforms (SolarCampaign *self)
{
  g_return_val_if_fail (SOLAR_IS_CAMPAIGN (self), NULL);
  return G_LIST_MODEL (self->platforms);
}

void
solar_campaign_add_platform (SolarCampaign     *self,
                             SolarPlatformPlan *platform)
{
  g_return_if_fail (SOLAR_IS_CAMPAIGN (self));
  g_return_if_fail (SOLAR_IS_PLATFORM_PLAN (platform));
  g_list_store_append (self->platforms, platform);
}

gboolean
solar_campaign_remove_platform (SolarCampaign     *self,
                                SolarPlatformPlan *platform)
{
  g_return_val_if_fail (SOLAR_IS_CAMPAIGN (self), FALSE);
  g_return_val_if_fail (SOLAR_IS_PLATFORM_PLAN (platform), FALSE);
  return remove_item (self->platforms, platform);
}

/**
 * solar_campaign_find_platform:
 * @platform_id: a platform id of the dataset, such as "douyin"
 *
 * Returns: (transfer none) (nullable): the first plan for that platform
 */
SolarPlatformPlan *
solar_campaign_find_platform (SolarCampaign *self,
                              const char    *platform_id)
{
  guint n_items;

  g_return_val_if_fail (SOLAR_IS_CAMPAIGN (self), NULL);
  g_return_val_if_fail (platform_id != NULL, NULL);

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->platforms));
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(SolarPlatformPlan) plan = g_list_model_get_item (G_LIST_MODEL (self->platforms), i);

      if (g_str_equal (solar_platform_plan_get_platform_id (plan), platform_id))
        return plan;   /* the store keeps it alive */
    }
  return NULL;
}

/**
 * solar_campaign_add_tactic:
 * @platform_id: the platform the item belongs to, such as "wechat"
 * @item_id: an item of that platform, such as "wechat.mini-programs"
 *
 * What "Add to campaign" on a platform page does: adds the item to the platform's tactics,
 * adding the platform to the plan first if it is not there yet.
 *
 * Returns: %TRUE if the tactic was added, %FALSE if the plan already had it
 */
gboolean
solar_campaign_add_tactic (SolarCampaign *self,
                           const char    *platform_id,
                           const char    *item_id)
{
  SolarPlatformPlan *plan;

  g_return_val_if_fail (SOLAR_IS_CAMPAIGN (self), FALSE);
  g_return_val_if_fail (platform_id != NULL && *platform_id != '\0', FALSE);
  g_return_val_if_fail (item_id != NULL, FALSE);
  /* Item ids are "<platform>.<slug>"; a mismatch is a caller passing the wrong platform. */
  g_return_val_if_fail (g_str_has_prefix (item_id, platform_id) &&
                        item_id[strlen (platform_id)] == '.', FALSE);

  plan = solar_campaign_find_platform (self, platform_id);
  if (plan == NULL)
    {
      g_autoptr(SolarPlatformPlan) new_plan = solar_platform_plan_new (platform_id);

      /* Give the tactic before the plan joins the list, so "changed" fires once. */
      solar_platform_plan_add_tactic (new_plan, item_id);
      g_list_store_append (self->platforms, new_plan);
      return TRUE;
    }
  return solar_platform_plan_add_tactic (plan, item_id);
}

/**
 * solar_campaign_get_platform_share:
 * @platform_id: a platform id of the dataset
 *
 * The platform's part of the total budget, whichever way it is allocated, for drawing it
 * (the diagram's campaign overlay). Amounts count as shares of the total; with no total
 * budget, only shares do.
 *
 * Returns: a percentage, 0 when the plan gives the platform no budget or does not use it
 */
double
solar_campaign_get_platform_share (SolarCampaign *self,
                                   const char    *platform_id)
{
  guint n_items;
  double share = 0;

  g_return_val_if_fail (SOLAR_IS_CAMPAIGN (self), 0);
  g_return_val_if_fail (platform_id != NULL, 0);

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->platforms));
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(SolarPlatformPlan) plan = g_list_model_get_item (G_LIST_MODEL (self->platforms), i);
      double value = solar_platform_plan_get_allocation_value (plan);

      if (!g_str_equal (solar_platform_plan_get_platform_id (plan), platform_id))
        continue;
      if (solar_platform_plan_get_allocation_mode (plan) == SOLAR_ALLOCATION_SHARE)
        share += value;
      else if (self->total_budget > 0)
        share += value / self->total_budget * 100.0;
    }
  return share;
}

/* Returns: (transfer none): the #SolarKol influencers booked */
GListModel *
solar_campaign_get_kols (SolarCampaign *self)
{
  g_return_val_if_fail (SOLAR_IS_CAMPAIGN (self), NULL);
  return G_LIST_MODEL (self->kols);
}

void
solar_campaign_add_kol (SolarCampaign *self,
                        SolarKol      *kol)
{
  g_return_if_fail (SOLAR_IS_CAMPAIGN (self));
  g_return_if_fail (SOLAR_IS_KOL (kol));
  g_list_store_append (self->kols, kol);
}

/* At @position of the roster (past its end: last), as when a removal is taken back. */
void
solar_campaign_insert_kol (SolarCampaign *self,
                           guint          position,
                           SolarKol      *kol)
{
  g_return_if_fail (SOLAR_IS_CAMPAIGN (self));
  g_return_if_fail (SOLAR_IS_KOL (kol));
  g_list_store_insert (self->kols, MIN (position, g_list_model_get_n_items (G_LIST_MODEL (self->kols))), kol);
}

/* @kols at the end of the roster, at once (an import): the plan changes once. */
void
solar_campaign_add_kols (SolarCampaign  *self,
                         SolarKol      **kols,
                         guint           n_kols)
{
  g_return_if_fail (SOLAR_IS_CAMPAIGN (self));
  g_return_if_fail (kols != NULL || n_kols == 0);

  for (guint i = 0; i < n_kols; i++)
    g_return_if_fail (SOLAR_IS_KOL (kols[i]));
  g_list_store_splice (self->kols, g_list_model_get_n_items (G_LIST_MODEL (self->kols)), 0,
                       (gpointer *)kols, n_kols);
}

gboolean
solar_campaign_remove_kol (SolarCampaign *self,
                           SolarKol      *kol)
{
  g_return_val_if_fail (SOLAR_IS_CAMPAIGN (self), FALSE);
  g_return_val_if_fail (SOLAR_IS_KOL (kol), FALSE);
  return remove_item (self->kols, kol);
}

/* Up to this many KOLs are removed by looking each up; more, by one pass over the list. */
#define FEW_KOLS 16

/**
 * solar_campaign_remove_kols:
 * @kols: (array length=n_kols): KOLs of the plan; others are ignored
 *
 * Takes several KOLs out at once, as one change: the list says so once ("items-changed"
 * for the span from the first to the last one removed), not once per KOL, so a table of a
 * thousand rows redraws once and the plan's "changed" fires once.
 *
 * Returns: how many were removed
 */
guint
solar_campaign_remove_kols (SolarCampaign  *self,
                            SolarKol      **kols,
                            guint           n_kols)
{
  g_autoptr(GHashTable) doomed = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) kept = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *model;
  guint n_items, first = G_MAXUINT, last = 0, removed = 0;

  g_return_val_if_fail (SOLAR_IS_CAMPAIGN (self), 0);
  g_return_val_if_fail (kols != NULL || n_kols == 0, 0);

  for (guint i = 0; i < n_kols; i++)
    g_hash_table_add (doomed, kols[i]);

  model = G_LIST_MODEL (self->kols);
  n_items = g_list_model_get_n_items (model);
  if (g_hash_table_size (doomed) <= FEW_KOLS)
    {
      GHashTableIter iter;
      gpointer kol;

      /* A few (a row removed from the table): each is looked for by pointer, without
       * taking and dropping a reference to every KOL of a 10,000-KOL plan. */
      g_hash_table_iter_init (&iter, doomed);
      while (g_hash_table_iter_next (&iter, &kol, NULL))
        {
          guint position;

          if (!g_list_store_find (self->kols, kol, &position))
            continue;
          first = MIN (first, position);
          last = MAX (last, position);
          removed++;
        }
    }
  else
    for (guint i = 0; i < n_items; i++)
      {
        SolarKol *kol = g_list_model_get_item (model, i);

        if (g_hash_table_contains (doomed, kol))
          {
            first = MIN (first, i);
            last = i;
            removed++;
          }
        g_object_unref (kol);
      }
  if (removed == 0)
    return 0;

  for (guint i = first; i <= last; i++)
    {
      SolarKol *kol = g_list_model_get_item (model, i);

      if (g_hash_table_contains (doomed, kol))
        g_object_unref (kol);
      else
        g_ptr_array_add (kept, kol);
    }
  g_list_store_splice (self->kols, first, last - first + 1, kept->pdata, kept->len);
  return removed;
}
