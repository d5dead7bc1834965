/* test-ui.c: the real window under Xvfb: the diagram's buttons, keyboard, pages, redraws
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "solar-application.h"
#include "solar-compare-page.h"
#include "solar-kol-pyramid-group.h"
#include "solar-kol-table.h"
#include "solar-kpi-table.h"
#include "solar-milestone-table.h"
#include "solar-choice-cell.h"
#include "solar-table-cell.h"
#include "solar-landscape-page.h"
#include "solar-search-page.h"
#include "solar-campaign.h"
#include "solar-document.h"
#include "solar-plan-editor.h"
#include "solar-problem.h"
#include "solar-orbit-view-private.h"
#include "solar-platform-page.h"
#include "solar-test-helpers.h"
#include "solar-ui-test-helpers.h"
#include "solar-window.h"

static SolarApplication *application;

static gboolean
is_page_stack (GtkWidget     *widget,
               gconstpointer  data)
{
  return GTK_IS_STACK (widget) && gtk_stack_get_child_by_name (GTK_STACK (widget), "diagram");
}

/* A header bar toggle, found by its tooltip whether shown or not. */
static GtkWidget *
find_toggle (GtkWidget  *widget,
             const char *tooltip)
{
  if (GTK_IS_TOGGLE_BUTTON (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_toggle (child, tooltip);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static SolarOrbitView *
get_view (SolarWindow *window)
{
  GtkWidget *view = find_descendant (GTK_WIDGET (window), SOLAR_TYPE_ORBIT_VIEW);

  g_assert_nonnull (view);
  return SOLAR_ORBIT_VIEW (view);
}

static const char *
visible_page (SolarWindow *window)
{
  GtkStack *stack = GTK_STACK (find_widget (GTK_WIDGET (window), is_page_stack, NULL));

  g_assert_nonnull (stack);
  return gtk_stack_get_visible_child_name (stack);
}

static void
test_ten_platform_buttons (void)
{
  SolarWindow *window = open_window (1000, 760);
  SolarOrbitView *view = get_view (window);
  GListModel *platforms = solar_dataset_get_platforms (solar_application_get_dataset (application));
  guint focusable = 0;

  /* The report's ten; the two it does not cover have no button in its view. */
  g_assert_cmpuint (g_list_model_get_n_items (platforms), ==, 12);
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "China's social solar system");

  for (guint i = 0; i < g_list_model_get_n_items (platforms); i++)
    {
      g_autoptr(SolarPlatform) platform = g_list_model_get_item (platforms, i);
      g_autofree char *name = solar_platform_dup_accessible_name (platform);
      GtkWidget *button = solar_orbit_view_get_body_button (view, i);

      if (!solar_platform_is_in_report (platform))
        {
          g_assert_null (button);
          continue;
        }

      g_assert_true (gtk_widget_get_parent (button) == GTK_WIDGET (view));
      g_assert_true (gtk_widget_get_mapped (button));
      gtk_test_accessible_assert_role (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_ROLE_BUTTON);
      gtk_test_accessible_assert_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name);
      g_assert_nonnull (gtk_widget_get_tooltip_text (button));
      g_assert_cmpint (gtk_widget_get_width (button), >, 4);
      focusable += gtk_widget_get_focusable (button);
    }

  /* One tab stop for the whole diagram. */
  g_assert_cmpuint (focusable, ==, 1);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (solar_orbit_view_get_body_button (view, 0)),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "WeChat 微信, core platform, 1.2 billion monthly active users");
  save_screenshot (GTK_WIDGET (window), "diagram");
  close_window (window);
}

static GtkWidget *find_row (GtkWidget  *root,
                            const char *title);

static SolarPlatform *
find_platform (const char *id)
{
  return solar_dataset_find_platform (solar_application_get_dataset (application), id);
}

static guint
index_of (const char *id)
{
  return solar_dataset_get_platform_index (solar_application_get_dataset (application),
                                           find_platform (id));
}

/* Issue 17: the diagram's switch between the report's figures and the latest, by its toggle
 * buttons; what the bodies are called follows, and so does a platform the report does not
 * cover, with its page and its sources. */
static void
test_latest_figures_switch (void)
{
  SolarWindow *window = open_window (1000, 760);
  SolarOrbitView *view = get_view (window);
  GtkWidget *latest = find_toggle (GTK_WIDGET (window), "Every platform sized by its latest "
                                   "published monthly active users, with platforms the report "
                                   "does not cover");
  GtkWidget *report = find_toggle (GTK_WIDGET (window), "The platforms and figures of the report");
  GtkWidget *kuaishou, *page;

  g_assert_nonnull (latest);
  g_assert_nonnull (report);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (report)));
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (latest)));
  g_assert_null (solar_orbit_view_get_body_button (view, index_of ("kuaishou")));

  g_assert_true (gtk_widget_activate (latest));
  WAIT_UNTIL (solar_orbit_view_get_figures (view) == SOLAR_ORBIT_FIGURES_LATEST);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (latest)));
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (report)));

  kuaishou = solar_orbit_view_get_body_button (view, index_of ("kuaishou"));
  g_assert_nonnull (kuaishou);
  g_assert_true (gtk_widget_get_mapped (kuaishou));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (kuaishou), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Kuaishou 快手, not in the report, 731 million monthly "
                                       "active users, September 2025");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (solar_orbit_view_get_body_button (view, index_of ("wechat"))),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "WeChat 微信, core platform, 1.4 billion combined monthly "
                                       "active users of Weixin and WeChat, 30 September 2025");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (solar_orbit_view_get_body_button (view, index_of ("wechat-channels"))),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "WeChat Channels 视频号, not in the report, No published count "
                                       "of monthly active users");
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_markup (kuaishou), "Sized by: 731 million"));
  save_screenshot (GTK_WIDGET (window), "diagram-latest");

  /* The next window opens on the latest figures too (the setting is kept), with the
   * keyboard on the diagram. */
  close_window (window);
  window = open_window (1000, 760);
  view = get_view (window);
  g_assert_cmpint (solar_orbit_view_get_figures (view), ==, SOLAR_ORBIT_FIGURES_LATEST);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == solar_orbit_view_get_tab_stop (view));
  latest = find_toggle (GTK_WIDGET (window), "Every platform sized by its latest published "
                        "monthly active users, with platforms the report does not cover");
  report = find_toggle (GTK_WIDGET (window), "The platforms and figures of the report");
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (latest)));
  kuaishou = solar_orbit_view_get_body_button (view, index_of ("kuaishou"));

  /* Kuaishou's page: marked, and cited. */
  g_assert_true (gtk_widget_activate (kuaishou));
  WAIT_UNTIL (g_strcmp0 (visible_page (window), "platform") == 0);
  page = find_descendant (GTK_WIDGET (window), SOLAR_TYPE_PLATFORM_PAGE);
  g_assert_true (solar_platform_page_get_platform (SOLAR_PLATFORM_PAGE (page)) == find_platform ("kuaishou"));
  g_assert_nonnull (find_label (page, "Not in the report: written from later public sources"));
  g_assert_nonnull (find_label (page, "Sources"));
  g_assert_nonnull (find_label (page, "Later Figures"));
  g_assert_null (find_label (page, "Since the Report"));
  g_assert_nonnull (find_label (page, "714.1 million"));
  g_assert_nonnull (find_label (page, "731 million"));
  g_assert_nonnull (find_row (page, "Short dramas"));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (find_row (page, "Short dramas")),
                            "快手短剧日活用户已突破3亿"));
  save_screenshot (GTK_WIDGET (window), "platform-kuaishou");
  scroll_to (find_row (page, "Short dramas"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  save_screenshot (GTK_WIDGET (window), "platform-kuaishou-items");
  /* Its formats, like Weibo's in the report, each with its source. */
  g_assert_nonnull (find_row (page, "Two columns or full screen"));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (find_row (page, "Two columns or full screen")),
                            "mainly double-column"));
  scroll_to (find_row (page, "Two columns or full screen"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  save_screenshot (GTK_WIDGET (window), "platform-kuaishou-formats");
  scroll_to (find_label (page, "Sources"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  save_screenshot (GTK_WIDGET (window), "platform-kuaishou-sources");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  WAIT_UNTIL (g_strcmp0 (visible_page (window), "diagram") == 0);

  /* And back: the report's view has no Kuaishou. */
  g_assert_true (gtk_widget_activate (report));
  WAIT_UNTIL (solar_orbit_view_get_figures (view) == SOLAR_ORBIT_FIGURES_REPORT);
  g_assert_null (solar_orbit_view_get_body_button (view, index_of ("kuaishou")));
  close_window (window);
}

static void
test_activate_opens_page_and_back_returns (void)
{
  SolarWindow *window = open_window (1000, 760);
  SolarOrbitView *view = get_view (window);
  GtkWidget *page;

  g_assert_cmpstr (visible_page (window), ==, "diagram");
  g_assert_true (gtk_widget_get_visible (find_toggle (GTK_WIDGET (window), "Show Influencer Tunnel (Ctrl+T)")));
  gtk_widget_activate (solar_orbit_view_get_body_button (view, 0));
  WAIT_UNTIL (g_strcmp0 (visible_page (window), "platform") == 0);

  g_assert_cmpstr (visible_page (window), ==, "platform");
  /* The tunnel's toggle belongs to the diagram: on a page it is not shown. */
  g_assert_false (gtk_widget_get_visible (find_toggle (GTK_WIDGET (window), "Show Influencer Tunnel (Ctrl+T)")));
  page = find_descendant (GTK_WIDGET (window), SOLAR_TYPE_PLATFORM_PAGE);
  g_assert_cmpstr (solar_platform_get_id (solar_platform_page_get_platform (SOLAR_PLATFORM_PAGE (page))), ==, "wechat");
  g_assert_nonnull (find_label (page, "WeChat"));
  g_assert_nonnull (find_label (page, "微信"));
  g_assert_nonnull (find_label (page, "Core platform"));
  g_assert_nonnull (find_label (page, "1.2 billion"));
  g_assert_nonnull (find_label (page, "Figures"));
  g_assert_nonnull (find_label (page, "400 million"));
  save_screenshot (GTK_WIDGET (window), "platform-wechat");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL));
  WAIT_UNTIL (g_strcmp0 (visible_page (window), "diagram") == 0);
  g_assert_true (gtk_widget_get_visible (find_toggle (GTK_WIDGET (window), "Show Influencer Tunnel (Ctrl+T)")));
  close_window (window);
}

static void
test_every_platform_page_builds (void)
{
  SolarWindow *window = open_window (1000, 760);
  SolarOrbitView *view = get_view (window);
  GListModel *platforms = solar_dataset_get_platforms (solar_application_get_dataset (application));

  /* Every platform has a body in the latest view. */
  solar_orbit_view_set_figures (view, SOLAR_ORBIT_FIGURES_LATEST);
  for (guint i = 0; i < g_list_model_get_n_items (platforms); i++)
    {
      g_autoptr(SolarPlatform) platform = g_list_model_get_item (platforms, i);
      GtkWidget *page;

      g_test_message ("opening %s", solar_platform_get_id (platform));
      /* A button activated from the keyboard shows itself pressed for 250 ms, then clicks. */
      g_assert_true (gtk_widget_activate (solar_orbit_view_get_body_button (view, i)));
      WAIT_UNTIL (g_strcmp0 (visible_page (window), "platform") == 0);
      page = find_descendant (GTK_WIDGET (window), SOLAR_TYPE_PLATFORM_PAGE);
      g_assert_true (solar_platform_page_get_platform (SOLAR_PLATFORM_PAGE (page)) == platform);
      g_assert_nonnull (find_label (page, solar_platform_get_name (platform)->en));
      gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
      WAIT_UNTIL (g_strcmp0 (visible_page (window), "diagram") == 0);
    }
  /* The view is kept in the settings, which the next tests share. */
  solar_orbit_view_set_figures (view, SOLAR_ORBIT_FIGURES_REPORT);
  close_window (window);
}

static void
test_arrow_keys_move_between_bodies (void)
{
  SolarWindow *window = open_window (1000, 760);
  SolarOrbitView *view = get_view (window);
  GtkWidget *first = solar_orbit_view_get_body_button (view, 0);
  GtkWidget *focused;

  g_assert_true (gtk_widget_grab_focus (first));
  g_assert_true (solar_orbit_view_move_focus (view, SOLAR_DIRECTION_RIGHT));
  wait_ms (50);
  focused = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (focused != first);
  g_assert_true (gtk_widget_get_parent (focused) == GTK_WIDGET (view));
  /* The tab stop follows focus, so Tab out and back returns to the same body. */
  g_assert_true (gtk_widget_get_focusable (focused));
  g_assert_false (gtk_widget_get_focusable (first));
  /* And the body with focus is highlighted in the drawing. */
  g_assert_cmpint (solar_orbit_view_get_highlighted (view), ==,
                   GPOINTER_TO_INT (g_object_get_data (G_OBJECT (focused), "body-position")));
  close_window (window);
}

static void
count_state_change (guint *n_changes)
{
  (*n_changes)++;
}

static void
test_idle_diagram_is_not_redrawn (void)
{
  SolarWindow *window = open_window (1000, 760);
  SolarOrbitView *view = get_view (window);
  guint n_state_changes = 0;
  guint frames = 0;
  gboolean measured = FALSE;

  /* A diagram nobody touches draws nothing. The tests run side by side on one X server, so
   * another test's window can take the focus from ours: the window going to the backdrop
   * (or back) changes the theme's colours, which is a redraw we want. A second in which the
   * window's state changed does not count, and is measured again. */
  g_signal_connect_swapped (view, "state-flags-changed", G_CALLBACK (count_state_change),
                            &n_state_changes);
  g_signal_connect_swapped (window, "notify::is-active", G_CALLBACK (count_state_change),
                            &n_state_changes);
  wait_ms (300);
  g_assert_cmpuint (solar_orbit_view_get_n_frames (view), >, 0);
  for (guint attempt = 0; attempt < 5 && !measured; attempt++)
    {
      guint changes = n_state_changes;

      frames = solar_orbit_view_get_n_frames (view);
      wait_ms (1500);
      if (n_state_changes != changes)
        {
          g_test_message ("the window's state changed while waiting; measuring again");
          continue;
        }
      g_assert_cmpuint (solar_orbit_view_get_n_frames (view), ==, frames);
      measured = TRUE;
    }
  if (!measured)
    g_test_fail_printf ("the window's state changed in each of five waits of 1.5 s");
  g_signal_handlers_disconnect_by_func (view, count_state_change, &n_state_changes);
  g_signal_handlers_disconnect_by_func (window, count_state_change, &n_state_changes);

  /* A change does redraw: the tunnel layer. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tunnel", NULL));
  g_assert_true (solar_orbit_view_get_show_tunnel (view));
  WAIT_UNTIL (solar_orbit_view_get_n_frames (view) > frames);
  save_screenshot (GTK_WIDGET (window), "diagram-tunnel");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tunnel", NULL);
  g_assert_false (solar_orbit_view_get_show_tunnel (view));
  close_window (window);
}

static SolarPlatformPage *
open_platform (SolarWindow *window,
               const char  *platform_id)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-platform", "s", platform_id));
  WAIT_UNTIL (g_strcmp0 (visible_page (window), "platform") == 0);
  return SOLAR_PLATFORM_PAGE (find_descendant (GTK_WIDGET (window), SOLAR_TYPE_PLATFORM_PAGE));
}

static void
assert_labels (GtkWidget          *page,
               const char * const *texts)
{
  for (guint i = 0; texts[i] != NULL; i++)
    if (find_label (page, texts[i]) == NULL)
      g_error ("no label “%s” on the page", texts[i]);
}

static gboolean
is_label_starting (GtkWidget     *widget,
                   gconstpointer  prefix)
{
  return GTK_IS_LABEL (widget) && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), prefix);
}

static void
test_platform_page_sections (void)
{
  SolarWindow *window = open_window (1000, 760);
  GListModel *platforms = solar_dataset_get_platforms (solar_application_get_dataset (application));
  SolarPlatformPage *page;

  page = open_platform (window, "wechat");
  assert_labels (GTK_WIDGET (page), (const char *[]) {
    "Functions for Brands", "Official Accounts", "Mini Programs", "Brand Zone", "CRM", "Chatbot",
    "Live support", "Instant message", "O2O functions", "Content That Works", "Useful content",
    "Tribes Reached Through Influencers", "Similar Platforms", NULL });
  save_screenshot (GTK_WIDGET (window), "platform-wechat-top");

  /* Later figures, each with what it counts and its source; the report's stay as they are. */
  assert_labels (GTK_WIDGET (page), (const char *[]) {
    "Since the Report", "Monthly active users of WeChat and Weixin",
    "Combined monthly active users of Weixin and WeChat", "1.2 billion", "1.3 billion", "1.4 billion", NULL });
  g_assert_nonnull (find_widget (GTK_WIDGET (page), is_label_starting,
                                 "As of 30 September 2025 · 騰訊Q3財報:增長超普遍預期…, Guancha"));
  {
    GtkWidget *row = gtk_widget_get_ancestor (find_label (GTK_WIDGET (page),
                                                         "Combined monthly active users of Weixin and WeChat"),
                                              ADW_TYPE_ACTION_ROW);

    g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (row), "微信及WeChat合併月活躍用户數達到14.14億"));
    g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (row), "https://hk.outputnews.com/"));
  }
  scroll_to (find_label (GTK_WIDGET (page), "Since the Report"));
  save_screenshot (GTK_WIDGET (window), "platform-wechat-later-figures");

  /* An item's row reads its description; its tags are search keywords, not shown. */
  {
    g_autoptr(SolarPlatform) wechat = g_list_model_get_item (platforms, 0);
    GListModel *items = solar_platform_get_items (wechat);
    guint with_tags = 0;

    for (guint i = 0; i < g_list_model_get_n_items (items); i++)
      {
        g_autoptr(SolarItem) item = g_list_model_get_item (items, i);

        const char * const *tags = solar_item_get_tags (item);

        if (tags == NULL || tags[0] == NULL)
          continue;
        with_tags++;
        if (find_label (GTK_WIDGET (page), solar_text_get (solar_item_get_description (item))) == NULL)
          g_error ("the row of “%s” does not read just its description",
                   solar_text_get (solar_item_get_title (item)));
      }
    g_assert_cmpuint (with_tags, >, 0);
  }

  /* A measure with no later public figure says why. */
  page = open_platform (window, "youku");
  assert_labels (GTK_WIDGET (page), (const char *[]) { "Since the Report", "None published", NULL });
  g_assert_nonnull (find_widget (GTK_WIDGET (page), is_label_starting,
                                 "No later count found: Alibaba has given only growth rates"));

  page = open_platform (window, "douyin");
  assert_labels (GTK_WIDGET (page), (const char *[]) {
    "Paid Media", "Welcome screen ads", "Display ads", "Newsfeed ads", "Verified official account",
    "Retail location detail page",
    /* The report's headings over Douyin's functions, which it gives, beside them. */
    "What a brand can set up and run on the platform. The report arranges them under official "
    "account, O2O marketing, paid traffic and community.", NULL });
  scroll_to (find_label (GTK_WIDGET (page), "Functions for Brands"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  save_screenshot (GTK_WIDGET (window), "platform-douyin-functions");
  /* The report gives Douyin's figures no date: the page says so, not the report's year. */
  g_assert_nonnull (find_widget (GTK_WIDGET (page), is_label_starting,
                                 "Not dated in the source · China's Social Solar System"));
  g_assert_null (find_widget (GTK_WIDGET (page), is_label_starting, "As of 2020"));

  page = open_platform (window, "weibo");
  assert_labels (GTK_WIDGET (page), (const char *[]) {
    "Owned Media", "Earned Media", "Paid Media", "Popular Formats", "Tips", "Audience",
    "45.4%", "54.6%", NULL });
  /* The chart's text alternative (its accessible label, also its tooltip; the
   * gtk_test_accessible_assert_property() macro cannot take a "%" in the value). */
  g_assert_cmpstr (gtk_widget_get_tooltip_text (find_descendant (GTK_WIDGET (page), g_type_from_name ("SolarShareBar"))),
                   ==, "Audience: Male 45.4%, Female 54.6%");

  /* Every page: a screenshot to look at, and focus on the platform's name. */
  for (guint i = 0; i < g_list_model_get_n_items (platforms); i++)
    {
      g_autoptr(SolarPlatform) platform = g_list_model_get_item (platforms, i);
      g_autofree char *name = g_strdup_printf ("platform-%s", solar_platform_get_id (platform));

      page = open_platform (window, solar_platform_get_id (platform));
      g_assert_true (gtk_widget_has_focus (GTK_WIDGET (page)));
      g_assert_nonnull (find_label (GTK_WIDGET (page), "Similar Platforms"));
      save_screenshot (GTK_WIDGET (window), name);
    }
  close_window (window);
}

static void
test_links_and_history (void)
{
  SolarWindow *window = open_window (1000, 760);
  SolarPlatformPage *page;

  page = open_platform (window, "wechat");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-platform", "s", "weibo"));
  WAIT_UNTIL (g_strcmp0 (solar_platform_get_id (solar_platform_page_get_platform (page)), "weibo") == 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-tribe", "s", "cosplay"));
  WAIT_UNTIL (g_strcmp0 (visible_page (window), "landscape") == 0);

  /* Back retraces the steps: Weibo, WeChat, the diagram. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  WAIT_UNTIL (g_strcmp0 (visible_page (window), "platform") == 0);
  g_assert_cmpstr (solar_platform_get_id (solar_platform_page_get_platform (page)), ==, "weibo");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  WAIT_UNTIL (g_strcmp0 (solar_platform_get_id (solar_platform_page_get_platform (page)), "wechat") == 0);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  WAIT_UNTIL (g_strcmp0 (visible_page (window), "diagram") == 0);
  close_window (window);
}

static void
search_for (SolarWindow *window,
            const char  *text)
{
  GtkWidget *entry = find_descendant (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  wait_ms (50);
  /* Focus is in the entry's text, a child of the entry. */
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), entry));
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  /* GtkSearchEntry waits 150 ms after typing before it says the text changed. */
  wait_ms (400);
}

static void
test_search_ootd_lands_on_red (void)
{
  SolarWindow *window = open_window (1000, 760);
  GtkWidget *entry;
  SolarSearchPage *results;
  SolarPlatformPage *page;
  GtkWidget *row;

  /* Search starts from any page, here a platform's. */
  open_platform (window, "weibo");
  search_for (window, "OOTD");
  g_assert_cmpstr (visible_page (window), ==, "search");
  results = SOLAR_SEARCH_PAGE (find_descendant (GTK_WIDGET (window), SOLAR_TYPE_SEARCH_PAGE));
  g_assert_cmpuint (solar_search_page_get_n_results (results), >=, 1);
  assert_labels (GTK_WIDGET (results), (const char *[]) { "Content That Works", "#OOTD", NULL });
  save_screenshot (GTK_WIDGET (window), "search-ootd");

  /* Enter in the search entry opens the best hit. */
  entry = find_descendant (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY);
  g_signal_emit_by_name (entry, "activate");
  WAIT_UNTIL (g_strcmp0 (visible_page (window), "platform") == 0);
  page = SOLAR_PLATFORM_PAGE (find_descendant (GTK_WIDGET (window), SOLAR_TYPE_PLATFORM_PAGE));
  g_assert_cmpstr (solar_platform_get_id (solar_platform_page_get_platform (page)), ==, "red");
  row = solar_platform_page_get_revealed_row (page);
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "#OOTD");
  g_assert_true (gtk_widget_has_css_class (row, "revealed"));
  g_assert_true (gtk_widget_has_focus (row));
  save_screenshot (GTK_WIDGET (window), "search-ootd-opened");
  close_window (window);
}

static void
test_search_chinese_and_empty (void)
{
  SolarWindow *window = open_window (1000, 760);
  SolarSearchPage *results;

  search_for (window, "小红书");
  results = SOLAR_SEARCH_PAGE (find_descendant (GTK_WIDGET (window), SOLAR_TYPE_SEARCH_PAGE));
  g_assert_cmpuint (solar_search_page_get_n_results (results), >=, 1);
  g_assert_nonnull (find_label (GTK_WIDGET (results), "RED (Xiaohongshu)"));

  search_for (window, "qqxqz");
  g_assert_cmpuint (solar_search_page_get_n_results (results), ==, 0);
  g_assert_nonnull (find_label (GTK_WIDGET (results), "No Results Found"));
  save_screenshot (GTK_WIDGET (window), "search-empty");

  /* Clearing the search returns to where it started. */
  search_for (window, "");
  g_assert_cmpstr (visible_page (window), ==, "diagram");
  close_window (window);
}

static void
test_compare_wechat_and_weibo (void)
{
  SolarWindow *window = open_window (1000, 760);
  SolarComparePage *compare;
  GtkWidget *table;

  open_platform (window, "wechat");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.compare", "s", "wechat"));
  WAIT_UNTIL (g_strcmp0 (visible_page (window), "compare") == 0);
  compare = SOLAR_COMPARE_PAGE (find_descendant (GTK_WIDGET (window), SOLAR_TYPE_COMPARE_PAGE));
  g_assert_cmpuint (solar_compare_page_get_n_selected (compare), ==, 1);
  g_assert_nonnull (find_label (GTK_WIDGET (compare), "Compare Platforms"));

  solar_compare_page_select (compare, "weibo", TRUE);
  wait_ms (100);
  table = solar_compare_page_get_table (compare);
  assert_labels (table, (const char *[]) {
    "WeChat 微信", "Weibo 微博", "Monthly active users",
    "1.2 billion (August 2020)\nLatest: 1.4 billion, Combined monthly active users of Weixin and "
    "WeChat (30 September 2025)",
    "Daily active users", "200 million (undated)\nLatest: 257 million (September 2025)", "Audience",
    "Male 45.4%\nFemale 54.6%",
    /* Weibo's monthly users are not in the report: only the latest is. */
    "Not in the report\nLatest: 578 million (September 2025)", NULL });
  save_screenshot (GTK_WIDGET (window), "compare");

  /* At most four; a platform the report does not cover says so. */
  solar_compare_page_select (compare, "douyin", TRUE);
  solar_compare_page_select (compare, "kuaishou", TRUE);
  solar_compare_page_select (compare, "zhihu", TRUE);
  g_assert_cmpuint (solar_compare_page_get_n_selected (compare), ==, 4);
  wait_ms (100);
  assert_labels (solar_compare_page_get_table (compare), (const char *[]) {
    "Kuaishou 快手", "Not in the report",
    "Not in the report\nLatest: 731 million (September 2025)", NULL });
  close_window (window);
}

static void
test_landscape_from_the_diagram (void)
{
  SolarWindow *window = open_window (1000, 760);
  SolarOrbitView *view = get_view (window);
  SolarOrbit *orbit = solar_orbit_view_get_orbit (view);
  GtkWidget *landscape;
  GtkWidget *row;
  int sun, tribe;

  sun = solar_orbit_find_body (orbit, SOLAR_BODY_SUN, 0);
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (solar_orbit_view_get_body_button_at (view, sun)),
                                   GTK_ACCESSIBLE_ROLE_BUTTON);
  g_signal_emit_by_name (solar_orbit_view_get_body_button_at (view, sun), "clicked");
  WAIT_UNTIL (g_strcmp0 (visible_page (window), "landscape") == 0);
  landscape = find_descendant (GTK_WIDGET (window), SOLAR_TYPE_LANDSCAPE_PAGE);
  assert_labels (landscape, (const char *[]) {
    "China's Social Solar System", "Content Creators", "215 million", "1 billion", "300 million",
    "Gen Z Trends", "Interest Tribes and Subcultures", NULL });
  /* The report's framing of the tunnel, beyond the tribes it names (issue 17's audit). */
  save_screenshot (GTK_WIDGET (window), "landscape");
  {
    GtkWidget *framing = find_widget (landscape, is_label_starting,
                                      "Influencers are the tunnel from platforms, with their content, "
                                      "campaigns and commerce, to people's interests and cultures, "
                                      "and on to other derivative platforms and other popular "
                                      "subcultures");

    g_assert_nonnull (framing);
    scroll_to (framing);
    gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
    save_screenshot (GTK_WIDGET (window), "landscape-tribes");
  }

  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tunnel", NULL);
  wait_ms (100);
  tribe = solar_orbit_find_body (orbit, SOLAR_BODY_TRIBE, 0);
  g_assert_cmpint (tribe, >=, 0);
  g_signal_emit_by_name (solar_orbit_view_get_body_button_at (view, tribe), "clicked");
  WAIT_UNTIL (g_strcmp0 (visible_page (window), "landscape") == 0);
  row = solar_landscape_page_get_revealed_row (SOLAR_LANDSCAPE_PAGE (landscape));
  g_assert_nonnull (row);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tunnel", NULL);
  close_window (window);
}

static void
test_context_menu_compares (void)
{
  SolarWindow *window = open_window (1000, 760);
  SolarOrbitView *view = get_view (window);
  int sun = solar_orbit_find_body (solar_orbit_view_get_orbit (view), SOLAR_BODY_SUN, 0);
  GtkWidget *popover;
  GMenuModel *menu;
  g_autoptr(GVariant) target = NULL;
  g_autofree char *action = NULL;

  g_assert_null (solar_orbit_view_open_context_menu (view, sun));

  /* Weibo's menu: Open, then Compare, pointing at Weibo. */
  popover = solar_orbit_view_open_context_menu (view, 1);
  g_assert_nonnull (popover);
  WAIT_UNTIL (gtk_widget_get_visible (popover));
  menu = gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (popover));
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 3);
  g_assert_true (g_menu_model_get_item_attribute (menu, 1, G_MENU_ATTRIBUTE_ACTION, "s", &action));
  g_assert_cmpstr (action, ==, "win.compare");
  target = g_menu_model_get_item_attribute_value (menu, 1, G_MENU_ATTRIBUTE_TARGET, G_VARIANT_TYPE_STRING);
  g_assert_cmpstr (g_variant_get_string (target, NULL), ==, "weibo");
  save_screenshot (GTK_WIDGET (window), "diagram-context-menu");
  gtk_popover_popdown (GTK_POPOVER (popover));
  wait_ms (50);
  close_window (window);
}

static void
test_large_text_enlarges_labels (void)
{
  SolarWindow *window = open_window (1000, 760);
  SolarOrbit *orbit = solar_orbit_view_get_orbit (get_view (window));
  GtkSettings *settings = gtk_settings_get_default ();
  double normal = solar_orbit_get_font_size (orbit);
  int dpi;

  g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);
  /* What Settings › Accessibility › Large Text does: 1.25 × the resolution. */
  g_object_set (settings, "gtk-xft-dpi", (int)(96 * 1024 * 1.25), NULL);
  wait_ms (200);
  g_assert_cmpfloat_with_epsilon (solar_orbit_get_text_scale (orbit), 1.25, 0.001);
  g_assert_cmpfloat (solar_orbit_get_font_size (orbit), >, normal);
  g_assert_true (solar_orbit_get_labels_fit (orbit));
  save_screenshot (GTK_WIDGET (window), "diagram-large-text");
  g_object_set (settings, "gtk-xft-dpi", dpi, NULL);
  wait_ms (50);
  close_window (window);
}

static void
test_window_starts_on_the_diagram (void)
{
  SolarWindow *window = open_window (1000, 760);
  SolarOrbitView *view = get_view (window);

  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == solar_orbit_view_get_tab_stop (view));
  close_window (window);
}

static gboolean
is_row_titled (GtkWidget     *widget,
               gconstpointer  title)
{
  return ADW_IS_PREFERENCES_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static GtkWidget *
find_row (GtkWidget  *root,
          const char *title)
{
  GtkWidget *row = find_widget (root, is_row_titled, title);

  if (row == NULL)
    g_error ("no row “%s”", title);
  return row;
}

/* A plan with KPIs in a narrow window: their fields wrap rather than widen the window.
 * Opens a template with KPIs, shows its first KPI, and saves a screenshot as @shot. */
/* A phone-sized window, with the window buttons GNOME shows by default (only Close): the X
 * server here runs no settings daemon, so GTK would add Minimize and Maximize, which a phone
 * does not show. No page may make the window wider than that. */
#define NARROW_WIDTH 360

static char *
use_gnome_window_buttons (void)
{
  char *layout = NULL;

  g_object_get (gtk_settings_get_default (), "gtk-decoration-layout", &layout, NULL);
  g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", "appmenu:close", NULL);
  return layout;
}

static void
restore_window_buttons (char *layout)
{
  g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", layout, NULL);
  g_free (layout);
}

static void
assert_plan_with_kpis_fits (SolarWindow *window,
                            const char  *shot)
{
  GtkWidget *table;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-plan", "s", "douyin-hashtag-challenge");
  WAIT_UNTIL (current_plan_editor (window) != NULL);
  table = find_descendant (GTK_WIDGET (current_plan_editor (window)), SOLAR_TYPE_KPI_TABLE);
  g_assert_nonnull (table);
  g_assert_cmpuint (g_list_model_get_n_items (solar_plan_table_get_shown (SOLAR_PLAN_TABLE (table))), >, 0);
  scroll_to (table);
  /* Large Text lays the page out again: wait for it, then for the width. */
  wait_ms (300);
  WAIT_UNTIL (gtk_widget_get_width (GTK_WIDGET (window)) <= NARROW_WIDTH);
  /* The table scrolls sideways inside the page rather than widen it. */
  g_assert_cmpint (gtk_widget_get_width (table), <=, NARROW_WIDTH);
  scroll_to (table);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  save_screenshot (GTK_WIDGET (window), shot);
}

static void
test_narrow_window (void)
{
  char *layout = use_gnome_window_buttons ();
  SolarWindow *window = open_window (NARROW_WIDTH, 640);
  SolarOrbitView *view = get_view (window);
  SolarOrbit *orbit = solar_orbit_view_get_orbit (view);

  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, NARROW_WIDTH);
  g_assert_true (solar_orbit_get_labels_fit (orbit));
  for (guint i = 0; i < 10; i++)
    {
      GtkWidget *button = solar_orbit_view_get_body_button (view, i);
      graphene_rect_t bounds;

      g_assert_true (gtk_widget_compute_bounds (button, GTK_WIDGET (view), &bounds));
      g_assert_cmpfloat (bounds.origin.x, >=, 0);
      g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (GTK_WIDGET (view)));
    }
  save_screenshot (GTK_WIDGET (window), "diagram-narrow");

  /* The pages fit too: nothing wider than the window. */
  open_platform (window, "wechat");
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, NARROW_WIDTH);
  save_screenshot (GTK_WIDGET (window), "platform-wechat-narrow");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.compare", "s", "wechat");
  solar_compare_page_select (SOLAR_COMPARE_PAGE (find_descendant (GTK_WIDGET (window), SOLAR_TYPE_COMPARE_PAGE)),
                             "douyin", TRUE);
  WAIT_UNTIL (gtk_widget_get_width (GTK_WIDGET (window)) <= NARROW_WIDTH);
  save_screenshot (GTK_WIDGET (window), "compare-narrow");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-landscape", "s", "tribe:acg");
  WAIT_UNTIL (gtk_widget_get_width (GTK_WIDGET (window)) <= NARROW_WIDTH);
  save_screenshot (GTK_WIDGET (window), "landscape-narrow");

  assert_plan_with_kpis_fits (window, "plan-editor-narrow");
  close_window (window);
  restore_window_buttons (layout);
}

/* Large Text in a 360 px window: the diagram's labels still fit, and no page or form grows
 * wider than the window (so nothing is cut off at its right edge). */
static void
test_large_text_narrow (void)
{
  GtkSettings *settings = gtk_settings_get_default ();
  char *layout = use_gnome_window_buttons ();
  SolarWindow *window;
  int dpi;

  g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);
  g_object_set (settings, "gtk-xft-dpi", (int)(96 * 1024 * 1.25), NULL);
  window = open_window (NARROW_WIDTH, 640);
  WAIT_UNTIL (solar_orbit_get_labels_fit (solar_orbit_view_get_orbit (get_view (window))));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, NARROW_WIDTH);
  save_screenshot (GTK_WIDGET (window), "large-text-diagram-narrow");

  open_platform (window, "wechat");
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, NARROW_WIDTH);
  save_screenshot (GTK_WIDGET (window), "large-text-wechat-narrow");

  assert_plan_with_kpis_fits (window, "large-text-plan-narrow");
  close_window (window);
  g_object_set (settings, "gtk-xft-dpi", dpi, NULL);
  restore_window_buttons (layout);
  wait_ms (50);
}



static gboolean
has_tooltip (GtkWidget     *widget,
             gconstpointer  text)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), text) == 0;
}

static gboolean
problems_have_rule (SolarPlanEditor *editor,
                    const char      *rule_id)
{
  GListModel *problems = solar_plan_editor_get_problems (editor);

  for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(SolarProblem) problem = g_list_model_get_item (problems, i);

      if (g_strcmp0 (solar_problem_get_rule_id (problem), rule_id) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
test_plan_built_saved_and_reopened (void)
{
  SolarWindow *window = open_window (1000, 760);
  g_autofree char *dir = g_dir_make_tmp ("solar-plan-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "spring.campaign.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  SolarPlatformPage *page;
  SolarPlanEditor *editor;
  SolarDocument *document;
  SolarCampaign *campaign;
  GtkWidget *button, *name_row;
  gboolean saved = FALSE;

  /* A tactic from WeChat's page starts a plan. */
  page = open_platform (window, "wechat");
  button = find_widget (GTK_WIDGET (page), has_tooltip, "Add “Mini Programs” to Plan");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  WAIT_UNTIL (g_strcmp0 (visible_page (window), "platform") == 0);
  /* The diagram now shows the new plan over it. */
  g_assert_nonnull (solar_orbit_view_get_plan (get_view (window)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-plans", NULL));
  WAIT_UNTIL (g_strcmp0 (visible_page (window), "plans") == 0);
  editor = current_plan_editor (window);
  document = solar_plan_editor_get_document (editor);
  campaign = solar_document_get_campaign (document);
  g_assert_true (solar_campaign_find_platform (campaign, "wechat") != NULL);

  /* A plan without a name says so, on the field and in the list. */
  solar_plan_editor_check_now (editor);
  name_row = find_row (GTK_WIDGET (editor), "Name");
  g_assert_true (problems_have_rule (editor, "name-missing"));
  g_assert_true (gtk_widget_has_css_class (name_row, "error"));

  /* Fill the form through its widgets. */
  gtk_editable_set_text (GTK_EDITABLE (name_row), "Spring Launch");
  gtk_editable_set_text (GTK_EDITABLE (find_row (GTK_WIDGET (editor), "Brand")), "Acme Tea");
  gtk_editable_set_text (GTK_EDITABLE (find_row (GTK_WIDGET (editor), "Key Message")), "Tea for the third space");
  gtk_editable_set_text (GTK_EDITABLE (find_row (GTK_WIDGET (editor), "Start Date")), "2026-03-01");
  gtk_editable_set_text (GTK_EDITABLE (find_row (GTK_WIDGET (editor), "End Date")), "2026-04-30");
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_row (GTK_WIDGET (editor), "Objective")), SOLAR_OBJECTIVE_LAUNCH);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (find_descendant (find_row (GTK_WIDGET (editor), "Total Budget"), GTK_TYPE_SPIN_BUTTON)), 500000);
  wait_ms (50);
  solar_plan_editor_check_now (editor);
  g_assert_false (problems_have_rule (editor, "name-missing"));
  g_assert_false (gtk_widget_has_css_class (name_row, "error"));
  g_assert_true (solar_document_get_modified (document));
  g_assert_cmpstr (solar_campaign_get_name (campaign), ==, "Spring Launch");
  /* Unsaved, the plan is called by its name, in the window's subtitle as in its tab. */
  g_assert_cmpstr (adw_window_title_get_subtitle (ADW_WINDOW_TITLE (find_descendant (GTK_WIDGET (window), ADW_TYPE_WINDOW_TITLE))),
                   ==, "• Spring Launch");
  g_assert_cmpint (solar_campaign_get_objective (campaign), ==, SOLAR_OBJECTIVE_LAUNCH);
  g_assert_cmpfloat (solar_campaign_get_total_budget (campaign), ==, 500000);
  /* Amounts are shown grouped in thousands, and read back with or without the grouping. */
  {
    GtkSpinButton *budget = GTK_SPIN_BUTTON (find_descendant (find_row (GTK_WIDGET (editor), "Total Budget"), GTK_TYPE_SPIN_BUTTON));

    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (budget)), ==, "500,000");
    gtk_editable_set_text (GTK_EDITABLE (budget), "1,250,000.5");
    gtk_spin_button_update (budget);
    g_assert_cmpfloat (solar_campaign_get_total_budget (campaign), ==, 1250000.5);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (budget)), ==, "1,250,000.50");
    gtk_editable_set_text (GTK_EDITABLE (budget), "500000");
    gtk_spin_button_update (budget);
    g_assert_cmpfloat (solar_campaign_get_total_budget (campaign), ==, 500000);
    /* What is not a number puts the amount back; it does not become 0. */
    gtk_editable_set_text (GTK_EDITABLE (budget), "five hundred");
    gtk_spin_button_update (budget);
    g_assert_cmpfloat (solar_campaign_get_total_budget (campaign), ==, 500000);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (budget)), ==, "500,000");
  }
  save_screenshot (GTK_WIDGET (window), "plan-editor");

  /* End before start is caught. */
  gtk_editable_set_text (GTK_EDITABLE (find_row (GTK_WIDGET (editor), "End Date")), "2026-02-01");
  solar_plan_editor_check_now (editor);
  g_assert_true (problems_have_rule (editor, "dates-reversed"));
  gtk_editable_set_text (GTK_EDITABLE (find_row (GTK_WIDGET (editor), "End Date")), "2026-04-30");

  /* Save (the same code the Save action runs once a file is chosen), close, reopen. */
  solar_document_save_async (document, file, SOLAR_DOCUMENT_SAVE_DEFAULT, NULL, save_done, &saved);
  while (!saved)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (solar_document_get_modified (document));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.close-plan", NULL));
  WAIT_UNTIL (current_plan_editor (window) == NULL);

  solar_window_open_plan (window, file);
  WAIT_UNTIL (current_plan_editor (window) != NULL);
  editor = current_plan_editor (window);
  g_assert_nonnull (editor);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_row (GTK_WIDGET (editor), "Name"))), ==, "Spring Launch");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_row (GTK_WIDGET (editor), "Brand"))), ==, "Acme Tea");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_row (GTK_WIDGET (editor), "Key Message"))), ==, "Tea for the third space");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_row (GTK_WIDGET (editor), "Start Date"))), ==, "2026-03-01");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_row (GTK_WIDGET (editor), "End Date"))), ==, "2026-04-30");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (find_row (GTK_WIDGET (editor), "Objective"))), ==, SOLAR_OBJECTIVE_LAUNCH);
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (find_descendant (find_row (GTK_WIDGET (editor), "Total Budget"), GTK_TYPE_SPIN_BUTTON))), ==, 500000);
  g_assert_nonnull (find_row (GTK_WIDGET (editor), "WeChat"));
  g_assert_nonnull (find_row (GTK_WIDGET (editor), "Mini Programs"));
  save_screenshot (GTK_WIDGET (window), "plan-reopened");

  /* The diagram shows the plan: WeChat with its share of the budget, the rest dimmed. */
  solar_window_show_diagram (window);
  WAIT_UNTIL (g_strcmp0 (visible_page (window), "diagram") == 0);
  g_assert_true (solar_orbit_view_get_plan (get_view (window)) ==
                 solar_document_get_campaign (solar_plan_editor_get_document (editor)));
  save_screenshot (GTK_WIDGET (window), "diagram-plan");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-plans", NULL));
  wait_ms (100);

  /* Closing with unsaved changes asks; Cancel keeps the plan open. */
  gtk_editable_set_text (GTK_EDITABLE (find_row (GTK_WIDGET (editor), "Brand")), "Acme Tea Co.");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.close-plan", NULL));
  WAIT_UNTIL (find_dialog () != NULL);
  {
    GtkWidget *dialog = find_dialog ();

    g_assert_nonnull (dialog);
    g_assert_cmpstr (solar_alert_get_heading (dialog), ==, "Save Changes?");
    respond (dialog, "cancel");
    wait_ms (100);
    g_assert_true (current_plan_editor (window) == editor);
    g_assert_true (solar_document_get_modified (solar_plan_editor_get_document (editor)));
  }

  g_unlink (path);
  g_rmdir (dir);
  /* Leave without the question: the test is done with the plan. */
  g_object_run_dispose (G_OBJECT (window));
  wait_ms (50);
}

/* The whole plan, through the form
 * ================================
 */

static guint
platform_position (const char *platform_id)
{
  GListModel *platforms = solar_dataset_get_platforms (solar_application_get_dataset (application));

  for (guint i = 0; i < g_list_model_get_n_items (platforms); i++)
    {
      g_autoptr(SolarPlatform) platform = g_list_model_get_item (platforms, i);

      if (g_str_equal (solar_platform_get_id (platform), platform_id))
        return i;
    }
  g_error ("no platform “%s”", platform_id);
}

static GtkSpinButton *
spin_of (GtkWidget *row)
{
  return GTK_SPIN_BUTTON (find_descendant (row, GTK_TYPE_SPIN_BUTTON));
}

static GtkCheckButton *
check_of (GtkWidget  *root,
          const char *title)
{
  return GTK_CHECK_BUTTON (find_descendant (find_row (root, title), GTK_TYPE_CHECK_BUTTON));
}

static GtkEditable *
editable_of (GtkWidget  *root,
             const char *title)
{
  return GTK_EDITABLE (find_row (root, title));
}

static guint
selected_of (GtkWidget  *root,
             const char *title)
{
  return adw_combo_row_get_selected (ADW_COMBO_ROW (find_row (root, title)));
}

static void
select_in (GtkWidget  *root,
           const char *title,
           guint       position)
{
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_row (root, title)), position);
}

/* The icon that marks an expander row: an image with a tooltip (the findings). */
static GtkWidget *
find_mark_icon (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_IMAGE (child) && gtk_widget_get_tooltip_text (child) != NULL)
        return child;
      if ((found = find_mark_icon (child)) != NULL)
        return found;
    }
  return NULL;
}

/* Whether @row shows the problem @text: an expander row by an icon, others themselves. */
static gboolean
shows_problem (GtkWidget  *row,
               const char *text)
{
  GtkWidget *icon = ADW_IS_EXPANDER_ROW (row) ? find_mark_icon (row) : NULL;
  GtkWidget *mark = icon ? icon : row;
  const char *tooltip = gtk_widget_get_tooltip_text (mark);

  return gtk_widget_get_visible (mark) && gtk_widget_has_css_class (mark, "warning") &&
         tooltip != NULL && strstr (tooltip, text) != NULL;
}

static char *
dup_problem_message (SolarPlanEditor *editor,
                     const char      *rule_id,
                     const char      *field)
{
  GListModel *problems = solar_plan_editor_get_problems (editor);

  for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(SolarProblem) problem = g_list_model_get_item (problems, i);

      if (g_str_equal (solar_problem_get_rule_id (problem), rule_id))
        {
          g_assert_cmpstr (solar_problem_get_field (problem), ==, field);
          return g_strdup (solar_problem_get_message (problem));
        }
    }
  g_error ("no problem “%s”", rule_id);
}

static void
fill_plan_and_audience (GtkWidget *form)
{
  gtk_editable_set_text (editable_of (form, "Name"), "Tea Festival");
  gtk_editable_set_text (editable_of (form, "Start Date"), "2026-03-01");
  gtk_editable_set_text (editable_of (form, "End Date"), "2026-04-30");
  gtk_spin_button_set_value (spin_of (find_row (form, "Total Budget")), 200000);

  select_in (form, "Gender Focus", SOLAR_GENDER_FOCUS_FEMALE);
  /* Activating the row ticks its box, as a click or Enter on it does. */
  adw_action_row_activate (ADW_ACTION_ROW (find_row (form, "Tier 1 cities")));
  adw_action_row_activate (ADW_ACTION_ROW (find_row (form, "Future Shaper")));
  gtk_check_button_set_active (check_of (form, "Foodie"), TRUE);
  g_assert_true (gtk_check_button_get_active (check_of (form, "Tier 1 cities")));
  /* Named by its row's title (and no label of its own, which GTK 4.8 would read as well). */
  g_assert_true (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (check_of (form, "Foodie")),
                                                   GTK_ACCESSIBLE_RELATION_LABELLED_BY));
  g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (check_of (form, "Foodie")),
                                                    GTK_ACCESSIBLE_PROPERTY_LABEL));
}

/* The item at @position of a milestone or KPI table, as the table shows them. */
static gpointer
table_item (GtkWidget *form,
            GType      table_type,
            guint      position)
{
  SolarPlanTable *table = SOLAR_PLAN_TABLE (find_descendant (form, table_type));
  g_autoptr(GObject) item = g_list_model_get_item (solar_plan_table_get_shown (table), position);

  g_assert_nonnull (item);
  return item;   /* the plan keeps it */
}

/* The cell of a milestone or KPI table showing @member of @item, once its row is on screen. */
static GtkWidget *
table_cell (GtkWidget  *form,
            GType       table_type,
            gpointer    item,
            const char *member)
{
  SolarPlanTable *table = SOLAR_PLAN_TABLE (find_descendant (form, table_type));

  g_assert_nonnull (table);
  g_assert_true (solar_plan_table_scroll_to (table, item));
  WAIT_UNTIL (solar_plan_table_find_cell (table, item, member) != NULL);
  return solar_plan_table_find_cell (table, item, member);
}

/* Types @text into @cell and presses Enter, as a user edits in place. Returns whether the
 * cell took it (a number cell refuses what is not a number). */
static gboolean
type_in_cell (GtkWidget  *cell,
              const char *text)
{
  GtkWidget *focus;

  solar_table_cell_start_editing (SOLAR_TABLE_CELL (cell));
  focus = gtk_root_get_focus (gtk_widget_get_root (cell));
  g_assert_true (GTK_IS_TEXT (focus) && gtk_widget_is_ancestor (focus, cell));
  gtk_editable_set_text (GTK_EDITABLE (focus), text);
  g_signal_emit_by_name (focus, "activate");
  return !solar_table_cell_get_editing (SOLAR_TABLE_CELL (cell));
}

static gboolean
edit_table_cell (GtkWidget  *form,
                 GType       table_type,
                 gpointer    item,
                 const char *member,
                 const char *text)
{
  return type_in_cell (table_cell (form, table_type, item, member), text);
}

/* Douyin at 100 % of the budget, with hashtags; a KPI-less platform with a budget is warned
 * about on its row, until it has a KPI. */
static void
fill_platform (SolarWindow     *window,
               SolarPlanEditor *editor)
{
  GtkWidget *form = GTK_WIDGET (editor);
  GtkWidget *douyin;
  gpointer kpi;
  g_autofree char *no_kpi = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-platform", "s", "douyin"));
  wait_ms (100);
  douyin = find_row (form, "Douyin");
  select_in (douyin, "Allocation", SOLAR_ALLOCATION_SHARE);
  gtk_spin_button_set_value (spin_of (find_row (douyin, "Share of the Budget (%)")), 100);
  gtk_editable_set_text (editable_of (douyin, "Hashtags"), "#spring#, #tea#");

  solar_plan_editor_check_now (editor);
  no_kpi = dup_problem_message (editor, "no-kpi", "platforms[0].kpis");
  g_assert_true (shows_problem (douyin, no_kpi));
  g_assert_true (shows_problem (find_row (douyin, "Add KPI"), no_kpi));

  /* The platform's "Add KPI" adds one to the KPI table, its metric being edited. */
  adw_action_row_activate (ADW_ACTION_ROW (find_row (douyin, "Add KPI")));
  kpi = table_item (form, SOLAR_TYPE_KPI_TABLE, 0);
  g_assert_cmpuint (g_list_model_get_n_items (solar_platform_plan_get_kpis (
                      solar_campaign_find_platform (solar_document_get_campaign (solar_plan_editor_get_document (editor)),
                                                    "douyin"))), ==, 1);
  {
    GtkWidget *metric = table_cell (form, SOLAR_TYPE_KPI_TABLE, kpi, "metric");

    WAIT_UNTIL (solar_table_cell_get_editing (SOLAR_TABLE_CELL (metric)));
    g_assert_true (focus_is_within (metric));
  }
  g_assert_true (edit_table_cell (form, SOLAR_TYPE_KPI_TABLE, kpi, "metric", "Views"));
  g_assert_true (edit_table_cell (form, SOLAR_TYPE_KPI_TABLE, kpi, "target", "1,000,000"));
  g_assert_true (edit_table_cell (form, SOLAR_TYPE_KPI_TABLE, kpi, "unit", "views"));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (table_cell (form, SOLAR_TYPE_KPI_TABLE, kpi, "target")),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Target: 1,000,000");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (table_cell (form, SOLAR_TYPE_KPI_TABLE, kpi, "platform")),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Platform: Douyin");

  solar_plan_editor_check_now (editor);
  g_assert_false (problems_have_rule (editor, "no-kpi"));
  g_assert_false (shows_problem (douyin, no_kpi));
  g_assert_false (shows_problem (find_row (douyin, "Add KPI"), no_kpi));
}

/* The cell of the KOL table showing @member of @kol, once its row is on screen. */
static GtkWidget *
kol_cell (GtkWidget  *form,
          SolarKol   *kol,
          const char *member)
{
  SolarKolTable *table = SOLAR_KOL_TABLE (find_descendant (form, SOLAR_TYPE_KOL_TABLE));

  g_assert_nonnull (table);
  g_assert_true (solar_kol_table_scroll_to (table, kol));
  WAIT_UNTIL (solar_kol_table_find_cell (table, kol, member) != NULL);
  return solar_kol_table_find_cell (table, kol, member);
}

static gboolean
edit_kol_cell (GtkWidget  *form,
               SolarKol   *kol,
               const char *member,
               const char *text)
{
  return type_in_cell (kol_cell (form, kol, member), text);
}

static SolarKol *
first_kol (SolarPlanEditor *editor)
{
  SolarCampaign *campaign = solar_document_get_campaign (solar_plan_editor_get_document (editor));
  SolarKol *kol = g_list_model_get_item (solar_campaign_get_kols (campaign), 0);

  g_assert_nonnull (kol);
  g_object_unref (kol);   /* the plan keeps it */
  return kol;
}

static void
fill_people (SolarPlanEditor *editor)
{
  GtkWidget *form = GTK_WIDGET (editor);
  GtkWidget *table = find_descendant (form, SOLAR_TYPE_KOL_TABLE);
  GtkWidget *add = find_widget (table, has_tooltip, "Add KOL");
  GtkWidget *name;
  SolarKol *kol;

  /* From the keyboard: "Add KOL" puts the focus in the new KOL's name, being edited, and
   * Enter keeps what was typed. */
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (add), GTK_ACCESSIBLE_ROLE_BUTTON);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (add), GTK_ACCESSIBLE_PROPERTY_LABEL, "Add KOL");
  g_assert_true (gtk_widget_grab_focus (add));
  g_signal_emit_by_name (add, "clicked");
  kol = first_kol (editor);
  name = kol_cell (form, kol, "name");
  WAIT_UNTIL (solar_table_cell_get_editing (SOLAR_TABLE_CELL (name)));
  g_assert_true (focus_is_within (name));
  gtk_editable_set_text (GTK_EDITABLE (gtk_root_get_focus (gtk_widget_get_root (name))), "Tea Master Wang");
  g_signal_emit_by_name (gtk_root_get_focus (gtk_widget_get_root (name)), "activate");
  g_assert_false (solar_table_cell_get_editing (SOLAR_TABLE_CELL (name)));
  g_assert_true (gtk_widget_has_focus (name));
  g_assert_cmpstr (solar_kol_get_name (kol), ==, "Tea Master Wang");

  solar_choice_cell_set_selected (SOLAR_CHOICE_CELL (kol_cell (form, kol, "platform")), platform_position ("douyin"));
  /* The tier as a user picks it: Enter opens the list on the current tier, a row picks. */
  {
    GtkWidget *tier = kol_cell (form, kol, "tier");
    GtkWidget *list;
    GtkListBoxRow *micro;

    gtk_test_accessible_assert_role (GTK_ACCESSIBLE (tier), GTK_ACCESSIBLE_ROLE_COMBO_BOX);
    gtk_test_accessible_assert_property (GTK_ACCESSIBLE (tier), GTK_ACCESSIBLE_PROPERTY_LABEL, "Tier: Mid");
    g_assert_true (gtk_widget_grab_focus (tier));
    g_assert_true (gtk_widget_activate_action (tier, "choice.popup", NULL));
    list = find_descendant (tier, GTK_TYPE_LIST_BOX);
    g_assert_nonnull (list);
    WAIT_UNTIL (gtk_widget_get_mapped (list));
    g_assert_true (gtk_list_box_get_selected_row (GTK_LIST_BOX (list)) ==
                   gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), SOLAR_KOL_TIER_MID));
    gtk_test_widget_wait_for_draw (GTK_WIDGET (gtk_widget_get_root (tier)));
    save_screenshot (GTK_WIDGET (gtk_widget_get_root (tier)), "kol-tier-choice");
    micro = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), SOLAR_KOL_TIER_MICRO);
    gtk_test_accessible_assert_property (GTK_ACCESSIBLE (micro), GTK_ACCESSIBLE_PROPERTY_LABEL, "Micro");
    g_signal_emit_by_name (list, "row-activated", micro);
    g_assert_cmpint (solar_kol_get_tier (kol), ==, SOLAR_KOL_TIER_MICRO);
    gtk_test_accessible_assert_property (GTK_ACCESSIBLE (tier), GTK_ACCESSIBLE_PROPERTY_LABEL, "Tier: Micro");
    /* The list closes and the keyboard is back on the cell. */
    WAIT_UNTIL (find_descendant (tier, GTK_TYPE_LIST_BOX) == NULL);
    g_assert_true (gtk_widget_has_focus (tier));
  }
  g_assert_true (edit_kol_cell (form, kol, "followers", "50,000"));
  g_assert_true (edit_kol_cell (form, kol, "fee", "8000"));
  g_assert_true (edit_kol_cell (form, kol, "deliverables", "1 video, 1 product link"));
  g_assert_cmpstr (solar_table_cell_get_text (SOLAR_TABLE_CELL (kol_cell (form, kol, "fee"))), ==, "8,000");
  g_assert_cmpstr (gtk_inscription_get_text (GTK_INSCRIPTION (kol_cell (form, kol, "fee-rate"))), ==, "160");

  /* "Add Milestone" puts the focus in the new milestone's name; it has no date yet, so
   * the table shows it last until it has one. */
  {
    GtkWidget *milestones = find_descendant (form, SOLAR_TYPE_MILESTONE_TABLE);
    GtkWidget *add_milestone = find_widget (milestones, has_tooltip, "Add Milestone");
    gpointer milestone;

    gtk_test_accessible_assert_property (GTK_ACCESSIBLE (add_milestone), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                         "Add Milestone");
    g_signal_emit_by_name (add_milestone, "clicked");
    milestone = table_item (form, SOLAR_TYPE_MILESTONE_TABLE, 0);
    name = table_cell (form, SOLAR_TYPE_MILESTONE_TABLE, milestone, "name");
    WAIT_UNTIL (solar_table_cell_get_editing (SOLAR_TABLE_CELL (name)));
    g_assert_true (edit_table_cell (form, SOLAR_TYPE_MILESTONE_TABLE, milestone, "name", "Launch Day"));
    g_assert_true (edit_table_cell (form, SOLAR_TYPE_MILESTONE_TABLE, milestone, "date", "2026-03-08"));
    g_assert_cmpuint (solar_choice_cell_get_selected (SOLAR_CHOICE_CELL (table_cell (form, SOLAR_TYPE_MILESTONE_TABLE,
                                                                             milestone, "platform"))),
                      ==, 0);   /* any platform */
    solar_choice_cell_set_selected (SOLAR_CHOICE_CELL (table_cell (form, SOLAR_TYPE_MILESTONE_TABLE, milestone, "platform")),
                                platform_position ("douyin") + 1);
  }
}

static void
assert_campaign_filled (SolarCampaign *campaign)
{
  const char * const hashtags[] = { "#spring#", "#tea#", NULL };
  SolarPlatformPlan *douyin = solar_campaign_find_platform (campaign, "douyin");
  g_autoptr(SolarKpi) kpi = g_list_model_get_item (solar_platform_plan_get_kpis (douyin), 0);
  g_autoptr(SolarKol) kol = g_list_model_get_item (solar_campaign_get_kols (campaign), 0);
  g_autoptr(SolarMilestone) milestone = g_list_model_get_item (solar_campaign_get_milestones (campaign), 0);

  g_assert_cmpint (solar_campaign_get_gender_focus (campaign), ==, SOLAR_GENDER_FOCUS_FEMALE);
  g_assert_cmpstrv (solar_campaign_get_city_tiers (campaign), ((const char * const[]) { "tier-1", NULL }));
  g_assert_cmpstrv (solar_campaign_get_segments (campaign), ((const char * const[]) { "future-shaper", NULL }));
  g_assert_cmpstrv (solar_campaign_get_tribes (campaign), ((const char * const[]) { "foodie", NULL }));
  g_assert_cmpint (solar_platform_plan_get_allocation_mode (douyin), ==, SOLAR_ALLOCATION_SHARE);
  g_assert_cmpfloat (solar_platform_plan_get_allocation_value (douyin), ==, 100);
  g_assert_cmpstrv (solar_platform_plan_get_hashtags (douyin), hashtags);
  g_assert_cmpstr (solar_kpi_get_metric (kpi), ==, "Views");
  g_assert_cmpfloat (solar_kpi_get_target (kpi), ==, 1000000);
  g_assert_cmpstr (solar_kol_get_platform_id (kol), ==, "douyin");
  g_assert_cmpint (solar_kol_get_tier (kol), ==, SOLAR_KOL_TIER_MICRO);
  g_assert_cmpstr (solar_milestone_get_platform_id (milestone), ==, "douyin");
}

static void
assert_form_filled (GtkWidget *form)
{
  GtkWidget *douyin = find_row (form, "Douyin");
  gpointer kpi = table_item (form, SOLAR_TYPE_KPI_TABLE, 0);
  SolarKol *kol = first_kol (SOLAR_PLAN_EDITOR (form));
  gpointer milestone = table_item (form, SOLAR_TYPE_MILESTONE_TABLE, 0);

  g_assert_cmpstr (gtk_editable_get_text (editable_of (form, "Name")), ==, "Tea Festival");
  g_assert_cmpuint (selected_of (form, "Gender Focus"), ==, SOLAR_GENDER_FOCUS_FEMALE);
  g_assert_true (gtk_check_button_get_active (check_of (form, "Tier 1 cities")));
  g_assert_false (gtk_check_button_get_active (check_of (form, "Tier 2 cities")));
  g_assert_true (gtk_check_button_get_active (check_of (form, "Future Shaper")));
  g_assert_false (gtk_check_button_get_active (check_of (form, "Lifestyle Artist")));
  g_assert_true (gtk_check_button_get_active (check_of (form, "Foodie")));

  g_assert_cmpuint (selected_of (douyin, "Allocation"), ==, SOLAR_ALLOCATION_SHARE);
  g_assert_cmpfloat (gtk_spin_button_get_value (spin_of (find_row (douyin, "Share of the Budget (%)"))), ==, 100);
  g_assert_cmpstr (gtk_editable_get_text (editable_of (douyin, "Hashtags")), ==, "#spring#, #tea#");
  g_assert_cmpstr (solar_table_cell_get_text (SOLAR_TABLE_CELL (table_cell (form, SOLAR_TYPE_KPI_TABLE, kpi, "metric"))),
                   ==, "Views");
  g_assert_cmpstr (solar_table_cell_get_text (SOLAR_TABLE_CELL (table_cell (form, SOLAR_TYPE_KPI_TABLE, kpi, "target"))),
                   ==, "1,000,000");
  g_assert_cmpstr (solar_table_cell_get_text (SOLAR_TABLE_CELL (table_cell (form, SOLAR_TYPE_KPI_TABLE, kpi, "unit"))),
                   ==, "views");

  g_assert_cmpstr (solar_table_cell_get_text (SOLAR_TABLE_CELL (kol_cell (form, kol, "name"))), ==, "Tea Master Wang");
  g_assert_cmpuint (solar_choice_cell_get_selected (SOLAR_CHOICE_CELL (kol_cell (form, kol, "platform"))), ==,
                    platform_position ("douyin"));
  g_assert_cmpuint (solar_choice_cell_get_selected (SOLAR_CHOICE_CELL (kol_cell (form, kol, "tier"))), ==,
                    SOLAR_KOL_TIER_MICRO);
  g_assert_cmpstr (solar_table_cell_get_text (SOLAR_TABLE_CELL (kol_cell (form, kol, "followers"))), ==, "50,000");
  g_assert_cmpstr (solar_table_cell_get_text (SOLAR_TABLE_CELL (kol_cell (form, kol, "fee"))), ==, "8,000");
  g_assert_cmpstr (solar_table_cell_get_text (SOLAR_TABLE_CELL (kol_cell (form, kol, "deliverables"))), ==,
                   "1 video, 1 product link");

  g_assert_cmpstr (solar_table_cell_get_text (SOLAR_TABLE_CELL (table_cell (form, SOLAR_TYPE_MILESTONE_TABLE,
                                                                           milestone, "name"))), ==, "Launch Day");
  g_assert_cmpstr (solar_table_cell_get_text (SOLAR_TABLE_CELL (table_cell (form, SOLAR_TYPE_MILESTONE_TABLE,
                                                                           milestone, "date"))), ==, "2026-03-08");
  g_assert_cmpuint (solar_choice_cell_get_selected (SOLAR_CHOICE_CELL (table_cell (form, SOLAR_TYPE_MILESTONE_TABLE,
                                                                           milestone, "platform"))),
                    ==, platform_position ("douyin") + 1);
}

static void
test_plan_every_field (void)
{
  SolarWindow *window = open_window (1000, 760);
  g_autofree char *dir = g_dir_make_tmp ("solar-plan-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "festival.campaign.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  SolarPlanEditor *editor;
  SolarDocument *document;
  gboolean saved = FALSE;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-plan", "s", ""));
  WAIT_UNTIL (current_plan_editor (window) != NULL);
  editor = current_plan_editor (window);
  g_assert_nonnull (editor);
  document = solar_plan_editor_get_document (editor);

  fill_plan_and_audience (GTK_WIDGET (editor));
  fill_platform (window, editor);
  fill_people (editor);
  assert_campaign_filled (solar_document_get_campaign (document));
  /* The file format has no negative numbers, nor words for numbers: the cell refuses them,
   * says why, and stays in editing until Escape puts the fee back. */
  {
    SolarKol *kol = first_kol (editor);
    GtkWidget *fee = kol_cell (GTK_WIDGET (editor), kol, "fee");

    g_assert_false (edit_kol_cell (GTK_WIDGET (editor), kol, "fee", "-5"));
    g_assert_false (edit_kol_cell (GTK_WIDGET (editor), kol, "fee", "eight thousand"));
    g_assert_true (solar_table_cell_get_editing (SOLAR_TABLE_CELL (fee)));
    g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (fee), "Type a number"));
    solar_table_cell_stop_editing (SOLAR_TABLE_CELL (fee), FALSE);
    g_assert_false (solar_table_cell_get_editing (SOLAR_TABLE_CELL (fee)));
    g_assert_cmpstr (solar_table_cell_get_text (SOLAR_TABLE_CELL (fee)), ==, "8,000");
    g_assert_cmpfloat (solar_kol_get_fee (kol), ==, 8000);
  }

  dismiss_toasts (window);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (find_row (GTK_WIDGET (editor), "City Tiers")), TRUE);
  scroll_to (find_row (GTK_WIDGET (editor), "Gender Focus"));
  save_screenshot (GTK_WIDGET (window), "plan-editor-full");
  scroll_to (find_descendant (GTK_WIDGET (editor), SOLAR_TYPE_MILESTONE_TABLE));
  save_screenshot (GTK_WIDGET (window), "plan-editor-full-platforms");
  scroll_to (find_descendant (GTK_WIDGET (editor), SOLAR_TYPE_KOL_TABLE));
  save_screenshot (GTK_WIDGET (window), "plan-editor-full-kols");

  solar_document_save_async (document, file, SOLAR_DOCUMENT_SAVE_DEFAULT, NULL, save_done, &saved);
  while (!saved)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.close-plan", NULL));
  WAIT_UNTIL (current_plan_editor (window) == NULL);

  solar_window_open_plan (window, file);
  WAIT_UNTIL (current_plan_editor (window) != NULL);
  editor = current_plan_editor (window);
  g_assert_nonnull (editor);
  assert_form_filled (GTK_WIDGET (editor));
  assert_campaign_filled (solar_document_get_campaign (solar_plan_editor_get_document (editor)));

  /* Removing the selected KPI or milestone (Delete) takes its row away, and nothing else;
   * the focus stays in its table. */
  {
    SolarCampaign *campaign = solar_document_get_campaign (solar_plan_editor_get_document (editor));
    GtkWidget *kpis = find_descendant (GTK_WIDGET (editor), SOLAR_TYPE_KPI_TABLE);
    GtkWidget *milestones = find_descendant (GTK_WIDGET (editor), SOLAR_TYPE_MILESTONE_TABLE);

    gtk_selection_model_select_item (GTK_SELECTION_MODEL (solar_plan_table_get_shown (SOLAR_PLAN_TABLE (kpis))),
                                     0, TRUE);
    g_assert_true (gtk_widget_activate_action (kpis, "table.remove-selected", NULL));
    g_assert_cmpuint (g_list_model_get_n_items (solar_platform_plan_get_kpis (
                        solar_campaign_find_platform (campaign, "douyin"))), ==, 0);
    g_assert_true (focus_is_within (kpis));
    g_assert_nonnull (find_label (GTK_WIDGET (window), "Removed 1 KPI"));

    gtk_selection_model_select_item (GTK_SELECTION_MODEL (solar_plan_table_get_shown (SOLAR_PLAN_TABLE (milestones))),
                                     0, TRUE);
    g_assert_true (gtk_widget_activate_action (milestones, "table.remove-selected", NULL));
    g_assert_cmpuint (g_list_model_get_n_items (solar_campaign_get_milestones (campaign)), ==, 0);
    g_assert_nonnull (find_label (GTK_WIDGET (window), "Removed 1 milestone"));
    g_assert_nonnull (find_label (milestones, "No milestones yet. Add the campaign’s dated steps with Add Milestone."));
  }
  g_assert_cmpstr (solar_kol_get_name (first_kol (editor)), ==, "Tea Master Wang");

  g_unlink (path);
  g_rmdir (dir);
  g_object_run_dispose (G_OBJECT (window));
  wait_ms (50);
}

/* A file from elsewhere may name a tribe or platform this dataset lacks: the form shows it
 * as it is, marked, and lets it be taken out. */
/* Writes @json as a plan file @name in a new temporary folder and opens it in @window.
 * Returns: the file's path, for remove_plan_file() */
static char *
open_plan_text (SolarWindow *window,
                const char  *name,
                const char  *json)
{
  g_autofree char *dir = g_dir_make_tmp ("solar-plan-XXXXXX", NULL);
  char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, json, -1, &error));
  g_assert_no_error (error);
  solar_window_open_plan (window, file);
  WAIT_UNTIL (current_plan_editor (window) != NULL);
  return path;
}

static void
remove_plan_file (char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  g_unlink (path);
  g_rmdir (dir);
  g_free (path);
}

static void
test_plan_unknown_ids (void)
{
  static const char json[] =
    "{ \"format\": \"social-solar-campaign\", \"version\": 1, \"name\": \"Odd Plan\","
    "  \"audience\": { \"tribes\": [ \"foodie\", \"vaporwave\" ] },"
    "  \"kols\": [ { \"name\": \"Tom\", \"platform\": \"myspace\", \"tier\": \"koc\" } ] }";
  SolarWindow *window = open_window (1000, 760);
  char *path = open_plan_text (window, "odd.campaign.json", json);
  GListModel *platforms = solar_dataset_get_platforms (solar_application_get_dataset (application));
  SolarPlanEditor *editor;
  SolarCampaign *campaign;
  GtkWidget *form, *tribes;
  g_autofree char *unknown = NULL;

  editor = current_plan_editor (window);
  g_assert_nonnull (editor);
  form = GTK_WIDGET (editor);
  campaign = solar_document_get_campaign (solar_plan_editor_get_document (editor));

  solar_plan_editor_check_now (editor);
  unknown = dup_problem_message (editor, "unknown-id", "audience.tribes[1]");
  tribes = find_row (form, "Tribes and Subcultures");
  g_assert_true (shows_problem (tribes, unknown));
  g_assert_true (gtk_check_button_get_active (check_of (form, "vaporwave")));
  g_assert_true (gtk_check_button_get_active (check_of (form, "Foodie")));
  g_assert_cmpuint (solar_choice_cell_get_selected (SOLAR_CHOICE_CELL (kol_cell (form, first_kol (editor), "platform"))), ==,
                    g_list_model_get_n_items (platforms));
  g_assert_cmpuint (solar_choice_cell_get_selected (SOLAR_CHOICE_CELL (kol_cell (form, first_kol (editor), "tier"))), ==,
                    SOLAR_KOL_TIER_KOC);

  adw_action_row_activate (ADW_ACTION_ROW (find_row (form, "vaporwave")));
  g_assert_cmpstrv (solar_campaign_get_tribes (campaign), ((const char * const[]) { "foodie", NULL }));
  solar_plan_editor_check_now (editor);
  g_assert_false (problems_have_rule (editor, "unknown-id"));
  g_assert_false (shows_problem (tribes, unknown));

  remove_plan_file (path);
  g_object_run_dispose (G_OBJECT (window));
  wait_ms (50);
}

/* A platform rule's finding says where the rule comes from, under its message in the list of
 * checks: a source with its words, or that it is Social Solar's own advice (issue 17). */
static void
test_plan_rule_sources (void)
{
  static const char json[] =
    "{ \"format\": \"social-solar-campaign\", \"version\": 1, \"name\": \"Topics\","
    "  \"platforms\": [ { \"platform\": \"weibo\", \"hashtags\": [ \"#好话题\" ] },"
    "                   { \"platform\": \"douyin\", \"hashtags\": [ \"#挑战#\" ] } ] }";
  SolarWindow *window = open_window (1000, 760);
  char *path = open_plan_text (window, "topics.campaign.json", json);
  SolarPlanEditor *editor = current_plan_editor (window);
  g_autofree char *weibo = NULL;
  g_autofree char *douyin = NULL;
  GtkWidget *row;

  solar_plan_editor_check_now (editor);

  weibo = dup_problem_message (editor, "weibo-topic-form", "platforms[0].hashtags[0]");
  row = find_row (GTK_WIDGET (editor), weibo);
  g_assert_true (ADW_IS_ACTION_ROW (row));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   "Source: 新浪微博特殊符号TAG(@、#、//、V)的意思、功能及使用方法, xuebuyuan.com (an "
                   "article it republished), 2018-04-02: “由两个#框起来的文字,新浪官方的说法就是“话题””"
                   " The report's own examples of Weibo topics (#Trending, #LuckyDraw) are written "
                   "with one #.");

  douyin = dup_problem_message (editor, "douyin-hashtag-form", "platforms[1].hashtags[0]");
  row = find_row (GTK_WIDGET (editor), douyin);
  g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                                   "Social Solar's own advice, from no published source: "));
  scroll_to (row);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  save_screenshot (GTK_WIDGET (window), "plan-rule-sources");

  remove_plan_file (path);
  g_object_run_dispose (G_OBJECT (window));
  wait_ms (50);
}

static gboolean
is_pyramid_row (GtkWidget     *widget,
                gconstpointer  title)
{
  return is_row_titled (widget, title) && gtk_widget_get_ancestor (widget, SOLAR_TYPE_KOL_PYRAMID_GROUP) != NULL;
}

/* The subtitle of the pyramid's row @title, or NULL while there is none. */
static const char *
pyramid_subtitle (GtkWidget  *editor,
                  const char *title)
{
  GtkWidget *row = find_widget (editor, is_pyramid_row, title);

  return row != NULL ? adw_action_row_get_subtitle (ADW_ACTION_ROW (row)) : NULL;
}

static void
add_kols (SolarCampaign *campaign,
          const char    *platform_id,
          SolarKolTier   tier,
          guint          count,
          double         fee)
{
  for (guint i = 0; i < count; i++)
    {
      g_autoptr(SolarKol) kol = solar_kol_new ("KOL", platform_id, tier);

      solar_kol_set_fee (kol, fee);
      solar_campaign_add_kol (campaign, kol);
    }
}

/* Above the roster, its KOLs and fees by tier and by platform, and against the budget. */
static void
test_plan_kol_pyramid (void)
{
  SolarWindow *window = open_window (1000, 760);
  SolarPlanEditor *editor;
  SolarCampaign *campaign;
  GtkWidget *group, *total;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-plan", "s", ""));
  WAIT_UNTIL (current_plan_editor (window) != NULL);
  editor = current_plan_editor (window);
  campaign = solar_document_get_campaign (solar_plan_editor_get_document (editor));
  group = find_descendant (GTK_WIDGET (editor), SOLAR_TYPE_KOL_PYRAMID_GROUP);
  g_assert_nonnull (group);
  /* No KOLs, nothing to sum up. */
  g_assert_false (gtk_widget_get_visible (group));

  solar_campaign_set_currency (campaign, "CNY");
  solar_campaign_set_total_budget (campaign, 400000);
  add_kols (campaign, "douyin", SOLAR_KOL_TIER_HEAD, 1, 300000);
  add_kols (campaign, "red", SOLAR_KOL_TIER_MID, 1, 60000);
  add_kols (campaign, "red", SOLAR_KOL_TIER_KOC, 20, 5000);
  add_kols (campaign, "douyin", SOLAR_KOL_TIER_MICRO, 1, 8000);

  WAIT_UNTIL (g_strcmp0 (pyramid_subtitle (GTK_WIDGET (editor), "KOC"), "20 KOLs · 100,000 CNY") == 0);
  g_assert_true (gtk_widget_get_visible (group));
  g_assert_cmpstr (pyramid_subtitle (GTK_WIDGET (editor), "Head"), ==, "1 KOL · 300,000 CNY");
  g_assert_cmpstr (pyramid_subtitle (GTK_WIDGET (editor), "Mid"), ==, "1 KOL · 60,000 CNY");
  g_assert_cmpstr (pyramid_subtitle (GTK_WIDGET (editor), "Micro"), ==, "1 KOL · 8,000 CNY");
  /* Platforms by their names. */
  g_assert_cmpstr (pyramid_subtitle (GTK_WIDGET (editor), "Douyin"), ==, "2 KOLs · 308,000 CNY");
  g_assert_cmpstr (pyramid_subtitle (GTK_WIDGET (editor), "RED (Xiaohongshu)"), ==, "21 KOLs · 160,000 CNY");
  /* 468,000 of fees against a budget of 400,000: over, and marked so. */
  g_assert_cmpstr (pyramid_subtitle (GTK_WIDGET (editor), "All KOLs"), ==,
                   "23 KOLs · 468,000 CNY: 68,000 CNY over the 400,000 CNY budget");
  total = find_widget (GTK_WIDGET (editor), is_pyramid_row, "All KOLs");
  g_assert_true (gtk_widget_has_css_class (total, "warning"));
  {
    GtkWidget *head = find_widget (GTK_WIDGET (editor), is_pyramid_row, "Head");

    g_assert_nonnull (find_label (head, "64%"));  /* 300,000 of 468,000 */
  }

  dismiss_toasts (window);
  scroll_to (group);
  save_screenshot (GTK_WIDGET (window), "plan-kol-pyramid");

  solar_campaign_set_total_budget (campaign, 1000000);
  WAIT_UNTIL (g_strcmp0 (pyramid_subtitle (GTK_WIDGET (editor), "All KOLs"),
                         "23 KOLs · 468,000 CNY: 46% of the 1,000,000 CNY budget") == 0);
  g_assert_false (gtk_widget_has_css_class (find_widget (GTK_WIDGET (editor), is_pyramid_row, "All KOLs"), "warning"));

  /* A KOL's fee changed in the roster shows in the sums. */
  {
    g_autoptr(SolarKol) star = g_list_model_get_item (solar_campaign_get_kols (campaign), 0);

    solar_kol_set_fee (star, 200000);
  }
  WAIT_UNTIL (g_strcmp0 (pyramid_subtitle (GTK_WIDGET (editor), "Head"), "1 KOL · 200,000 CNY") == 0);

  while (g_list_model_get_n_items (solar_campaign_get_kols (campaign)) > 0)
    {
      g_autoptr(SolarKol) kol = g_list_model_get_item (solar_campaign_get_kols (campaign), 0);

      solar_campaign_remove_kol (campaign, kol);
    }
  WAIT_UNTIL (!gtk_widget_get_visible (group));
  close_window (window);
}

/* At a phone's width the pyramid's long lines wrap: nothing is cut off, nothing widens
 * the window. */
static void
test_plan_kol_pyramid_narrow (void)
{
  SolarWindow *window = open_window (360, 700);
  SolarPlanEditor *editor;
  SolarCampaign *campaign;
  GtkWidget *group;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-plan", "s", ""));
  WAIT_UNTIL (current_plan_editor (window) != NULL);
  editor = current_plan_editor (window);
  campaign = solar_document_get_campaign (solar_plan_editor_get_document (editor));
  solar_campaign_set_currency (campaign, "CNY");
  solar_campaign_set_total_budget (campaign, 400000);
  add_kols (campaign, "douyin", SOLAR_KOL_TIER_HEAD, 1, 300000);
  add_kols (campaign, "tencent-video", SOLAR_KOL_TIER_KOC, 3, 60000);
  WAIT_UNTIL (pyramid_subtitle (GTK_WIDGET (editor), "All KOLs") != NULL);
  group = find_descendant (GTK_WIDGET (editor), SOLAR_TYPE_KOL_PYRAMID_GROUP);
  dismiss_toasts (window);
  scroll_to (group);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 360);
  g_assert_cmpint (gtk_widget_get_width (group), <=, 360);
  save_screenshot (GTK_WIDGET (window), "plan-kol-pyramid-narrow");
  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  application = start_test_application (&argc, &argv);

  g_test_add_func ("/ui/ten-platform-buttons", test_ten_platform_buttons);
  g_test_add_func ("/ui/latest-figures-switch", test_latest_figures_switch);
  g_test_add_func ("/ui/activate-and-back", test_activate_opens_page_and_back_returns);
  g_test_add_func ("/ui/every-platform-page", test_every_platform_page_builds);
  g_test_add_func ("/ui/arrow-keys", test_arrow_keys_move_between_bodies);
  g_test_add_func ("/ui/idle-no-redraw", test_idle_diagram_is_not_redrawn);
  g_test_add_func ("/ui/narrow", test_narrow_window);
  g_test_add_func ("/ui/starts-on-diagram", test_window_starts_on_the_diagram);
  g_test_add_func ("/ui/platform-page-sections", test_platform_page_sections);
  g_test_add_func ("/ui/links-and-history", test_links_and_history);
  g_test_add_func ("/ui/search/ootd", test_search_ootd_lands_on_red);
  g_test_add_func ("/ui/search/chinese-and-empty", test_search_chinese_and_empty);
  g_test_add_func ("/ui/compare", test_compare_wechat_and_weibo);
  g_test_add_func ("/ui/landscape", test_landscape_from_the_diagram);
  g_test_add_func ("/ui/context-menu", test_context_menu_compares);
  g_test_add_func ("/ui/large-text", test_large_text_enlarges_labels);
  g_test_add_func ("/ui/large-text-narrow", test_large_text_narrow);
  g_test_add_func ("/ui/plan/build-save-reopen", test_plan_built_saved_and_reopened);
  g_test_add_func ("/ui/plan/every-field", test_plan_every_field);
  g_test_add_func ("/ui/plan/kol-pyramid", test_plan_kol_pyramid);
  g_test_add_func ("/ui/plan/kol-pyramid-narrow", test_plan_kol_pyramid_narrow);
  g_test_add_func ("/ui/plan/unknown-ids", test_plan_unknown_ids);
  g_test_add_func ("/ui/plan/rule-sources", test_plan_rule_sources);

  ret = g_test_run ();
  g_clear_object (&application);
  return ret;
}
