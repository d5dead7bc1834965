/* solar-window-private.h: what the parts of the main window share
 *
 * The window is split by concern, as GNOME Text Editor splits its own: solar-window.c
 * navigates between pages, solar-window-plans.c hands the plans' commands to the plans
 * area (solar-plans-area.c: the tabs, open, save, close, restore), and
 * solar-window-brief.c prints and exports the plan in front.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "solar-compare-page.h"
#include "solar-document.h"
#include "solar-landscape-page.h"
#include "solar-orbit-view.h"
#include "solar-platform-page.h"
#include "solar-plans-area.h"
#include "solar-rules.h"
#include "solar-search-page.h"
#include "solar-window.h"

G_BEGIN_DECLS

typedef struct
{
  char *page;      /* a stack page name */
  char *target;    /* what it shows: a platform id, a landscape row, … */
} Place;

struct _SolarWindow
{
  AdwApplicationWindow  parent_instance;
  SolarDataset         *dataset;
  GArray               *history;       /* of Place: where Back goes, most recent last */
  Place                 here;

  GtkStack             *stack;
  GtkButton            *back_button;
  AdwWindowTitle       *window_title;
  GtkMenuButton        *primary_menu_button;
  GtkToggleButton      *tunnel_button;
  GMenu                *primary_menu;
  GtkSearchBar         *search_bar;
  GtkSearchEntry       *search_entry;
  SolarOrbitView       *orbit_view;
  /* Built on first use, not with the window: start-up pays only for the diagram. */
  SolarPlatformPage    *platform_page;
  SolarLandscapePage   *landscape_page;
  SolarComparePage     *compare_page;
  SolarSearchPage      *search_page;

  GSettings            *settings;      /* NULL when the schema is not installed */

  /* Plans: solar-window-plans.c */
  AdwToastOverlay      *toast_overlay;
  SolarPlansArea       *plans_area;    /* NULL until a plan is first opened */
  GMenu                *recent_menu;
  GMenu                *templates_section;
  GMenu                *recent_submenu;
  GMenu                *edit_section;
  GSignalGroup         *history_signals;   /* of the plan in front's SolarPlanHistory */
};

void       solar_window_go_to              (SolarWindow     *self,
                                            const char      *page,
                                            const char      *target);
void       solar_window_toast              (SolarWindow     *self,
                                            const char      *title);
void       solar_window_plans_class_init   (GtkWidgetClass  *widget_class);
void       solar_window_plans_dispose      (SolarWindow     *self);
SolarPlansArea *solar_window_plans_get_area (SolarWindow     *self);
gboolean   solar_window_plans_close_request (SolarWindow    *self);
const char *solar_window_plans_get_title   (SolarWindow     *self);
SolarDocument *solar_window_plans_get_current_document (SolarWindow *self);
void       solar_window_brief_class_init   (GtkWidgetClass  *widget_class);
void       solar_window_brief_update_actions (SolarWindow   *self);
void       solar_window_plans_fill_menu    (SolarWindow     *self,
                                            GMenu           *templates_section,
                                            GMenu           *recent_submenu);
void       solar_window_plans_update_undo  (SolarWindow     *self);

G_END_DECLS
