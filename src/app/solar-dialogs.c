/* solar-dialogs.c: message dialogs as every part of the app shows them
 *
 * GTK 4.8 names each response button of a libadwaita 1.2 AdwMessageDialog by what labels
 * it, which comes out as its mnemonic label and its text ("_Save Save"), read as such by a
 * screen reader (found by test-crash-restore, which presses "Restore" over AT-SPI). Each
 * button is named by its plain label instead before the dialog is shown; newer versions,
 * which name them right, get the same name.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-dialogs"

#include "config.h"

#include "solar-dialogs.h"

/* "_Save" → "Save", "Save __As" → "Save _As": what the mnemonic underline hides. */
static char *
strip_mnemonic (const char *label)
{
  GString *plain = g_string_new (NULL);

  for (const char *p = label; *p != '\0'; p++)
    {
      if (*p == '_')
        {
          if (p[1] != '_')
            continue;
          p++;
        }
      g_string_append_c (plain, *p);
    }
  return g_string_free (plain, FALSE);
}

static void
name_buttons (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) != NULL &&
      gtk_button_get_use_underline (GTK_BUTTON (widget)))
    {
      g_autofree char *name = strip_mnemonic (gtk_button_get_label (GTK_BUTTON (widget)));

      gtk_accessible_reset_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
      gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    name_buttons (child);
}

/**
 * solar_message_dialog_present:
 * @dialog: an #AdwMessageDialog with its responses added
 *
 * Names its buttons for screen readers and shows it.
 */
void
solar_message_dialog_present (GtkWidget *dialog)
{
  g_return_if_fail (ADW_IS_MESSAGE_DIALOG (dialog));

  name_buttons (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}
