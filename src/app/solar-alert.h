/* solar-alert.h: the question or message every part of the app shows, on any libadwaita
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

GtkWidget  *solar_alert_new                     (const char            *heading,
                                                 const char            *body);
void        solar_alert_add_responses           (GtkWidget             *alert,
                                                 const char            *first_id,
                                                 ...) G_GNUC_NULL_TERMINATED;
void        solar_alert_set_response_appearance (GtkWidget             *alert,
                                                 const char            *response,
                                                 AdwResponseAppearance  appearance);
void        solar_alert_set_default_response    (GtkWidget             *alert,
                                                 const char            *response);
void        solar_alert_set_close_response      (GtkWidget             *alert,
                                                 const char            *response);
void        solar_alert_set_extra_child         (GtkWidget             *alert,
                                                 GtkWidget             *child);
GtkWidget  *solar_alert_get_extra_child         (GtkWidget             *alert);
const char *solar_alert_get_heading             (GtkWidget             *alert);
const char *solar_alert_get_body                (GtkWidget             *alert);
gboolean    solar_alert_has_response            (GtkWidget             *alert,
                                                 const char            *response);
void        solar_alert_present                 (GtkWidget             *alert,
                                                 GtkWidget             *parent);
void        solar_alert_show_error              (GtkWidget             *parent,
                                                 const char            *heading,
                                                 const char            *body);
void        solar_alert_respond                 (GtkWidget             *alert,
                                                 const char            *response);
gboolean    solar_is_alert                      (gpointer               widget);
GtkWidget  *solar_alert_find_visible            (void);
GtkWidget  *solar_dialog_find_visible           (GType                  type);

G_END_DECLS
