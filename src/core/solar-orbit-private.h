/* solar-orbit-private.h: what solar-orbit.c and solar-orbit-labels.c share
 *
 * solar-orbit.c places the bodies and the legend; solar-orbit-labels.c places the labels
 * around them and judges whether the whole picture fits.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "solar-orbit.h"

G_BEGIN_DECLS

/* The least room between two bodies, so that their outlines never touch. */
#define SOLAR_ORBIT_BODY_GAP 4.0

struct _SolarOrbit
{
  GObject       parent_instance;
  SolarDataset *dataset;
  PangoContext *pango;
  GArray       *bodies;          /* of SolarBody */
  GArray       *legend;          /* of SolarLegendEntry */
  SolarRect     legend_area;
  double        width;
  double        height;
  double        centre_x;
  double        centre_y;
  double        ring_radius[4];
  double        font_px;         /* the size the labels are measured at */
  double        text_scale;      /* the desktop's text scaling (Large Text is 1.25) */
  double        min_value;       /* audience range, for the log scale */
  double        max_value;
  SolarOrbitFigures figures;
  guint         show_tunnel : 1;
  guint         compact_legend : 1;  /* without the rings' names, for a crowded picture */
  guint         labels_fit : 1;
  guint         allocated : 1;
};

void     solar_orbit_measure_layout (PangoLayout     *layout,
                                     double          *width,
                                     double          *height);
void     solar_orbit_place_labels   (SolarOrbit      *self,
                                     const SolarRect *area,
                                     gboolean         allow_close);
gboolean solar_orbit_everything_fits (SolarOrbit     *self,
                                     const SolarRect *area);

G_END_DECLS
