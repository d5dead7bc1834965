/* solar-alert.c: the question or message every part of the app shows, on any libadwaita
 *
 * libadwaita 1.5 replaced AdwMessageDialog (a window of its own, deprecated in 1.6) with
 * AdwAlertDialog (a dialog shown inside its parent window, which also fits it to a narrow
 * window). Debian 12 has 1.2; the Flatpak runs the newest. Every alert in the app is made
 * here, as whichever of the two the build's libadwaita has, behind the same calls; both
 * emit "response" (widget, response id) once.
 *
 * On GTK 4.8 each response button is named for screen readers before the message dialog
 * is shown (solar-accessible.c; found by test-crash-restore, which presses "Restore" over
 * AT-SPI).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-alert"

#include "config.h"

#include <glib/gi18n.h>

/* This file is where the newer libadwaita meets the 1.2 floor: lift the ceiling here
 * alone, and keep every newer call inside an ADW_CHECK_VERSION block. */
#undef ADW_VERSION_MAX_ALLOWED

#include <stdarg.h>

#include "solar-accessible.h"
#include "solar-alert.h"

#if ADW_CHECK_VERSION (1, 5, 0)
# define NEW_ALERTS 1
#else
# define NEW_ALERTS 0
#endif

gboolean
solar_is_alert (gpointer widget)
{
#if NEW_ALERTS
  return ADW_IS_ALERT_DIALOG (widget);
#else
  return ADW_IS_MESSAGE_DIALOG (widget);
#endif
}

#if NEW_ALERTS
# define ALERT(w) ADW_ALERT_DIALOG (w)
# define CALL(name, w, ...) adw_alert_dialog_##name (ALERT (w), ##__VA_ARGS__)
#else
# define ALERT(w) ADW_MESSAGE_DIALOG (w)
# define CALL(name, w, ...) adw_message_dialog_##name (ALERT (w), ##__VA_ARGS__)
#endif

/**
 * solar_alert_new:
 * @heading: what happened or what is asked, in a few words
 * @body: (nullable): what it means and what the user can do
 *
 * Returns: (transfer floating): an alert with no responses yet; give it at least one and
 * show it with solar_alert_present()
 */
GtkWidget *
solar_alert_new (const char *heading,
                 const char *body)
{
#if NEW_ALERTS
  return GTK_WIDGET (adw_alert_dialog_new (heading, body));
#else
  return adw_message_dialog_new (NULL, heading, body);
#endif
}

/**
 * solar_alert_add_responses:
 * @alert: an alert
 * @first_id: the first response's id, followed by its label, then more pairs, then %NULL
 */
void
solar_alert_add_responses (GtkWidget  *alert,
                           const char *first_id,
                           ...)
{
  va_list args;

  g_return_if_fail (solar_is_alert (alert));

  va_start (args, first_id);
  for (const char *id = first_id; id != NULL; id = va_arg (args, const char *))
    {
      const char *label = va_arg (args, const char *);

      CALL (add_response, alert, id, label);
    }
  va_end (args);
}

void
solar_alert_set_response_appearance (GtkWidget             *alert,
                                     const char            *response,
                                     AdwResponseAppearance  appearance)
{
  g_return_if_fail (solar_is_alert (alert));

  CALL (set_response_appearance, alert, response, appearance);
}

void
solar_alert_set_default_response (GtkWidget  *alert,
                                  const char *response)
{
  g_return_if_fail (solar_is_alert (alert));

  CALL (set_default_response, alert, response);
}

/* The response Escape (or closing the dialog) gives. */
void
solar_alert_set_close_response (GtkWidget  *alert,
                                const char *response)
{
  g_return_if_fail (solar_is_alert (alert));

  CALL (set_close_response, alert, response);
}

void
solar_alert_set_extra_child (GtkWidget *alert,
                             GtkWidget *child)
{
  g_return_if_fail (solar_is_alert (alert));

  CALL (set_extra_child, alert, child);
}

GtkWidget *
solar_alert_get_extra_child (GtkWidget *alert)
{
  g_return_val_if_fail (solar_is_alert (alert), NULL);

  return CALL (get_extra_child, alert);
}

const char *
solar_alert_get_heading (GtkWidget *alert)
{
  g_return_val_if_fail (solar_is_alert (alert), NULL);

  return CALL (get_heading, alert);
}

const char *
solar_alert_get_body (GtkWidget *alert)
{
  g_return_val_if_fail (solar_is_alert (alert), NULL);

  return CALL (get_body, alert);
}

gboolean
solar_alert_has_response (GtkWidget  *alert,
                          const char *response)
{
  g_return_val_if_fail (solar_is_alert (alert), FALSE);

  return CALL (has_response, alert, response);
}

/**
 * solar_alert_present:
 * @alert: an alert with its responses
 * @parent: the widget it is about; the alert is modal to its window
 */
void
solar_alert_present (GtkWidget *alert,
                     GtkWidget *parent)
{
  g_return_if_fail (solar_is_alert (alert));
  g_return_if_fail (GTK_IS_WIDGET (parent));

#if NEW_ALERTS
  adw_dialog_present (ADW_DIALOG (alert), parent);
#else
  gtk_window_set_transient_for (GTK_WINDOW (alert), GTK_WINDOW (gtk_widget_get_root (parent)));
  gtk_window_set_modal (GTK_WINDOW (alert), TRUE);
  solar_accessible_name_buttons (alert);
  gtk_window_present (GTK_WINDOW (alert));
#endif
}

static GtkWidget *
find_button_labelled (GtkWidget  *widget,
                      const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button_labelled (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/**
 * solar_alert_respond:
 * @alert: an alert on screen
 * @response: one of its responses
 *
 * Answers @alert as a click on that response's button does: "response" is emitted once,
 * and the alert goes. (Emitting the signal and closing the alert would answer twice: a
 * closed alert gives its close response.)
 */
void
solar_alert_respond (GtkWidget  *alert,
                     const char *response)
{
  GtkWidget *button;

  g_return_if_fail (solar_is_alert (alert));
  g_return_if_fail (solar_alert_has_response (alert, response));

  button = find_button_labelled (alert, CALL (get_response_label, alert, response));
  g_return_if_fail (button != NULL);
  /* Not gtk_widget_activate(): a button shows itself pressed for a moment first. */
  g_signal_emit_by_name (button, "clicked");
}

/**
 * solar_dialog_find_visible:
 * @type: the dialog's type: an #AdwDialog subclass on libadwaita 1.5 and later, a #GtkWindow
 *   subclass before
 *
 * Returns: (nullable) (transfer none): the dialog of @type in front, in any of the app's
 *   windows
 */
GtkWidget *
solar_dialog_find_visible (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWidget *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);
      GtkWidget *candidate = toplevel;

      /* A window closed (disposed) but not yet finalized is still listed; on libadwaita
       * 1.5 and later asking it for its dialog is a critical. */
      if (!gtk_widget_get_mapped (toplevel))
        continue;
#if NEW_ALERTS
      /* Dialogs are shown inside their window, the one in front of the others. */
      if (ADW_IS_APPLICATION_WINDOW (toplevel))
        candidate = (GtkWidget *) adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (toplevel));
      else if (ADW_IS_WINDOW (toplevel))
        candidate = (GtkWidget *) adw_window_get_visible_dialog (ADW_WINDOW (toplevel));
#endif
      if (candidate != NULL && G_TYPE_CHECK_INSTANCE_TYPE (candidate, type) &&
          gtk_widget_get_visible (candidate))
        found = candidate;
    }
  return found;
}

/**
 * solar_alert_find_visible:
 *
 * Returns: (nullable) (transfer none): the alert in front, in any of the app's windows
 */
GtkWidget *
solar_alert_find_visible (void)
{
#if NEW_ALERTS
  return solar_dialog_find_visible (ADW_TYPE_ALERT_DIALOG);
#else
  return solar_dialog_find_visible (ADW_TYPE_MESSAGE_DIALOG);
#endif
}

/**
 * solar_alert_show_error:
 * @parent: the widget the error is about; the alert is modal to its window
 * @body: what went wrong, where, and what to do
 *
 * An error with only Close to answer it.
 */
void
solar_alert_show_error (GtkWidget  *parent,
                        const char *heading,
                        const char *body)
{
  GtkWidget *alert = solar_alert_new (heading, body);

  solar_alert_add_responses (alert, "close", _("_Close"), NULL);
  solar_alert_present (alert, parent);
}
