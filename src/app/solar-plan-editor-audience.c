/* solar-plan-editor-audience.c: who the campaign is for: gender focus, city tiers, creator
 * segments and tribes
 *
 * The tiers, segments and tribes are lists of ids in the plan; the form offers each known id
 * as a row to tick, so nobody types an id. An id the dataset does not know (a file from a
 * newer dataset) gets a row too, ticked, so it can be seen and unticked.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-plan-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "solar-plan-editor-private.h"


/* One list of ids of the plan and the rows that tick them. */
typedef struct
{
  SolarCampaign *campaign;
  const char    *property;     /* static: "city-tiers", "segments" or "tribes" */
  GPtrArray     *checks;       /* the check buttons, each with its data "id" */
} Choices;

static void
choices_free (gpointer data)
{
  Choices *choices = data;

  g_clear_object (&choices->campaign);
  g_clear_pointer (&choices->checks, g_ptr_array_unref);
  g_free (choices);
}

static GStrv
dup_ids (Choices *choices)
{
  GStrv ids = NULL;

  g_object_get (choices->campaign, choices->property, &ids, NULL);
  return ids ? ids : g_new0 (char *, 1);
}

/* Ticking adds the id at the end and unticking removes it; the others keep their order. */
static void
on_toggled (GtkCheckButton *check,
            Choices        *choices)
{
  const char *id = g_object_get_data (G_OBJECT (check), "id");
  gboolean active = gtk_check_button_get_active (check);
  g_auto(GStrv) ids = dup_ids (choices);
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) new_ids = NULL;

  if (active == g_strv_contains ((const char * const *)ids, id))
    return;

  builder = g_strv_builder_new ();
  for (guint i = 0; ids[i] != NULL; i++)
    if (!g_str_equal (ids[i], id))
      g_strv_builder_add (builder, ids[i]);
  if (active)
    g_strv_builder_add (builder, id);
  new_ids = g_strv_builder_end (builder);
  g_object_set (choices->campaign, choices->property, new_ids, NULL);
}

static const char *
describe_choice (GtkWidget *check)
{
  GtkWidget *row = gtk_widget_get_ancestor (check, ADW_TYPE_PREFERENCES_ROW);

  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
}

/* Shows the ticks the plan has, and sums them up on the closed row. */
static void
sync_choices (GtkWidget *expander)
{
  Choices *choices = g_object_get_data (G_OBJECT (expander), "solar-choices");
  g_auto(GStrv) ids = dup_ids (choices);
  g_autoptr(GStrvBuilder) chosen = g_strv_builder_new ();
  g_auto(GStrv) names = NULL;

  for (guint i = 0; i < choices->checks->len; i++)
    {
      GtkWidget *check = g_ptr_array_index (choices->checks, i);
      gboolean active = g_strv_contains ((const char * const *)ids,
                                         g_object_get_data (G_OBJECT (check), "id"));

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active);
      if (active)
        g_strv_builder_add (chosen, describe_choice (check));
    }
  names = g_strv_builder_end (chosen);
  if (names[0] == NULL)
    adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), _("None chosen"));
  else
    {
      g_autofree char *subtitle = g_strjoinv (", ", names);

      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), subtitle);
    }
}

/* The whole row ticks the box, by click or by keyboard. */
static void
add_choice (GtkWidget  *expander,
            const char *id,
            const char *label,
            const char *description)
{
  Choices *choices = g_object_get_data (G_OBJECT (expander), "solar-choices");
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
  if (description != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), description);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (check), "id", g_strdup (id), g_free);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), check);
  /* The row's title names the check button for screen readers, its subtitle describes it;
   * a label of our own as well would make GTK 4.8 say the name twice. */
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  g_object_set_data (G_OBJECT (row), "check", check);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
  g_ptr_array_add (choices->checks, check);
}

static gboolean
has_choice (Choices    *choices,
            const char *id)
{
  for (guint i = 0; i < choices->checks->len; i++)
    if (g_str_equal (g_object_get_data (g_ptr_array_index (choices->checks, i), "id"), id))
      return TRUE;
  return FALSE;
}

static void
add_unknown_choices (GtkWidget *expander)
{
  Choices *choices = g_object_get_data (G_OBJECT (expander), "solar-choices");
  g_auto(GStrv) ids = dup_ids (choices);

  for (guint i = 0; ids[i] != NULL; i++)
    if (!has_choice (choices, ids[i]))
      add_choice (expander, ids[i], ids[i], _("Not known to Social Solar"));
}

/* The check buttons connect once they are all there, so building them changes nothing. */
static void
connect_choices (SolarPlanEditor *editor,
                 GtkWidget       *expander)
{
  Choices *choices = g_object_get_data (G_OBJECT (expander), "solar-choices");
  g_autofree char *signal = g_strconcat ("notify::", choices->property, NULL);

  add_unknown_choices (expander);
  sync_choices (expander);
  for (guint i = 0; i < choices->checks->len; i++)
    g_signal_connect (g_ptr_array_index (choices->checks, i), "toggled", G_CALLBACK (on_toggled), choices);
  g_signal_connect_object (choices->campaign, signal, G_CALLBACK (sync_choices), expander, G_CONNECT_SWAPPED);
}

static GtkWidget *
create_choices_row (SolarPlanEditor *editor,
                    const char      *title,
                    const char      *property,
                    const char      *field)
{
  GtkWidget *expander = adw_expander_row_new ();
  Choices *choices = g_new0 (Choices, 1);

  choices->campaign = g_object_ref (solar_plan_editor_get_campaign (editor));
  choices->property = property;
  choices->checks = g_ptr_array_new ();
  g_object_set_data_full (G_OBJECT (expander), "solar-choices", choices, choices_free);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), title);
  return solar_plan_editor_track (editor, expander, field);
}

static GtkWidget *
create_city_tiers_row (SolarPlanEditor *editor)
{
  GtkWidget *expander = create_choices_row (editor, _("City Tiers"), "city-tiers", "audience.city_tiers");
  const char * const *tiers = solar_city_tier_list ();

  for (guint i = 0; tiers[i] != NULL; i++)
    add_choice (expander, tiers[i], solar_city_tier_get_label (tiers[i]), NULL);
  connect_choices (editor, expander);
  return expander;
}

static GtkWidget *
create_segments_row (SolarPlanEditor *editor)
{
  GtkWidget *expander = create_choices_row (editor, _("Creator Segments"), "segments", "audience.segments");
  GListModel *segments = solar_dataset_get_segments (solar_plan_editor_get_dataset (editor));

  for (guint i = 0; i < g_list_model_get_n_items (segments); i++)
    {
      g_autoptr(SolarSegment) segment = g_list_model_get_item (segments, i);

      add_choice (expander, solar_segment_get_id (segment),
                  solar_text_get (solar_segment_get_name (segment)), NULL);
    }
  connect_choices (editor, expander);
  return expander;
}

static GtkWidget *
create_tribes_row (SolarPlanEditor *editor)
{
  GtkWidget *expander = create_choices_row (editor, _("Tribes and Subcultures"), "tribes", "audience.tribes");
  GListModel *tribes = solar_dataset_get_tribes (solar_plan_editor_get_dataset (editor));

  for (guint i = 0; i < g_list_model_get_n_items (tribes); i++)
    {
      g_autoptr(SolarTribe) tribe = g_list_model_get_item (tribes, i);

      add_choice (expander, solar_tribe_get_id (tribe),
                  solar_text_get (solar_tribe_get_name (tribe)), NULL);
    }
  connect_choices (editor, expander);
  return expander;
}

GtkWidget *
solar_plan_editor_audience_new (SolarPlanEditor *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  AdwPreferencesGroup *audience = ADW_PREFERENCES_GROUP (group);
  GtkWidget *gender = solar_plan_rows_new_choice (_("Gender Focus"), solar_gender_focus_get_labels (),
                                                  solar_plan_editor_get_campaign (self), "gender-focus");

  adw_preferences_group_set_title (audience, _("Audience"));
  adw_preferences_group_set_description (audience, _("Who the campaign is for; choose none to reach everyone"));
  adw_preferences_group_add (audience, solar_plan_editor_track (self, gender, "audience.gender_focus"));
  adw_preferences_group_add (audience, create_city_tiers_row (self));
  adw_preferences_group_add (audience, create_segments_row (self));
  adw_preferences_group_add (audience, create_tribes_row (self));
  return group;
}
