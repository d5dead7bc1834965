/* test-plan-history.c: undo and redo of a plan (issue 15)
 *
 * Each test changes a plan the way the editor does (setters, list changes), then checks
 * what undo and redo give back against the saved file: byte for byte, the plan is what it
 * was, not just "a step went away".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "solar-campaign-io.h"
#include "solar-plan-history.h"

static SolarCampaign *
load_template (const char *id)
{
  g_autoptr(GError) error = NULL;
  SolarCampaign *campaign = solar_campaign_new_from_template (id, &error);

  g_assert_no_error (error);
  return campaign;
}

/* The plan as its file would be: what "the same plan" means. */
static char *
dump (SolarCampaign *campaign)
{
  g_autoptr(GBytes) bytes = solar_campaign_to_bytes (campaign);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static void
test_typing_is_one_step (void)
{
  g_autoptr(SolarCampaign) campaign = solar_campaign_new ();
  g_autoptr(SolarPlanHistory) history = solar_plan_history_new (campaign);
  guint64 start = solar_plan_history_get_state (history);
  guint64 typed;

  g_assert_false (solar_plan_history_get_can_undo (history));
  g_assert_null (solar_plan_history_get_undo_name (history));

  /* One keystroke at a time, as a bound entry writes them. */
  solar_campaign_set_name (campaign, "T");
  solar_campaign_set_name (campaign, "Te");
  solar_campaign_set_name (campaign, "Tea");
  g_assert_cmpuint (solar_plan_history_get_n_steps (history), ==, 1);
  g_assert_cmpstr (solar_plan_history_get_undo_name (history), ==, "Rename Plan");
  typed = solar_plan_history_get_state (history);
  g_assert_cmpuint (typed, !=, start);

  g_assert_true (solar_plan_history_undo (history));
  g_assert_cmpstr (solar_campaign_get_name (campaign), ==, "");
  g_assert_cmpuint (solar_plan_history_get_state (history), ==, start);
  g_assert_false (solar_plan_history_get_can_undo (history));
  g_assert_true (solar_plan_history_get_can_redo (history));
  g_assert_cmpstr (solar_plan_history_get_redo_name (history), ==, "Rename Plan");

  g_assert_true (solar_plan_history_redo (history));
  g_assert_cmpstr (solar_campaign_get_name (campaign), ==, "Tea");
  g_assert_cmpuint (solar_plan_history_get_state (history), ==, typed);
  g_assert_false (solar_plan_history_redo (history));
}

static void
test_break_and_pause_split_typing (void)
{
  g_autoptr(SolarCampaign) campaign = solar_campaign_new ();
  g_autoptr(SolarPlanHistory) history = solar_plan_history_new (campaign);

  solar_campaign_set_name (campaign, "Tea");
  solar_plan_history_break (history);   /* the keyboard left the field, then came back */
  solar_campaign_set_name (campaign, "Tea Launch");
  g_assert_cmpuint (solar_plan_history_get_n_steps (history), ==, 2);

  /* Another field is another step, at once. */
  solar_campaign_set_brand (campaign, "Leaf");
  g_assert_cmpuint (solar_plan_history_get_n_steps (history), ==, 3);
  g_assert_cmpstr (solar_plan_history_get_undo_name (history), ==, "Change Brand");

  /* A pause between keystrokes splits them too. */
  solar_plan_history_set_pause (history, 0);
  solar_campaign_set_brand (campaign, "Leaf Co");
  g_assert_cmpuint (solar_plan_history_get_n_steps (history), ==, 4);

  solar_plan_history_undo (history);
  g_assert_cmpstr (solar_campaign_get_brand (campaign), ==, "Leaf");
  solar_plan_history_undo (history);
  g_assert_cmpstr (solar_campaign_get_brand (campaign), ==, "");
  solar_plan_history_undo (history);
  g_assert_cmpstr (solar_campaign_get_name (campaign), ==, "Tea");
  solar_plan_history_undo (history);
  g_assert_cmpstr (solar_campaign_get_name (campaign), ==, "");
}

/* Setting a value to what it is already is no step (a binding writing back). */
static void
test_no_change_no_step (void)
{
  g_autoptr(SolarCampaign) campaign = load_template ("red-product-seeding");
  g_autoptr(SolarPlanHistory) history = solar_plan_history_new (campaign);
  g_autofree char *name = g_strdup (solar_campaign_get_name (campaign));

  solar_campaign_set_name (campaign, name);
  solar_campaign_set_total_budget (campaign, solar_campaign_get_total_budget (campaign));
  solar_plan_history_begin_step (history, "Nothing");
  solar_plan_history_end_step (history);
  g_assert_cmpuint (solar_plan_history_get_n_steps (history), ==, 0);
  g_assert_false (solar_plan_history_get_can_undo (history));
}

static GPtrArray *
kols_at (SolarCampaign *campaign,
         const guint   *positions,
         guint          n)
{
  GPtrArray *kols = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (kols, g_list_model_get_item (solar_campaign_get_kols (campaign), positions[i]));
  return kols;
}

static void
test_named_step_removal (void)
{
  g_autoptr(SolarCampaign) campaign = load_template ("red-product-seeding");
  g_autoptr(SolarPlanHistory) history = solar_plan_history_new (campaign);
  g_autofree char *before = dump (campaign);
  g_autofree char *after = NULL;
  g_autofree char *redone = NULL;
  g_autofree char *undone = NULL;
  GListModel *kols = solar_campaign_get_kols (campaign);
  guint n_kols = g_list_model_get_n_items (kols);
  g_autoptr(GPtrArray) doomed = kols_at (campaign, (guint[]) { 0, 2 }, 2);
  g_autoptr(SolarKol) first = g_list_model_get_item (kols, 0);

  g_assert_cmpuint (n_kols, >=, 3);
  solar_plan_history_begin_step (history, "Remove 2 KOLs");
  solar_campaign_remove_kols (campaign, (SolarKol **)doomed->pdata, doomed->len);
  solar_plan_history_begin_step (history, "inner: the outer step names it");
  solar_campaign_set_notes (campaign, "after the removal");
  solar_plan_history_end_step (history);
  /* No undo in the middle of a step. */
  g_assert_false (solar_plan_history_get_can_undo (history));
  g_assert_false (solar_plan_history_undo (history));
  solar_plan_history_end_step (history);
  after = dump (campaign);

  g_assert_cmpuint (solar_plan_history_get_n_steps (history), ==, 1);
  g_assert_cmpstr (solar_plan_history_get_undo_name (history), ==, "Remove 2 KOLs");
  g_assert_cmpuint (g_list_model_get_n_items (kols), ==, n_kols - 2);

  /* A removed KOL changed afterwards (a row still on its way out) is not the plan's. */
  {
    g_autofree char *first_name = g_strdup (solar_kol_get_name (first));

    solar_kol_set_name (first, "changed after removal");
    g_assert_cmpuint (solar_plan_history_get_n_steps (history), ==, 1);
    solar_kol_set_name (first, first_name);
  }

  g_assert_true (solar_plan_history_undo (history));
  g_assert_cmpuint (g_list_model_get_n_items (kols), ==, n_kols);
  /* The same objects, where they were: a table's selection of them still means them. */
  {
    g_autoptr(SolarKol) back = g_list_model_get_item (kols, 0);

    g_assert_true (back == first);
  }
  undone = dump (campaign);
  g_assert_cmpstr (undone, !=, after);

  g_assert_true (solar_plan_history_redo (history));
  redone = dump (campaign);
  g_assert_cmpstr (redone, ==, after);
  solar_plan_history_undo (history);
  g_clear_pointer (&undone, g_free);
  undone = dump (campaign);
  g_assert_cmpstr (undone, ==, before);
}

/* KPIs live in the platforms' own lists: a platform taken out and put back brings its
 * KPIs back watched, so changing one after that is undoable too. */
static void
test_nested_lists (void)
{
  g_autoptr(SolarCampaign) campaign = load_template ("red-product-seeding");
  g_autoptr(SolarPlanHistory) history = solar_plan_history_new (campaign);
  g_autofree char *start = dump (campaign);
  g_autoptr(SolarPlatformPlan) platform = g_list_model_get_item (solar_campaign_get_platforms (campaign), 0);
  g_autoptr(SolarKpi) kpi = solar_kpi_new ("views", 1000, "count");
  g_autofree char *with_kpi = NULL;
  g_autofree char *now = NULL;

  solar_platform_plan_add_kpi (platform, kpi);
  g_assert_cmpstr (solar_plan_history_get_undo_name (history), ==, "Add KPI");
  with_kpi = dump (campaign);

  solar_campaign_remove_platform (campaign, platform);
  g_assert_cmpstr (solar_plan_history_get_undo_name (history), ==, "Remove Platform");
  solar_plan_history_undo (history);
  now = dump (campaign);
  g_assert_cmpstr (now, ==, with_kpi);

  solar_kpi_set_target (kpi, 2500);
  g_assert_cmpstr (solar_plan_history_get_undo_name (history), ==, "Change KPI Target");
  solar_plan_history_undo (history);
  g_assert_cmpfloat (solar_kpi_get_target (kpi), ==, 1000);
  solar_plan_history_undo (history);
  g_clear_pointer (&now, g_free);
  now = dump (campaign);
  g_assert_cmpstr (now, ==, start);
}

static void
remember_applied (SolarPlanHistory *history,
                  GObject          *item,
                  GObject         **applied)
{
  *applied = item;
}

/* Undo and redo say what they were about, so the editor can show it. */
static void
test_applied_says_where (void)
{
  g_autoptr(SolarCampaign) campaign = load_template ("red-product-seeding");
  g_autoptr(SolarPlanHistory) history = solar_plan_history_new (campaign);
  g_autoptr(SolarKol) kol = g_list_model_get_item (solar_campaign_get_kols (campaign), 1);
  GObject *applied = NULL;

  g_signal_connect (history, "applied", G_CALLBACK (remember_applied), &applied);
  solar_kol_set_fee (kol, 123);
  solar_plan_history_undo (history);
  g_assert_true (applied == G_OBJECT (kol));

  solar_campaign_remove_kol (campaign, kol);
  solar_plan_history_undo (history);   /* it comes back: that is where to look */
  g_assert_true (applied == G_OBJECT (kol));
  solar_plan_history_redo (history);   /* it goes again: nothing to show */
  g_assert_null (applied);
}

static void
test_new_change_drops_redo (void)
{
  g_autoptr(SolarCampaign) campaign = solar_campaign_new ();
  g_autoptr(SolarPlanHistory) history = solar_plan_history_new (campaign);
  guint64 typed;

  solar_campaign_set_name (campaign, "One");
  typed = solar_plan_history_get_state (history);
  solar_plan_history_undo (history);
  g_assert_true (solar_plan_history_get_can_redo (history));
  solar_campaign_set_brand (campaign, "Other");
  g_assert_false (solar_plan_history_get_can_redo (history));
  /* The state "One" was in is gone: no later state has its number. */
  g_assert_cmpuint (solar_plan_history_get_state (history), !=, typed);
  solar_plan_history_undo (history);
  g_assert_cmpuint (solar_plan_history_get_state (history), !=, typed);
}

/* Properties say when they change, so an Undo menu item can follow them. */
static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_notifies (void)
{
  g_autoptr(SolarCampaign) campaign = solar_campaign_new ();
  g_autoptr(SolarPlanHistory) history = solar_plan_history_new (campaign);
  guint can_undo = 0, state = 0, undo_name = 0;

  g_signal_connect (history, "notify::can-undo", G_CALLBACK (count_notify), &can_undo);
  g_signal_connect (history, "notify::state", G_CALLBACK (count_notify), &state);
  g_signal_connect (history, "notify::undo-name", G_CALLBACK (count_notify), &undo_name);

  solar_campaign_set_name (campaign, "A");
  solar_campaign_set_name (campaign, "AB");   /* joins the step: nothing to say */
  g_assert_cmpuint (can_undo, ==, 1);
  g_assert_cmpuint (state, ==, 1);
  g_assert_cmpuint (undo_name, ==, 1);

  solar_plan_history_undo (history);
  g_assert_cmpuint (can_undo, ==, 2);
  g_assert_cmpuint (state, ==, 2);
}

static void
remember_can_undo (SolarPlanHistory *history,
                   GParamSpec       *pspec,
                   GArray           *seen)
{
  gboolean can_undo = solar_plan_history_get_can_undo (history);

  g_array_append_val (seen, can_undo);
}

/* A named step: no undo while it is being made, and an Undo menu item hears when it can
 * again (the window's Undo stayed greyed out after a removal when it did not). */
static void
test_notifies_around_a_step (void)
{
  g_autoptr(SolarCampaign) campaign = load_template ("red-product-seeding");
  g_autoptr(SolarPlanHistory) history = solar_plan_history_new (campaign);
  g_autoptr(GArray) seen = g_array_new (FALSE, FALSE, sizeof (gboolean));
  g_autoptr(SolarKol) kol = g_list_model_get_item (solar_campaign_get_kols (campaign), 0);

  g_signal_connect (history, "notify::can-undo", G_CALLBACK (remember_can_undo), seen);
  solar_plan_history_begin_step (history, "Remove 1 KOL");
  solar_campaign_remove_kol (campaign, kol);
  g_assert_false (solar_plan_history_get_can_undo (history));
  solar_plan_history_end_step (history);

  g_assert_cmpuint (seen->len, >, 0);
  g_assert_true (g_array_index (seen, gboolean, seen->len - 1));
  g_assert_true (solar_plan_history_get_can_undo (history));
}

/* The history holds a bounded amount: old steps go first, the newest always stays. */
static void
test_bounded (void)
{
  g_autoptr(SolarCampaign) campaign = solar_campaign_new ();
  g_autoptr(SolarPlanHistory) history = solar_plan_history_new (campaign);
  guint64 start = solar_plan_history_get_state (history);
  g_autofree char *large = g_strnfill (100000, 'x');
  guint undone = 0;

  solar_plan_history_set_pause (history, 0);
  solar_plan_history_set_limit (history, 64 * 1024);
  for (guint i = 0; i < 1000; i++)
    {
      g_autofree char *name = g_strdup_printf ("Plan %u", i);

      solar_campaign_set_name (campaign, name);
    }
  g_assert_cmpuint (solar_plan_history_get_size (history), <=, 64 * 1024);
  g_assert_cmpuint (solar_plan_history_get_n_steps (history), <, 1000);
  g_assert_cmpuint (solar_plan_history_get_n_steps (history), >, 100);

  while (solar_plan_history_undo (history))
    undone++;
  g_assert_cmpuint (undone, <, 1000);
  /* Not back at the start: that state was forgotten, and says so. */
  g_assert_cmpstr (solar_campaign_get_name (campaign), !=, "");
  g_assert_cmpuint (solar_plan_history_get_state (history), !=, start);

  /* One step over the limit on its own stays: it is the one the user wants back. */
  solar_campaign_set_notes (campaign, large);
  g_assert_cmpuint (solar_plan_history_get_n_steps (history), ==, 1);
  solar_plan_history_undo (history);
  g_assert_cmpstr (solar_campaign_get_notes (campaign), ==, "");
}

/* Random edits of every kind on a large plan, then all undone and all redone: the file is
 * the original's, then the edited one's, byte for byte. */
static void
test_random_round_trip (void)
{
  g_autoptr(SolarCampaign) campaign = load_template ("red-product-seeding");
  g_autoptr(SolarPlanHistory) history = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  g_autofree char *now = NULL;
  GListModel *kols = solar_campaign_get_kols (campaign);
  GListModel *milestones = solar_campaign_get_milestones (campaign);
  GListModel *platforms = solar_campaign_get_platforms (campaign);
  GRand *rand = g_rand_new_with_seed (15);
  guint steps = 0;

  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *name = g_strdup_printf ("KOC %u", i);
      g_autoptr(SolarKol) kol = solar_kol_new (name, "red", SOLAR_KOL_TIER_KOC);

      solar_kol_set_fee (kol, i * 10);
      solar_campaign_add_kol (campaign, kol);
    }
  start = dump (campaign);
  history = solar_plan_history_new (campaign);
  solar_plan_history_set_pause (history, 0);

  for (guint i = 0; i < 500; i++)
    {
      guint n_kols = g_list_model_get_n_items (kols);
      guint pick = g_rand_int_range (rand, 0, MAX (n_kols, 1));
      g_autoptr(SolarKol) kol = n_kols > 0 ? g_list_model_get_item (kols, pick) : NULL;
      g_autofree char *text = g_strdup_printf ("edit %u", i);

      switch (g_rand_int_range (rand, 0, 9))
        {
        case 0:
          if (kol != NULL)
            solar_kol_set_name (kol, text);
          break;
        case 1:
          if (kol != NULL)
            solar_kol_set_fee (kol, g_rand_double_range (rand, 0, 100000));
          break;
        case 2:
          if (kol != NULL)
            solar_kol_set_tier (kol, g_rand_int_range (rand, 0, 4));
          break;
        case 3:
          if (kol != NULL)
            solar_campaign_remove_kol (campaign, kol);
          break;
        case 4:
          {
            g_autoptr(SolarKol) added = solar_kol_new (text, "douyin", SOLAR_KOL_TIER_MID);

            solar_campaign_insert_kol (campaign, pick, added);
          }
          break;
        case 5:
          {
            g_autoptr(GPtrArray) several = g_ptr_array_new_with_free_func (g_object_unref);

            solar_plan_history_begin_step (history, "Remove several");
            for (guint j = 0; j < 5 && j < n_kols; j++)
              g_ptr_array_add (several, g_list_model_get_item (kols, g_rand_int_range (rand, 0, n_kols)));
            solar_campaign_remove_kols (campaign, (SolarKol **)several->pdata, several->len);
            solar_plan_history_end_step (history);
          }
          break;
        case 6:
          {
            g_autoptr(SolarMilestone) milestone = solar_milestone_new (text, "2026-06-18", "red");

            solar_campaign_add_milestone (campaign, milestone);
            solar_milestone_set_date (milestone, "2026-06-01");
          }
          break;
        case 7:
          if (g_list_model_get_n_items (platforms) > 0)
            {
              g_autoptr(SolarPlatformPlan) platform = g_list_model_get_item (platforms, 0);
              g_autoptr(SolarKpi) kpi = solar_kpi_new (text, i, "count");

              solar_platform_plan_add_kpi (platform, kpi);
              solar_platform_plan_set_allocation_value (platform, i);
              solar_platform_plan_add_tactic (platform, "red.notes");
            }
          break;
        default:
          solar_campaign_set_total_budget (campaign, i * 1000);
          solar_campaign_set_segments (campaign, (const char *[]) { text, NULL });
          if (g_list_model_get_n_items (milestones) > 0)
            {
              g_autoptr(SolarMilestone) milestone = g_list_model_get_item (milestones, 0);

              solar_campaign_remove_milestone (campaign, milestone);
            }
          break;
        }
    }
  end = dump (campaign);
  g_assert_cmpstr (end, !=, start);

  while (solar_plan_history_undo (history))
    steps++;
  g_test_message ("%u steps undone", steps);
  g_assert_cmpuint (steps, >, 400);
  now = dump (campaign);
  g_assert_cmpstr (now, ==, start);

  while (solar_plan_history_redo (history))
    steps--;
  g_assert_cmpuint (steps, ==, 0);
  g_clear_pointer (&now, g_free);
  now = dump (campaign);
  g_assert_cmpstr (now, ==, end);
  g_rand_free (rand);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plan-history/typing-is-one-step", test_typing_is_one_step);
  g_test_add_func ("/plan-history/break-and-pause", test_break_and_pause_split_typing);
  g_test_add_func ("/plan-history/no-change-no-step", test_no_change_no_step);
  g_test_add_func ("/plan-history/named-step", test_named_step_removal);
  g_test_add_func ("/plan-history/nested-lists", test_nested_lists);
  g_test_add_func ("/plan-history/new-change-drops-redo", test_new_change_drops_redo);
  g_test_add_func ("/plan-history/applied-says-where", test_applied_says_where);
  g_test_add_func ("/plan-history/notifies", test_notifies);
  g_test_add_func ("/plan-history/notifies-around-a-step", test_notifies_around_a_step);
  g_test_add_func ("/plan-history/bounded", test_bounded);
  g_test_add_func ("/plan-history/random-round-trip", test_random_round_trip);

  return g_test_run ();
}
