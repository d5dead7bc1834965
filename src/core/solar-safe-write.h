/* solar-safe-write.h: replacing a file whole or not at all
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gboolean solar_safe_write (GFile         *file,
                           GBytes        *bytes,
                           const char    *etag,
                           gboolean       make_backup,
                           char         **new_etag,
                           GCancellable  *cancellable,
                           GError       **error);

G_END_DECLS
