/* solar-about.c: the About dialog, on any libadwaita
 *
 * libadwaita 1.5 replaced AdwAboutWindow (deprecated since) with AdwAboutDialog, shown
 * inside the window like the alerts (solar-alert.c). Both take the same properties; the
 * build's libadwaita picks which one is made.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-about"

#include "config.h"

/* Newer libadwaita only inside ADW_CHECK_VERSION blocks, as in solar-alert.c. */
#undef ADW_VERSION_MAX_ALLOWED

#include <glib/gi18n.h>

#include "solar-about.h"
#include "solar-alert.h"

#if ADW_CHECK_VERSION (1, 5, 0)
# define ABOUT_TYPE ADW_TYPE_ABOUT_DIALOG
# define CALL(name, w, ...) adw_about_dialog_##name (ADW_ABOUT_DIALOG (w), ##__VA_ARGS__)
#else
# define ABOUT_TYPE ADW_TYPE_ABOUT_WINDOW
# define CALL(name, w, ...) adw_about_window_##name (ADW_ABOUT_WINDOW (w), ##__VA_ARGS__)
#endif

/**
 * solar_about_present:
 * @parent: the window it is shown over
 */
void
solar_about_present (GtkWindow *parent)
{
  static const char *developers[] = { "The Social Solar developers", NULL };
  GtkWidget *about;

  g_return_if_fail (GTK_IS_WINDOW (parent));

  about = g_object_new (ABOUT_TYPE,
                        "application-name", _("Social Solar"),
                        "application-icon", APPLICATION_ID,
                        "developer-name", _("The Social Solar developers"),
                        "version", PACKAGE_VERSION,
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "developers", developers,
                        /* Translators: your name(s), one a line, optionally with an e-mail or URL */
                        "translator-credits", _("translator-credits"),
                        "copyright", _("© 2026 The Social Solar developers"),
                        "website", "https://github.com/socialsolar/social-solar",
                        "issue-url", "https://github.com/socialsolar/social-solar/issues",
                        "comments", _("Explore China's social media landscape and plan campaigns on it."),
                        NULL);
  CALL (add_acknowledgement_section, about, _("Data Source"),
        (const char *[]) { _("“China's Social Solar System”, industry report, 2020/21"), NULL });
  CALL (add_legal_section, about, _("Data sources"),
        _("Figures from the industry report “China's Social Solar System” (2020/21). "
          "Descriptions are our own words."),
        GTK_LICENSE_UNKNOWN, NULL);
#if ADW_CHECK_VERSION (1, 5, 0)
  adw_dialog_present (ADW_DIALOG (about), GTK_WIDGET (parent));
#else
  gtk_window_set_transient_for (GTK_WINDOW (about), parent);
  gtk_window_present (GTK_WINDOW (about));
#endif
}

/**
 * solar_about_find_visible:
 *
 * Returns: (nullable) (transfer none): the About dialog on screen
 */
GtkWidget *
solar_about_find_visible (void)
{
  return solar_dialog_find_visible (ABOUT_TYPE);
}

void
solar_about_close (GtkWidget *about)
{
  g_return_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (about, ABOUT_TYPE));

#if ADW_CHECK_VERSION (1, 5, 0)
  adw_dialog_force_close (ADW_DIALOG (about));
#else
  gtk_window_destroy (GTK_WINDOW (about));
#endif
}
