/* solar-file-chooser.h: asking for a file to open or save, on any GTK
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef enum {
  SOLAR_FILE_CHOOSER_OPEN,
  SOLAR_FILE_CHOOSER_SAVE,
} SolarFileChooserMode;

void   solar_file_chooser_ask    (GtkWindow            *parent,
                                  SolarFileChooserMode  mode,
                                  const char           *title,
                                  const char           *accept_label,
                                  GtkFileFilter        *filter,
                                  const char           *initial_name,
                                  GAsyncReadyCallback   callback,
                                  gpointer              user_data);
GFile *solar_file_chooser_finish (GAsyncResult         *result,
                                  GError              **error);

G_END_DECLS
