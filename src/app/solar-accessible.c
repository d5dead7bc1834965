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

#include <adwaita.h>

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

/* ---- Nothing named after its class ----------------------------------------------------
 *
 * GTK up to at least 4.10 names every accessible that has no name and is not a plain
 * container after its type: a screen reader on Debian 12 reads an expander row's arrow as
 * "GtkImage", a tab's close button as "GtkImage" (its only child), the list inside an
 * expander row as "GtkListBox". Most of these widgets are libadwaita's own children,
 * made where no code of ours can name them, so each is dealt with when it, or a widget
 * it is in, is realized:
 * - images are decoration here (the row or button they sit in carries the words), so
 *   they leave the accessibility tree, as GTK 4.24 leaves them nameless;
 * - an icon button in a tab is named by its tooltip ("Close Tab");
 * - a list inside a row (an expander row's rows, a combo row's choices) by the row's title;
 * - where GTK still invents names (before 4.12: 4.8 and 4.10 do, 4.24 does not), the
 *   scroll bars, libadwaita's layout helpers and the untitled pages of a stack (a tab's
 *   page, a page's "empty" state) get the empty name that newer GTK gives them. Not on
 *   newer GTK, where an empty label would hide a name libadwaita may give them now.
 * On GTK 4.24 the walk over every view finds no such name without this; the images are
 * hidden there too, which keeps "image" with no name from being read out. */

#define NAMED_BY_ROW_KEY "solar-accessible-named-by-row"

/**
 * solar_accessible_new_decoration:
 * @icon_name: (nullable): the icon, or %NULL to set it later
 *
 * An image that only decorates what it sits in (the row's or button's words say it all):
 * out of the accessibility tree from the start, on every GTK.
 *
 * Returns: (transfer floating): a #GtkImage
 */
GtkWidget *
solar_accessible_new_decoration (const char *icon_name)
{
  /* The role leaves it out on newer GTK, which keeps a hidden image in the tree; the
   * state on GTK 4.8, which keeps one whose role is "presentation". */
  GtkWidget *image = g_object_new (GTK_TYPE_IMAGE,
                                   "icon-name", icon_name,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                   NULL);

  gtk_accessible_update_state (GTK_ACCESSIBLE (image), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  return image;
}

static gboolean
is_type_named (GtkWidget  *widget,
               const char *type_name)
{
  GType type = g_type_from_name (type_name);

  return type != 0 && g_type_is_a (G_OBJECT_TYPE (widget), type);
}

/* Layout helpers of GTK and libadwaita that never have a name of their own. */
static gboolean
is_nameless_helper (GtkWidget *widget)
{
  static const char * const helpers[] = {
    "GtkScrollbar", "GtkFlowBoxChild", "GtkPopoverMenu", "GtkPopoverContent",
    "AdwGizmo", "AdwTab", "AdwTabBox", "AdwTabBar", "AdwTabView", "AdwFadingLabel",
    "AdwWindowTitle", "GtkColumnListView", "GtkColumnViewCell",
  };

  for (guint i = 0; i < G_N_ELEMENTS (helpers); i++)
    if (is_type_named (widget, helpers[i]))
      return TRUE;
  /* A table's header row and the item a drop-down shows (the rows of a list are
   * named where they are bound). */
  if (is_type_named (widget, "GtkListItemWidget"))
    return !GTK_IS_LIST_VIEW (gtk_widget_get_parent (widget));
  /* A scroll bar's own range; not a GtkScale, which is named where it is made. */
  return GTK_IS_RANGE (widget) && GTK_IS_SCROLLBAR (gtk_widget_get_parent (widget));
}

/* GTK 4.8 and 4.10 name what has no name after its type (gtkatcontext.c); 4.24 does not. */
static gboolean
gtk_invents_names (void)
{
  return gtk_get_major_version () == 4 && gtk_get_minor_version () < 12;
}

static gboolean
is_row_or_tab (GtkWidget *widget)
{
  static GType tab = 0;

  if (tab == 0)
    tab = g_type_from_name ("AdwTab");
  return ADW_IS_PREFERENCES_ROW (widget) || (tab != 0 && g_type_is_a (G_OBJECT_TYPE (widget), tab));
}

/* The row or tab @widget is in, if any: what names its lists and icon buttons. */
static GtkWidget *
enclosing_row_or_tab (GtkWidget *widget)
{
  for (GtkWidget *up = widget; up != NULL; up = gtk_widget_get_parent (up))
    if (is_row_or_tab (up))
      return up;
  return NULL;
}

static void
name_list_by_row (GtkWidget  *row,
                  GParamSpec *pspec,
                  GtkWidget  *list)
{
  const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));

  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  title != NULL ? title : "", -1);
}

/* Widgets inside a row or a tab: the list of an expander row or of a combo row's popover
 * is named by the row's title (and follows it), a tab's icon buttons by their tooltips. */
static void
tidy_inside (GtkWidget *widget,
             GtkWidget *row_or_tab)
{
  if (row_or_tab == NULL || row_or_tab == widget)
    return;

  if ((GTK_IS_LIST_BOX (widget) || GTK_IS_LIST_VIEW (widget)) && ADW_IS_PREFERENCES_ROW (row_or_tab) &&
      g_object_get_data (G_OBJECT (widget), NAMED_BY_ROW_KEY) == NULL)
    {
      g_object_set_data (G_OBJECT (widget), NAMED_BY_ROW_KEY, GINT_TO_POINTER (TRUE));
      g_signal_connect_object (row_or_tab, "notify::title", G_CALLBACK (name_list_by_row), widget, 0);
      name_list_by_row (row_or_tab, NULL, widget);
    }
  else if (GTK_IS_BUTTON (widget) && !ADW_IS_PREFERENCES_ROW (row_or_tab) &&
           GTK_IS_IMAGE (gtk_button_get_child (GTK_BUTTON (widget))) &&
           gtk_widget_get_tooltip_text (widget) != NULL)
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      gtk_widget_get_tooltip_text (widget), -1);
    }
}

static GtkWidget *
find_label_inside (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *label = find_label_inside (child);

      if (label != NULL)
        return label;
    }
  return NULL;
}

/* What @widget is decides its name, whatever it is in. */
static void
tidy_widget (GtkWidget *widget)
{
  GtkWidget *parent = gtk_widget_get_parent (widget);

  if (GTK_IS_IMAGE (widget) || is_type_named (widget, "GtkBuiltinIcon"))
    {
      gtk_accessible_update_state (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
    }
  else if (gtk_invents_names () && is_nameless_helper (widget))
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
    }
  else if (gtk_invents_names () && GTK_IS_TOGGLE_BUTTON (widget) && GTK_IS_DROP_DOWN (parent))
    {
      /* The button that gets the focus in a drop-down: what the drop-down is named. */
      gtk_accessible_update_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                      parent, NULL, -1);
    }
  else if (gtk_invents_names () && is_type_named (widget, "GtkColumnViewTitle"))
    {
      /* A column's header, by its title (which a column never changes here). */
      GtkWidget *label = find_label_inside (widget);

      gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      label != NULL ? gtk_label_get_text (GTK_LABEL (label)) : "", -1);
    }

  if (gtk_invents_names () && GTK_IS_STACK (parent))
    {
      GtkStackPage *page = gtk_stack_get_page (GTK_STACK (parent), widget);

      if (page != NULL && gtk_stack_page_get_title (page) == NULL)
        gtk_accessible_update_property (GTK_ACCESSIBLE (page), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
    }
}

#define TIDIED_KEY "solar-accessible-tidied"

/* Every widget under @widget, shown or not: a collapsed expander row's rows, a closed
 * popover's list and a hidden tab bar are never realized, yet GTK 4.8 puts them in the
 * accessibility tree. A widget looked at once is not looked at again, nor what it holds:
 * what is added to it later is realized, and looked at, when it comes on screen. (Rows
 * added to a row that stays folded wait until it unfolds.) */
static void
tidy_tree (GtkWidget *widget,
           GtkWidget *row_or_tab)
{
  if (g_object_get_data (G_OBJECT (widget), TIDIED_KEY) != NULL)
    return;
  g_object_set_data (G_OBJECT (widget), TIDIED_KEY, GINT_TO_POINTER (TRUE));
  tidy_widget (widget);
  tidy_inside (widget, row_or_tab);
  if (is_row_or_tab (widget))
    row_or_tab = widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    tidy_tree (child, row_or_tab);
}

/* A widget is realized when it first comes on screen, its parent before it: by then it
 * has its place, its row's title and its tooltip. (GObject's "notify::parent" would come
 * sooner but allows no emission hook.) */
static gboolean
on_widget_realized (GSignalInvocationHint *hint,
                    guint                  n_values,
                    const GValue          *values,
                    gpointer               user_data)
{
  GObject *object = g_value_get_object (&values[0]);

  if (GTK_IS_WIDGET (object) && g_object_get_data (object, TIDIED_KEY) == NULL)
    {
      GtkWidget *widget = GTK_WIDGET (object);
      GtkWidget *parent = gtk_widget_get_parent (widget);

      tidy_tree (widget, parent != NULL ? enclosing_row_or_tab (parent) : NULL);
    }
  return TRUE; /* stay installed */
}

/**
 * solar_accessible_install:
 *
 * Tidies the accessible names of every widget as it comes on screen (see above). Once,
 * at start-up.
 */
void
solar_accessible_install (void)
{
  static gsize installed = 0;

  if (g_once_init_enter (&installed))
    {
      /* No widget may exist yet: the class, and with it the signal, is made on first use
       * (and kept, as the hook is, for the life of the program). */
      g_type_class_ref (GTK_TYPE_WIDGET);
      g_signal_add_emission_hook (g_signal_lookup ("realize", GTK_TYPE_WIDGET), 0,
                                  on_widget_realized, NULL, NULL);
      g_once_init_leave (&installed, 1);
    }
}
