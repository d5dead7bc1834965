/* test-timeline-view.c: the plan's timeline in the window (issue 16)
 *
 * Opens a 618 plan (tests/data/618-launch.campaign.json: three platforms, 315 KOLs, six
 * milestones), shows its timeline and checks what a user gets: a button per element whose
 * accessible name says what and when, the zoom changing the picture's width, a milestone
 * dragged to another day (one undo puts it back), Enter on a milestone landing in the form
 * on its date cell, a plan without dates saying what to add, and the key dates drawn as
 * the renderer draws them. Screenshots, light and dark, wide and narrow, land in
 * _build/tests/shots/ (timeline-618*.png).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "solar-kol.h"
#include "solar-milestone.h"
#include "solar-milestone-table.h"
#include "solar-plan-history.h"
#include "solar-date-picker.h"
#include "solar-test-helpers.h"
#include "solar-timeline-view.h"
#include "solar-ui-test-helpers.h"

static SolarApplication *application;
static const char *plan_path;

typedef struct
{
  char              *dir;
  char              *copy;
  SolarWindow       *window;
  SolarPlanEditor   *editor;
  SolarCampaign     *campaign;
  SolarTimelineView *view;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  int width = GPOINTER_TO_INT (data);

  fixture->dir = g_dir_make_tmp ("solar-timeline-XXXXXX", NULL);
  fixture->copy = g_build_filename (fixture->dir, "618.campaign.json", NULL);
  g_assert_true (g_file_get_contents (plan_path, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (fixture->copy, contents, length, &error));
  g_assert_no_error (error);

  fixture->window = open_window (width > 0 ? width : 1280, 860);
  file = g_file_new_for_path (fixture->copy);
  solar_window_open_plan (fixture->window, file);
  WAIT_UNTIL (current_plan_editor (fixture->window) != NULL);
  fixture->editor = current_plan_editor (fixture->window);
  fixture->campaign = solar_document_get_campaign (solar_plan_editor_get_document (fixture->editor));
  fixture->view = solar_plan_editor_get_timeline_view (fixture->editor);
  solar_plan_editor_show_timeline (fixture->editor, TRUE);
  WAIT_UNTIL (gtk_widget_is_drawable (GTK_WIDGET (fixture->view)));
  dismiss_toasts (fixture->window);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *backup = g_strconcat (fixture->copy, "~", NULL);

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  g_object_run_dispose (G_OBJECT (fixture->window));
  wait_ms (50);
  g_unlink (fixture->copy);
  g_unlink (backup);
  g_rmdir (fixture->dir);
  g_free (fixture->copy);
  g_free (fixture->dir);
}

static int
find_element (SolarTimeline     *timeline,
              SolarTimelineKind  kind,
              const char        *label)
{
  for (guint i = 0; i < solar_timeline_get_n_elements (timeline); i++)
    {
      const SolarTimelineElement *element = solar_timeline_get_element (timeline, i);

      if (element->kind == kind && g_str_equal (element->label, label))
        return i;
    }
  return -1;
}

/* Every element is a button named for a screen reader: what it is and when. */
static void
test_named_elements (Fixture       *fixture,
                     gconstpointer  data)
{
  SolarTimeline *timeline = solar_timeline_view_get_timeline (fixture->view);
  guint n = solar_timeline_get_n_elements (timeline);
  guint buttons = 0;
  int live;

  g_assert_false (solar_timeline_view_is_empty (fixture->view));
  /* Six milestones, the campaign, 4 groups of posts, and the key dates and holidays of
   * late April to June 2026 (Labour Day, 520, 618, Dragon Boat and its holiday). */
  g_assert_cmpuint (n, >=, 6 + 1 + 4 + 5);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (fixture->view)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_BUTTON (child))
      buttons++;
  g_assert_cmpuint (buttons, ==, n);

  live = find_element (timeline, SOLAR_TIMELINE_MILESTONE, "618 live stream");
  g_assert_cmpint (live, >=, 0);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (solar_timeline_view_get_button (fixture->view, live)),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Milestone 618 live stream on Douyin, 18 Jun 2026");
  gtk_test_accessible_assert_property (
    GTK_ACCESSIBLE (solar_timeline_view_get_button (fixture->view,
                                                    find_element (timeline, SOLAR_TIMELINE_POSTS,
                                                                  "300 KOL posts"))),
    GTK_ACCESSIBLE_PROPERTY_LABEL,
    "300 KOL posts on RED (Xiaohongshu), 1 Jun 2026: KOC 001, KOC 002, KOC 003 and 297 more");
  gtk_test_accessible_assert_property (
    GTK_ACCESSIBLE (solar_timeline_view_get_button (fixture->view,
                                                    find_element (timeline, SOLAR_TIMELINE_KEY_DATE,
                                                                  "618 Shopping Festival"))),
    GTK_ACCESSIBLE_PROPERTY_LABEL, "Key date 618 Shopping Festival, 18 Jun 2026");

  /* The key date's tooltip says what it means and where that comes from. */
  {
    GtkWidget *button = solar_timeline_view_get_button (fixture->view,
                                                        find_element (timeline, SOLAR_TIMELINE_KEY_DATE,
                                                                      "Dragon Boat Festival"));
    const char *tooltip = gtk_widget_get_tooltip_text (button);

    g_assert_nonnull (strstr (tooltip, "Source: Feature: Portrait of ordinary people behind "
                                       "Dragon Boat Festival, Xinhua, 2018-06-18"));
  }
  save_screenshot (GTK_WIDGET (fixture->window), "timeline-618");
}

/* Only one element is in the Tab chain; Enter on a milestone shows it in the form with
 * the keyboard on its date. */
static void
test_activate_milestone (Fixture       *fixture,
                         gconstpointer  data)
{
  SolarTimeline *timeline = solar_timeline_view_get_timeline (fixture->view);
  int live = find_element (timeline, SOLAR_TIMELINE_MILESTONE, "618 live stream");
  GtkWidget *button = solar_timeline_view_get_button (fixture->view, live);
  g_autoptr(SolarMilestone) milestone = g_list_model_get_item (solar_campaign_get_milestones (fixture->campaign), 4);
  GtkWidget *focus = NULL, *cell = NULL, *table;
  guint focusable = 0;

  g_assert_true (solar_timeline_view_focus_element (fixture->view, live));
  wait_ms (50);
  g_assert_true (gtk_widget_has_focus (button));
  for (guint i = 0; i < solar_timeline_get_n_elements (timeline); i++)
    focusable += gtk_widget_get_focusable (solar_timeline_view_get_button (fixture->view, i));
  g_assert_cmpuint (focusable, ==, 1);
  g_assert_true (gtk_widget_get_focusable (button));

  g_signal_emit_by_name (button, "clicked");
  /* The form shows, and the keyboard is on the milestone's date cell, where Enter edits. */
  WAIT_UNTIL (!gtk_widget_is_drawable (GTK_WIDGET (fixture->view)));
  table = find_descendant (GTK_WIDGET (fixture->editor), SOLAR_TYPE_MILESTONE_TABLE);
  g_assert_nonnull (table);
  WAIT_UNTIL ((cell = solar_plan_table_find_cell (SOLAR_PLAN_TABLE (table), milestone, "date")) != NULL &&
              (focus = gtk_root_get_focus (GTK_ROOT (fixture->window))) != NULL &&
              (focus == cell || gtk_widget_is_ancestor (focus, cell)));
}

/* Week, month and quarter: the picture narrows; the buttons follow. */
static void
test_zoom (Fixture       *fixture,
           gconstpointer  data)
{
  double widths[3];
  int natural;

  for (SolarTimelineZoom zoom = SOLAR_TIMELINE_WEEK; zoom <= SOLAR_TIMELINE_QUARTER; zoom++)
    {
      solar_timeline_view_set_zoom (fixture->view, zoom);
      gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->view));
      /* What it asks for: the window may give it more. */
      gtk_widget_measure (GTK_WIDGET (fixture->view), GTK_ORIENTATION_HORIZONTAL, -1, NULL,
                          &natural, NULL, NULL);
      widths[zoom] = natural;
      if (zoom == SOLAR_TIMELINE_WEEK)
        save_screenshot (GTK_WIDGET (fixture->window), "timeline-618-week");
    }
  g_assert_cmpfloat (widths[SOLAR_TIMELINE_WEEK], >, widths[SOLAR_TIMELINE_MONTH]);
  g_assert_cmpfloat (widths[SOLAR_TIMELINE_MONTH], >, widths[SOLAR_TIMELINE_QUARTER]);
}

/* A milestone moved on the timeline changes its date once: one undo puts it back. */
static void
test_move_milestone_and_undo (Fixture       *fixture,
                              gconstpointer  data)
{
  SolarPlanHistory *history = solar_document_get_history (solar_plan_editor_get_document (fixture->editor));
  g_autoptr(SolarMilestone) teaser = g_list_model_get_item (solar_campaign_get_milestones (fixture->campaign), 1);
  SolarTimeline *timeline = solar_timeline_view_get_timeline (fixture->view);
  guint steps = solar_plan_history_get_n_steps (history);
  GDate day;
  int moved;

  g_assert_cmpstr (solar_milestone_get_name (teaser), ==, "Teaser notes");
  g_date_clear (&day, 1);
  g_date_set_dmy (&day, 15, G_DATE_MAY, 2026);
  g_assert_true (solar_timeline_view_move_milestone (fixture->view, 1, &day));
  g_assert_cmpstr (solar_milestone_get_date (teaser), ==, "2026-05-15");
  g_assert_cmpuint (solar_plan_history_get_n_steps (history), ==, steps + 1);
  g_assert_cmpstr (solar_plan_history_get_undo_name (history), ==, "Move Milestone");
  /* Drawn on its new day at once. */
  moved = solar_timeline_find (timeline, SOLAR_TIMELINE_MILESTONE, 1);
  g_assert_cmpint (g_date_get_day (&solar_timeline_get_element (timeline, moved)->first_day), ==, 15);

  g_assert_true (solar_plan_history_undo (history));
  g_assert_cmpstr (solar_milestone_get_date (teaser), ==, "2026-05-12");
  WAIT_UNTIL (g_date_get_day (&solar_timeline_get_element (
                solar_timeline_view_get_timeline (fixture->view),
                solar_timeline_find (solar_timeline_view_get_timeline (fixture->view),
                                     SOLAR_TIMELINE_MILESTONE, 1))->first_day) == 12);
}

/* The same pointer drag a user makes: press on the diamond, move three days right, let go. */
static void
test_drag_milestone (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(SolarMilestone) teaser = g_list_model_get_item (solar_campaign_get_milestones (fixture->campaign), 1);
  SolarTimeline *timeline;
  const SolarTimelineElement *element;
  GtkGesture *drag = NULL;
  double x, y;

  solar_timeline_view_set_zoom (fixture->view, SOLAR_TIMELINE_WEEK);
  timeline = solar_timeline_view_get_timeline (fixture->view);
  element = solar_timeline_get_element (timeline, solar_timeline_find (timeline, SOLAR_TIMELINE_MILESTONE, 1));
  x = element->marker.x + element->marker.width / 2;
  y = element->marker.y + element->marker.height / 2;

  for (guint i = 0; drag == NULL; i++)
    {
      GListModel *controllers = gtk_widget_observe_controllers (GTK_WIDGET (fixture->view));
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      g_object_unref (controllers);
      g_assert_nonnull (controller);
      if (GTK_IS_GESTURE_DRAG (controller))
        drag = GTK_GESTURE (controller);
    }
  /* The gesture's signals, as GTK emits them for a press, motion and release. */
  g_signal_emit_by_name (drag, "drag-begin", x, y);
  g_signal_emit_by_name (drag, "drag-update", 3 * solar_timeline_get_day_width (timeline), 0.0);
  g_signal_emit_by_name (drag, "drag-end", 3 * solar_timeline_get_day_width (timeline), 0.0);
  g_assert_cmpstr (solar_milestone_get_date (teaser), ==, "2026-05-15");
}

/* A plan without a date shows what to add, not an empty picture. */
static void
test_empty_plan (Fixture       *fixture,
                 gconstpointer  data)
{
  GListModel *milestones = solar_campaign_get_milestones (fixture->campaign);
  GListModel *kols = solar_campaign_get_kols (fixture->campaign);

  solar_campaign_set_start_date (fixture->campaign, "");
  solar_campaign_set_end_date (fixture->campaign, "");
  for (guint i = 0; i < g_list_model_get_n_items (milestones); i++)
    {
      g_autoptr(SolarMilestone) milestone = g_list_model_get_item (milestones, i);

      solar_milestone_set_date (milestone, "");
    }
  for (guint i = 0; i < g_list_model_get_n_items (kols); i++)
    {
      g_autoptr(SolarKol) kol = g_list_model_get_item (kols, i);

      solar_kol_set_publish_date (kol, "");
    }
  WAIT_UNTIL (solar_timeline_view_is_empty (fixture->view));
  WAIT_UNTIL (find_label (GTK_WIDGET (fixture->editor), "No Dates Yet") != NULL);
  save_screenshot (GTK_WIDGET (fixture->window), "timeline-empty");
}

/* Edited in the form while the timeline is hidden (where it is not laid out again), the
 * timeline shows the change once it is shown. */
static void
test_changed_while_hidden (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(SolarMilestone) teaser = g_list_model_get_item (solar_campaign_get_milestones (fixture->campaign), 1);

  solar_plan_editor_show_timeline (fixture->editor, FALSE);
  WAIT_UNTIL (!gtk_widget_get_mapped (GTK_WIDGET (fixture->view)));
  solar_milestone_set_date (teaser, "2026-05-16");
  wait_ms (300);
  solar_plan_editor_show_timeline (fixture->editor, TRUE);
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (fixture->view)));
  {
    SolarTimeline *timeline = solar_timeline_view_get_timeline (fixture->view);
    int moved = solar_timeline_find (timeline, SOLAR_TIMELINE_MILESTONE, 1);

    g_assert_cmpint (g_date_get_day (&solar_timeline_get_element (timeline, moved)->first_day), ==, 16);
  }
}

static gboolean
is_date_picker (GtkWidget     *widget,
                gconstpointer  data)
{
  return GTK_IS_MENU_BUTTON (widget) && g_object_get_data (G_OBJECT (widget), "solar-date-picker") != NULL;
}

static gboolean
is_named_button (GtkWidget     *widget,
                 gconstpointer  name)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), name) == 0;
}

/* The start date's calendar opens on the field's day, marks June 2026's key dates and the
 * Dragon Boat holiday, names them, and a chosen day becomes the plan's start date. */
static void
test_date_picker (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWidget *picker;
  GtkCalendar *calendar;
  g_autoptr(GDateTime) shown = NULL;
  g_autoptr(GDateTime) chosen = g_date_time_new_local (2026, 6, 10, 12, 0, 0);
  GtkPopover *popover;

  solar_plan_editor_show_timeline (fixture->editor, FALSE);
  solar_campaign_set_start_date (fixture->campaign, "2026-06-01");
  picker = find_widget (GTK_WIDGET (fixture->editor), is_date_picker, NULL);
  g_assert_nonnull (picker);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (picker), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Choose Start Date");
  scroll_to (picker);
  gtk_menu_button_popup (GTK_MENU_BUTTON (picker));
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (picker));
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (popover)));

  calendar = solar_date_picker_get_calendar (picker);
  /* GTK's arrows are named for a screen reader (GTK leaves them "button"). */
  {
    static const char * const arrows[] = { "Previous Month", "Next Month", "Previous Year", "Next Year" };
    guint found = 0;

    for (guint i = 0; i < G_N_ELEMENTS (arrows); i++)
      found += find_widget (GTK_WIDGET (calendar), is_named_button, arrows[i]) != NULL;
    g_assert_cmpuint (found, ==, G_N_ELEMENTS (arrows));
  }
  shown = gtk_calendar_get_date (calendar);
  g_assert_cmpint (g_date_time_get_year (shown), ==, 2026);
  g_assert_cmpint (g_date_time_get_month (shown), ==, 6);
  g_assert_cmpint (g_date_time_get_day_of_month (shown), ==, 1);
  for (guint day = 17; day <= 22; day++)
    g_assert_cmpint (gtk_calendar_get_day_is_marked (calendar, day), ==, day >= 18 && day <= 21);
  g_assert_cmpstr (solar_date_picker_get_month_text (picker), ==,
                   "18: 618 Shopping Festival\n19: Dragon Boat Festival\n"
                   "Dragon Boat Festival holiday: 19 Jun to 21 Jun");
  wait_ms (300);
  save_screenshot (gtk_popover_get_child (popover), "date-picker");

  gtk_calendar_select_day (calendar, chosen);
  if (g_strcmp0 (solar_campaign_get_start_date (fixture->campaign), "2026-06-10") != 0)
    g_signal_emit_by_name (calendar, "day-selected");
  WAIT_UNTIL (g_strcmp0 (solar_campaign_get_start_date (fixture->campaign), "2026-06-10") == 0);
  WAIT_UNTIL (!gtk_widget_get_mapped (GTK_WIDGET (popover)));
}

static void
test_dark (Fixture       *fixture,
           gconstpointer  data)
{
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  wait_ms (100);
  save_screenshot (GTK_WIDGET (fixture->window), "timeline-618-dark");
}

static void
test_narrow (Fixture       *fixture,
             gconstpointer  data)
{
  GtkScrolledWindow *scrolled = GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (GTK_WIDGET (fixture->view),
                                                                               GTK_TYPE_SCROLLED_WINDOW));
  GtkAdjustment *across = gtk_scrolled_window_get_hadjustment (scrolled);
  SolarTimeline *timeline = solar_timeline_view_get_timeline (fixture->view);
  const SolarTimelineElement *span = solar_timeline_get_element (timeline,
                                                                 solar_timeline_find (timeline, SOLAR_TIMELINE_SPAN, 0));
  double gutter = solar_timeline_get_gutter (timeline);
  double start_x = solar_timeline_x_for_day (timeline, &span->first_day);

  /* A phone's width: the timeline scrolls; the zoom bar and switcher still fit. */
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->window)), <=, 400);
  /* It opens on the campaign's start (27 April), not on the Qingming holiday weeks
   * before it: just right of the lane titles, which stay in sight. */
  WAIT_UNTIL (gtk_adjustment_get_value (across) > 0);
  g_assert_cmpfloat (start_x, >=, gtk_adjustment_get_value (across) + gutter);
  g_assert_cmpfloat (start_x, <=, gtk_adjustment_get_value (across) + gtk_adjustment_get_page_size (across) / 2);
  save_screenshot (GTK_WIDGET (fixture->window), "timeline-618-narrow");

  /* What passes under the pinned titles cannot be pointed at; given the keyboard, it is
   * scrolled out from under them. */
  {
    int under = -1, clear = solar_timeline_find (timeline, SOLAR_TIMELINE_SPAN, 0);
    double edge = gtk_adjustment_get_value (across) + gutter;

    for (guint i = 0; i < solar_timeline_get_n_elements (timeline) && under < 0; i++)
      {
        const SolarTimelineElement *element = solar_timeline_get_element (timeline, i);

        if (MIN (element->marker.x, element->label_rect.x) < edge)
          under = (int)i;
      }
    g_assert_cmpint (under, >=, 0);
    g_assert_false (gtk_widget_get_can_target (solar_timeline_view_get_button (fixture->view, under)));
    g_assert_true (gtk_widget_get_can_target (solar_timeline_view_get_button (fixture->view, clear)));
    g_assert_true (solar_timeline_view_focus_element (fixture->view, under));
    WAIT_UNTIL (MIN (solar_timeline_get_element (timeline, under)->marker.x,
                     solar_timeline_get_element (timeline, under)->label_rect.x) >=
                gtk_adjustment_get_value (across) + gutter);
    g_assert_true (gtk_widget_get_can_target (solar_timeline_view_get_button (fixture->view, under)));
  }

  /* Scrolled to the end, a new zoom shows the start again (by the week, the picture
   * begins with the campaign). */
  gtk_adjustment_set_value (across, gtk_adjustment_get_upper (across));
  wait_ms (100);
  g_assert_cmpfloat (start_x, <, gtk_adjustment_get_value (across));
  solar_timeline_view_set_zoom (fixture->view, SOLAR_TIMELINE_WEEK);
  span = solar_timeline_get_element (timeline, solar_timeline_find (timeline, SOLAR_TIMELINE_SPAN, 0));
  start_x = solar_timeline_x_for_day (timeline, &span->first_day);
  WAIT_UNTIL (start_x >= gtk_adjustment_get_value (across) + gutter &&
              start_x <= gtk_adjustment_get_value (across) + gtk_adjustment_get_page_size (across) / 2);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  application = start_test_application (&argc, &argv);
  g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", "appmenu:close", NULL);
  if (argc < 2)
    g_error ("usage: %s PLAN.campaign.json", argv[0]);
  plan_path = argv[1];

#define ADD(path, func, width) \
  g_test_add (path, Fixture, GINT_TO_POINTER (width), fixture_set_up, func, fixture_tear_down)
  ADD ("/timeline-view/named-elements", test_named_elements, 0);
  ADD ("/timeline-view/activate-milestone", test_activate_milestone, 0);
  ADD ("/timeline-view/zoom", test_zoom, 0);
  ADD ("/timeline-view/move-milestone-and-undo", test_move_milestone_and_undo, 0);
  ADD ("/timeline-view/drag-milestone", test_drag_milestone, 0);
  ADD ("/timeline-view/empty-plan", test_empty_plan, 0);
  ADD ("/timeline-view/changed-while-hidden", test_changed_while_hidden, 0);
  ADD ("/timeline-view/date-picker", test_date_picker, 0);
  ADD ("/timeline-view/dark", test_dark, 0);
  ADD ("/timeline-view/narrow", test_narrow, 360);
#undef ADD

  ret = g_test_run ();
  g_clear_object (&application);
  return ret;
}
