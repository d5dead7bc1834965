/* solar-figures-pack-private.h: what a figures pack, its reader and its folder share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "solar-figures-pack.h"

G_BEGIN_DECLS

/* The points a pack adds to one figure, oldest first, each knowing its pack. */
typedef struct
{
  char      *platform_id;
  char      *figure_id;
  GPtrArray *points;       /* of SolarFigurePoint */
} SolarPackFigure;

struct _SolarFiguresPack
{
  GObject    parent_instance;
  char      *file_name;    /* its name in the folder, which tells it from other packs */
  SolarText *title;        /* nullable: a pack that could not be read has none */
  GBytes    *bytes;        /* as read, to write the file back when a removal is undone */
  GPtrArray *figures;      /* of SolarPackFigure */
  GError    *error;        /* nullable: why a stored pack could not be read */
};

void     solar_figures_pack_add_figure   (SolarFiguresPack  *self,
                                          const char        *platform_id,
                                          const char        *figure_id,
                                          GPtrArray         *points);
gboolean solar_dataset_read_figures_pack (SolarDataset      *self,
                                          GBytes            *bytes,
                                          SolarFiguresPack  *pack,
                                          GError           **error);
void     solar_figures_pack_merge        (SolarFiguresPack  *self,
                                          SolarDataset      *dataset);
void     solar_figures_pack_unmerge      (SolarFiguresPack  *self,
                                          SolarDataset      *dataset);

G_END_DECLS
