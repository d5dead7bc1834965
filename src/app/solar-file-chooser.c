/* solar-file-chooser.c: asking for a file to open or save, on any GTK
 *
 * GTK 4.10 replaced GtkFileChooserNative (deprecated since) with GtkFileDialog. Both use
 * the desktop portal where there is one, as in the Flatpak, and GTK's own dialog where
 * there is not. Debian 12 has GTK 4.8; the Flatpak runs the newest. Every file the app
 * asks for is asked for here, with whichever of the two the build's GTK has, and the
 * answer comes back the same way: a file, or G_IO_ERROR_CANCELLED when the user cancelled.
 * A chooser that fails to appear (a broken portal) is explained here, once for every
 * caller, and then answers as if cancelled: the caller has nothing to do either way.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-file-chooser"

#include "config.h"

/* This file is where the newer GTK meets the 4.8 floor: lift the ceiling here alone, and
 * keep every newer call inside a GTK_CHECK_VERSION block. */
#undef GDK_VERSION_MAX_ALLOWED

#include <glib/gi18n.h>

#include "solar-alert.h"
#include "solar-file-chooser.h"

#if GTK_CHECK_VERSION (4, 10, 0)

static void
on_dialog_done (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GtkFileDialog *dialog = GTK_FILE_DIALOG (object);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;

  if (GPOINTER_TO_INT (g_task_get_task_data (task)) == SOLAR_FILE_CHOOSER_OPEN)
    file = gtk_file_dialog_open_finish (dialog, result, &error);
  else
    file = gtk_file_dialog_save_finish (dialog, result, &error);

  if (file != NULL)
    g_task_return_pointer (task, g_steal_pointer (&file), g_object_unref);
  else if (g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED) ||
           g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_CANCELLED))
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "%s", error->message);
  else
    {
      g_autofree char *body = g_strdup_printf (_("%s\n\nNothing was opened or saved. If the app runs "
                                                 "as a Flatpak, check that the desktop portal "
                                                 "(xdg-desktop-portal) is installed and running, "
                                                 "then try again."),
                                               error->message);
      GtkWidget *alert = solar_alert_new (_("Could Not Show the File Chooser"), body);

      solar_alert_add_responses (alert, "close", _("_Close"), NULL);
      solar_alert_set_close_response (alert, "close");
      solar_alert_present (alert, GTK_WIDGET (g_task_get_source_object (task)));
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "%s", error->message);
    }
}

static void
ask (GtkWindow     *parent,
     GTask         *task,
     const char    *title,
     const char    *accept_label,
     GtkFileFilter *filter,
     const char    *initial_name)
{
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);

  gtk_file_dialog_set_title (dialog, title);
  gtk_file_dialog_set_accept_label (dialog, accept_label);
  gtk_file_dialog_set_modal (dialog, TRUE);
  if (filter != NULL)
    {
      g_list_store_append (filters, filter);
      gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
      gtk_file_dialog_set_default_filter (dialog, filter);
    }
  if (GPOINTER_TO_INT (g_task_get_task_data (task)) == SOLAR_FILE_CHOOSER_OPEN)
    gtk_file_dialog_open (dialog, parent, NULL, on_dialog_done, task);
  else
    {
      gtk_file_dialog_set_initial_name (dialog, initial_name);
      gtk_file_dialog_save (dialog, parent, NULL, on_dialog_done, task);
    }
}

#else /* GTK 4.8 */

static void
on_native_response (GtkNativeDialog *native,
                    int              response,
                    gpointer         user_data)
{
  g_autoptr(GTask) task = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    g_task_return_pointer (task, gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native)),
                           g_object_unref);
  else
    /* Never shown: a cancelled question needs no message. */
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "No file was chosen");
  g_object_unref (native);
}

static void
ask (GtkWindow     *parent,
     GTask         *task,
     const char    *title,
     const char    *accept_label,
     GtkFileFilter *filter,
     const char    *initial_name)
{
  gboolean open = GPOINTER_TO_INT (g_task_get_task_data (task)) == SOLAR_FILE_CHOOSER_OPEN;
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (title, parent,
                                        open ? GTK_FILE_CHOOSER_ACTION_OPEN : GTK_FILE_CHOOSER_ACTION_SAVE,
                                        accept_label, _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  if (filter != NULL)
    gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  if (!open && initial_name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), initial_name);
  g_signal_connect (native, "response", G_CALLBACK (on_native_response), task);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

#endif

/**
 * solar_file_chooser_ask:
 * @parent: the window the question is about (modal to it)
 * @title: the dialog's title, such as "Save Plan"
 * @accept_label: the button that accepts, with its mnemonic ("_Save")
 * @filter: (nullable): the files offered
 * @initial_name: (nullable): the name suggested when saving
 *
 * Asks for a file; @callback gets it from solar_file_chooser_finish().
 */
void
solar_file_chooser_ask (GtkWindow            *parent,
                        SolarFileChooserMode  mode,
                        const char           *title,
                        const char           *accept_label,
                        GtkFileFilter        *filter,
                        const char           *initial_name,
                        GAsyncReadyCallback   callback,
                        gpointer              user_data)
{
  GTask *task;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (title != NULL && accept_label != NULL);
  g_return_if_fail (filter == NULL || GTK_IS_FILE_FILTER (filter));

  task = g_task_new (parent, NULL, callback, user_data);
  g_task_set_source_tag (task, solar_file_chooser_ask);
  g_task_set_task_data (task, GINT_TO_POINTER (mode), NULL);
  ask (parent, task, title, accept_label, filter, initial_name);
}

/**
 * solar_file_chooser_finish:
 *
 * Returns: (transfer full) (nullable): the file chosen, or %NULL with @error set
 *   (G_IO_ERROR_CANCELLED if the user cancelled)
 */
GFile *
solar_file_chooser_finish (GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == solar_file_chooser_ask, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
