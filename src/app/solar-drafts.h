/* solar-drafts.h: unsaved plans kept on disk, so a crash loses nothing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "solar-document.h"

G_BEGIN_DECLS

/* A draft left by a session that did not end cleanly. */
typedef struct
{
  char *title;       /* the plan's name or file name, for the question */
  char *plan_path;   /* the plan as it was, unsaved changes and all */
  char *file_uri;    /* where the plan is saved, or NULL if it never was */
} SolarOrphanDraft;

void solar_orphan_draft_free (SolarOrphanDraft *draft);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SolarOrphanDraft, solar_orphan_draft_free)

#define SOLAR_TYPE_DRAFTS (solar_drafts_get_type ())
G_DECLARE_FINAL_TYPE (SolarDrafts, solar_drafts, SOLAR, DRAFTS, GObject)

SolarDrafts   *solar_drafts_new              (const char        *directory);
char          *solar_drafts_dup_default_directory (void);
const char    *solar_drafts_get_directory    (SolarDrafts       *self);
void           solar_drafts_set_delay        (SolarDrafts       *self,
                                              guint              milliseconds);
void           solar_drafts_track            (SolarDrafts       *self,
                                              SolarDocument     *document);
void           solar_drafts_forget           (SolarDrafts       *self,
                                              SolarDocument     *document);
void           solar_drafts_flush            (SolarDrafts       *self);
void           solar_drafts_close            (SolarDrafts       *self);
GPtrArray     *solar_drafts_list_orphans     (SolarDrafts       *self);
SolarDocument *solar_drafts_restore          (SolarDrafts       *self,
                                              SolarOrphanDraft  *draft,
                                              GError           **error);
void           solar_drafts_discard_orphans  (SolarDrafts       *self);

G_END_DECLS
