/* solar-search-page.c: search results, grouped by kind
 *
 * Each result is an activatable row carrying the window action that opens it, so a click,
 * Enter on a row, or Enter in the search entry (which activates the first row) all land in
 * the same place: the page of the hit, scrolled to it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-search-page"

#include "config.h"

#include <glib/gi18n.h>

#include "solar-accessible.h"
#include "solar-search-page.h"

struct _SolarSearchPage
{
  AdwBin     parent_instance;
  GtkStack  *stack;
  GtkBox    *groups;
  GtkWidget *first_row;
  guint      n_results;
};

G_DEFINE_FINAL_TYPE (SolarSearchPage, solar_search_page, ADW_TYPE_BIN)

static void
describe_hit (const SolarHit  *hit,
              const char     **title,
              const char     **subtitle,
              const char     **action,
              char           **target)
{
  switch (hit->kind)
    {
    case SOLAR_HIT_PLATFORM:
      *title = solar_text_get (solar_platform_get_name (SOLAR_PLATFORM (hit->object)));
      *subtitle = solar_text_get (solar_platform_get_positioning (SOLAR_PLATFORM (hit->object)));
      *action = "win.open-platform";
      *target = g_strdup (solar_platform_get_id (SOLAR_PLATFORM (hit->object)));
      break;

    case SOLAR_HIT_FUNCTION:
    case SOLAR_HIT_CONTENT:
    case SOLAR_HIT_OTHER_ITEM:
      *title = solar_text_get (solar_item_get_title (SOLAR_ITEM (hit->object)));
      *subtitle = solar_text_get (solar_platform_get_name (hit->platform));
      *action = "win.open-item";
      *target = g_strdup (solar_item_get_id (SOLAR_ITEM (hit->object)));
      break;

    case SOLAR_HIT_TREND:
      *title = solar_text_get (solar_trend_get_title (SOLAR_TREND (hit->object)));
      *subtitle = _("Gen Z trend");
      *action = "win.open-landscape";
      *target = g_strdup_printf ("trend:%s", solar_trend_get_id (SOLAR_TREND (hit->object)));
      break;

    case SOLAR_HIT_TRIBE:
      *title = solar_text_get (solar_tribe_get_name (SOLAR_TRIBE (hit->object)));
      *subtitle = solar_tribe_get_kind (SOLAR_TRIBE (hit->object)) == SOLAR_TRIBE_SUBCULTURE
                  ? _("Subculture") : _("Interest tribe");
      *action = "win.open-landscape";
      *target = g_strdup_printf ("tribe:%s", solar_tribe_get_id (SOLAR_TRIBE (hit->object)));
      break;

    case SOLAR_HIT_SEGMENT:
      *title = solar_text_get (solar_segment_get_name (SOLAR_SEGMENT (hit->object)));
      *subtitle = _("Content creators");
      *action = "win.open-landscape";
      *target = g_strdup_printf ("segment:%s", solar_segment_get_id (SOLAR_SEGMENT (hit->object)));
      break;

    case SOLAR_N_HIT_KINDS:
    default:
      g_assert_not_reached ();
    }
}

static GtkWidget *
create_hit_row (const SolarHit *hit)
{
  g_autofree char *target = NULL;
  const char *title, *subtitle, *action;
  GtkWidget *row = adw_action_row_new ();

  describe_hit (hit, &title, &subtitle, &action, &target);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), solar_accessible_new_decoration ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", target);
  return row;
}

/**
 * solar_search_page_set_results:
 * @hits: (element-type SolarHit): from solar_search(), grouped by kind
 */
void
solar_search_page_set_results (SolarSearchPage *self,
                               GPtrArray       *hits)
{
  AdwPreferencesGroup *group = NULL;
  SolarHitKind group_kind = SOLAR_N_HIT_KINDS;
  GtkWidget *child;

  g_return_if_fail (SOLAR_IS_SEARCH_PAGE (self));
  g_return_if_fail (hits != NULL);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->groups))) != NULL)
    gtk_box_remove (self->groups, child);
  self->first_row = NULL;
  self->n_results = hits->len;

  for (guint i = 0; i < hits->len; i++)
    {
      const SolarHit *hit = g_ptr_array_index (hits, i);
      GtkWidget *row = create_hit_row (hit);

      if (group == NULL || hit->kind != group_kind)
        {
          group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
          adw_preferences_group_set_title (group, solar_hit_kind_to_string (hit->kind));
          gtk_box_append (self->groups, GTK_WIDGET (group));
          group_kind = hit->kind;
        }
      adw_preferences_group_add (group, row);
      if (self->first_row == NULL)
        self->first_row = row;
    }

  gtk_stack_set_visible_child_name (self->stack, hits->len > 0 ? "results" : "empty");
}

guint
solar_search_page_get_n_results (SolarSearchPage *self)
{
  g_return_val_if_fail (SOLAR_IS_SEARCH_PAGE (self), 0);
  return self->n_results;
}

/* Enter in the search entry opens the best hit. */
gboolean
solar_search_page_activate_first (SolarSearchPage *self)
{
  g_return_val_if_fail (SOLAR_IS_SEARCH_PAGE (self), FALSE);

  if (self->first_row == NULL)
    return FALSE;
  return gtk_widget_activate (self->first_row);
}

static void
solar_search_page_class_init (SolarSearchPageClass *klass)
{
  /* A container: what it holds is named; it is not (GTK 4.8 would call it by its type). */
  gtk_widget_class_set_accessible_role (GTK_WIDGET_CLASS (klass), GTK_ACCESSIBLE_ROLE_GENERIC);
}

static void
solar_search_page_init (SolarSearchPage *self)
{
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *empty = adw_status_page_new ();

  self->groups = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 24));
  g_object_set (self->groups, "margin-top", 24, "margin-bottom", 24, "margin-start", 12,
                "margin-end", 12, NULL);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 760);
  adw_clamp_set_child (ADW_CLAMP (clamp), GTK_WIDGET (self->groups));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "edit-find-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Results Found"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("Try other words, in English or Chinese: a platform, a "
                                     "function, a kind of content, a trend or a tribe"));

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_add_named (self->stack, scroller, "results");
  gtk_stack_add_named (self->stack, empty, "empty");
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->stack));
}
