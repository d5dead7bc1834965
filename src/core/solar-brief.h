/* solar-brief.h: the campaign brief a client reads, laid out in pages for PDF and print
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "solar-campaign.h"
#include "solar-dataset.h"

G_BEGIN_DECLS

#define SOLAR_TYPE_BRIEF (solar_brief_get_type ())
G_DECLARE_FINAL_TYPE (SolarBrief, solar_brief, SOLAR, BRIEF, GObject)

SolarBrief *solar_brief_new         (SolarDataset  *dataset,
                                     SolarCampaign *campaign);
guint       solar_brief_paginate    (SolarBrief    *self,
                                     double         page_width,
                                     double         page_height);
guint       solar_brief_get_n_pages (SolarBrief    *self);
void        solar_brief_draw_page   (SolarBrief    *self,
                                     cairo_t       *cr,
                                     guint          page);
GBytes     *solar_brief_to_pdf      (SolarDataset  *dataset,
                                     SolarCampaign *campaign,
                                     guint         *n_pages,
                                     GError       **error);
/* What an export adds beyond the plan itself. */
typedef enum
{
  SOLAR_BRIEF_EXPORT_DEFAULT   = 0,
  SOLAR_BRIEF_EXPORT_KEY_DATES = 1 << 0,   /* .ics: China's key dates within the span */
} SolarBriefExportFlags;

gboolean    solar_brief_export      (SolarDataset          *dataset,
                                     SolarCampaign         *campaign,
                                     const char            *path,
                                     SolarBriefExportFlags  flags,
                                     GError               **error);

G_END_DECLS
