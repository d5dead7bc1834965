/* solar-timeline.h: where everything of a plan's timeline goes (no drawing)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pango.h>

#include "solar-campaign.h"
#include "solar-dataset.h"
#include "solar-key-dates.h"
#include "solar-orbit.h"

G_BEGIN_DECLS

typedef enum
{
  SOLAR_TIMELINE_WEEK,      /* a week fills about a hand's width: days readable */
  SOLAR_TIMELINE_MONTH,
  SOLAR_TIMELINE_QUARTER,
} SolarTimelineZoom;

typedef enum
{
  SOLAR_TIMELINE_KEY_DATE,   /* a marketing key date, drawn as a band across every lane */
  SOLAR_TIMELINE_HOLIDAY,    /* a statutory holiday's days off, a band too */
  SOLAR_TIMELINE_SPAN,       /* the campaign, start to end */
  SOLAR_TIMELINE_MILESTONE,
  SOLAR_TIMELINE_POSTS,      /* the KOL posts of one platform on one day */
} SolarTimelineKind;

typedef struct
{
  SolarTimelineKind  kind;
  guint              index;        /* MILESTONE: the plan's milestone; POSTS: its first KOL */
  guint              n_kols;       /* POSTS: how many KOLs post that day */
  guint              lane;         /* SPAN, MILESTONE, POSTS: where it is drawn */
  GDate              first_day;
  GDate              last_day;
  char              *label;        /* the words drawn beside it */
  char              *description;  /* the whole of it, for the accessible name */
  SolarColor         color;        /* its platform's, or the key dates' own */
  const SolarKeyDate *key_date;    /* KEY_DATE: what it is, with its note and sources */
  const SolarKeyDateOpening *opening; /* KEY_DATE of an opening: that year's, with its source */
  const SolarHoliday *holiday;     /* HOLIDAY */
  SolarRect          marker;       /* the drawn mark: bar, diamond, dot or chip */
  SolarRect          label_rect;
  PangoLayout       *layout;       /* the label, measured */
} SolarTimelineElement;

typedef struct
{
  char       *platform_id;   /* "" for the lane of the whole campaign */
  char       *title;
  SolarColor  color;
  double      y;
  double      height;
  PangoLayout *layout;       /* the title, cut short to fit the gutter */
} SolarTimelineLane;

/* A tick of the scale along the top: a month, a week or a quarter, with its label. */
typedef struct
{
  GDate        day;
  double       x;
  gboolean     major;       /* a month or quarter boundary */
  PangoLayout *layout;      /* NULL for a tick without a label */
} SolarTimelineTick;

#define SOLAR_TYPE_TIMELINE (solar_timeline_get_type ())

G_DECLARE_FINAL_TYPE (SolarTimeline, solar_timeline, SOLAR, TIMELINE, GObject)

SolarTimeline       *solar_timeline_new            (SolarDataset      *dataset,
                                                    SolarKeyDates     *key_dates);
void                 solar_timeline_set_zoom       (SolarTimeline     *self,
                                                    SolarTimelineZoom  zoom);
SolarTimelineZoom    solar_timeline_get_zoom       (SolarTimeline     *self);
void                 solar_timeline_set_font_size  (SolarTimeline     *self,
                                                    double             font_px);
double               solar_timeline_get_font_size  (SolarTimeline     *self);
void                 solar_timeline_update         (SolarTimeline     *self,
                                                    SolarCampaign     *campaign);
void                 solar_timeline_update_to_fit  (SolarTimeline     *self,
                                                    SolarCampaign     *campaign,
                                                    double             max_width);
gboolean             solar_timeline_is_empty       (SolarTimeline     *self);
double               solar_timeline_get_width      (SolarTimeline     *self);
double               solar_timeline_get_height     (SolarTimeline     *self);
double               solar_timeline_get_gutter     (SolarTimeline     *self);
double               solar_timeline_get_header_height (SolarTimeline  *self);
const GDate         *solar_timeline_get_first_day  (SolarTimeline     *self);
const GDate         *solar_timeline_get_last_day   (SolarTimeline     *self);
double               solar_timeline_get_day_width  (SolarTimeline     *self);
double               solar_timeline_x_for_day      (SolarTimeline     *self,
                                                    const GDate       *day);
gboolean             solar_timeline_day_at_x       (SolarTimeline     *self,
                                                    double             x,
                                                    GDate             *day);
guint                solar_timeline_get_n_lanes    (SolarTimeline     *self);
const SolarTimelineLane *solar_timeline_get_lane   (SolarTimeline     *self,
                                                    guint              index);
guint                solar_timeline_get_n_ticks    (SolarTimeline     *self);
const SolarTimelineTick *solar_timeline_get_tick   (SolarTimeline     *self,
                                                    guint              index);
guint                solar_timeline_get_n_elements (SolarTimeline     *self);
const SolarTimelineElement *solar_timeline_get_element (SolarTimeline *self,
                                                        guint          index);
int                  solar_timeline_hit_test       (SolarTimeline     *self,
                                                    double             x,
                                                    double             y);
int                  solar_timeline_find           (SolarTimeline     *self,
                                                    SolarTimelineKind  kind,
                                                    guint              index);
int                  solar_timeline_step           (SolarTimeline     *self,
                                                    int                from,
                                                    int                step);

G_END_DECLS
