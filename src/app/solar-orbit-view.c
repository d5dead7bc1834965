/* solar-orbit-view.c: the interactive social solar system diagram
 *
 * The picture is drawn by the one renderer in src/core; on top of each platform sits a
 * transparent button, placed by SolarOrbitLayout, that gives the body keyboard focus, a
 * tooltip and an accessible name. Only one body button is in the Tab chain at a time (a
 * "roving tab stop"): Tab enters and leaves the diagram, arrow keys move inside it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-orbit-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "solar-accessible.h"
#include "solar-orbit-layout.h"
#include "solar-orbit-view-private.h"
#include "solar-campaign.h"
#include "solar-plan-overlay.h"
#include "solar-render.h"

struct _SolarOrbitView
{
  GtkWidget     parent_instance;
  SolarDataset *dataset;
  SolarOrbit   *orbit;
  GPtrArray    *buttons;        /* a button per body, by body position (platforms first) */
  int           hovered;        /* body positions, or -1 */
  int           focused;
  guint         tab_stop;       /* body position of the one focusable button */
  gboolean      show_tunnel;    /* kept here too: it may be set before the dataset */
  SolarOrbitFigures figures;    /* likewise */
  SolarCampaign *plan;          /* drawn over the diagram; NULL for none */
  SolarPlanOverlay *overlay;    /* computed from the plan; NULL without one */
  guint         n_frames;
};

G_DEFINE_FINAL_TYPE (SolarOrbitView, solar_orbit_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATASET,
  PROP_SHOW_TUNNEL,
  PROP_LATEST_FIGURES,
  N_PROPS
};

enum {
  PLATFORM_ACTIVATED,
  LANDSCAPE_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

GtkWidget *
solar_orbit_view_new (void)
{
  return g_object_new (SOLAR_TYPE_ORBIT_VIEW, NULL);
}

static void
set_highlight (SolarOrbitView *self,
               int            *slot,
               int             position)
{
  if (*slot == position)
    return;
  *slot = position;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static char *
dup_tooltip (SolarPlatform *platform,
             const char    *size)
{
  GListModel *figures = solar_platform_get_figures (platform);
  const SolarText *name = solar_platform_get_name (platform);
  GString *text = g_string_new (NULL);
  g_autofree char *title = g_markup_printf_escaped ("<b>%s %s</b>", name->en,
                                                    name->zh ? name->zh : "");
  const SolarAudience *audience;

  g_string_append (text, title);
  g_string_append_printf (text, "\n%s", solar_tier_to_string (solar_platform_get_tier (platform)));
  if (size != NULL)
    {
      /* Translators: in a body's tooltip, what its size stands for in the latest figures */
      g_autofree char *line = g_markup_printf_escaped (_("\nSized by: %s"), size);

      g_string_append (text, line);
    }

  for (guint i = 0; i < g_list_model_get_n_items (figures); i++)
    {
      g_autoptr(SolarFigure) figure = g_list_model_get_item (figures, i);
      g_autofree char *value = solar_figure_format_value (figure);
      g_autofree char *line = g_markup_printf_escaped ("\n%s: %s",
                                                       solar_text_get (solar_figure_get_label (figure)),
                                                       value);
      g_string_append (text, line);
    }

  if ((audience = solar_platform_get_audience (platform)) != NULL)
    for (guint i = 0; i < audience->split->len; i++)
      {
        SolarShare *share = g_ptr_array_index (audience->split, i);
        g_autofree char *value = solar_format_quantity (share->share, SOLAR_UNIT_PERCENT);
        g_autofree char *line = g_markup_printf_escaped ("\n%s: %s",
                                                         solar_text_get (share->label), value);
        g_string_append (text, line);
      }

  return g_string_free (text, FALSE);
}

static void
set_tab_stop (SolarOrbitView *self,
              guint           index)
{
  for (guint i = 0; i < self->buttons->len; i++)
    gtk_widget_set_focusable (g_ptr_array_index (self->buttons, i), i == index);
  self->tab_stop = index;
}

static void
on_button_clicked (SolarOrbitView *self,
                   GtkButton      *button)
{
  const SolarBody *body;
  guint position;

  if (!g_ptr_array_find (self->buttons, button, &position))
    g_assert_not_reached ();
  /* Activated by a screen reader or a click without focus: still, Back returns here. */
  set_tab_stop (self, position);
  body = solar_orbit_get_body (self->orbit, position);

  if (body->kind == SOLAR_BODY_PLATFORM)
    {
      g_autoptr(SolarPlatform) platform =
        g_list_model_get_item (solar_dataset_get_platforms (self->dataset), body->index);

      g_signal_emit (self, signals[PLATFORM_ACTIVATED], 0, platform);
    }
  else if (body->kind == SOLAR_BODY_TRIBE)
    {
      g_autoptr(SolarTribe) tribe =
        g_list_model_get_item (solar_dataset_get_tribes (self->dataset), body->index);
      g_autofree char *target = g_strdup_printf ("tribe:%s", solar_tribe_get_id (tribe));

      g_signal_emit (self, signals[LANDSCAPE_ACTIVATED], 0, target);
    }
  else
    g_signal_emit (self, signals[LANDSCAPE_ACTIVATED], 0, "");
}

static void
on_button_focus_enter (GtkEventControllerFocus *controller,
                       SolarOrbitView          *self)
{
  GtkWidget *button = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  guint index;

  if (!g_ptr_array_find (self->buttons, button, &index))
    return;
  set_tab_stop (self, index);
  set_highlight (self, &self->focused, index);
}

static void
on_button_focus_leave (GtkEventControllerFocus *controller,
                       SolarOrbitView          *self)
{
  set_highlight (self, &self->focused, -1);
}

static char *
dup_tribe_accessible_name (SolarOrbitView *self,
                           SolarTribe     *tribe)
{
  GListModel *platforms = solar_dataset_get_platforms (self->dataset);
  const GArray *links = solar_tribe_get_platform_indices (tribe);
  const SolarText *name = solar_tribe_get_name (tribe);
  GString *text = g_string_new (name->en);

  if (name->zh != NULL)
    g_string_append_printf (text, " %s", name->zh);
  g_string_append_printf (text, ", %s, ", solar_tribe_get_kind (tribe) == SOLAR_TRIBE_SUBCULTURE
                                          ? _("subculture") : _("interest tribe"));
  /* Translators: followed by platform names, e.g. "reached through RED, Douyin" */
  g_string_append (text, _("reached through"));
  for (guint i = 0; i < links->len; i++)
    {
      g_autoptr(SolarPlatform) platform =
        g_list_model_get_item (platforms, g_array_index (links, guint, i));

      g_string_append_printf (text, "%s %s", i ? "," : "",
                              solar_text_get (solar_platform_get_name (platform)));
    }
  return g_string_free (text, FALSE);
}

/* What a body's button is called and what its tooltip says, by the kind of body. */
static void
describe_body (SolarOrbitView   *self,
               guint             position,
               char            **accessible_name,
               char            **tooltip)
{
  const SolarBody *body = solar_orbit_get_body (self->orbit, position);

  if (body->kind == SOLAR_BODY_PLATFORM)
    {
      g_autoptr(SolarPlatform) platform =
        g_list_model_get_item (solar_dataset_get_platforms (self->dataset), body->index);

      /* In the latest view the body's size is not the report's figure: say what it is. */
      if (self->figures == SOLAR_ORBIT_FIGURES_LATEST)
        {
          const SolarText *name = solar_platform_get_name (platform);
          g_autofree char *size = solar_orbit_describe_size (self->orbit, position);

          *accessible_name = g_strdup_printf ("%s%s%s, %s, %s", name->en, name->zh ? " " : "",
                                              name->zh ? name->zh : "",
                                              solar_tier_to_string (solar_platform_get_tier (platform)),
                                              size);
          *tooltip = dup_tooltip (platform, size);
        }
      else
        {
          *accessible_name = solar_platform_dup_accessible_name (platform);
          *tooltip = dup_tooltip (platform, NULL);
        }
    }
  else if (body->kind == SOLAR_BODY_TRIBE)
    {
      g_autoptr(SolarTribe) tribe =
        g_list_model_get_item (solar_dataset_get_tribes (self->dataset), body->index);

      *accessible_name = dup_tribe_accessible_name (self, tribe);
      *tooltip = g_markup_escape_text (*accessible_name, -1);
    }
  else
    {
      *accessible_name = g_strdup (_("Social China 社交中国: the landscape, creators, trends "
                                     "and tribes"));
      *tooltip = g_markup_escape_text (*accessible_name, -1);
    }
}

static GtkWidget *
create_body_button (SolarOrbitView *self,
                    guint           position)
{
  g_autofree char *accessible_name = NULL;
  g_autofree char *tooltip = NULL;
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GtkWidget *button = gtk_button_new ();

  describe_body (self, position, &accessible_name, &tooltip);
  gtk_widget_add_css_class (button, "orbit-body");
  gtk_widget_set_tooltip_markup (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_name,
                                  -1);
  g_object_set_data (G_OBJECT (button), "body-position", GUINT_TO_POINTER (position));
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (on_button_clicked), self);
  g_signal_connect (focus, "enter", G_CALLBACK (on_button_focus_enter), self);
  g_signal_connect (focus, "leave", G_CALLBACK (on_button_focus_leave), self);
  gtk_widget_add_controller (button, focus);
  gtk_widget_set_parent (button, GTK_WIDGET (self));
  return button;
}

static void
remove_buttons (SolarOrbitView *self)
{
  for (guint i = 0; i < self->buttons->len; i++)
    gtk_widget_unparent (g_ptr_array_index (self->buttons, i));
  g_ptr_array_set_size (self->buttons, 0);
}

static void update_plan_overlay (SolarOrbitView *self);
static void update_text_scale (SolarOrbitView *self);

/* A button per body: the bodies change when the tunnel's tribes come and go. */
static void
rebuild_buttons (SolarOrbitView *self)
{
  gboolean had_focus = self->focused >= 0;

  remove_buttons (self);
  self->hovered = self->focused = -1;
  for (guint i = 0; i < solar_orbit_get_n_bodies (self->orbit); i++)
    g_ptr_array_add (self->buttons, create_body_button (self, i));
  set_tab_stop (self, MIN (self->tab_stop, self->buttons->len - 1));
  if (had_focus)
    gtk_widget_grab_focus (g_ptr_array_index (self->buttons, self->tab_stop));
  update_plan_overlay (self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static void
rebuild (SolarOrbitView *self)
{
  remove_buttons (self);
  g_clear_object (&self->orbit);
  self->hovered = self->focused = -1;
  self->tab_stop = 0;

  if (self->dataset == NULL)
    return;

  self->orbit = solar_orbit_new (self->dataset);
  solar_orbit_set_show_tunnel (self->orbit, self->show_tunnel);
  solar_orbit_set_figures (self->orbit, self->figures);
  update_text_scale (self);
  rebuild_buttons (self);
}

static void
solar_orbit_view_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  SolarOrbitView *self = SOLAR_ORBIT_VIEW (widget);
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  SolarRenderOptions options = { -1, FALSE, NULL };
  SolarRenderStyle style;
  SolarRect areas[SOLAR_RENDER_MAX_INK_AREAS];
  guint n_areas;

  if (self->orbit == NULL || width <= 0 || height <= 0)
    return;

  self->n_frames++;
  solar_render_style_init (&style, adw_style_manager_get_dark (style_manager),
                           adw_style_manager_get_high_contrast (style_manager));
  options.highlighted = self->hovered >= 0 ? self->hovered : self->focused;
  options.plan = self->overlay;

  /* GTK rasterizes every pixel a Cairo node covers and uploads it to the GPU, so the nodes
   * cover only where the diagram leaves ink: in the default window that is about half of
   * it, and the first frame comes that much sooner. GTK hands each node a surface at the
   * monitor's scale, so the drawing stays crisp on HiDPI. */
  n_areas = solar_render_orbit_get_ink_areas (self->orbit, &style, areas);
  for (guint i = 0; i < n_areas; i++)
    {
      cairo_t *cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (areas[i].x, areas[i].y,
                                                                             areas[i].width,
                                                                             areas[i].height));

      solar_render_orbit (cr, self->orbit, &style, &options);
      cairo_destroy (cr);
    }

  for (guint i = 0; i < self->buttons->len; i++)
    gtk_widget_snapshot_child (widget, g_ptr_array_index (self->buttons, i), snapshot);
}

static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           SolarOrbitView           *self)
{
  int position = self->orbit ? solar_orbit_hit_test (self->orbit, x, y) : -1;

  set_highlight (self, &self->hovered, position);
}

static void
on_leave (GtkEventControllerMotion *controller,
          SolarOrbitView           *self)
{
  set_highlight (self, &self->hovered, -1);
}

/**
 * solar_orbit_view_move_focus:
 *
 * Moves keyboard focus to the platform an arrow key points at, as the key handler does.
 *
 * Returns: %TRUE if focus moved
 */
gboolean
solar_orbit_view_move_focus (SolarOrbitView *self,
                             SolarDirection  direction)
{
  int from, to;

  g_return_val_if_fail (SOLAR_IS_ORBIT_VIEW (self), FALSE);

  if (self->orbit == NULL || self->buttons->len == 0)
    return FALSE;

  from = self->tab_stop;
  to = solar_orbit_neighbour (self->orbit, from, direction);
  if (to == from)
    return FALSE;

  set_tab_stop (self, to);
  return gtk_widget_grab_focus (g_ptr_array_index (self->buttons, to));
}

/* The context menu of a platform: open it, or compare it with others. */
static GtkWidget *
popup_menu (SolarOrbitView *self,
            guint           position,
            double          x,
            double          y)
{
  const SolarBody *body = solar_orbit_get_body (self->orbit, position);
  g_autoptr(SolarPlatform) platform = NULL;
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenuItem) open = NULL;
  g_autoptr(GMenuItem) compare = NULL;
  g_autoptr(GMenuItem) add = NULL;
  GtkWidget *popover;
  const char *id;

  if (body->kind != SOLAR_BODY_PLATFORM)
    return NULL;

  platform = g_list_model_get_item (solar_dataset_get_platforms (self->dataset), body->index);
  id = solar_platform_get_id (platform);
  open = g_menu_item_new (_("_Open"), NULL);
  g_menu_item_set_action_and_target (open, "win.open-platform", "s", id);
  compare = g_menu_item_new (_("_Compare With Other Platforms"), NULL);
  g_menu_item_set_action_and_target (compare, "win.compare", "s", id);
  g_menu_append_item (menu, open);
  g_menu_append_item (menu, compare);
  add = g_menu_item_new (_("_Add to Plan"), NULL);
  g_menu_item_set_action_and_target (add, "win.add-platform", "s", id);
  g_menu_append_item (menu, add);

  popover = gtk_popover_menu_new_from_model (G_MENU_MODEL (menu));
  solar_accessible_name_menu_items (GTK_POPOVER (popover));
  gtk_widget_set_parent (popover, GTK_WIDGET (self));
  gtk_popover_set_has_arrow (GTK_POPOVER (popover), TRUE);
  gtk_popover_set_pointing_to (GTK_POPOVER (popover), &(GdkRectangle) { x, y, 1, 1 });
  /* Unparented when closed, so menus do not pile up as children of the view. */
  g_signal_connect (popover, "closed", G_CALLBACK (gtk_widget_unparent), NULL);
  gtk_popover_popup (GTK_POPOVER (popover));
  return popover;
}

/**
 * solar_orbit_view_open_context_menu:
 * @position: a body position
 *
 * Opens the body's context menu, as a right click or the Menu key does.
 *
 * Returns: (transfer none) (nullable): the menu's popover; %NULL for bodies without one
 */
GtkWidget *
solar_orbit_view_open_context_menu (SolarOrbitView *self,
                                    guint           position)
{
  const SolarBody *body;

  g_return_val_if_fail (SOLAR_IS_ORBIT_VIEW (self), NULL);
  g_return_val_if_fail (self->orbit != NULL, NULL);
  g_return_val_if_fail (position < solar_orbit_get_n_bodies (self->orbit), NULL);

  body = solar_orbit_get_body (self->orbit, position);
  return popup_menu (self, position, body->x, body->y);
}

static void
on_secondary_click (GtkGestureClick *gesture,
                    int              n_press,
                    double           x,
                    double           y,
                    SolarOrbitView  *self)
{
  int position = self->orbit ? solar_orbit_hit_test (self->orbit, x, y) : -1;

  if (position < 0)
    return;
  if (popup_menu (self, position, x, y) != NULL)
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                SolarOrbitView        *self)
{
  SolarDirection direction;

  /* Menu, or Shift+F10: the focused body's context menu, as a right click gives. */
  if (keyval == GDK_KEY_Menu || (keyval == GDK_KEY_F10 && (state & GDK_SHIFT_MASK)))
    {
      const SolarBody *body;

      if (self->orbit == NULL || self->tab_stop >= solar_orbit_get_n_bodies (self->orbit))
        return FALSE;
      body = solar_orbit_get_body (self->orbit, self->tab_stop);
      return popup_menu (self, self->tab_stop, body->x, body->y) != NULL;
    }

  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK))
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Left: case GDK_KEY_KP_Left:   direction = SOLAR_DIRECTION_LEFT; break;
    case GDK_KEY_Right: case GDK_KEY_KP_Right: direction = SOLAR_DIRECTION_RIGHT; break;
    case GDK_KEY_Up: case GDK_KEY_KP_Up:       direction = SOLAR_DIRECTION_UP; break;
    case GDK_KEY_Down: case GDK_KEY_KP_Down:   direction = SOLAR_DIRECTION_DOWN; break;
    default:                                   return FALSE;
    }

  solar_orbit_view_move_focus (self, direction);
  return TRUE;
}

static void
on_style_changed (SolarOrbitView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The desktop's text scaling (Settings › Accessibility › Large Text) reaches GTK as the
 * Xft resolution; the diagram's labels follow it like every other text. */
static void
update_text_scale (SolarOrbitView *self)
{
  int dpi = 0;

  if (self->orbit == NULL)
    return;
  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-xft-dpi", &dpi, NULL);
  solar_orbit_set_text_scale (self->orbit, dpi > 0 ? dpi / (96.0 * 1024) : 1.0);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
solar_orbit_view_dispose (GObject *object)
{
  SolarOrbitView *self = (SolarOrbitView *)object;
  GtkWidget *child;

  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_func (self->plan, update_plan_overlay, self);
  g_clear_object (&self->plan);
  remove_buttons (self);
  /* An open context menu. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->orbit);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (solar_orbit_view_parent_class)->dispose (object);
}

static void
solar_orbit_view_finalize (GObject *object)
{
  SolarOrbitView *self = (SolarOrbitView *)object;

  g_clear_pointer (&self->buttons, g_ptr_array_unref);
  g_clear_pointer (&self->overlay, solar_plan_overlay_free);

  G_OBJECT_CLASS (solar_orbit_view_parent_class)->finalize (object);
}

static void
solar_orbit_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SolarOrbitView *self = SOLAR_ORBIT_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;

    case PROP_SHOW_TUNNEL:
      g_value_set_boolean (value, solar_orbit_view_get_show_tunnel (self));
      break;

    case PROP_LATEST_FIGURES:
      g_value_set_boolean (value, self->figures == SOLAR_ORBIT_FIGURES_LATEST);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
solar_orbit_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SolarOrbitView *self = SOLAR_ORBIT_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      solar_orbit_view_set_dataset (self, g_value_get_object (value));
      break;

    case PROP_SHOW_TUNNEL:
      solar_orbit_view_set_show_tunnel (self, g_value_get_boolean (value));
      break;

    case PROP_LATEST_FIGURES:
      solar_orbit_view_set_figures (self, g_value_get_boolean (value) ? SOLAR_ORBIT_FIGURES_LATEST
                                                                      : SOLAR_ORBIT_FIGURES_REPORT);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
solar_orbit_view_class_init (SolarOrbitViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = solar_orbit_view_dispose;
  object_class->finalize = solar_orbit_view_finalize;
  object_class->get_property = solar_orbit_view_get_property;
  object_class->set_property = solar_orbit_view_set_property;

  widget_class->snapshot = solar_orbit_view_snapshot;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL,
                         SOLAR_TYPE_DATASET,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SHOW_TUNNEL] =
    g_param_spec_boolean ("show-tunnel", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* A boolean, not the enum, so that GSettings and a toggle button bind to it as they are. */
  properties[PROP_LATEST_FIGURES] =
    g_param_spec_boolean ("latest-figures", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SolarOrbitView::platform-activated:
   * @platform: the platform whose body was clicked or activated from the keyboard
   */
  signals[PLATFORM_ACTIVATED] =
    g_signal_new ("platform-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, SOLAR_TYPE_PLATFORM);

  /**
   * SolarOrbitView::landscape-activated:
   * @target: where on the landscape page: "" for the centre, "tribe:ID" for a tribe
   */
  signals[LANDSCAPE_ACTIVATED] =
    g_signal_new ("landscape-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_layout_manager_type (widget_class, SOLAR_TYPE_ORBIT_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "orbitview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
solar_orbit_view_init (SolarOrbitView *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkGesture *secondary = gtk_gesture_click_new ();
  AdwStyleManager *style_manager = adw_style_manager_get_default ();

  self->buttons = g_ptr_array_new ();

  self->hovered = self->focused = -1;

  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
  g_signal_connect (motion, "leave", G_CALLBACK (on_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (secondary), GDK_BUTTON_SECONDARY);
  /* Capture: the body buttons would otherwise see the press first. */
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (secondary), GTK_PHASE_CAPTURE);
  g_signal_connect (secondary, "pressed", G_CALLBACK (on_secondary_click), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (secondary));

  g_signal_connect_object (style_manager, "notify::dark",
                           G_CALLBACK (on_style_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (style_manager, "notify::high-contrast",
                           G_CALLBACK (on_style_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_settings_get_default (), "notify::gtk-xft-dpi",
                           G_CALLBACK (update_text_scale), self, G_CONNECT_SWAPPED);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("China's social solar system"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Core platforms on the inner orbit, derivative platforms on "
                                    "the outer orbit. Use the arrow keys to move between "
                                    "platforms and Enter to open one."),
                                  -1);
}

SolarDataset *
solar_orbit_view_get_dataset (SolarOrbitView *self)
{
  g_return_val_if_fail (SOLAR_IS_ORBIT_VIEW (self), NULL);
  return self->dataset;
}

/* A figures pack came or went: the latest view's sizes and names follow at once. */
static void
on_figures_changed (SolarOrbitView *self)
{
  if (self->orbit == NULL)
    return;
  solar_orbit_reload (self->orbit);
  rebuild_buttons (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
solar_orbit_view_set_dataset (SolarOrbitView *self,
                              SolarDataset   *dataset)
{
  g_return_if_fail (SOLAR_IS_ORBIT_VIEW (self));
  g_return_if_fail (dataset == NULL || SOLAR_IS_DATASET (dataset));

  if (self->dataset == dataset)
    return;
  if (self->dataset != NULL)
    g_signal_handlers_disconnect_by_func (self->dataset, on_figures_changed, self);
  g_set_object (&self->dataset, dataset);
  if (dataset != NULL)
    g_signal_connect_object (dataset, "figures-changed", G_CALLBACK (on_figures_changed), self,
                             G_CONNECT_SWAPPED);
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
}

/**
 * solar_orbit_view_get_tab_stop:
 *
 * Returns: (transfer none) (nullable): the body button Tab reaches the diagram on
 */
GtkWidget *
solar_orbit_view_get_tab_stop (SolarOrbitView *self)
{
  g_return_val_if_fail (SOLAR_IS_ORBIT_VIEW (self), NULL);

  if (self->tab_stop >= self->buttons->len)
    return NULL;
  return g_ptr_array_index (self->buttons, self->tab_stop);
}

/**
 * solar_orbit_view_get_body_button_at:
 * @position: a body position in the view's #SolarOrbit
 *
 * Returns: (transfer none): the button over that body
 */
GtkWidget *
solar_orbit_view_get_body_button_at (SolarOrbitView *self,
                                     guint           position)
{
  g_return_val_if_fail (SOLAR_IS_ORBIT_VIEW (self), NULL);
  g_return_val_if_fail (position < self->buttons->len, NULL);
  return g_ptr_array_index (self->buttons, position);
}

gboolean
solar_orbit_view_get_show_tunnel (SolarOrbitView *self)
{
  g_return_val_if_fail (SOLAR_IS_ORBIT_VIEW (self), FALSE);
  return self->show_tunnel;
}

void
solar_orbit_view_set_show_tunnel (SolarOrbitView *self,
                                  gboolean        show_tunnel)
{
  g_return_if_fail (SOLAR_IS_ORBIT_VIEW (self));

  if (self->show_tunnel == !!show_tunnel)
    return;

  self->show_tunnel = !!show_tunnel;
  if (self->orbit != NULL)
    {
      solar_orbit_set_show_tunnel (self->orbit, show_tunnel);
      /* Bodies move and tribes come and go with the tribes' ring. */
      rebuild_buttons (self);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_TUNNEL]);
}

/* What the plan does with each platform, in the drawing and in each body's description. */
static void
update_plan_overlay (SolarOrbitView *self)
{
  g_clear_pointer (&self->overlay, solar_plan_overlay_free);
  if (self->dataset == NULL || self->plan == NULL)
    {
      for (guint i = 0; i < self->buttons->len; i++)
        gtk_accessible_update_property (GTK_ACCESSIBLE (g_ptr_array_index (self->buttons, i)),
                                        GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "",
                                        -1);
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return;
    }

  self->overlay = solar_plan_overlay_new (self->dataset, self->plan);
  for (guint i = 0; i < self->overlay->n_platforms; i++)
    {
      int position = solar_orbit_find_body (self->orbit, SOLAR_BODY_PLATFORM, i);
      g_autofree char *description = NULL;
      double share = self->overlay->shares[i];

      if (position < 0 || (guint)position >= self->buttons->len)
        continue;
      if (self->overlay->used[i])
        /* Translators: the plan's use of a platform, e.g. "In the plan: 35% of the budget" */
        description = g_strdup_printf (_("In the plan: %.0f%% of the budget"), share);
      else
        description = g_strdup (_("Not in the plan"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (g_ptr_array_index (self->buttons, position)),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                      -1);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * solar_orbit_view_set_plan:
 * @plan: (nullable): the plan to draw over the diagram
 *
 * Shows each platform's share of the plan's budget as an arc round its body and dims the
 * platforms the plan does not use; follows the plan as it changes.
 */
void
solar_orbit_view_set_plan (SolarOrbitView *self,
                           SolarCampaign  *plan)
{
  g_return_if_fail (SOLAR_IS_ORBIT_VIEW (self));
  g_return_if_fail (plan == NULL || SOLAR_IS_CAMPAIGN (plan));

  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_func (self->plan, update_plan_overlay, self);
  if (!g_set_object (&self->plan, plan) && plan != NULL)
    return;
  if (plan != NULL)
    g_signal_connect_object (plan, "changed", G_CALLBACK (update_plan_overlay), self,
                             G_CONNECT_SWAPPED);
  update_plan_overlay (self);
}

SolarCampaign *
solar_orbit_view_get_plan (SolarOrbitView *self)
{
  g_return_val_if_fail (SOLAR_IS_ORBIT_VIEW (self), NULL);
  return self->plan;
}

SolarOrbit *
solar_orbit_view_get_orbit (SolarOrbitView *self)
{
  g_return_val_if_fail (SOLAR_IS_ORBIT_VIEW (self), NULL);
  return self->orbit;
}

/**
 * solar_orbit_view_get_body_button:
 *
 * Returns: (transfer none) (nullable): the button of the platform with dataset index
 *   @platform_index, or %NULL where this view does not show it (a platform the report
 *   does not cover, in the report's view)
 */
GtkWidget *
solar_orbit_view_get_body_button (SolarOrbitView *self,
                                  guint           platform_index)
{
  int position;

  g_return_val_if_fail (SOLAR_IS_ORBIT_VIEW (self), NULL);
  g_return_val_if_fail (self->orbit != NULL, NULL);

  position = solar_orbit_find_body (self->orbit, SOLAR_BODY_PLATFORM, platform_index);
  return position >= 0 ? g_ptr_array_index (self->buttons, position) : NULL;
}

SolarOrbitFigures
solar_orbit_view_get_figures (SolarOrbitView *self)
{
  g_return_val_if_fail (SOLAR_IS_ORBIT_VIEW (self), SOLAR_ORBIT_FIGURES_REPORT);
  return self->figures;
}

/**
 * solar_orbit_view_set_figures:
 *
 * Switches between the report's figures and the latest published ones: the bodies, their
 * sizes, what they are called and the legend all follow.
 */
void
solar_orbit_view_set_figures (SolarOrbitView    *self,
                              SolarOrbitFigures  figures)
{
  g_return_if_fail (SOLAR_IS_ORBIT_VIEW (self));

  if (self->figures == figures)
    return;
  self->figures = figures;
  if (self->orbit != NULL)
    {
      solar_orbit_set_figures (self->orbit, figures);
      /* Bodies come and go (platforms the report does not cover) and change their names. */
      rebuild_buttons (self);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LATEST_FIGURES]);
}

guint
solar_orbit_view_get_n_frames (SolarOrbitView *self)
{
  g_return_val_if_fail (SOLAR_IS_ORBIT_VIEW (self), 0);
  return self->n_frames;
}

int
solar_orbit_view_get_highlighted (SolarOrbitView *self)
{
  g_return_val_if_fail (SOLAR_IS_ORBIT_VIEW (self), -1);
  return self->hovered >= 0 ? self->hovered : self->focused;
}
