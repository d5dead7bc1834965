/* solar-plan-timeline-page.c: the plan's timeline beside its form, with its zoom
 *
 * A bar with the zoom (Week, Month, Quarter, as linked toggle buttons, the way GNOME
 * Calendar switches its views) over the timeline, which scrolls both ways. A plan with no
 * date yet shows what to add instead of an empty picture. China's key dates come from the
 * app's calendar, read once for every plan (solar_key_dates_get_default()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-plan-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "solar-accessible.h"
#include "solar-plan-timeline-page.h"

struct _SolarPlanTimelinePage
{
  AdwBin             parent_instance;
  SolarTimelineView *view;
  GtkStack          *stack;
  GtkToggleButton   *zoom_buttons[3];
};

G_DEFINE_FINAL_TYPE (SolarPlanTimelinePage, solar_plan_timeline_page, ADW_TYPE_BIN)

static void
on_empty_changed (SolarPlanTimelinePage *self)
{
  gtk_stack_set_visible_child_name (self->stack, solar_timeline_view_is_empty (self->view)
                                                   ? "empty" : "timeline");
}

static void
on_zoom_toggled (GtkToggleButton       *button,
                 SolarPlanTimelinePage *self)
{
  if (!gtk_toggle_button_get_active (button))
    return;
  for (guint i = 0; i < G_N_ELEMENTS (self->zoom_buttons); i++)
    if (self->zoom_buttons[i] == button)
      solar_timeline_view_set_zoom (self->view, (SolarTimelineZoom)i);
}

static GtkWidget *
create_zoom_bar (SolarPlanTimelinePage *self)
{
  /* TRANSLATORS: the timeline's zoom: a week, a month or a quarter across a hand's width */
  const char *labels[] = { N_("_Week"), N_("_Month"), N_("_Quarter") };
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *linked = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *label = gtk_label_new (_("Zoom"));

  gtk_widget_add_css_class (linked, "linked");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_start (bar, 12);
  gtk_widget_set_margin_end (bar, 12);
  gtk_widget_set_margin_top (bar, 6);
  gtk_widget_set_margin_bottom (bar, 6);
  gtk_box_append (GTK_BOX (bar), label);
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      GtkWidget *button = gtk_toggle_button_new_with_mnemonic (_(labels[i]));

      self->zoom_buttons[i] = GTK_TOGGLE_BUTTON (button);
      if (i > 0)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), self->zoom_buttons[0]);
      g_signal_connect (button, "toggled", G_CALLBACK (on_zoom_toggled), self);
      gtk_box_append (GTK_BOX (linked), button);
    }
  gtk_accessible_update_relation (GTK_ACCESSIBLE (linked), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  label, NULL, -1);
  gtk_box_append (GTK_BOX (bar), linked);
  /* GTK 4.8 would name them "_Week Week". */
  solar_accessible_name_buttons (linked);
  return bar;
}

GtkWidget *
solar_plan_timeline_page_new (SolarDocument *document,
                              SolarDataset  *dataset)
{
  SolarPlanTimelinePage *self = g_object_new (SOLAR_TYPE_PLAN_TIMELINE_PAGE, NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *empty = adw_status_page_new ();

  self->view = SOLAR_TIMELINE_VIEW (solar_timeline_view_new (dataset,
                                                             solar_key_dates_get_default (NULL),
                                                             solar_document_get_campaign (document),
                                                             solar_document_get_history (document)));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->view));
  /* Lane titles kept in sight when scrolled sideways; the plan's start shown first. */
  solar_timeline_view_set_hadjustment (self->view, gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scrolled)));
  gtk_widget_set_vexpand (scrolled, TRUE);

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "x-office-calendar-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Dates Yet"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("Give the plan a start and end date, or date its "
                                     "milestones, to see it in time beside China's key dates."));

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_add_named (self->stack, scrolled, "timeline");
  gtk_stack_add_named (self->stack, empty, "empty");

  gtk_box_append (GTK_BOX (box), create_zoom_bar (self));
  gtk_box_append (GTK_BOX (box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->stack));
  adw_bin_set_child (ADW_BIN (self), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Plan timeline"), -1);

  gtk_toggle_button_set_active (self->zoom_buttons[solar_timeline_view_get_zoom (self->view)], TRUE);
  g_signal_connect_object (self->view, "notify::empty", G_CALLBACK (on_empty_changed), self,
                           G_CONNECT_SWAPPED);
  /* The timeline is laid out only while shown: on showing, it says whether it is empty. */
  g_signal_connect (self, "map", G_CALLBACK (on_empty_changed), NULL);
  on_empty_changed (self);
  return GTK_WIDGET (self);
}

SolarTimelineView *
solar_plan_timeline_page_get_view (SolarPlanTimelinePage *self)
{
  g_return_val_if_fail (SOLAR_IS_PLAN_TIMELINE_PAGE (self), NULL);
  return self->view;
}

static void
solar_plan_timeline_page_class_init (SolarPlanTimelinePageClass *klass)
{
}

static void
solar_plan_timeline_page_init (SolarPlanTimelinePage *self)
{
}
