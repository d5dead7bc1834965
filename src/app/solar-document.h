/* solar-document.h: one open plan: the campaign, its file and whether it has unsaved changes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "solar-campaign.h"
#include "solar-plan-history.h"

G_BEGIN_DECLS

typedef enum
{
  SOLAR_DOCUMENT_SAVE_DEFAULT   = 0,
  /* Replace the file even if another program changed it since it was read. */
  SOLAR_DOCUMENT_SAVE_OVERWRITE = 1 << 0,
} SolarDocumentSaveFlags;

#define SOLAR_TYPE_DOCUMENT (solar_document_get_type ())

G_DECLARE_FINAL_TYPE (SolarDocument, solar_document, SOLAR, DOCUMENT, GObject)

SolarDocument *solar_document_new           (SolarCampaign        *campaign);
SolarDocument *solar_document_new_with_changes (SolarCampaign      *campaign,
                                             GFile                *file);
SolarCampaign *solar_document_get_campaign  (SolarDocument        *self);
SolarPlanHistory *solar_document_get_history (SolarDocument      *self);
GFile         *solar_document_get_file      (SolarDocument        *self);
gboolean       solar_document_get_modified  (SolarDocument        *self);
char          *solar_document_dup_title     (SolarDocument        *self);
void           solar_document_load_async    (GFile                *file,
                                             GCancellable         *cancellable,
                                             GAsyncReadyCallback   callback,
                                             gpointer              user_data);
SolarDocument *solar_document_load_finish   (GAsyncResult         *result,
                                             GError              **error);
void           solar_document_save_async    (SolarDocument        *self,
                                             GFile                *file,
                                             SolarDocumentSaveFlags flags,
                                             GCancellable         *cancellable,
                                             GAsyncReadyCallback   callback,
                                             gpointer              user_data);
gboolean       solar_document_save_finish   (SolarDocument        *self,
                                             GAsyncResult         *result,
                                             GError              **error);

G_END_DECLS
