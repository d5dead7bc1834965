/* solar-window-plans.c: the window's side of the plans: its page, menu and commands
 *
 * The plans themselves live in a SolarPlansArea (tabs, open, save, close, restore): this
 * file puts it on the window's "plans" page when first needed, hands it the window's
 * commands, and follows the plan in front (the actions, the subtitle, the diagram's
 * overlay). Every command is a "win." action with a keyboard shortcut (Ctrl+N, O, S,
 * Shift+S, W), so the menu, the shortcuts window and the keys agree.
 *
 * Undo and redo (Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y) take back the plan in front's changes
 * through its SolarPlanHistory. Their keys are application accelerators, which GTK handles
 * before the focused widget: a text field's own undo would otherwise answer Ctrl+Z with
 * only its own typing, hiding the plan's history.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-window-plans"

#include "config.h"

#include <glib/gi18n.h>

#include "solar-campaign-io.h"
#include "solar-file-chooser.h"
#include "solar-plan-editor.h"
#include "solar-platform-plan.h"
#include "solar-table-cell.h"
#include "solar-window-private.h"

#define PLAN_SUFFIX   ".campaign.json"
#define MAX_RECENT    8

/* Returns: (transfer none) (nullable): the plan in the selected tab */
SolarDocument *
solar_window_plans_get_current_document (SolarWindow *self)
{
  return self->plans_area != NULL ? solar_plans_area_get_document (self->plans_area) : NULL;
}

/**
 * solar_window_plans_get_title:
 *
 * Returns: what the window's subtitle says on the plans page: the plan in front
 */
const char *
solar_window_plans_get_title (SolarWindow *self)
{
  return self->plans_area != NULL ? solar_plans_area_get_title (self->plans_area) : _("Plans");
}

static void
update_actions (SolarWindow *self)
{
  gboolean have_plan = solar_window_plans_get_current_document (self) != NULL;
  /* A tab whose plan is still being read can be shown and closed, not saved. */
  gboolean have_tab = self->plans_area != NULL && !solar_plans_area_is_empty (self->plans_area);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-plan", have_plan);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-plan-as", have_plan);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.close-plan", have_tab);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-plans", have_tab);
  solar_window_brief_update_actions (self);
}

static SolarPlanHistory *
get_current_history (SolarWindow *self)
{
  SolarDocument *document = solar_window_plans_get_current_document (self);

  return document != NULL ? solar_document_get_history (document) : NULL;
}

static gboolean
menu_item_says (GMenuModel *menu,
                int         index,
                const char *label)
{
  g_autofree char *current = NULL;

  return index < g_menu_model_get_n_items (menu) &&
         g_menu_model_get_item_attribute (menu, index, G_MENU_ATTRIBUTE_LABEL, "s", &current) &&
         g_strcmp0 (current, label) == 0;
}

/* The Undo and Redo items say what they would do, and work only on the plans page: taking
 * back a change the user cannot see would be a surprise. */
void
solar_window_plans_update_undo (SolarWindow *self)
{
  SolarPlanHistory *history = get_current_history (self);
  gboolean shown = history != NULL && g_strcmp0 (self->here.page, "plans") == 0;
  const char *undo_name = shown ? solar_plan_history_get_undo_name (history) : NULL;
  const char *redo_name = shown ? solar_plan_history_get_redo_name (history) : NULL;
  g_autofree char *undo_label = NULL;
  g_autofree char *redo_label = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 shown && solar_plan_history_get_can_undo (history));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 shown && solar_plan_history_get_can_redo (history));
  if (self->edit_section == NULL)
    return;
  /* "Undo Remove 12 KOLs": the step's name is ours, never the user's text. */
  /* Translators: %s is what undo takes back, such as "Remove 12 KOLs" */
  undo_label = undo_name != NULL ? g_strdup_printf (_("_Undo %s"), undo_name) : g_strdup (_("_Undo"));
  /* Translators: %s is what redo does again, such as "Remove 12 KOLs" */
  redo_label = redo_name != NULL ? g_strdup_printf (_("_Redo %s"), redo_name) : g_strdup (_("_Redo"));
  /* Called on each of the history's notifications, several a step: the menu is exported
   * over D-Bus, so it is only rebuilt when what it says changes. */
  if (menu_item_says (G_MENU_MODEL (self->edit_section), 0, undo_label) &&
      menu_item_says (G_MENU_MODEL (self->edit_section), 1, redo_label))
    return;
  g_menu_remove_all (self->edit_section);
  g_menu_append (self->edit_section, undo_label, "win.undo");
  g_menu_append (self->edit_section, redo_label, "win.redo");
}

static void
on_document_changed (SolarWindow *self)
{
  SolarDocument *document = solar_window_plans_get_current_document (self);

  /* The window is going: its tabs go with it, and there is nowhere to go back to (the
   * pages of its history may be finalized already). */
  if (gtk_widget_in_destruction (GTK_WIDGET (self)))
    return;
  update_actions (self);
  g_signal_group_set_target (self->history_signals, get_current_history (self));
  solar_window_plans_update_undo (self);
  /* The diagram shows the plan in front. */
  solar_orbit_view_set_plan (self->orbit_view, document ? solar_document_get_campaign (document) : NULL);
  if (solar_plans_area_is_empty (self->plans_area) && g_strcmp0 (self->here.page, "plans") == 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.back", NULL);
}

static void
on_title_changed (SolarWindow *self)
{
  if (g_strcmp0 (self->here.page, "plans") == 0)
    adw_window_title_set_subtitle (self->window_title, solar_window_plans_get_title (self));
}

static void
on_plan_shown (SolarWindow *self)
{
  solar_window_go_to (self, "plans", NULL);
}

/* Typing in another field, or in the same one after leaving it, is a new step. */
static void
on_focus_moved (SolarWindow *self)
{
  SolarPlanHistory *history = get_current_history (self);

  if (history != NULL)
    solar_plan_history_break (history);
}

/**
 * solar_window_plans_get_area:
 *
 * Creates the plans page (the area with the tabs of open plans) the first time it is
 * needed: start-up pays only for the diagram.
 */
SolarPlansArea *
solar_window_plans_get_area (SolarWindow *self)
{
  if (self->plans_area != NULL)
    return self->plans_area;

  self->plans_area = SOLAR_PLANS_AREA (solar_plans_area_new (self->dataset));
  g_signal_connect_object (self->plans_area, "plan-shown", G_CALLBACK (on_plan_shown), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->plans_area, "notify::document", G_CALLBACK (on_document_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->plans_area, "notify::title", G_CALLBACK (on_title_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::focus-widget", G_CALLBACK (on_focus_moved), NULL);
  self->history_signals = g_signal_group_new (SOLAR_TYPE_PLAN_HISTORY);
  for (guint i = 0; i < 4; i++)
    {
      static const char * const signals[] = {
        "notify::can-undo", "notify::can-redo", "notify::undo-name", "notify::redo-name",
      };

      g_signal_group_connect_object (self->history_signals, signals[i],
                                     G_CALLBACK (solar_window_plans_update_undo), self,
                                     G_CONNECT_SWAPPED);
    }
  gtk_stack_add_titled (self->stack, GTK_WIDGET (self->plans_area), "plans", _("Plans"));
  return self->plans_area;
}

/* Recent plans live in GtkRecentManager, shared with the file chooser and the desktop. */
static void
rebuild_recent_menu (SolarWindow *self)
{
  GtkRecentManager *manager = gtk_recent_manager_get_default ();
  GList *items = gtk_recent_manager_get_items (manager);
  guint shown = 0;

  g_menu_remove_all (self->recent_menu);
  for (GList *l = items; l != NULL && shown < MAX_RECENT; l = l->next)
    {
      const char *uri = gtk_recent_info_get_uri (l->data);
      g_autoptr(GMenuItem) item = NULL;

      if (!g_str_has_suffix (uri, PLAN_SUFFIX) || !gtk_recent_info_exists (l->data))
        continue;
      item = g_menu_item_new (gtk_recent_info_get_display_name (l->data), NULL);
      g_menu_item_set_action_and_target (item, "win.open-recent", "s", uri);
      g_menu_append_item (self->recent_menu, item);
      shown++;
    }
  g_list_free_full (items, (GDestroyNotify)gtk_recent_info_unref);
}

/**
 * solar_window_open_plan:
 *
 * Opens a plan file in a new tab, or shows its tab if it is open already.
 */
void
solar_window_open_plan (SolarWindow *self,
                        GFile       *file)
{
  g_return_if_fail (SOLAR_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));
  solar_plans_area_open (solar_window_plans_get_area (self), file);
}

/**
 * solar_window_offer_restore:
 *
 * Asks whether to restore the unsaved plans a session that did not quit cleanly left, if
 * there are any (see solar-plans-area-restore.c).
 */
void
solar_window_offer_restore (SolarWindow *self,
                            SolarDrafts *drafts)
{
  g_autoptr(GPtrArray) orphans = NULL;

  g_return_if_fail (SOLAR_IS_WINDOW (self));
  g_return_if_fail (SOLAR_IS_DRAFTS (drafts));

  /* Start-up builds no plans page unless there is something to restore. */
  orphans = solar_drafts_list_orphans (drafts);
  if (orphans->len > 0)
    solar_plans_area_offer_restore (solar_window_plans_get_area (self), drafts);
}

/* The window closes only when no plan would lose changes, or the user says to discard. */
gboolean
solar_window_plans_close_request (SolarWindow *self)
{
  return self->plans_area != NULL && solar_plans_area_ask_to_close_all (self->plans_area);
}

static void
new_plan_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SolarWindow *self = SOLAR_WINDOW (widget);

  solar_plans_area_new_plan (solar_window_plans_get_area (self),
                             parameter ? g_variant_get_string (parameter, NULL) : "");
}

static void
on_open_chosen (GObject      *window,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GFile) file = solar_file_chooser_finish (result, NULL);

  if (file != NULL)
    solar_window_open_plan (SOLAR_WINDOW (window), file);
}

static void
open_plan_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SolarWindow *self = SOLAR_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = solar_plans_area_create_filter ();

  solar_file_chooser_ask (GTK_WINDOW (self), SOLAR_FILE_CHOOSER_OPEN, _("Open Plan"), _("_Open"),
                          filter, NULL, on_open_chosen, NULL);
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  solar_window_open_plan (SOLAR_WINDOW (widget), file);
}


/* The user stays where they are picking tactics; the toast offers the way to the plan. */
static void
toast_with_show_plan (SolarWindow *self,
                      const char  *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_button_label (toast, _("_Show Plan"));
  adw_toast_set_action_name (toast, "win.show-plans");
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* The plan in front, or a new one if none: the user stays where they are, picking
 * tactics from this page. */
static SolarDocument *
ensure_document (SolarWindow *self)
{
  g_autofree char *page = NULL;
  g_autofree char *target = NULL;

  if (solar_window_plans_get_current_document (self) != NULL)
    return solar_window_plans_get_current_document (self);
  page = g_strdup (self->here.page ? self->here.page : "diagram");
  target = g_strdup (self->here.target);
  if (!solar_plans_area_new_plan (solar_window_plans_get_area (self), ""))
    return NULL;
  solar_window_go_to (self, page, target);
  return solar_window_plans_get_current_document (self);
}

/* "Add to Plan" on a platform's page: into the plan in front, or a new one if none. */
static void
add_tactic_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  SolarWindow *self = SOLAR_WINDOW (widget);
  SolarItem *item = solar_dataset_find_item (self->dataset, g_variant_get_string (parameter, NULL));
  SolarDocument *document;
  g_autofree char *plan_title = NULL;
  g_autofree char *message = NULL;

  if (item == NULL)
    return;

  if ((document = ensure_document (self)) == NULL)
    return;

  solar_campaign_add_tactic (solar_document_get_campaign (document),
                             solar_item_get_platform_id (item), solar_item_get_id (item));
  plan_title = solar_document_dup_title (document);
  message = g_strdup_printf (_("Added “%s” to “%s”"), solar_text_get (solar_item_get_title (item)),
                             g_str_has_prefix (plan_title, "• ") ? plan_title + strlen ("• ") : plan_title);
  toast_with_show_plan (self, message);
}

/* "Add to Plan" in the diagram's menu: the platform joins the plan, tactics come later. */
static void
add_platform_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SolarWindow *self = SOLAR_WINDOW (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  SolarPlatform *platform = solar_dataset_find_platform (self->dataset, id);
  SolarDocument *document;
  SolarCampaign *campaign;
  g_autofree char *message = NULL;
  g_autofree char *plan_title = NULL;

  if (platform == NULL)
    return;
  if ((document = ensure_document (self)) == NULL)
    return;

  campaign = solar_document_get_campaign (document);
  if (solar_campaign_find_platform (campaign, id) == NULL)
    {
      g_autoptr(SolarPlatformPlan) plan = solar_platform_plan_new (id);

      solar_campaign_add_platform (campaign, plan);
    }
  plan_title = solar_document_dup_title (document);
  message = g_strdup_printf (_("Added %s to “%s”"), solar_text_get (solar_platform_get_name (platform)),
                             g_str_has_prefix (plan_title, "• ") ? plan_title + strlen ("• ") : plan_title);
  toast_with_show_plan (self, message);
}

static void
show_plans_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  SolarWindow *self = SOLAR_WINDOW (widget);
  SolarPlanEditor *editor;

  solar_window_go_to (self, "plans", NULL);
  /* From "Show Plan": a plan without a name yet wants one first. */
  if (self->plans_area != NULL && (editor = solar_plans_area_get_editor (self->plans_area)) != NULL &&
      *solar_campaign_get_name (solar_document_get_campaign (solar_plan_editor_get_document (editor))) == '\0')
    solar_plan_editor_focus_name (editor);
}

static void
add_templates_to_menu (SolarWindow *self,
                       GMenu       *section)
{
  g_auto(GStrv) ids = solar_campaign_list_templates ();

  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autoptr(SolarCampaign) campaign = solar_campaign_new_from_template (ids[i], NULL);
      g_autoptr(GMenuItem) item = NULL;

      if (campaign == NULL)
        continue;
      item = g_menu_item_new (solar_campaign_get_name (campaign), NULL);
      g_menu_item_set_action_and_target (item, "win.new-plan", "s", ids[i]);
      g_menu_append_item (section, item);
    }
}

/* Called when the menu is first built: the templates and recent plans in the primary menu. */
void
solar_window_plans_fill_menu (SolarWindow *self,
                              GMenu       *templates_section,
                              GMenu       *recent_submenu)
{
  add_templates_to_menu (self, templates_section);
  solar_window_plans_update_undo (self);
  self->recent_menu = g_object_ref (recent_submenu);
  rebuild_recent_menu (self);
  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (rebuild_recent_menu), self, G_CONNECT_SWAPPED);
  update_actions (self);
}

void
solar_window_plans_dispose (SolarWindow *self)
{
  g_clear_object (&self->recent_menu);
  g_clear_object (&self->history_signals);
}

/* A table cell being typed in holds text the plan has not had yet: Ctrl+Z there takes that
 * typing back, as in a spreadsheet, and redo first drops it. (Left to commit when its row
 * goes away mid-undo, it would become a change the history never saw.) */
static gboolean
drop_cell_edit (SolarWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  GtkWidget *cell = focus != NULL ? gtk_widget_get_ancestor (focus, SOLAR_TYPE_TABLE_CELL) : NULL;

  if (cell == NULL || !solar_table_cell_get_editing (SOLAR_TABLE_CELL (cell)))
    return FALSE;
  solar_table_cell_stop_editing (SOLAR_TABLE_CELL (cell), FALSE);
  return TRUE;
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SolarPlanHistory *history = get_current_history (SOLAR_WINDOW (widget));

  if (drop_cell_edit (SOLAR_WINDOW (widget)))
    return;
  if (history != NULL)
    solar_plan_history_undo (history);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SolarPlanHistory *history = get_current_history (SOLAR_WINDOW (widget));

  drop_cell_edit (SOLAR_WINDOW (widget));
  if (history != NULL)
    solar_plan_history_redo (history);
}

static void
save_plan_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SolarWindow *self = SOLAR_WINDOW (widget);

  if (self->plans_area != NULL)
    solar_plans_area_save (self->plans_area);
}

static void
save_plan_as_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SolarWindow *self = SOLAR_WINDOW (widget);

  if (self->plans_area != NULL)
    solar_plans_area_save_as (self->plans_area);
}

static void
close_plan_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  SolarWindow *self = SOLAR_WINDOW (widget);

  if (self->plans_area != NULL)
    solar_plans_area_close (self->plans_area);
}

void
solar_window_plans_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.new-plan", "s", new_plan_action);
  gtk_widget_class_install_action (widget_class, "win.open-plan", NULL, open_plan_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.add-tactic", "s", add_tactic_action);
  gtk_widget_class_install_action (widget_class, "win.add-platform", "s", add_platform_action);
  gtk_widget_class_install_action (widget_class, "win.show-plans", NULL, show_plans_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new-plan", "s", "");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open-plan", NULL);
  /* The way back to the open plans from any page, once the toast that offered it is gone. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.show-plans", NULL);
  gtk_widget_class_install_action (widget_class, "win.save-plan", NULL, save_plan_action);
  gtk_widget_class_install_action (widget_class, "win.save-plan-as", NULL, save_plan_as_action);
  gtk_widget_class_install_action (widget_class, "win.close-plan", NULL, close_plan_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save-plan", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.save-plan-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "win.close-plan", NULL);
  /* Their keys are the application's (solar-application.c): see the top of this file. */
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
}
