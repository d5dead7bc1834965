/* solar-export-dialog.c: Export Diagram… — size, colours and layers, then a file
 *
 * A short question first (what size, light or dark, which layers), then the file chooser
 * (the portal's in the Flatpak), whose name's ending picks PNG, SVG or PDF. The picture is
 * drawn by the same renderer as the window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-export-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "solar-alert.h"
#include "solar-export.h"
#include "solar-export-dialog.h"
#include "solar-file-chooser.h"
#include "solar-plan-overlay.h"

typedef struct
{
  SolarDataset  *dataset;
  SolarCampaign *plan;          /* nullable */
  int            sizes[4][2];
  AdwComboRow   *size_row;
  AdwComboRow   *colours_row;
  GtkSwitch     *tunnel_switch;
  GtkSwitch     *latest_switch;
  GtkSwitch     *plan_switch;   /* NULL without a plan */
  GtkWindow     *parent;        /* weak: the window the file chooser is modal to */
  /* What was chosen when Export was pressed: the dialog and its rows are gone by the
   * time a file is. */
  gboolean       answered;
  guint          size;
  gboolean       dark;
  gboolean       tunnel;
  gboolean       latest;
  gboolean       with_plan;
} ExportState;

static void
export_state_free (ExportState *state)
{
  g_clear_weak_pointer (&state->parent);
  g_clear_object (&state->dataset);
  g_clear_object (&state->plan);
  g_free (state);
}

static GtkWidget *
create_switch_row (const char  *title,
                   gboolean     active,
                   GtkSwitch  **out)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_switch_set_active (GTK_SWITCH (toggle), active);
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
  *out = GTK_SWITCH (toggle);
  return row;
}

static GtkWidget *
create_combo_row (const char          *title,
                  const char * const  *choices,
                  AdwComboRow        **out)
{
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (gtk_string_list_new (choices)));
  *out = ADW_COMBO_ROW (row);
  return row;
}

static GtkWidget *
build_options (ExportState       *state,
               gboolean           tunnel,
               SolarOrbitFigures  figures)
{
  g_autofree char *window_size = g_strdup_printf (_("As the Window (%d × %d)"),
                                                  state->sizes[0][0], state->sizes[0][1]);
  const char *sizes[] = { window_size, _("Full HD (1920 × 1080)"), _("4K (3840 × 2160)"),
                          _("Slide (1600 × 900)"), NULL };
  const char *colours[] = { _("Light"), _("Dark"), NULL };
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             create_combo_row (_("Size"), sizes, &state->size_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             create_combo_row (_("Colours"), colours, &state->colours_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             create_switch_row (_("Influencer Tunnel"), tunnel, &state->tunnel_switch));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             create_switch_row (_("Latest Figures"),
                                                figures == SOLAR_ORBIT_FIGURES_LATEST,
                                                &state->latest_switch));
  if (state->plan != NULL)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                               create_switch_row (_("The Plan’s Budget Shares"), TRUE,
                                                  &state->plan_switch));
  return group;
}

static void
read_choices (ExportState *state)
{
  state->size = MIN (adw_combo_row_get_selected (state->size_row), G_N_ELEMENTS (state->sizes) - 1);
  state->dark = adw_combo_row_get_selected (state->colours_row) == 1;
  state->tunnel = gtk_switch_get_active (state->tunnel_switch);
  state->latest = gtk_switch_get_active (state->latest_switch);
  state->with_plan = state->plan_switch != NULL && gtk_switch_get_active (state->plan_switch);
}

/**
 * solar_export_dialog_export_to:
 *
 * Writes the picture the dialog describes to @file: what its Export response does once
 * a file is chosen.
 */
gboolean
solar_export_dialog_export_to (GtkWidget  *dialog,
                               GFile      *file,
                               GError    **error)
{
  ExportState *state = g_object_get_data (G_OBJECT (dialog), "export-state");
  g_autoptr(SolarPlanOverlay) overlay = NULL;
  g_autofree char *path = g_file_get_path (file);
  SolarExportOptions options = { 0, };

  if (!state->answered)
    read_choices (state);
  options.width = state->sizes[state->size][0];
  options.height = state->sizes[state->size][1];
  options.dark = state->dark;
  options.tunnel = state->tunnel;
  options.figures = state->latest ? SOLAR_ORBIT_FIGURES_LATEST : SOLAR_ORBIT_FIGURES_REPORT;
  if (state->with_plan)
    options.plan = overlay = solar_plan_overlay_new (state->dataset, state->plan);
  return solar_export_orbit (state->dataset, path, &options, error);
}

static void
on_file_chosen (GObject      *parent,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GtkWidget) dialog = user_data;   /* the reference on_response took */
  g_autoptr(GFile) file = solar_file_chooser_finish (result, NULL);
  g_autoptr(GError) error = NULL;

  if (file == NULL)
    return;
  if (!solar_export_dialog_export_to (dialog, file, &error))
    {
      GtkWidget *message = solar_alert_new (_("Could Not Export the Diagram"), error->message);

      solar_alert_add_responses (message, "close", _("_Close"), NULL);
      solar_alert_present (message, GTK_WIDGET (parent));
    }
  else
    gtk_widget_activate_action (GTK_WIDGET (parent), "win.exported", "s", g_file_peek_path (file));
}

static void
on_response (GtkWidget  *dialog,
             const char *response)
{
  ExportState *state = g_object_get_data (G_OBJECT (dialog), "export-state");
  g_autoptr(GtkFileFilter) filter = NULL;

  if (!g_str_equal (response, "export") || state->parent == NULL)
    return;
  read_choices (state);
  state->answered = TRUE;

  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("PNG, SVG or PDF"));
  gtk_file_filter_add_pattern (filter, "*.png");
  gtk_file_filter_add_pattern (filter, "*.svg");
  gtk_file_filter_add_pattern (filter, "*.pdf");
  /* The dialog (its choices) stays alive after it closes, until the file is chosen. */
  solar_file_chooser_ask (state->parent, SOLAR_FILE_CHOOSER_SAVE, _("Export Diagram"), _("_Export"),
                          filter, _("social-solar-system.png"), on_file_chosen,
                          g_object_ref_sink (dialog));
}

/**
 * solar_export_dialog_new:
 * @plan: (nullable): the plan in front, offered as a layer
 * @tunnel: whether the window shows the influencer tunnel now (the default)
 * @figures: which figures the window's diagram shows now (the default)
 */
GtkWidget *
solar_export_dialog_new (GtkWindow     *parent,
                         SolarDataset  *dataset,
                         SolarCampaign *plan,
                         gboolean       tunnel,
                         SolarOrbitFigures figures,
                         int            window_width,
                         int            window_height)
{
  ExportState *state = g_new0 (ExportState, 1);
  GtkWidget *dialog;

  state->dataset = g_object_ref (dataset);
  state->plan = plan ? g_object_ref (plan) : NULL;
  state->sizes[0][0] = CLAMP (window_width, 200, 20000);
  state->sizes[0][1] = CLAMP (window_height, 200, 20000);
  state->sizes[1][0] = 1920, state->sizes[1][1] = 1080;
  state->sizes[2][0] = 3840, state->sizes[2][1] = 2160;
  state->sizes[3][0] = 1600, state->sizes[3][1] = 900;

  g_set_weak_pointer (&state->parent, parent);
  dialog = solar_alert_new (_("Export Diagram"),
                            _("A PNG for slides, or an SVG or PDF that stays sharp at "
                              "any size; the file's name picks the format"));
  solar_alert_set_extra_child (dialog, build_options (state, tunnel, figures));
  solar_alert_add_responses (dialog,
                             "cancel", _("_Cancel"),
                             "export", _("_Export…"),
                             NULL);
  solar_alert_set_response_appearance (dialog, "export", ADW_RESPONSE_SUGGESTED);
  solar_alert_set_default_response (dialog, "export");
  solar_alert_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "export-state", state,
                          (GDestroyNotify)export_state_free);
  g_signal_connect (dialog, "response", G_CALLBACK (on_response), NULL);
  return dialog;
}
