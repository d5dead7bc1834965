/* solar-application.c: start-up, the dataset every window shares, app-wide actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-application"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "solar-application.h"
#include "solar-accessible.h"
#include "solar-about.h"
#include "solar-cli.h"
#include "solar-drafts.h"
#include "solar-figures-packs-dialog.h"
#include "solar-orbit.h"
#include "solar-window.h"

struct _SolarApplication
{
  AdwApplication  parent_instance;
  SolarDataset   *dataset;
  SolarDrafts    *drafts;
  SolarPackFolder *pack_folder;
  guint           offered_restore : 1;
  guint           told_unreadable_packs : 1;
};

G_DEFINE_FINAL_TYPE (SolarApplication, solar_application, ADW_TYPE_APPLICATION)

SolarApplication *
solar_application_new (void)
{
  return g_object_new (SOLAR_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/socialsolar/SocialSolar",
                       NULL);
}

SolarDataset *
solar_application_get_dataset (SolarApplication *self)
{
  g_return_val_if_fail (SOLAR_IS_APPLICATION (self), NULL);
  return self->dataset;
}

/**
 * solar_application_get_drafts:
 *
 * Returns: (transfer none): where unsaved plans are kept against a crash
 */
SolarDrafts *
solar_application_get_drafts (SolarApplication *self)
{
  g_return_val_if_fail (SOLAR_IS_APPLICATION (self), NULL);

  if (self->drafts == NULL)
    {
      g_autofree char *directory = solar_drafts_dup_default_directory ();

      self->drafts = solar_drafts_new (directory);
    }
  return self->drafts;
}

/**
 * solar_application_get_pack_folder:
 *
 * Returns: (transfer none): the figures packs installed, merged into the dataset
 */
SolarPackFolder *
solar_application_get_pack_folder (SolarApplication *self)
{
  g_return_val_if_fail (SOLAR_IS_APPLICATION (self), NULL);
  return self->pack_folder;
}

typedef struct
{
  SolarDataset    *dataset;
  SolarPackFolder *pack_folder;
  PangoFontMap    *font_map;
  GError          *error;
} Loaded;

static gpointer
load_thread (gpointer data)
{
  Loaded *loaded = data;
  g_autoptr(SolarOrbit) orbit = NULL;

  loaded->dataset = solar_dataset_load_default (&loaded->error);
  if (loaded->dataset == NULL)
    return NULL;

  /* The user's figures packs, before the diagram is laid out with the latest figures and
   * before anyone watches the dataset. A pack that cannot be read is only listed. */
  {
    g_autoptr(GFile) directory = solar_pack_folder_dup_default_directory ();

    loaded->pack_folder = solar_pack_folder_new (loaded->dataset, directory);
    solar_pack_folder_load (loaded->pack_folder);
  }

  /* Laying the diagram out finds, opens and measures the fonts its labels need (the
   * Chinese ones are large) while the main thread is busy starting GTK; the thread's font
   * map keeps them, and it is handed over when the thread ends. The size is the default
   * window's, near enough for the same font sizes. Drawing it once here as well, to have
   * the glyphs rasterized, measured slower: on two cores it competes with GTK's start. */
  orbit = solar_orbit_new (loaded->dataset);
  solar_orbit_allocate (orbit, 1000, 700);
  loaded->font_map = g_object_ref (pango_cairo_font_map_get_default ());
  return NULL;
}

static void
solar_application_startup (GApplication *application)
{
  SolarApplication *self = SOLAR_APPLICATION (application);
  Loaded loaded = { NULL, NULL, NULL, NULL };
  GThread *loader;

  /* Parsing and checking the dataset and opening the diagram's fonts take tens of
   * milliseconds; do it while GTK and libadwaita start up, which they do on this thread. */
  loader = g_thread_new ("solar-dataset", load_thread, &loaded);

  G_APPLICATION_CLASS (solar_application_parent_class)->startup (application);
  solar_accessible_install ();

  g_thread_join (loader);
  /* The dataset is compiled in, so failing here means a broken build, not bad user input;
   * say which file and member broke so the report that reaches us is useful. */
  if (loaded.dataset == NULL)
    {
      g_printerr ("social-solar: the built-in dataset is invalid: %s\n"
                  "This is a bug in this build of Social Solar; please report it.\n",
                  loaded.error->message);
      exit (EXIT_FAILURE);
    }
  self->dataset = loaded.dataset;
  self->pack_folder = loaded.pack_folder;

  /* Pango's default font map is one per thread, and the loader's is the one that knows
   * the diagram's fonts. The loader has ended, so from now on only this thread uses it:
   * it becomes this thread's default, for the diagram and the widgets alike. */
  pango_cairo_font_map_set_default (PANGO_CAIRO_FONT_MAP (loaded.font_map));
  g_object_unref (loaded.font_map);
}

/* A stored pack that could not be read adds nothing: said once, in the first window, with
 * the way to the list that says why. */
static void
tell_unreadable_packs (SolarApplication *self,
                       SolarWindow      *window)
{
  guint n = solar_pack_folder_count_unreadable (self->pack_folder);
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (n == 0 || self->told_unreadable_packs)
    return;
  self->told_unreadable_packs = TRUE;
  if (n == 1)
    title = g_strdup (_("A figures pack could not be read: its figures are left out"));
  else
    title = g_strdup_printf (ngettext ("%u figures pack could not be read: their figures are left out",
                                       "%u figures packs could not be read: their figures are left out",
                                       n), n);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Show Why"));
  adw_toast_set_action_name (toast, "app.figures-packs");
  adw_toast_set_timeout (toast, 10);
  solar_window_add_toast (window, toast);
}

/* The first window of the process offers back what a crashed session left unsaved. */
static GtkWindow *
ensure_window (SolarApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    {
      window = GTK_WINDOW (solar_window_new (ADW_APPLICATION (self), self->dataset));
      tell_unreadable_packs (self, SOLAR_WINDOW (window));
    }
  gtk_window_present (window);
  if (!self->offered_restore)
    {
      self->offered_restore = TRUE;
      solar_window_offer_restore (SOLAR_WINDOW (window), solar_application_get_drafts (self));
    }
  return window;
}

static void
solar_application_activate (GApplication *application)
{
  ensure_window (SOLAR_APPLICATION (application));
}

static void
solar_application_shutdown (GApplication *application)
{
  SolarApplication *self = SOLAR_APPLICATION (application);

  /* A clean quit: every plan was saved or its changes discarded, or it keeps its draft. */
  if (self->drafts != NULL)
    solar_drafts_close (self->drafts);

  G_APPLICATION_CLASS (solar_application_parent_class)->shutdown (application);
}

static void
solar_application_open (GApplication  *application,
                        GFile        **files,
                        int            n_files,
                        const char    *hint)
{
  GtkWindow *window = ensure_window (SOLAR_APPLICATION (application));

  /* Each goes through the same checked loader as the Open dialog. */
  for (int i = 0; i < n_files; i++)
    solar_window_open_plan (SOLAR_WINDOW (window), files[i]);
}

/* Runs in the process the user started, before any display is opened, so --version works
 * from a terminal or a script without a session. */
static int
solar_application_handle_local_options (GApplication *application,
                                        GVariantDict *options)
{
  g_autofree const char **paths = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("social-solar %s\n", PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &paths);
  if (g_variant_dict_contains (options, "check"))
    return solar_cli_check (paths);
  if (g_variant_dict_contains (options, "export-orbit"))
    {
      g_autofree char *path = NULL;
      g_autofree char *size = NULL;
      g_autofree char *plan = NULL;

      g_variant_dict_lookup (options, "export-orbit", "^ay", &path);
      g_variant_dict_lookup (options, "size", "s", &size);
      g_variant_dict_lookup (options, "plan", "^ay", &plan);
      return solar_cli_export_orbit (path, size, plan,
                                     g_variant_dict_contains (options, "dark"),
                                     g_variant_dict_contains (options, "tunnel"),
                                     g_variant_dict_contains (options, "latest"));
    }

  if (g_variant_dict_contains (options, "export-timeline"))
    {
      g_autofree char *path = NULL;
      g_autofree char *zoom = NULL;

      g_variant_dict_lookup (options, "export-timeline", "^ay", &path);
      g_variant_dict_lookup (options, "zoom", "s", &zoom);
      return solar_cli_export_timeline (path, zoom, g_variant_dict_contains (options, "dark"),
                                        paths);
    }

  if (g_variant_dict_contains (options, "key-dates"))
    {
      g_autofree char *years = NULL;

      g_variant_dict_lookup (options, "key-dates", "s", &years);
      return solar_cli_key_dates (years);
    }

  if (g_variant_dict_contains (options, "export-brief"))
    {
      g_autofree char *path = NULL;

      g_variant_dict_lookup (options, "export-brief", "^ay", &path);
      return solar_cli_export_brief (path, g_variant_dict_contains (options, "with-key-dates"),
                                     paths);
    }

  /* Plain file arguments: open them in the (possibly already running) app. */
  if (paths != NULL && paths[0] != NULL)
    {
      g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GError) error = NULL;

      for (guint i = 0; paths[i] != NULL; i++)
        g_ptr_array_add (files, g_file_new_for_commandline_arg (paths[i]));
      if (!g_application_register (application, NULL, &error))
        {
          g_printerr ("social-solar: %s\n", error->message);
          return EXIT_FAILURE;
        }
      g_application_open (application, (GFile **)files->pdata, files->len, "");
      return EXIT_SUCCESS;
    }
  return -1;
}

static void
solar_application_dispose (GObject *object)
{
  SolarApplication *self = (SolarApplication *)object;

  g_clear_object (&self->pack_folder);
  g_clear_object (&self->dataset);
  g_clear_object (&self->drafts);

  G_OBJECT_CLASS (solar_application_parent_class)->dispose (object);
}

static void
solar_application_class_init (SolarApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = solar_application_dispose;
  application_class->startup = solar_application_startup;
  application_class->activate = solar_application_activate;
  application_class->shutdown = solar_application_shutdown;
  application_class->open = solar_application_open;
  application_class->handle_local_options = solar_application_handle_local_options;
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  if (window != NULL)
    solar_about_present (window);
}

static void
figures_packs_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  SolarApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window != NULL)
    solar_figures_packs_dialog_present (window, self->pack_folder);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GList *windows = NULL;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (user_data)); l != NULL; l = l->next)
    windows = g_list_prepend (windows, g_object_ref (l->data));
  /* Not g_application_quit(): each window asks about its unsaved plans first, and the
   * app ends when the last one has closed. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
  g_list_free_full (windows, g_object_unref);
}

static void
solar_application_init (SolarApplication *self)
{
  static const GActionEntry actions[] = {
    { "about", about_action },
    { "figures-packs", figures_packs_action },
    { "quit", quit_action },
  };

  g_action_map_add_action_entries (G_ACTION_MAP (self), actions, G_N_ELEMENTS (actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit",
                                         (const char *[]) { "<Control>q", NULL });
  /* GtkApplication would set this itself for a gtk/help-overlay.ui, which is not there on
   * purpose (the window builds the Shortcuts window on first use). */
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.show-help-overlay",
                                         (const char *[]) { "<Control>question", NULL });
  /* Application accelerators, not the window's key bindings: GTK runs these before the
   * focused widget, so a text field's own undo cannot hide the plan's (solar-window-plans.c). */
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.undo",
                                         (const char *[]) { "<Control>z", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.redo",
                                         (const char *[]) { "<Control><Shift>z", "<Control>y", NULL });

  g_application_add_main_option (G_APPLICATION (self), "version", 0, G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_NONE, _("Print the version and exit"), NULL);
  g_application_add_main_option (G_APPLICATION (self), "check", 0, G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_NONE,
                                 _("Check plan files without opening a window: print each "
                                   "problem as FILE:LINE:COL or FILE: $.path, exit 0 if all are "
                                   "valid, 1 if any is not, 2 on a usage error"), NULL);
  g_application_add_main_option (G_APPLICATION (self), "export-orbit", 0, G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_FILENAME,
                                 _("Draw the diagram to FILE (.png, .svg or .pdf) without a window"),
                                 _("FILE"));
  g_application_add_main_option (G_APPLICATION (self), "export-brief", 0, G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_FILENAME,
                                 _("Write a plan's brief (.pdf), budget (.csv) or timeline (.ics) "
                                   "to FILE without a window; name the plan after it"),
                                 _("FILE"));
  g_application_add_main_option (G_APPLICATION (self), "with-key-dates", 0, G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_NONE,
                                 _("With --export-brief FILE.ics: add China's key dates and "
                                   "statutory holidays within the campaign"), NULL);
  g_application_add_main_option (G_APPLICATION (self), "export-timeline", 0, G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_FILENAME,
                                 _("Draw a plan's timeline, with China's key dates, to FILE "
                                   "(.png, .svg or .pdf) without a window; name the plan after it"),
                                 _("FILE"));
  g_application_add_main_option (G_APPLICATION (self), "zoom", 0, G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_STRING,
                                 _("With --export-timeline: week, month or quarter (the finest "
                                   "that fits if not given)"),
                                 _("ZOOM"));
  g_application_add_main_option (G_APPLICATION (self), "key-dates", 0, G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_STRING,
                                 _("Print China's marketing key dates of a year or years "
                                   "(e.g. 2026 or 2026..2027), one a line: date, id, English "
                                   "and Chinese name"),
                                 _("YEAR[..YEAR]"));
  g_application_add_main_option (G_APPLICATION (self), "size", 0, G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_STRING, _("With --export-orbit: the size, e.g. 1920x1080"),
                                 _("WxH"));
  g_application_add_main_option (G_APPLICATION (self), "plan", 0, G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_FILENAME,
                                 _("With --export-orbit: draw this plan's budget shares over the diagram"),
                                 _("PLAN"));
  g_application_add_main_option (G_APPLICATION (self), "dark", 0, G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_NONE, _("With --export-orbit or --export-timeline: dark colours"), NULL);
  g_application_add_main_option (G_APPLICATION (self), "tunnel", 0, G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_NONE,
                                 _("With --export-orbit: show the influencer tunnel"), NULL);
  g_application_add_main_option (G_APPLICATION (self), "latest", 0, G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_NONE,
                                 _("With --export-orbit: size the platforms by their latest "
                                   "published monthly active users, and add those the report "
                                   "does not cover"), NULL);
  /* The plan files: opened, checked with --check, or exported with --export-brief. */
  g_application_add_main_option_entries (G_APPLICATION (self), (const GOptionEntry[]) {
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_("[PLAN.campaign.json…]") },
    { NULL }
  });
}
