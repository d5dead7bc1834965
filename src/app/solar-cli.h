/* solar-cli.h: what social-solar does on the command line without a window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Exit statuses, as for --check: all fine, a file is invalid, the command line is wrong. */
#define SOLAR_EXIT_OK      0
#define SOLAR_EXIT_INVALID 1
#define SOLAR_EXIT_USAGE   2

int solar_cli_check        (const char * const *paths);
int solar_cli_export_orbit (const char         *path,
                            const char         *size,
                            const char         *plan_path,
                            gboolean            dark,
                            gboolean            tunnel,
                            gboolean            latest);
int solar_cli_export_brief (const char         *path,
                            gboolean            with_key_dates,
                            const char * const *plan_paths);
int solar_cli_key_dates    (const char         *years);
int solar_cli_export_timeline (const char      *path,
                               const char      *zoom,
                               gboolean         dark,
                               const char * const *plan_paths);

G_END_DECLS
