/* solar-plan-editor-rows.c: the kinds of row the plan form is made of
 *
 * Each row is bound to one property of a part of the plan (both ways), so the form never
 * holds a copy. The lists of the plan (platforms, KOLs, milestones) get a row per item,
 * rebuilt when items come or go and never while someone types, so typing keeps its focus.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-plan-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "solar-accessible.h"
#include "solar-number.h"
#include "solar-plan-editor-private.h"

/* No plan needs more; the spin buttons need a bound, and their width follows it. */
#define MAX_NUMBER 1e12

/* At the end of @row's header, such as a Remove button: add_suffix since libadwaita 1.4,
 * which deprecated add_action. */
void
solar_plan_rows_add_suffix (AdwExpanderRow *row,
                            GtkWidget      *widget)
{
#if ADW_CHECK_VERSION (1, 4, 0)
  /* Newer than the 1.2 floor, and only where the build's libadwaita has it. */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  adw_expander_row_add_suffix (row, widget);
  G_GNUC_END_IGNORE_DEPRECATIONS
#else
  adw_expander_row_add_action (row, widget);
#endif
}

/* Labels a widget for screen readers, and for sighted people when it shows only an icon. */
void
solar_plan_rows_set_label (GtkWidget  *widget,
                           const char *label)
{
  if (GTK_IS_BUTTON (widget))
    gtk_widget_set_tooltip_text (widget, label);
  /* Our label says it all ("Share of the budget for WeChat, in percent"). GTK 4.8 reads a
   * label and the widgets labelling it one after the other, and AdwActionRow makes its title
   * label its activatable widget, so the name would come twice: drop that relation. */
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

char *
solar_plan_rows_dup_platform_name (SolarDataset *dataset,
                                   const char   *platform_id)
{
  SolarPlatform *platform = solar_dataset_find_platform (dataset, platform_id);

  return g_strdup (platform ? solar_text_get (solar_platform_get_name (platform)) : platform_id);
}

GtkWidget *
solar_plan_rows_new_entry (const char *title,
                           gpointer    object,
                           const char *property)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  g_object_bind_property (object, property, row, "text",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  return row;
}

/* Rounding the text would change the plan when the field loses focus, so it is only
 * written anew when it says something else. */
static gboolean
on_spin_output (GtkSpinButton *spin)
{
  g_autofree char *text = solar_number_format (gtk_spin_button_get_value (spin));

  if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (spin))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

static int
on_spin_input (GtkSpinButton *spin,
               double        *new_value)
{
  return solar_number_parse (gtk_editable_get_text (GTK_EDITABLE (spin)), new_value)
         ? TRUE : GTK_INPUT_ERROR;
}

/* From zero up: the file format has no negative numbers, so the form cannot make one. */
GtkWidget *
solar_plan_rows_new_spin_button (double      step,
                                 gpointer    object,
                                 const char *property)
{
  GtkWidget *spin = gtk_spin_button_new_with_range (0, MAX_NUMBER, step);

  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), 2);
  /* GTK's numeric mode would refuse the thousands separators; on_spin_input() reads them. */
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), FALSE);
  /* What is not a number puts the number back, rather than becoming 0. */
  gtk_spin_button_set_update_policy (GTK_SPIN_BUTTON (spin), GTK_UPDATE_IF_VALID);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  g_signal_connect (spin, "output", G_CALLBACK (on_spin_output), NULL);
  g_signal_connect (spin, "input", G_CALLBACK (on_spin_input), NULL);
  g_object_bind_property (object, property, spin, "value",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  return spin;
}

/* The spin button is the row's data "spin", for whoever drives the form. */
GtkWidget *
solar_plan_rows_new_spin (const char *title,
                          double      step,
                          gpointer    object,
                          const char *property)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = solar_plan_rows_new_spin_button (step, object, property);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  solar_plan_rows_set_label (spin, title);
  g_object_set_data (G_OBJECT (row), "spin", spin);
  return row;
}

static gboolean
enum_to_position (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  g_value_set_uint (to, g_value_get_enum (from));
  return TRUE;
}

static gboolean
position_to_enum (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  guint position = g_value_get_uint (from);

  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;
  g_value_set_enum (to, position);
  return TRUE;
}

/* @labels: (array zero-terminated=1): untranslated, in the order of the enum's values */
GtkWidget *
solar_plan_rows_new_choice (const char         *title,
                            const char * const *labels,
                            gpointer            object,
                            const char         *property)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  GtkWidget *row = adw_combo_row_new ();

  for (guint i = 0; labels[i] != NULL; i++)
    gtk_string_list_append (model, _(labels[i]));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  /* The list follows the order of the enum, so the position is the value. */
  g_object_bind_property_full (object, property, row, "selected",
                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                               enum_to_position, position_to_enum, NULL, NULL);
  return row;
}

static gboolean
id_to_position (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      user_data)
{
  const char * const *ids = user_data;
  const char *id = g_value_get_string (from);

  for (guint i = 0; ids[i] != NULL; i++)
    if (g_strcmp0 (ids[i], id) == 0)
      {
        g_value_set_uint (to, i);
        return TRUE;
      }
  return FALSE;
}

static gboolean
position_to_id (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      user_data)
{
  const char * const *ids = user_data;
  guint position = g_value_get_uint (from);

  if (position >= g_strv_length ((char **)ids))
    return FALSE;
  g_value_set_string (to, ids[position]);
  return TRUE;
}

/* A choice of the dataset's platforms, bound to a platform id. @none_label, if given, is
 * the first choice and stands for no platform. An id the dataset lacks (from a file made
 * elsewhere) is offered as it is, so the row shows what the plan says. */
GtkWidget *
solar_plan_rows_new_platform (SolarDataset *dataset,
                              const char   *title,
                              const char   *none_label,
                              gpointer      object,
                              const char   *property)
{
  GListModel *platforms = solar_dataset_get_platforms (dataset);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_autofree char *current = NULL;
  gboolean known = FALSE;
  GtkWidget *row = adw_combo_row_new ();

  g_object_get (object, property, &current, NULL);
  if (none_label != NULL)
    {
      gtk_string_list_append (labels, none_label);
      g_strv_builder_add (ids, "");
      known = *current == '\0';
    }
  for (guint i = 0; i < g_list_model_get_n_items (platforms); i++)
    {
      g_autoptr(SolarPlatform) platform = g_list_model_get_item (platforms, i);

      gtk_string_list_append (labels, solar_text_get (solar_platform_get_name (platform)));
      g_strv_builder_add (ids, solar_platform_get_id (platform));
      known = known || g_str_equal (solar_platform_get_id (platform), current);
    }
  if (!known)
    {
      gtk_string_list_append (labels, *current != '\0' ? current : _("No Platform"));
      g_strv_builder_add (ids, current);
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (labels));
  g_object_bind_property_full (object, property, row, "selected",
                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                               id_to_position, position_to_id,
                               g_strv_builder_end (ids), (GDestroyNotify)g_strfreev);
  return row;
}

/* A row that works as a button ("Add KOL"), as AdwButtonRow does in later libadwaita. */
GtkWidget *
solar_plan_rows_new_add (const char *title)
{
  GtkWidget *row = g_object_new (ADW_TYPE_ACTION_ROW,
                                 "accessible-role", GTK_ACCESSIBLE_ROLE_BUTTON,
                                 "title", title,
                                 "use-markup", FALSE,
                                 "activatable", TRUE,
                                 NULL);

  adw_action_row_add_prefix (ADW_ACTION_ROW (row), solar_accessible_new_decoration ("list-add-symbolic"));
  solar_plan_rows_set_label (row, title);
  return row;
}

/* The caller labels it: "Remove KOL Li Jiaqi" says more than "Remove". */
GtkWidget *
solar_plan_rows_new_remove (const char *icon_name)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  return button;
}

/* Moves the focus into a new row: its data "focus" (the first field to fill in) if any. */
void
solar_plan_rows_focus_first (GtkWidget *row)
{
  GtkWidget *first = g_object_get_data (G_OBJECT (row), "focus");

  if (first != NULL && gtk_widget_grab_focus (first))
    return;
  if (!gtk_widget_grab_focus (row))
    gtk_widget_child_focus (row, GTK_DIR_TAB_FORWARD);
}

typedef struct
{
  SolarPlanEditor     *editor;      /* not a ref: the editor owns the group */
  AdwPreferencesGroup *group;
  GListModel          *model;
  char                *field;
  SolarPlanRowFactory  factory;
  GtkWidget           *empty_row;   /* nullable */
  GtkWidget           *add_row;     /* nullable; a ref, as it leaves the group to go last */
  GPtrArray           *rows;
} RowList;

static void
row_list_free (gpointer data)
{
  RowList *list = data;

  g_clear_object (&list->model);
  g_clear_object (&list->add_row);
  g_clear_pointer (&list->field, g_free);
  g_clear_pointer (&list->rows, g_ptr_array_unref);
  g_free (list);
}

static gboolean
has_focus_within (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* Which items were open, so a rebuild leaves them as they were. */
static GHashTable *
remember_expanded (RowList *list)
{
  GHashTable *expanded = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < list->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (list->rows, i);

      if (ADW_IS_EXPANDER_ROW (row))
        g_hash_table_insert (expanded, g_object_get_data (G_OBJECT (row), "item"),
                             GINT_TO_POINTER (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)) ? 2 : 1));
    }
  return expanded;
}

static void
remove_rows (RowList *list)
{
  g_autofree char *prefix = g_strconcat (list->field, "[", NULL);

  for (guint i = 0; i < list->rows->len; i++)
    adw_preferences_group_remove (list->group, g_ptr_array_index (list->rows, i));
  g_ptr_array_set_size (list->rows, 0);
  if (list->add_row != NULL)
    adw_preferences_group_remove (list->group, list->add_row);
  solar_plan_editor_untrack (list->editor, prefix);
}

static void
add_rows (RowList    *list,
          GHashTable *expanded,
          guint       first_new,
          guint       n_new)
{
  guint n = g_list_model_get_n_items (list->model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list->model, i);
      GtkWidget *row = list->factory (list->editor, item, i);
      int state = GPOINTER_TO_INT (g_hash_table_lookup (expanded, item));

      g_object_set_data_full (G_OBJECT (row), "item", g_object_ref (item), g_object_unref);
      /* A new item opens, to be filled in. */
      if (ADW_IS_EXPANDER_ROW (row) && (state != 0 || (i >= first_new && i < first_new + n_new)))
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), state == 0 || state == 2);
      adw_preferences_group_add (list->group, row);
      g_ptr_array_add (list->rows, row);
    }
  if (list->add_row != NULL)
    adw_preferences_group_add (list->group, list->add_row);
  if (list->empty_row != NULL)
    gtk_widget_set_visible (list->empty_row, n == 0);
}

/* Where the focus goes when the row that had it is gone: into a new item's first field,
 * else to the row that took the removed one's place, else to the "Add" row. */
static void
refocus (RowList *list,
         guint    position,
         guint    added)
{
  if (added > 0 && position < list->rows->len)
    solar_plan_rows_focus_first (g_ptr_array_index (list->rows, position));
  else if (list->rows->len > 0)
    gtk_widget_child_focus (g_ptr_array_index (list->rows, MIN (position, list->rows->len - 1)),
                            GTK_DIR_TAB_FORWARD);
  else if (list->add_row != NULL)
    gtk_widget_grab_focus (list->add_row);
}

static void
on_items_changed (GListModel          *model,
                  guint                position,
                  guint                removed,
                  guint                added,
                  AdwPreferencesGroup *group)
{
  RowList *list = g_object_get_data (G_OBJECT (group), "solar-row-list");
  g_autoptr(GHashTable) expanded = remember_expanded (list);
  gboolean had_focus = has_focus_within (GTK_WIDGET (group));

  /* Indices after @position shift, and the field paths with them: rebuild all the rows. */
  remove_rows (list);
  add_rows (list, expanded, position, added);
  if (had_focus)
    refocus (list, position, added);
}

/**
 * solar_plan_rows_show_list:
 * @field: the list's field path ("kols"): rows are tracked as "kols[0]"…
 * @empty_row: (nullable): a row of @group shown while the list is empty
 * @add_row: (nullable): a row kept after the items
 *
 * Fills @group with a row per item of @model, made by @factory, and keeps it so.
 */
void
solar_plan_rows_show_list (SolarPlanEditor     *editor,
                           AdwPreferencesGroup *group,
                           GListModel          *model,
                           const char          *field,
                           SolarPlanRowFactory  factory,
                           GtkWidget           *empty_row,
                           GtkWidget           *add_row)
{
  RowList *list = g_new0 (RowList, 1);
  g_autoptr(GHashTable) expanded = g_hash_table_new (NULL, NULL);

  list->editor = editor;
  list->group = group;
  list->model = g_object_ref (model);
  list->field = g_strdup (field);
  list->factory = factory;
  list->empty_row = empty_row;
  list->add_row = add_row ? g_object_ref_sink (add_row) : NULL;
  list->rows = g_ptr_array_new ();
  g_object_set_data_full (G_OBJECT (group), "solar-row-list", list, row_list_free);

  add_rows (list, expanded, 0, 0);
  g_signal_connect_object (model, "items-changed", G_CALLBACK (on_items_changed), group, 0);
}
