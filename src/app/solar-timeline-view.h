/* solar-timeline-view.h: a plan's timeline, drawn, focusable and draggable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "solar-plan-history.h"
#include "solar-timeline.h"

G_BEGIN_DECLS

#define SOLAR_TYPE_TIMELINE_VIEW (solar_timeline_view_get_type ())

G_DECLARE_FINAL_TYPE (SolarTimelineView, solar_timeline_view, SOLAR, TIMELINE_VIEW, GtkWidget)

GtkWidget         *solar_timeline_view_new         (SolarDataset      *dataset,
                                                    SolarKeyDates     *key_dates,
                                                    SolarCampaign     *campaign,
                                                    SolarPlanHistory  *history);
SolarTimeline     *solar_timeline_view_get_timeline (SolarTimelineView *self);
gboolean           solar_timeline_view_is_empty    (SolarTimelineView *self);
SolarTimelineZoom  solar_timeline_view_get_zoom    (SolarTimelineView *self);
void               solar_timeline_view_set_zoom    (SolarTimelineView *self,
                                                    SolarTimelineZoom  zoom);
GtkWidget         *solar_timeline_view_get_button  (SolarTimelineView *self,
                                                    guint              element);
gboolean           solar_timeline_view_focus_element (SolarTimelineView *self,
                                                      int                index);
gboolean           solar_timeline_view_move_milestone (SolarTimelineView *self,
                                                       guint              milestone,
                                                       const GDate       *day);
void               solar_timeline_view_set_hadjustment (SolarTimelineView *self,
                                                        GtkAdjustment     *hadjustment);

G_END_DECLS
