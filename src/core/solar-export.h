/* solar-export.h: the diagram written to PNG, SVG or PDF, by THE renderer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "solar-render.h"
#include "solar-timeline.h"

G_BEGIN_DECLS

#define SOLAR_EXPORT_ERROR (solar_export_error_quark ())

typedef enum
{
  SOLAR_EXPORT_ERROR_FORMAT,   /* the file's ending names no format we write */
  SOLAR_EXPORT_ERROR_SIZE,     /* the size is out of range */
  SOLAR_EXPORT_ERROR_WRITE,    /* the file could not be written */
  SOLAR_EXPORT_ERROR_EMPTY,    /* the plan lacks what the file needs, such as dates */
} SolarExportError;

typedef struct
{
  int                     width;
  int                     height;
  gboolean                dark;
  gboolean                tunnel;
  const SolarPlanOverlay *plan;     /* nullable */
  SolarOrbitFigures       figures;  /* the report's (the default) or the latest */
} SolarExportOptions;

GQuark         solar_export_error_quark     (void);
cairo_status_t solar_export_append_to_array (void                      *array,
                                             const unsigned char       *data,
                                             unsigned int               length);
gboolean       solar_export_write_file      (const char                *path,
                                             GBytes                    *bytes,
                                             GError                   **error);
gboolean solar_export_orbit       (SolarDataset              *dataset,
                                   const char                *path,
                                   const SolarExportOptions  *options,
                                   GError                   **error);

gboolean solar_export_timeline    (SolarTimeline             *timeline,
                                   const char                *path,
                                   gboolean                   dark,
                                   GError                   **error);

G_END_DECLS
