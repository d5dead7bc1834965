/* solar-search-page.h: search results, grouped by kind
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "solar-search.h"

G_BEGIN_DECLS

#define SOLAR_TYPE_SEARCH_PAGE (solar_search_page_get_type ())

G_DECLARE_FINAL_TYPE (SolarSearchPage, solar_search_page, SOLAR, SEARCH_PAGE, AdwBin)

void     solar_search_page_set_results   (SolarSearchPage *self,
                                          GPtrArray       *hits);
guint    solar_search_page_get_n_results (SolarSearchPage *self);
gboolean solar_search_page_activate_first (SolarSearchPage *self);

G_END_DECLS
