/* solar-shortcuts.c: the Keyboard Shortcuts window, on any GTK and libadwaita
 *
 * The keys are listed once, in data/ui/help-overlay.ui, as a GtkShortcutsWindow: what
 * Debian 12's GTK 4.8 shows. GTK 4.18 deprecated that window (and the application
 * window's help overlay) for libadwaita 1.8's AdwShortcutsDialog; built against a
 * libadwaita that has it, the same groups and keys are shown in one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-shortcuts"

#include "config.h"

/* Newer libadwaita only inside ADW_CHECK_VERSION blocks, as in solar-alert.c. */
#undef ADW_VERSION_MAX_ALLOWED

#include "solar-alert.h"
#include "solar-shortcuts.h"

#define NEW_DIALOG ADW_CHECK_VERSION (1, 8, 0)

static GtkWidget *
load_window (void)
{
  g_autoptr(GtkBuilder) builder =
    gtk_builder_new_from_resource ("/io/github/socialsolar/SocialSolar/ui/help-overlay.ui");

  return g_object_ref_sink (GTK_WIDGET (gtk_builder_get_object (builder, "help_overlay")));
}

#if NEW_DIALOG
/* Each group of the window becomes a section of the dialog, each key an item, in order. */
static void
add_groups (AdwShortcutsDialog   *dialog,
            GtkWidget            *widget,
            AdwShortcutsSection **section)
{
  if (GTK_IS_SHORTCUTS_GROUP (widget))
    {
      g_autofree char *title = NULL;

      g_object_get (widget, "title", &title, NULL);
      *section = adw_shortcuts_section_new (title);
      adw_shortcuts_dialog_add (dialog, *section);
    }
  else if (GTK_IS_SHORTCUTS_SHORTCUT (widget) && *section != NULL)
    {
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;
      g_autofree char *accelerator = NULL;
      AdwShortcutsItem *item;

      g_object_get (widget, "title", &title, "subtitle", &subtitle, "accelerator", &accelerator, NULL);
      item = adw_shortcuts_item_new (title, accelerator);
      if (subtitle != NULL && *subtitle != '\0')
        adw_shortcuts_item_set_subtitle (item, subtitle);
      adw_shortcuts_section_add (*section, item);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    add_groups (dialog, child, section);
}
#endif

/**
 * solar_shortcuts_present:
 * @window: the window whose keys are shown (Ctrl+?)
 *
 * Built when first asked for: it is not needed to start.
 */
void
solar_shortcuts_present (GtkWindow *window)
{
#if NEW_DIALOG
  g_autoptr(GtkWidget) keys = load_window ();
  AdwDialog *dialog = adw_shortcuts_dialog_new ();
  AdwShortcutsSection *section = NULL;

  g_return_if_fail (GTK_IS_WINDOW (window));

  add_groups (ADW_SHORTCUTS_DIALOG (dialog), keys, &section);
  gtk_window_destroy (GTK_WINDOW (keys));
  adw_dialog_present (dialog, GTK_WIDGET (window));
#else
  GtkShortcutsWindow *overlay;

  g_return_if_fail (GTK_IS_APPLICATION_WINDOW (window));

  overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  if (overlay == NULL)
    {
      g_autoptr(GtkWidget) keys = load_window ();

      overlay = GTK_SHORTCUTS_WINDOW (keys);
      /* The window keeps it, and makes it transient for itself. */
      gtk_application_window_set_help_overlay (GTK_APPLICATION_WINDOW (window), overlay);
    }
  gtk_window_present (GTK_WINDOW (overlay));
#endif
}

/**
 * solar_shortcuts_find_visible:
 *
 * Returns: (nullable) (transfer none): the Keyboard Shortcuts window or dialog on screen
 */
GtkWidget *
solar_shortcuts_find_visible (void)
{
#if NEW_DIALOG
  return solar_dialog_find_visible (ADW_TYPE_SHORTCUTS_DIALOG);
#else
  return solar_dialog_find_visible (GTK_TYPE_SHORTCUTS_WINDOW);
#endif
}

void
solar_shortcuts_close (GtkWidget *shortcuts)
{
#if NEW_DIALOG
  adw_dialog_close (ADW_DIALOG (shortcuts));
#else
  gtk_window_close (GTK_WINDOW (shortcuts));
#endif
}
