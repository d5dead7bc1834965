/* solar-campaign-parts.h: what the plan's classes share (change-aware setters, list watching)
 *
 * Not for the app: it sees the classes' own setters and the campaign's "changed" signal.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Each returns TRUE when the value changed, so the caller notifies only then. Strings are
 * never NULL once set (NULL becomes ""), because a form binds them to entries. */
gboolean solar_set_string (char               **field,
                           const char          *value);
gboolean solar_set_strv   (char              ***field,
                           const char * const  *value);
gboolean solar_set_double (double              *field,
                           double               value);
gboolean solar_strv_add   (char              ***field,
                           const char          *value);
gboolean solar_strv_remove (char             ***field,
                            const char         *value);

typedef void (*SolarWatchFunc) (gpointer user_data);

typedef struct _SolarListWatch SolarListWatch;

SolarListWatch *solar_list_watch_new  (GListModel     *model,
                                       SolarWatchFunc  func,
                                       gpointer        user_data);
void            solar_list_watch_free (SolarListWatch *watch);
void            solar_list_watch_set_items_watched (SolarListWatch *watch,
                                                    gboolean        watched);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SolarListWatch, solar_list_watch_free)

G_END_DECLS
