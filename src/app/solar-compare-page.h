/* solar-compare-page.h: two to four platforms side by side
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "solar-dataset.h"

G_BEGIN_DECLS

#define SOLAR_TYPE_COMPARE_PAGE (solar_compare_page_get_type ())

G_DECLARE_FINAL_TYPE (SolarComparePage, solar_compare_page, SOLAR, COMPARE_PAGE, AdwBin)

#define SOLAR_COMPARE_MIN 2
#define SOLAR_COMPARE_MAX 4

void     solar_compare_page_set_dataset (SolarComparePage *self,
                                         SolarDataset     *dataset);
void     solar_compare_page_select      (SolarComparePage *self,
                                         const char       *platform_id,
                                         gboolean          selected);
guint    solar_compare_page_get_n_selected (SolarComparePage *self);
GtkWidget *solar_compare_page_get_table (SolarComparePage *self);

G_END_DECLS
