/* solar-plan-platforms-section.c: the plan's platforms, a row each
 *
 * A row per platform (solar-platform-plan-row.c), rebuilt when platforms come or go: the
 * indices after a change shift, and the field paths the checks use with them. That only
 * a button or another page does, never typing here, so nobody loses a half-typed field;
 * the rows that were open stay open, and the focus goes to the row that took the removed
 * one's place.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-plan-editor"

#include "config.h"

#include "solar-plan-editor-private.h"
#include "solar-plan-platforms-section.h"
#include "solar-platform-plan-row.h"

struct _SolarPlanPlatformsSection
{
  AdwPreferencesGroup  parent_instance;
  SolarPlanEditor     *editor;      /* not a ref: the editor owns the section */
  GListModel          *platforms;
  GPtrArray           *rows;
  AdwActionRow        *empty_row;
};

static void solar_plan_platforms_section_iface_init (SolarPlanSectionInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SolarPlanPlatformsSection, solar_plan_platforms_section,
                               ADW_TYPE_PREFERENCES_GROUP,
                               G_IMPLEMENT_INTERFACE (SOLAR_TYPE_PLAN_SECTION,
                                                      solar_plan_platforms_section_iface_init))

static gboolean
has_focus_within (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* @expanded: which platforms were open (2) or closed (1); a new one opens. */
static void
add_rows (SolarPlanPlatformsSection *self,
          GHashTable                *expanded)
{
  guint n = g_list_model_get_n_items (self->platforms);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SolarPlatformPlan) plan = g_list_model_get_item (self->platforms, i);
      GtkWidget *row = solar_platform_plan_row_new (self->editor, plan, i);
      int state = expanded != NULL ? GPOINTER_TO_INT (g_hash_table_lookup (expanded, plan)) : 2;

      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), state != 1);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
      g_ptr_array_add (self->rows, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->empty_row), n == 0);
}

static void
on_platforms_changed (SolarPlanPlatformsSection *self,
                      guint                      position,
                      guint                      removed,
                      guint                      added)
{
  g_autoptr(GHashTable) expanded = g_hash_table_new (NULL, NULL);
  gboolean had_focus = has_focus_within (GTK_WIDGET (self));

  for (guint i = 0; i < self->rows->len; i++)
    {
      SolarPlatformPlanRow *row = g_ptr_array_index (self->rows, i);

      g_hash_table_insert (expanded, solar_platform_plan_row_get_plan (row),
                           GINT_TO_POINTER (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)) ? 2 : 1));
      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (row));
    }
  g_ptr_array_set_size (self->rows, 0);
  solar_plan_editor_untrack (self->editor, "platforms[");
  add_rows (self, expanded);

  if (!had_focus || self->rows->len == 0)
    return;
  /* Into the new platform, or the one that took the removed one's place. */
  gtk_widget_child_focus (g_ptr_array_index (self->rows, MIN (position, self->rows->len - 1)),
                          GTK_DIR_TAB_FORWARD);
}

static void
solar_plan_platforms_section_bind (SolarPlanSection *section,
                                   SolarPlanEditor  *editor)
{
  SolarPlanPlatformsSection *self = SOLAR_PLAN_PLATFORMS_SECTION (section);

  self->editor = editor;
  self->platforms = g_object_ref (solar_campaign_get_platforms (solar_plan_editor_get_campaign (editor)));
  add_rows (self, NULL);
  g_signal_connect_object (self->platforms, "items-changed", G_CALLBACK (on_platforms_changed), self,
                           G_CONNECT_SWAPPED);
}

static void
solar_plan_platforms_section_iface_init (SolarPlanSectionInterface *iface)
{
  iface->bind = solar_plan_platforms_section_bind;
}

static void
solar_plan_platforms_section_dispose (GObject *object)
{
  SolarPlanPlatformsSection *self = SOLAR_PLAN_PLATFORMS_SECTION (object);

  g_clear_object (&self->platforms);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (solar_plan_platforms_section_parent_class)->dispose (object);
}

static void
solar_plan_platforms_section_class_init (SolarPlanPlatformsSectionClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = solar_plan_platforms_section_dispose;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/socialsolar/SocialSolar/ui/plan-editor/solar-plan-platforms-section.ui");
  gtk_widget_class_bind_template_child (widget_class, SolarPlanPlatformsSection, empty_row);
}

static void
solar_plan_platforms_section_init (SolarPlanPlatformsSection *self)
{
  self->rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}
