/* solar-accessible.c: names screen readers need that some GTK versions do not give
 *
 * Two gaps, each in one range of GTK versions, both found over AT-SPI by the tests:
 * - GTK 4.8 names a button with a mnemonic label by what labels it, which comes out as the
 *   mnemonic label and its text ("_Save Save"), and a screen reader says that.
 * - GTK 4.24 gives the items of a GtkPopoverMenu no name: each is labelled by its label
 *   widget, which is not in the accessibility tree, so a screen reader hears "menu item"
 *   and nothing else (a plain GtkMenuButton with a menu model shows it too).
 * Either way the widget is named by its plain text; where GTK already names it right, the
 * name is the same.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-accessible"

#include "config.h"

#include "solar-accessible.h"

/**
 * solar_accessible_strip_mnemonic:
 *
 * Returns: (transfer full): @label as read: "_Save" → "Save", "Save __As" → "Save _As"
 */
char *
solar_accessible_strip_mnemonic (const char *label)
{
  GString *plain = g_string_new (NULL);

  g_return_val_if_fail (label != NULL, NULL);

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
set_name (GtkWidget  *widget,
          const char *label,
          gboolean    mnemonic)
{
  g_autofree char *name = mnemonic ? solar_accessible_strip_mnemonic (label) : g_strdup (label);

  gtk_accessible_reset_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

/**
 * solar_accessible_name_buttons:
 *
 * Names every button under @root that has a mnemonic label by its plain label.
 */
void
solar_accessible_name_buttons (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if (GTK_IS_BUTTON (root) && gtk_button_get_label (GTK_BUTTON (root)) != NULL &&
      gtk_button_get_use_underline (GTK_BUTTON (root)))
    set_name (root, gtk_button_get_label (GTK_BUTTON (root)), TRUE);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    solar_accessible_name_buttons (child);
}

static gboolean
is_menu_item (GtkWidget *widget)
{
  switch ((int)gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget)))
    {
    case GTK_ACCESSIBLE_ROLE_MENU_ITEM:
    case GTK_ACCESSIBLE_ROLE_MENU_ITEM_CHECKBOX:
    case GTK_ACCESSIBLE_ROLE_MENU_ITEM_RADIO:
      return TRUE;
    default:
      return FALSE;
    }
}

/* A menu's items are GTK's own (GtkModelButton, a private type): their text is read
 * through the "text" property they have had since GTK 4.0. */
static void
name_items (GtkWidget *widget)
{
  if (is_menu_item (widget))
    {
      GParamSpec *text = g_object_class_find_property (G_OBJECT_GET_CLASS (widget), "text");
      GParamSpec *underline = g_object_class_find_property (G_OBJECT_GET_CLASS (widget), "use-underline");

      if (text != NULL && text->value_type == G_TYPE_STRING)
        {
          g_autofree char *label = NULL;
          gboolean mnemonic = FALSE;

          g_object_get (widget, "text", &label, NULL);
          if (underline != NULL && underline->value_type == G_TYPE_BOOLEAN)
            g_object_get (widget, "use-underline", &mnemonic, NULL);
          if (label != NULL && *label != '\0')
            set_name (widget, label, mnemonic);
        }
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    name_items (child);
}

/**
 * solar_accessible_name_menu_items:
 * @menu: a #GtkPopoverMenu
 *
 * Names each item of @menu by its text whenever the menu opens (items are rebuilt when
 * the menu's model changes, as Open Recent's does).
 */
void
solar_accessible_name_menu_items (GtkPopover *menu)
{
  g_return_if_fail (GTK_IS_POPOVER (menu));

  g_signal_connect (menu, "map", G_CALLBACK (name_items), NULL);
  if (gtk_widget_get_mapped (GTK_WIDGET (menu)))
    name_items (GTK_WIDGET (menu));
}
