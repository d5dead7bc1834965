/* solar-plan-choices-row.c: a list of ids of the plan, as rows to tick
 *
 * The city tiers, segments and tribes are lists of ids in the plan; the form offers each
 * known id as a row to tick, so nobody types an id. An id the dataset does not know (a
 * file from a newer dataset) gets a row too, ticked, so it can be seen and unticked. The
 * closed row sums up what is ticked.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-plan-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "solar-plan-choices-row.h"

struct _SolarPlanChoicesRow
{
  AdwExpanderRow  parent_instance;
  GObject        *object;       /* the part of the plan holding the list */
  char           *property;     /* a GStrv property of it */
  GPtrArray      *checks;       /* the check buttons, */
  GPtrArray      *ids;          /* and the id each ticks */
};

G_DEFINE_FINAL_TYPE (SolarPlanChoicesRow, solar_plan_choices_row, ADW_TYPE_EXPANDER_ROW)

static GStrv
dup_ids (SolarPlanChoicesRow *self)
{
  GStrv ids = NULL;

  g_object_get (self->object, self->property, &ids, NULL);
  return ids ? ids : g_new0 (char *, 1);
}

/* Ticking adds the id at the end and unticking removes it; the others keep their order. */
static void
on_toggled (GtkCheckButton      *check,
            SolarPlanChoicesRow *self)
{
  guint index;
  const char *id;
  gboolean active = gtk_check_button_get_active (check);
  g_auto(GStrv) ids = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) new_ids = NULL;

  if (!g_ptr_array_find (self->checks, check, &index))
    return;
  id = g_ptr_array_index (self->ids, index);
  ids = dup_ids (self);
  if (active == g_strv_contains ((const char * const *)ids, id))
    return;

  builder = g_strv_builder_new ();
  for (guint i = 0; ids[i] != NULL; i++)
    if (!g_str_equal (ids[i], id))
      g_strv_builder_add (builder, ids[i]);
  if (active)
    g_strv_builder_add (builder, id);
  new_ids = g_strv_builder_end (builder);
  g_object_set (self->object, self->property, new_ids, NULL);
}

/* Shows the ticks the plan has, and sums them up on the closed row. */
static void
sync_choices (SolarPlanChoicesRow *self)
{
  g_auto(GStrv) ids = dup_ids (self);
  g_autoptr(GStrvBuilder) chosen = g_strv_builder_new ();
  g_auto(GStrv) names = NULL;

  for (guint i = 0; i < self->checks->len; i++)
    {
      GtkWidget *check = g_ptr_array_index (self->checks, i);
      gboolean active = g_strv_contains ((const char * const *)ids, g_ptr_array_index (self->ids, i));

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active);
      if (active)
        g_strv_builder_add (chosen, adw_preferences_row_get_title (
                                      ADW_PREFERENCES_ROW (gtk_widget_get_ancestor (check, ADW_TYPE_PREFERENCES_ROW))));
    }
  names = g_strv_builder_end (chosen);
  if (names[0] == NULL)
    adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), _("None chosen"));
  else
    {
      g_autofree char *subtitle = g_strjoinv (", ", names);

      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle);
    }
}

/**
 * solar_plan_choices_row_add:
 * @description: (nullable): a subtitle
 *
 * Offers @id as a row to tick; the whole row ticks the box, by click or by keyboard.
 * Rows are added before solar_plan_choices_row_bind().
 */
void
solar_plan_choices_row_add (SolarPlanChoicesRow *self,
                            const char          *id,
                            const char          *label,
                            const char          *description)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  g_return_if_fail (SOLAR_IS_PLAN_CHOICES_ROW (self));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
  if (description != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), description);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), check);
  /* The row's title names the check button for screen readers, its subtitle describes it;
   * a label of our own as well would make GTK 4.8 say the name twice. */
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), row);
  g_ptr_array_add (self->checks, check);
  g_ptr_array_add (self->ids, g_strdup (id));
}

/**
 * solar_plan_choices_row_bind:
 * @property: a GStrv property of @object, the ids ticked
 *
 * Ticks the rows of the ids @object has, adds a row for each id not offered, and keeps
 * the ticks and the list in step. The check buttons connect once they are all there, so
 * building them changes nothing.
 */
void
solar_plan_choices_row_bind (SolarPlanChoicesRow *self,
                             GObject             *object,
                             const char          *property)
{
  g_auto(GStrv) ids = NULL;
  g_autofree char *signal = g_strconcat ("notify::", property, NULL);

  g_return_if_fail (SOLAR_IS_PLAN_CHOICES_ROW (self));
  g_return_if_fail (self->object == NULL);

  self->object = g_object_ref (object);
  self->property = g_strdup (property);
  ids = dup_ids (self);
  for (guint i = 0; ids[i] != NULL; i++)
    if (!g_ptr_array_find_with_equal_func (self->ids, ids[i], g_str_equal, NULL))
      solar_plan_choices_row_add (self, ids[i], ids[i], _("Not known to Social Solar"));
  sync_choices (self);
  for (guint i = 0; i < self->checks->len; i++)
    g_signal_connect (g_ptr_array_index (self->checks, i), "toggled", G_CALLBACK (on_toggled), self);
  g_signal_connect_object (object, signal, G_CALLBACK (sync_choices), self, G_CONNECT_SWAPPED);
}

static void
solar_plan_choices_row_dispose (GObject *object)
{
  SolarPlanChoicesRow *self = SOLAR_PLAN_CHOICES_ROW (object);

  g_clear_object (&self->object);

  G_OBJECT_CLASS (solar_plan_choices_row_parent_class)->dispose (object);
}

static void
solar_plan_choices_row_finalize (GObject *object)
{
  SolarPlanChoicesRow *self = SOLAR_PLAN_CHOICES_ROW (object);

  g_free (self->property);
  g_ptr_array_unref (self->checks);
  g_ptr_array_unref (self->ids);

  G_OBJECT_CLASS (solar_plan_choices_row_parent_class)->finalize (object);
}

static void
solar_plan_choices_row_class_init (SolarPlanChoicesRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = solar_plan_choices_row_dispose;
  object_class->finalize = solar_plan_choices_row_finalize;
}

static void
solar_plan_choices_row_init (SolarPlanChoicesRow *self)
{
  self->checks = g_ptr_array_new ();
  self->ids = g_ptr_array_new_with_free_func (g_free);
}
