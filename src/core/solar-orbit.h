/* solar-orbit.h: where every body of the diagram goes for a given size, and hit testing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pango.h>

#include "solar-dataset.h"

G_BEGIN_DECLS

typedef enum
{
  SOLAR_BODY_PLATFORM,
  SOLAR_BODY_SUN,
  SOLAR_BODY_TRIBE,
} SolarBodyKind;

typedef enum
{
  SOLAR_ORBIT_INNER,
  SOLAR_ORBIT_OUTER,
  SOLAR_ORBIT_TRIBES,
  SOLAR_ORBIT_CENTRE,
} SolarOrbitRing;

typedef enum
{
  SOLAR_DIRECTION_LEFT,
  SOLAR_DIRECTION_RIGHT,
  SOLAR_DIRECTION_UP,
  SOLAR_DIRECTION_DOWN,
} SolarDirection;

typedef struct
{
  double x;
  double y;
  double width;
  double height;
} SolarRect;

/* How far past its disc the dotted ring of a platform the report does not cover reaches:
 * labels keep clear of it. */
#define SOLAR_ORBIT_NOT_IN_REPORT_RING 4.0

/* Which figures the diagram sizes its bodies by. */
typedef enum
{
  /* The report's audience figures (monthly or daily users, as it gives them), and only
   * the platforms it covers. */
  SOLAR_ORBIT_FIGURES_REPORT,
  /* Every platform, sized by one measure: the newest published monthly active users. */
  SOLAR_ORBIT_FIGURES_LATEST,
} SolarOrbitFigures;

/* How a platform's body got its size, which the drawing shows and the legend explains. */
typedef enum
{
  SOLAR_BODY_SIZED,             /* by the view's figure */
  SOLAR_BODY_SIZED_BY_REPORT,   /* latest view: the newest figure of the measure is the report's */
  SOLAR_BODY_UNSIZED,           /* no figure of the measure: hollow, middle size */
} SolarBodySizing;

typedef struct
{
  SolarBodyKind   kind;
  guint           index;     /* into the dataset's platforms or tribes */
  SolarOrbitRing  ring;
  double          angle;     /* radians, clockwise from 3 o'clock */
  double          x;         /* centre */
  double          y;
  double          radius;
  SolarRect       label;     /* where the label's text goes */
  PangoLayout    *layout;    /* the label, measured at the current font size */
  SolarBodySizing sizing;    /* platforms only */
  SolarFigureReading size;   /* platforms only: the figure the body is sized by, if any */
  gboolean        in_report; /* platforms only: FALSE for one the report does not cover */
} SolarBody;

typedef enum
{
  SOLAR_LEGEND_CORE,
  SOLAR_LEGEND_DERIVATIVE,
  SOLAR_LEGEND_SIZE,
  SOLAR_LEGEND_TUNNEL,
  SOLAR_LEGEND_FADED,           /* bodies SOLAR_BODY_SIZED_BY_REPORT */
  SOLAR_LEGEND_HOLLOW,          /* bodies SOLAR_BODY_UNSIZED */
  SOLAR_LEGEND_NOT_IN_REPORT,
} SolarLegendKind;

typedef struct
{
  SolarLegendKind  kind;
  SolarRect        swatch;
  SolarRect        label;
  PangoLayout     *layout;
} SolarLegendEntry;

#define SOLAR_TYPE_ORBIT (solar_orbit_get_type ())

G_DECLARE_FINAL_TYPE (SolarOrbit, solar_orbit, SOLAR, ORBIT, GObject)

SolarOrbit      *solar_orbit_new               (SolarDataset    *dataset);
SolarDataset    *solar_orbit_get_dataset       (SolarOrbit      *self);
void             solar_orbit_set_show_tunnel   (SolarOrbit      *self,
                                                gboolean         show_tunnel);
gboolean         solar_orbit_get_show_tunnel   (SolarOrbit      *self);
void             solar_orbit_set_figures       (SolarOrbit      *self,
                                                SolarOrbitFigures figures);
SolarOrbitFigures solar_orbit_get_figures      (SolarOrbit      *self);
void             solar_orbit_reload            (SolarOrbit      *self);
char            *solar_orbit_describe_size     (SolarOrbit      *self,
                                                guint            position);
void             solar_orbit_set_text_scale    (SolarOrbit      *self,
                                                double           scale);
double           solar_orbit_get_text_scale    (SolarOrbit      *self);
void             solar_orbit_allocate          (SolarOrbit      *self,
                                                double           width,
                                                double           height);
double           solar_orbit_get_width         (SolarOrbit      *self);
double           solar_orbit_get_height        (SolarOrbit      *self);
double           solar_orbit_get_centre_x      (SolarOrbit      *self);
double           solar_orbit_get_centre_y      (SolarOrbit      *self);
double           solar_orbit_get_ring_radius   (SolarOrbit      *self,
                                                SolarOrbitRing   ring);
double           solar_orbit_get_font_size     (SolarOrbit      *self);
gboolean         solar_orbit_get_labels_fit    (SolarOrbit      *self);
guint            solar_orbit_get_n_bodies      (SolarOrbit      *self);
const SolarBody *solar_orbit_get_body          (SolarOrbit      *self,
                                                guint            position);
int              solar_orbit_find_body         (SolarOrbit      *self,
                                                SolarBodyKind    kind,
                                                guint            index);
int              solar_orbit_hit_test          (SolarOrbit      *self,
                                                double           x,
                                                double           y);
int              solar_orbit_neighbour         (SolarOrbit      *self,
                                                guint            position,
                                                SolarDirection   direction);
const SolarRect *solar_orbit_get_legend_area   (SolarOrbit      *self);
guint            solar_orbit_get_n_legend_entries (SolarOrbit   *self);
const SolarLegendEntry *solar_orbit_get_legend_entry (SolarOrbit *self,
                                                guint            position);
gboolean         solar_rect_intersects         (const SolarRect *a,
                                                const SolarRect *b);
void             solar_body_get_bounds         (const SolarBody *body,
                                                SolarRect       *bounds);

G_END_DECLS
