/* solar-test-helpers.h: what the app tests share: the app, waiting, saving, finding dialogs
 *
 * static inline, so a test that uses only some of them builds without warnings.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "solar-alert.h"
#include "solar-application.h"
#include "solar-document.h"

/* GTK 4.24's X11 backend marks a frame submitted once per surface, and popups (menus,
 * popovers, tooltips) share their window's frame clock, so on Xvfb a frame with a popup
 * open is reported submitted twice and GDK warns "gdk_frame_timings_submitted() called
 * on submitted frame" (gdk/gdkframeclock.c). That is GDK's bookkeeping of its own
 * frames, which the app never touches; every other warning stays fatal in the tests. */
static inline gboolean
is_fatal_message (const char     *log_domain,
                  GLogLevelFlags  log_level,
                  const char     *message,
                  gpointer        user_data)
{
  if (g_strcmp0 (log_domain, "Gdk") == 0 && (log_level & G_LOG_LEVEL_WARNING) &&
      g_str_has_prefix (message, "gdk_frame_timings_submitted() called on submitted frame"))
    return FALSE;
  return TRUE;
}

/* The same for structured messages, which the fatal handler does not see (GTK logs
 * through g_log_structured()). */
static inline GLogWriterOutput
write_log (GLogLevelFlags   log_level,
           const GLogField *fields,
           gsize            n_fields,
           gpointer         user_data)
{
  const char *domain = NULL;
  const char *message = NULL;

  for (gsize i = 0; i < n_fields; i++)
    {
      if (fields[i].length != -1)
        continue;
      if (g_str_equal (fields[i].key, "GLIB_DOMAIN"))
        domain = fields[i].value;
      else if (g_str_equal (fields[i].key, "MESSAGE"))
        message = fields[i].value;
    }
  if (message != NULL && !is_fatal_message (domain, log_level, message, NULL))
    {
      g_printerr ("%s-WARNING (not fatal in tests, see solar-test-helpers.h): %s\n", domain, message);
      return G_LOG_WRITER_HANDLED;
    }
  return g_log_writer_default (log_level, fields, n_fields, user_data);
}

/* gtk_test_init(), with the one GDK warning above not fatal. */
static inline void
solar_test_init (int    *argc,
                 char ***argv)
{
  g_log_set_writer_func (write_log, NULL, NULL);
  gtk_test_init (argc, argv, NULL);
  g_test_log_set_fatal_handler (is_fatal_message, NULL);
}

/* This process's own data folder (figures packs, recent files): a developer's installed
 * packs would otherwise change the figures the tests see. Made on first use, before the app
 * starts (GLib reads XDG_DATA_HOME once). */
static inline const char *
test_data_home (void)
{
  static char *data_home;

  if (data_home == NULL)
    {
      data_home = g_dir_make_tmp ("solar-data-XXXXXX", NULL);
      g_assert_nonnull (data_home);
      g_setenv ("XDG_DATA_HOME", data_home, TRUE);
    }
  return data_home;
}

/* The app a UI test drives, registered without claiming its bus name (so a test runs beside
 * a running Social Solar), with drafts of unsaved plans in a state folder and data in a data
 * folder of this process's own, and animations off: screenshots and assertions see the end
 * state, not a page sliding in. Call it in place of gtk_test_init(). */
static inline SolarApplication *
start_test_application (int    *argc,
                        char ***argv)
{
  g_autofree char *state_dir = g_dir_make_tmp ("solar-state-XXXXXX", NULL);
  g_autoptr(GError) error = NULL;
  SolarApplication *application;

  g_assert_nonnull (state_dir);
  g_setenv ("XDG_STATE_HOME", state_dir, TRUE);
  test_data_home ();
  solar_test_init (argc, argv);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  application = solar_application_new ();
  g_application_set_flags (G_APPLICATION (application),
                           g_application_get_flags (G_APPLICATION (application)) | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (application), NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (solar_application_get_dataset (application));
  return application;
}

/* A GAsyncReadyCallback for solar_document_save_async(): sets the gboolean @user_data
 * when the save is done, and fails the test if it failed. */
static inline void
save_done (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  gboolean *saved = user_data;
  g_autoptr(GError) error = NULL;

  *saved = solar_document_save_finish (SOLAR_DOCUMENT (object), result, &error);
  g_assert_no_error (error);
}

/* Every file in the session folders of a drafts @directory whose name ends in @suffix
 * (".campaign.json" for the plans, ".draft" for their key files), in no particular order. */
static inline GPtrArray *
find_draft_files (const char *directory,
                  const char *suffix)
{
  GPtrArray *found = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) sessions = g_dir_open (directory, 0, NULL);
  const char *session;

  while (sessions != NULL && (session = g_dir_read_name (sessions)) != NULL)
    {
      g_autofree char *path = g_build_filename (directory, session, NULL);
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        if (g_str_has_suffix (name, suffix))
          g_ptr_array_add (found, g_build_filename (path, name, NULL));
    }
  return found;
}

/* Runs the main loop for @ms milliseconds, so idles, timeouts and file callbacks happen. */
static inline void
wait_ms (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * G_TIME_SPAN_MILLISECOND;

  while (g_get_monotonic_time () < end)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (5 * G_TIME_SPAN_MILLISECOND);
    }
}

/* Runs the main loop until @condition holds, for up to 10 s, and fails the test, naming
 * the condition, if it never does: what a test waits for after an action, instead of a
 * fixed time that a busy machine may need more of. */
#define WAIT_UNTIL(condition)                                                             \
  G_STMT_START {                                                                          \
    gint64 wait_until_end_ = g_get_monotonic_time () + 10 * G_TIME_SPAN_SECOND;           \
    while (!(condition))                                                                  \
      {                                                                                   \
        if (g_get_monotonic_time () > wait_until_end_)                                    \
          g_error ("%s:%d: still not true after 10 s: %s", __FILE__, __LINE__, #condition); \
        wait_ms (5);                                                                      \
      }                                                                                   \
  } G_STMT_END

/* Returns: (nullable): the alert in front (an AdwMessageDialog or, on libadwaita 1.5
 * and later, an AdwAlertDialog: see solar-alert.c) */
static inline GtkWidget *
find_dialog (void)
{
  return solar_alert_find_visible ();
}

/* Waits up to 5 s for an alert whose heading starts with @heading. */
static inline GtkWidget *
wait_for_dialog (const char *heading)
{
  for (guint i = 0; i < 500; i++)
    {
      GtkWidget *dialog = find_dialog ();

      if (dialog != NULL && g_str_has_prefix (solar_alert_get_heading (dialog), heading))
        return dialog;
      wait_ms (10);
    }
  {
    GtkWidget *other = find_dialog ();

    g_error ("no dialog “%s…” appeared%s%s", heading, other ? "; on screen: " : "",
             other ? solar_alert_get_heading (other) : "");
  }
  return NULL;
}

/* Answers @dialog as a click on the button of @response does: the response, once, and
 * the alert goes. */
static inline void
respond (GtkWidget  *dialog,
         const char *response)
{
  solar_alert_respond (dialog, response);
  wait_ms (50);
}

/* Returns: (nullable): a toplevel window titled @title */
static inline GtkWindow *
find_toplevel_titled (const char *title)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (g_strcmp0 (gtk_window_get_title (toplevel), title) == 0)
        return toplevel;
    }
  return NULL;
}
