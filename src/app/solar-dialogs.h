/* solar-dialogs.h: message dialogs as every part of the app shows them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void solar_message_dialog_present (GtkWidget *dialog);

G_END_DECLS
