/* solar-plan-rows.c: the kinds of row the plan form is made of
 *
 * Each row is bound to one property of a part of the plan (both ways), so the form never
 * holds a copy. The sections make their rows here, or declare them in their templates and
 * bind them here.
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

void
solar_plan_rows_bind_entry (AdwEntryRow *row,
                            gpointer     object,
                            const char  *property)
{
  g_object_bind_property (object, property, row, "text",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
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
static GtkWidget *
new_spin_button (double      step,
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

/* Puts a spin button bound to @property at the end of @row, named @label for screen
 * readers; returns it. */
GtkWidget *
solar_plan_rows_add_spin (AdwActionRow *row,
                          const char   *label,
                          double        step,
                          gpointer      object,
                          const char   *property)
{
  GtkWidget *spin = new_spin_button (step, object, property);

  adw_action_row_add_suffix (row, spin);
  adw_action_row_set_activatable_widget (row, spin);
  solar_plan_rows_set_label (spin, label);
  return spin;
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
void
solar_plan_rows_bind_choice (AdwComboRow        *row,
                             const char * const *labels,
                             gpointer            object,
                             const char         *property)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);

  for (guint i = 0; labels[i] != NULL; i++)
    gtk_string_list_append (model, _(labels[i]));
  adw_combo_row_set_model (row, G_LIST_MODEL (model));
  /* The list follows the order of the enum, so the position is the value. */
  g_object_bind_property_full (object, property, row, "selected",
                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                               enum_to_position, position_to_enum, NULL, NULL);
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
