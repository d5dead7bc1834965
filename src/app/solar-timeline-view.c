/* solar-timeline-view.c: a plan's timeline, drawn, focusable and draggable
 *
 * The picture is THE timeline renderer's (src/core/solar-timeline-render.c), the one the
 * export and the brief use. Over each element (the campaign's bar, a milestone, a day's
 * KOL posts, a key date or a holiday) sits a transparent button that gives it keyboard
 * focus, a tooltip and an accessible name, as the diagram's bodies have. One button is in
 * the Tab chain at a time: Tab enters and leaves the timeline, Left and Right walk along
 * time, Home and End go to its ends. Enter on a milestone or a KOL post shows it in the
 * form ("activated"), where it is edited.
 *
 * A milestone can be dragged to another day: the day under the pointer is shown while
 * dragging, and letting go changes the milestone's date once, so one undo puts it back.
 * The plan is laid out again a moment after it changes (typing in the form), not on every
 * keystroke.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-timeline-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "solar-milestone.h"
#include "solar-render.h"
#include "solar-timeline-render.h"
#include "solar-timeline-view.h"

#define UPDATE_DELAY_MS 150

struct _SolarTimelineView
{
  GtkWidget         parent_instance;

  SolarCampaign    *campaign;
  SolarPlanHistory *history;      /* nullable */
  SolarTimeline    *timeline;
  GPtrArray        *buttons;      /* a button per element, in the timeline's order */
  int               focused;      /* element, or -1 */
  int               hovered;
  guint             tab_stop;
  guint             update_source;
  gboolean          stale;        /* the plan changed while the timeline was not shown */
  GtkAdjustment    *hadjustment;  /* of the scrolled window it is in; nullable */
  gboolean          scroll_to_start; /* on showing (and a new zoom): to where the plan starts */
  guint             scroll_tick;
  guint             reveal_source;

  /* A milestone being dragged: which element, and the day under the pointer. */
  int               dragged;
  gboolean          drag_has_day;
  GDate             drag_day;
  double            drag_start_x;
  double            drag_start_y;
};

G_DEFINE_FINAL_TYPE (SolarTimelineView, solar_timeline_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_EMPTY,
  N_PROPS
};

enum {
  ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const SolarTimelineElement *
element_at (SolarTimelineView *self,
            int                index)
{
  if (index < 0 || (guint)index >= solar_timeline_get_n_elements (self->timeline))
    return NULL;
  return solar_timeline_get_element (self->timeline, index);
}

/* Buttons
 * =======
 */

static void
set_tab_stop (SolarTimelineView *self,
              guint              index)
{
  for (guint i = 0; i < self->buttons->len; i++)
    gtk_widget_set_focusable (g_ptr_array_index (self->buttons, i), i == index);
  self->tab_stop = index;
}

static guint
button_index (SolarTimelineView *self,
              GtkWidget         *button)
{
  guint index = 0;

  if (!g_ptr_array_find (self->buttons, button, &index))
    g_return_val_if_reached (0);
  return index;
}

static void
on_button_clicked (SolarTimelineView *self,
                   GtkButton         *button)
{
  guint index = button_index (self, GTK_WIDGET (button));
  const SolarTimelineElement *element = element_at (self, index);

  set_tab_stop (self, index);
  /* A click ends a drag too: the drag's own handler has moved the milestone already. */
  if (element != NULL &&
      (element->kind == SOLAR_TIMELINE_MILESTONE || element->kind == SOLAR_TIMELINE_POSTS))
    g_signal_emit (self, signals[ACTIVATED], 0, element->kind, element->index);
}

/* Where the pinned lane titles end, in the view's coordinates: left of it, nothing of the
 * picture can be pointed at. 0 when the view is not scrolled sideways. */
static double
pinned_edge (SolarTimelineView *self)
{
  double value = self->hadjustment != NULL ? gtk_adjustment_get_value (self->hadjustment) : 0;

  return value > 0 ? value + solar_timeline_get_gutter (self->timeline) : 0;
}

static int
hit_test (SolarTimelineView *self,
          double             x,
          double             y)
{
  return x < pinned_edge (self) ? -1 : solar_timeline_hit_test (self->timeline, x, y);
}

/* An element's button cannot be clicked or hovered through the pinned lane titles. */
static void
update_buttons_under_titles (SolarTimelineView *self)
{
  double edge = pinned_edge (self);

  for (guint i = 0; i < self->buttons->len; i++)
    {
      const SolarTimelineElement *element = solar_timeline_get_element (self->timeline, i);

      gtk_widget_set_can_target (g_ptr_array_index (self->buttons, i),
                                 MIN (element->marker.x, element->label_rect.x) >= edge);
    }
}

/* A Tab or an arrow key onto an element under the lane titles scrolls it out from under
 * them (GTK's viewport would leave it at the very left edge, beneath them). */
static gboolean
reveal_focused_cb (gpointer data)
{
  SolarTimelineView *self = data;
  const SolarTimelineElement *element = element_at (self, self->focused);
  double left;

  self->reveal_source = 0;
  if (element == NULL || self->hadjustment == NULL)
    return G_SOURCE_REMOVE;
  left = MIN (element->marker.x, element->label_rect.x);
  if (left < pinned_edge (self))
    gtk_adjustment_set_value (self->hadjustment,
                              MAX (left - solar_timeline_get_gutter (self->timeline) - 12, 0));
  return G_SOURCE_REMOVE;
}

static void
on_button_focus_enter (GtkEventControllerFocus *controller,
                       SolarTimelineView       *self)
{
  GtkWidget *button = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  guint index = button_index (self, button);

  set_tab_stop (self, index);
  self->focused = index;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  if (self->reveal_source == 0)
    self->reveal_source = g_idle_add (reveal_focused_cb, self);
}

static void
on_button_focus_leave (GtkEventControllerFocus *controller,
                       SolarTimelineView       *self)
{
  self->focused = -1;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Where a key date or holiday comes from, under its note: the reader can check it. */
static char *
dup_tooltip (const SolarTimelineElement *element)
{
  g_autofree char *about = NULL;

  if (element->kind == SOLAR_TIMELINE_KEY_DATE)
    {
      SolarKeyDateDay day = { .date = element->first_day, .key_date = element->key_date,
                              .opening = element->opening };

      about = solar_key_dates_describe_day (&day);
    }
  else if (element->kind == SOLAR_TIMELINE_HOLIDAY)
    about = solar_citation_describe (&element->holiday->source);

  if (about == NULL)
    return g_strdup (element->description);
  return g_strdup_printf ("%s\n%s", element->description, about);
}

static GtkWidget *
create_button (SolarTimelineView          *self,
               const SolarTimelineElement *element)
{
  g_autofree char *tooltip = dup_tooltip (element);
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GtkWidget *button = gtk_button_new ();

  gtk_widget_add_css_class (button, "timeline-element");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, element->description,
                                  -1);
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (on_button_clicked), self);
  g_signal_connect (focus, "enter", G_CALLBACK (on_button_focus_enter), self);
  g_signal_connect (focus, "leave", G_CALLBACK (on_button_focus_leave), self);
  gtk_widget_add_controller (button, focus);
  gtk_widget_set_parent (button, GTK_WIDGET (self));
  return button;
}

static void
remove_buttons (SolarTimelineView *self)
{
  for (guint i = 0; i < self->buttons->len; i++)
    gtk_widget_unparent (g_ptr_array_index (self->buttons, i));
  g_ptr_array_set_size (self->buttons, 0);
}

/* Laying out
 * ==========
 */

/* The desktop's Large Text reaches GTK as the Xft resolution; the timeline follows it. */
static double
font_size (SolarTimelineView *self)
{
  int dpi = 0;

  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-xft-dpi", &dpi, NULL);
  return 13.0 * (dpi > 0 ? dpi / (96.0 * 1024) : 1.0);
}

static void
update (SolarTimelineView *self)
{
  gboolean was_empty = solar_timeline_is_empty (self->timeline);
  const SolarTimelineElement *kept = element_at (self, self->focused >= 0 ? self->focused
                                                                           : (int)self->tab_stop);
  SolarTimelineKind kept_kind = kept != NULL ? kept->kind : SOLAR_TIMELINE_SPAN;
  guint kept_index = kept != NULL ? kept->index : 0;
  GDate kept_day = kept != NULL ? kept->first_day : (GDate) { 0 };
  gboolean had_focus = self->focused >= 0;
  int found = -1;

  g_clear_handle_id (&self->update_source, g_source_remove);
  self->stale = FALSE;
  solar_timeline_set_font_size (self->timeline, font_size (self));
  solar_timeline_update (self->timeline, self->campaign);

  remove_buttons (self);
  self->focused = self->hovered = self->dragged = -1;
  for (guint i = 0; i < solar_timeline_get_n_elements (self->timeline); i++)
    g_ptr_array_add (self->buttons, create_button (self, solar_timeline_get_element (self->timeline, i)));
  update_buttons_under_titles (self);

  /* Focus stays on what it was on (a milestone moved in time keeps it), else nearby. */
  if (kept != NULL)
    {
      if (kept_kind == SOLAR_TIMELINE_MILESTONE || kept_kind == SOLAR_TIMELINE_POSTS ||
          kept_kind == SOLAR_TIMELINE_SPAN)
        found = solar_timeline_find (self->timeline, kept_kind, kept_index);
      for (guint i = 0; found < 0 && i < solar_timeline_get_n_elements (self->timeline); i++)
        if (g_date_valid (&kept_day) &&
            g_date_compare (&solar_timeline_get_element (self->timeline, i)->first_day, &kept_day) >= 0)
          found = i;
    }
  if (self->buttons->len > 0)
    {
      set_tab_stop (self, found >= 0 ? (guint)found : 0);
      if (had_focus)
        gtk_widget_grab_focus (g_ptr_array_index (self->buttons, self->tab_stop));
    }

  gtk_widget_queue_resize (GTK_WIDGET (self));
  if (was_empty != solar_timeline_is_empty (self->timeline))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMPTY]);
}

static gboolean
update_later_cb (gpointer data)
{
  SolarTimelineView *self = data;

  self->update_source = 0;
  update (self);
  return G_SOURCE_REMOVE;
}

/* Laid out again only where it shows: a 1,000-KOL plan edited in the form does not pay
 * for a timeline nobody looks at; it is brought up to date when it is shown. */
static void
on_campaign_changed (SolarTimelineView *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->stale = TRUE;
  else if (self->update_source == 0)
    self->update_source = g_timeout_add (UPDATE_DELAY_MS, update_later_cb, self);
}

/* The day the plan starts: the campaign's first day, else its first milestone's or post's. */
static const SolarTimelineElement *
plan_start (SolarTimelineView *self)
{
  int span = solar_timeline_find (self->timeline, SOLAR_TIMELINE_SPAN, 0);

  if (span >= 0)
    return solar_timeline_get_element (self->timeline, span);
  for (guint i = 0; i < solar_timeline_get_n_elements (self->timeline); i++)
    {
      const SolarTimelineElement *element = solar_timeline_get_element (self->timeline, i);

      if (element->kind == SOLAR_TIMELINE_MILESTONE || element->kind == SOLAR_TIMELINE_POSTS)
        return element;
    }
  return NULL;
}

/* A narrow window first shows the plan, not the weeks of key dates before it: scrolled so
 * its start is just right of the lane titles, with a few days before it in sight. Done at
 * a frame's start once the scrolled window has taken the timeline's width in (before, the
 * adjustment would clamp the value to what it knew). */
static gboolean
scroll_to_start_tick (GtkWidget     *widget,
                      GdkFrameClock *frame_clock,
                      gpointer       data)
{
  SolarTimelineView *self = SOLAR_TIMELINE_VIEW (widget);
  const SolarTimelineElement *start;
  double start_x, value, gutter;

  if (self->hadjustment == NULL || (start = plan_start (self)) == NULL)
    goto done;
  if (gtk_adjustment_get_upper (self->hadjustment) < floor (solar_timeline_get_width (self->timeline)))
    return G_SOURCE_CONTINUE;

  gutter = solar_timeline_get_gutter (self->timeline);
  start_x = solar_timeline_x_for_day (self->timeline, &start->first_day);
  value = gtk_adjustment_get_value (self->hadjustment);
  /* Only if the start is out of sight, or far to the right: a window that shows it stays. */
  if (start_x < value + gutter || start_x > value + gtk_adjustment_get_page_size (self->hadjustment) * 0.5)
    gtk_adjustment_set_value (self->hadjustment,
                              MAX (start_x - gutter - 3 * solar_timeline_get_day_width (self->timeline), 0));
done:
  self->scroll_to_start = FALSE;
  self->scroll_tick = 0;
  return G_SOURCE_REMOVE;
}

static void
queue_scroll_to_start (SolarTimelineView *self)
{
  if (self->scroll_to_start && self->scroll_tick == 0 && gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->scroll_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), scroll_to_start_tick, NULL, NULL);
}

static void
on_hadjustment_value_changed (SolarTimelineView *self)
{
  update_buttons_under_titles (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * solar_timeline_view_set_hadjustment:
 * @hadjustment: (nullable): the horizontal adjustment of the scrolled window the view is in
 *
 * Keeps the lane titles in sight when the view is scrolled sideways, and scrolls to the
 * plan's start when the view is first shown and when the zoom changes.
 */
void
solar_timeline_view_set_hadjustment (SolarTimelineView *self,
                                     GtkAdjustment     *hadjustment)
{
  g_return_if_fail (SOLAR_IS_TIMELINE_VIEW (self));

  if (self->hadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->hadjustment, on_hadjustment_value_changed, self);
  g_set_object (&self->hadjustment, hadjustment);
  if (hadjustment != NULL)
    g_signal_connect_swapped (hadjustment, "value-changed", G_CALLBACK (on_hadjustment_value_changed), self);
}

static void
solar_timeline_view_map (GtkWidget *widget)
{
  SolarTimelineView *self = SOLAR_TIMELINE_VIEW (widget);

  GTK_WIDGET_CLASS (solar_timeline_view_parent_class)->map (widget);
  if (self->stale)
    update (self);
  queue_scroll_to_start (self);
}

static void
solar_timeline_view_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  SolarTimelineView *self = SOLAR_TIMELINE_VIEW (widget);
  double size = orientation == GTK_ORIENTATION_HORIZONTAL
    ? solar_timeline_get_width (self->timeline) : solar_timeline_get_height (self->timeline);

  *minimum = *natural = (int)ceil (size);
}

static void
solar_timeline_view_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  SolarTimelineView *self = SOLAR_TIMELINE_VIEW (widget);

  for (guint i = 0; i < self->buttons->len; i++)
    {
      const SolarTimelineElement *element = solar_timeline_get_element (self->timeline, i);
      GtkWidget *button = g_ptr_array_index (self->buttons, i);
      double left = MIN (element->marker.x, element->label_rect.x);
      double top = MIN (element->marker.y, element->label_rect.y);
      double right = MAX (element->marker.x + element->marker.width,
                          element->label_rect.x + element->label_rect.width);
      double bottom = MAX (element->marker.y + element->marker.height,
                           element->label_rect.y + element->label_rect.height);
      int child_min;

      /* GTK wants every child measured before it is allocated. */
      gtk_widget_measure (button, GTK_ORIENTATION_HORIZONTAL, -1, &child_min, NULL, NULL, NULL);
      gtk_widget_size_allocate (button,
                                &(GtkAllocation) { (int)left, (int)top,
                                                   MAX ((int)ceil (right - left), child_min),
                                                   MAX ((int)ceil (bottom - top), 1) },
                                -1);
    }
}

/* Drawing
 * =======
 */

/* While a milestone is dragged: a line on the day it would move to, and that day. */
static void
draw_drag_guide (SolarTimelineView      *self,
                 cairo_t                *cr,
                 const SolarRenderStyle *style)
{
  double x = solar_timeline_x_for_day (self->timeline, &self->drag_day) +
             solar_timeline_get_day_width (self->timeline) / 2;
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
  char text[64];

  cairo_set_source_rgba (cr, style->highlight.red, style->highlight.green, style->highlight.blue, 1);
  cairo_set_line_width (cr, 2);
  cairo_move_to (cr, x, solar_timeline_get_header_height (self->timeline));
  cairo_line_to (cr, x, solar_timeline_get_height (self->timeline));
  cairo_stroke (cr);
  g_date_strftime (text, sizeof text, "%Y-%m-%d", &self->drag_day);
  pango_layout_set_text (layout, text, -1);
  cairo_move_to (cr, x + 4, solar_timeline_get_header_height (self->timeline) + 2);
  pango_cairo_show_layout (cr, layout);
}

static void
solar_timeline_view_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  SolarTimelineView *self = SOLAR_TIMELINE_VIEW (widget);
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  SolarTimelineRenderOptions options = { self->focused, self->hovered, FALSE, NULL, NULL, 0 };
  double width = solar_timeline_get_width (self->timeline);
  double height = solar_timeline_get_height (self->timeline);
  double visible_x = 0, visible_width = width;
  SolarRenderStyle style;
  cairo_t *cr;

  if (solar_timeline_is_empty (self->timeline) || width <= 0 || height <= 0)
    return;

  solar_render_style_init (&style, adw_style_manager_get_dark (style_manager),
                           adw_style_manager_get_high_contrast (style_manager));
  if (self->hadjustment != NULL)
    {
      /* Only what is in sight is drawn: a year by the week is thousands of pixels wide, and
       * a scroll step draws the picture again (the titles move with it). */
      double left = gtk_adjustment_get_value (self->hadjustment);
      double page = gtk_adjustment_get_page_size (self->hadjustment);

      options.pinned_gutter_x = left;
      if (page > 0)
        {
          visible_x = MAX (floor (left), 0);
          visible_width = MIN (ceil (page) + 1, width - visible_x);
        }
    }
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (visible_x, 0, visible_width, height));
  solar_render_timeline (cr, self->timeline, &style, &options);
  if (self->dragged >= 0 && self->drag_has_day)
    draw_drag_guide (self, cr, &style);
  cairo_destroy (cr);

  for (guint i = 0; i < self->buttons->len; i++)
    gtk_widget_snapshot_child (widget, g_ptr_array_index (self->buttons, i), snapshot);
}

/* Pointer and keys
 * ================
 */

static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           SolarTimelineView        *self)
{
  int hovered = hit_test (self, x, y);

  if (hovered != self->hovered)
    {
      self->hovered = hovered;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
on_leave (GtkEventControllerMotion *controller,
          SolarTimelineView        *self)
{
  self->hovered = -1;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * solar_timeline_view_move_milestone:
 * @milestone: its position in the plan's milestones
 * @day: the day it moves to
 *
 * Changes the milestone's date as one step of the plan's history ("Move Milestone"), as
 * letting go of a drag does.
 *
 * Returns: %TRUE if the date changed
 */
gboolean
solar_timeline_view_move_milestone (SolarTimelineView *self,
                                    guint              milestone,
                                    const GDate       *day)
{
  GListModel *milestones = solar_campaign_get_milestones (self->campaign);
  g_autoptr(SolarMilestone) item = NULL;
  char date[16];

  g_return_val_if_fail (SOLAR_IS_TIMELINE_VIEW (self), FALSE);
  if (milestone >= g_list_model_get_n_items (milestones) || !g_date_valid (day))
    return FALSE;

  item = g_list_model_get_item (milestones, milestone);
  g_date_strftime (date, sizeof date, "%Y-%m-%d", day);
  if (g_str_equal (solar_milestone_get_date (item), date))
    return FALSE;
  if (self->history != NULL)
    {
      /* Not merged with typing before or a drag after: a drag is its own step. */
      solar_plan_history_break (self->history);
      solar_plan_history_begin_step (self->history, _("Move Milestone"));
    }
  solar_milestone_set_date (item, date);
  if (self->history != NULL)
    {
      solar_plan_history_end_step (self->history);
      solar_plan_history_break (self->history);
    }
  /* Laid out now, not later: the dragged diamond must not jump back for a moment. */
  update (self);
  return TRUE;
}

static void
on_drag_begin (GtkGestureDrag    *gesture,
               double             x,
               double             y,
               SolarTimelineView *self)
{
  int hit = hit_test (self, x, y);
  const SolarTimelineElement *element = element_at (self, hit);

  self->dragged = -1;
  if (element == NULL || element->kind != SOLAR_TIMELINE_MILESTONE)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }
  self->dragged = hit;
  self->drag_start_x = x;
  self->drag_start_y = y;
  self->drag_has_day = FALSE;
}

static void
on_drag_update (GtkGestureDrag    *gesture,
                double             offset_x,
                double             offset_y,
                SolarTimelineView *self)
{
  const SolarTimelineElement *element = element_at (self, self->dragged);
  double day_width = solar_timeline_get_day_width (self->timeline);
  double centre;

  if (element == NULL)
    return;
  /* Under half a day's move (or a few pixels), it is a click, not a drag. */
  if (!self->drag_has_day && ABS (offset_x) < MAX (4, day_width / 2))
    return;
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  centre = solar_timeline_x_for_day (self->timeline, &element->first_day) + day_width / 2;
  self->drag_has_day = solar_timeline_day_at_x (self->timeline,
                                                centre + offset_x, &self->drag_day);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_drag_end (GtkGestureDrag    *gesture,
             double             offset_x,
             double             offset_y,
             SolarTimelineView *self)
{
  const SolarTimelineElement *element = element_at (self, self->dragged);
  gboolean moved = element != NULL && self->drag_has_day;
  guint milestone = element != NULL ? element->index : 0;

  self->dragged = -1;
  self->drag_has_day = FALSE;
  if (moved)
    solar_timeline_view_move_milestone (self, milestone, &self->drag_day);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * solar_timeline_view_focus_element:
 *
 * Moves the keyboard focus (and the Tab stop) to element @index, as the arrow keys do.
 *
 * Returns: %TRUE if focus moved there
 */
gboolean
solar_timeline_view_focus_element (SolarTimelineView *self,
                                   int                index)
{
  g_return_val_if_fail (SOLAR_IS_TIMELINE_VIEW (self), FALSE);
  if (index < 0 || (guint)index >= self->buttons->len)
    return FALSE;
  set_tab_stop (self, index);
  return gtk_widget_grab_focus (g_ptr_array_index (self->buttons, index));
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                SolarTimelineView     *self)
{
  int from = self->focused >= 0 ? self->focused : (int)self->tab_stop;

  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK))
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_Left: case GDK_KEY_KP_Left: case GDK_KEY_Up: case GDK_KEY_KP_Up:
      solar_timeline_view_focus_element (self, solar_timeline_step (self->timeline, from, -1));
      return TRUE;
    case GDK_KEY_Right: case GDK_KEY_KP_Right: case GDK_KEY_Down: case GDK_KEY_KP_Down:
      solar_timeline_view_focus_element (self, solar_timeline_step (self->timeline, from, 1));
      return TRUE;
    case GDK_KEY_Home: case GDK_KEY_KP_Home:
      solar_timeline_view_focus_element (self, 0);
      return TRUE;
    case GDK_KEY_End: case GDK_KEY_KP_End:
      solar_timeline_view_focus_element (self, (int)self->buttons->len - 1);
      return TRUE;
    default:
      return FALSE;
    }
}

static void
on_style_changed (SolarTimelineView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The object
 * ==========
 */

static void
solar_timeline_view_dispose (GObject *object)
{
  SolarTimelineView *self = SOLAR_TIMELINE_VIEW (object);

  g_clear_handle_id (&self->update_source, g_source_remove);
  g_clear_handle_id (&self->reveal_source, g_source_remove);
  if (self->scroll_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->scroll_tick);
  self->scroll_tick = 0;
  solar_timeline_view_set_hadjustment (self, NULL);
  if (self->campaign != NULL)
    g_signal_handlers_disconnect_by_func (self->campaign, on_campaign_changed, self);
  remove_buttons (self);
  g_clear_object (&self->campaign);
  g_clear_object (&self->history);
  g_clear_object (&self->timeline);
  G_OBJECT_CLASS (solar_timeline_view_parent_class)->dispose (object);
}

static void
solar_timeline_view_finalize (GObject *object)
{
  SolarTimelineView *self = SOLAR_TIMELINE_VIEW (object);

  g_ptr_array_unref (self->buttons);
  G_OBJECT_CLASS (solar_timeline_view_parent_class)->finalize (object);
}

static void
solar_timeline_view_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  SolarTimelineView *self = SOLAR_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_EMPTY:
      g_value_set_boolean (value, solar_timeline_view_is_empty (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
solar_timeline_view_class_init (SolarTimelineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = solar_timeline_view_dispose;
  object_class->finalize = solar_timeline_view_finalize;
  object_class->get_property = solar_timeline_view_get_property;
  widget_class->measure = solar_timeline_view_measure;
  widget_class->size_allocate = solar_timeline_view_size_allocate;
  widget_class->snapshot = solar_timeline_view_snapshot;
  widget_class->map = solar_timeline_view_map;

  /* Whether the plan has no date to draw: the page then says what to add. */
  properties[PROP_EMPTY] = g_param_spec_boolean ("empty", NULL, NULL, TRUE,
                                                 G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SolarTimelineView::activated:
   * @kind: %SOLAR_TIMELINE_MILESTONE or %SOLAR_TIMELINE_POSTS
   * @index: the milestone, or the first KOL of the posts
   *
   * Enter, a click or a screen reader activated a milestone or a day's posts: show it in
   * the form, to edit it.
   */
  signals[ACTIVATED] = g_signal_new ("activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT, G_TYPE_UINT);

  gtk_widget_class_set_css_name (widget_class, "timelineview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
solar_timeline_view_init (SolarTimelineView *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkGesture *drag = gtk_gesture_drag_new ();
  AdwStyleManager *style_manager = adw_style_manager_get_default ();

  self->buttons = g_ptr_array_new ();
  self->focused = self->hovered = self->dragged = -1;
  self->scroll_to_start = TRUE;

  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
  g_signal_connect (motion, "leave", G_CALLBACK (on_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  /* Capture: the element buttons would otherwise take the press as a click. */
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (drag), GTK_PHASE_CAPTURE);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (on_drag_update), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (on_drag_end), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  g_signal_connect_object (style_manager, "notify::dark", G_CALLBACK (on_style_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (style_manager, "notify::high-contrast", G_CALLBACK (on_style_changed),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_settings_get_default (), "notify::gtk-xft-dpi",
                           G_CALLBACK (on_campaign_changed), self, G_CONNECT_SWAPPED);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Timeline"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("The campaign, its milestones and KOL posts by platform, and "
                                    "China's key dates and holidays. Use the arrow keys to move "
                                    "along time and Enter to edit a milestone."),
                                  -1);
}

/**
 * solar_timeline_view_new:
 * @key_dates: (nullable): the marketing calendar
 * @history: (nullable): the plan's history, so a drag is one step of it
 */
GtkWidget *
solar_timeline_view_new (SolarDataset     *dataset,
                         SolarKeyDates    *key_dates,
                         SolarCampaign    *campaign,
                         SolarPlanHistory *history)
{
  SolarTimelineView *self;

  g_return_val_if_fail (SOLAR_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (SOLAR_IS_CAMPAIGN (campaign), NULL);

  self = g_object_new (SOLAR_TYPE_TIMELINE_VIEW, NULL);
  self->timeline = solar_timeline_new (dataset, key_dates);
  self->campaign = g_object_ref (campaign);
  self->history = history != NULL ? g_object_ref (history) : NULL;
  g_signal_connect_swapped (campaign, "changed", G_CALLBACK (on_campaign_changed), self);
  update (self);
  return GTK_WIDGET (self);
}

SolarTimeline *
solar_timeline_view_get_timeline (SolarTimelineView *self)
{
  g_return_val_if_fail (SOLAR_IS_TIMELINE_VIEW (self), NULL);
  /* What is asked for is what the plan is now, not what it was 150 ms ago. */
  if (self->update_source != 0 || self->stale)
    update (self);
  return self->timeline;
}

gboolean
solar_timeline_view_is_empty (SolarTimelineView *self)
{
  g_return_val_if_fail (SOLAR_IS_TIMELINE_VIEW (self), TRUE);
  /* The page asks when it is shown: the plan may have gained its first date meanwhile. */
  if (self->stale)
    update (self);
  return self->timeline == NULL || solar_timeline_is_empty (self->timeline);
}

SolarTimelineZoom
solar_timeline_view_get_zoom (SolarTimelineView *self)
{
  g_return_val_if_fail (SOLAR_IS_TIMELINE_VIEW (self), SOLAR_TIMELINE_MONTH);
  return solar_timeline_get_zoom (self->timeline);
}

void
solar_timeline_view_set_zoom (SolarTimelineView *self,
                              SolarTimelineZoom  zoom)
{
  g_return_if_fail (SOLAR_IS_TIMELINE_VIEW (self));
  if (zoom == solar_timeline_get_zoom (self->timeline))
    return;
  solar_timeline_set_zoom (self->timeline, zoom);
  update (self);
  self->scroll_to_start = TRUE;
  queue_scroll_to_start (self);
}

/**
 * solar_timeline_view_get_button:
 *
 * Returns: (transfer none) (nullable): the button over timeline element @element
 */
GtkWidget *
solar_timeline_view_get_button (SolarTimelineView *self,
                                guint              element)
{
  g_return_val_if_fail (SOLAR_IS_TIMELINE_VIEW (self), NULL);
  if (self->update_source != 0 || self->stale)
    update (self);
  return element < self->buttons->len ? g_ptr_array_index (self->buttons, element) : NULL;
}
