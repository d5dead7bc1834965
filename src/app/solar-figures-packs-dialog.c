/* solar-figures-packs-dialog.c: the figures packs installed, importing and removing them
 *
 * The list is the pack folder's own list model (solar-pack-folder.c), so it shows what the
 * folder holds after an import, a removal or an undo without being told. A pack that could
 * not be read at start-up is listed with its reason and can be removed like any other.
 * Importing reads the file with the dataset's own reader: a refused pack changes nothing,
 * and the dialog says exactly what is wrong and where.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-figures-packs-dialog"

#include "config.h"

/* Remove buttons go on expander rows with add_suffix where libadwaita has it (1.4, which
 * deprecated add_action): lift the ceiling here, and keep the newer call in a version check. */
#undef ADW_VERSION_MAX_ALLOWED

#include <glib/gi18n.h>

#include "solar-alert.h"
#include "solar-figures-packs-dialog.h"
#include "solar-file-chooser.h"

struct _SolarFiguresPacksDialog
{
  AdwWindow        parent_instance;
  SolarPackFolder *folder;
  GCancellable    *cancellable;   /* reading the file picked to import */
  AdwToastOverlay *toast_overlay;
  GtkListBox      *list;
};

G_DEFINE_FINAL_TYPE (SolarFiguresPacksDialog, solar_figures_packs_dialog, ADW_TYPE_WINDOW)

static void
add_end_widget (GtkWidget *row,
                GtkWidget *widget)
{
  if (ADW_IS_ACTION_ROW (row))
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), widget);
  else
    {
#if ADW_CHECK_VERSION (1, 4, 0)
      adw_expander_row_add_suffix (ADW_EXPANDER_ROW (row), widget);
#else
      adw_expander_row_add_action (ADW_EXPANDER_ROW (row), widget);
#endif
    }
}

/* A message or a source the user may want to copy (libadwaita 1.3 and later). */
static void
set_subtitle (AdwActionRow *row,
              const char   *subtitle)
{
  adw_action_row_set_subtitle (row, subtitle);
#if ADW_CHECK_VERSION (1, 3, 0)
  adw_action_row_set_subtitle_selectable (row, TRUE);
#endif
}

static void
show_error (SolarFiguresPacksDialog *self,
            const char              *heading,
            const char              *message)
{
  solar_alert_show_error (GTK_WIDGET (self), heading, message);
}

static void
on_undo_remove (AdwToast         *toast,
                SolarFiguresPack *pack)
{
  SolarFiguresPacksDialog *self = g_object_get_data (G_OBJECT (toast), "dialog");
  g_autoptr(GError) error = NULL;

  if (!solar_pack_folder_restore (self->folder, pack, &error))
    {
      g_autofree char *heading = g_strdup_printf (_("Could Not Put Back “%s”"),
                                                  solar_figures_pack_get_file_name (pack));

      show_error (self, heading, error->message);
    }
}

static char *
dup_pack_name (SolarFiguresPack *pack)
{
  const SolarText *title = solar_figures_pack_get_title (pack);

  return g_strdup (title != NULL ? solar_text_get (title) : solar_figures_pack_get_file_name (pack));
}

/* Removed at once, file and figures, with Undo in the toast: the pack keeps what its file
 * held, so putting it back needs nothing from the user. */
static void
on_remove_clicked (GtkButton        *button,
                   SolarFiguresPack *pack)
{
  SolarFiguresPacksDialog *self = SOLAR_FIGURES_PACKS_DIALOG (gtk_widget_get_root (GTK_WIDGET (button)));
  g_autofree char *name = dup_pack_name (pack);
  g_autofree char *title = NULL;
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  /* The row, and this button, go with the pack. */
  g_object_ref (pack);
  if (!solar_pack_folder_remove (self->folder, pack, &error))
    {
      g_autofree char *heading = g_strdup_printf (_("Could Not Remove “%s”"), name);

      show_error (self, heading, error->message);
      g_object_unref (pack);
      return;
    }

  /* TRANSLATORS: a toast; the name of the figures pack removed */
  title = g_strdup_printf (_("Removed “%s”"), name);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data (G_OBJECT (toast), "dialog", self);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_remove), pack,
                         (GClosureNotify)(void (*) (void))g_object_unref, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static GtkWidget *
create_remove_button (SolarFiguresPack *pack)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *name = dup_pack_name (pack);
  /* TRANSLATORS: a button's label for screen readers: remove the figures pack named */
  g_autofree char *label = g_strdup_printf (_("Remove “%s”"), name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Remove"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_remove_clicked), pack, 0);
  return button;
}

static GtkWidget *
create_detail_row (const char *title,
                   const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

/* "WeChat · Monthly active users, Weibo · Daily active users" */
static char *
dup_figure_names (SolarFiguresPacksDialog *self,
                  SolarFiguresPack        *pack)
{
  SolarDataset *dataset = solar_pack_folder_get_dataset (self->folder);
  g_auto(GStrv) ids = solar_figures_pack_dup_figure_ids (pack);
  GString *names = g_string_new (NULL);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (ids[i], "/", 2);
      SolarPlatform *platform = solar_dataset_find_platform (dataset, parts[0]);
      SolarFigure *figure = solar_platform_find_figure (platform, parts[1]);

      g_string_append_printf (names, "%s%s · %s", i > 0 ? ", " : "",
                              solar_text_get (solar_platform_get_name (platform)),
                              solar_text_get (solar_figure_get_label (figure)));
    }
  return g_string_free (names, FALSE);
}

static GtkWidget *
create_pack_row (SolarFiguresPacksDialog *self,
                 SolarFiguresPack        *pack)
{
  GtkWidget *row = adw_expander_row_new ();
  guint n = solar_figures_pack_get_n_figures (pack);
  g_autofree char *name = dup_pack_name (pack);
  g_autofree char *figures = dup_figure_names (self, pack);
  g_auto(GStrv) sources = solar_figures_pack_dup_sources (pack);
  /* TRANSLATORS: a figures pack's file name and how many dated figures it adds */
  g_autofree char *subtitle = g_strdup_printf (ngettext ("%s · %u figure", "%s · %u figures", n),
                                               solar_figures_pack_get_file_name (pack), n);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  /* TRANSLATORS: the figures (platform · measure) a figures pack adds later points to */
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), create_detail_row (_("Adds To"), figures));
  for (guint i = 0; sources[i] != NULL; i++)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (row), create_detail_row (_("Source"), sources[i]));
  add_end_widget (row, create_remove_button (pack));
  return row;
}

static GtkWidget *
create_unreadable_row (SolarFiguresPack *pack)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  /* TRANSLATORS: a stored figures pack that could not be read; then the reason */
  g_autofree char *subtitle = g_strdup_printf (_("Not read, so its figures are left out: %s"),
                                               solar_figures_pack_get_error (pack)->message);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), solar_figures_pack_get_file_name (pack));
  set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_add_css_class (icon, "warning");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  add_end_widget (row, create_remove_button (pack));
  return row;
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  SolarFiguresPacksDialog *self = user_data;
  SolarFiguresPack *pack = item;

  if (solar_figures_pack_get_error (pack) != NULL)
    return create_unreadable_row (pack);
  return create_pack_row (self, pack);
}

typedef struct
{
  SolarFiguresPacksDialog *self;
  GFile                   *file;
} Import;

static void
import_free (Import *import)
{
  g_object_unref (import->self);
  g_object_unref (import->file);
  g_free (import);
}

/* A pack of that file name is installed: importing this one replaces it (a newer edition). */
static gboolean
is_installed (SolarFiguresPacksDialog *self,
              const char              *file_name)
{
  GListModel *packs = solar_pack_folder_get_packs (self->folder);

  for (guint i = 0; i < g_list_model_get_n_items (packs); i++)
    {
      g_autoptr(SolarFiguresPack) pack = g_list_model_get_item (packs, i);

      if (g_str_equal (solar_figures_pack_get_file_name (pack), file_name))
        return TRUE;
    }
  return FALSE;
}

static void
install (SolarFiguresPacksDialog *self,
         GFile                   *file,
         GBytes                  *bytes)
{
  g_autofree char *name = solar_pack_folder_name_for (file);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *pack_name = NULL;
  SolarFiguresPack *pack;

  gboolean replacing = is_installed (self, name);

  pack = solar_pack_folder_install (self->folder, bytes, name, &error);
  if (pack == NULL)
    {
      g_autofree char *display = g_file_get_basename (file);
      g_autofree char *heading = g_strdup_printf (_("Could Not Import “%s”"), display);
      g_autofree char *body = g_strdup_printf (_("%s\n\nNothing was changed. Correct the file "
                                                 "where the message says, or ask whoever "
                                                 "made the pack for a corrected one, and "
                                                 "import it again."), error->message);

      show_error (self, heading, body);
      return;
    }

  pack_name = dup_pack_name (pack);
  if (replacing)
    /* TRANSLATORS: a toast: a figures pack imported in place of one of the same file name */
    title = g_strdup_printf (_("Updated “%s”"), pack_name);
  else
    /* TRANSLATORS: a toast; the name of the figures pack imported */
    title = g_strdup_printf (_("Imported “%s”"), pack_name);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

static void
on_loaded (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  Import *import = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  char *contents;
  gsize length;

  if (g_file_load_contents_finish (G_FILE (object), result, &contents, &length, NULL, &error))
    {
      bytes = g_bytes_new_take (contents, length);
      install (import->self, import->file, bytes);
    }
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_autofree char *display = g_file_get_basename (import->file);
      g_autofree char *heading = g_strdup_printf (_("Could Not Import “%s”"), display);

      show_error (import->self, heading, error->message);
    }
  import_free (import);
}

/**
 * solar_figures_packs_dialog_import_file:
 * @file: a figures pack
 *
 * What Import… does with the file picked: reads it, checks it against the dataset and, if
 * it is good, installs it; if not, says why in an alert.
 */
void
solar_figures_packs_dialog_import_file (SolarFiguresPacksDialog *self,
                                        GFile                   *file)
{
  Import *import;

  g_return_if_fail (SOLAR_IS_FIGURES_PACKS_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  import = g_new0 (Import, 1);
  import->self = g_object_ref (self);
  import->file = g_object_ref (file);
  g_file_load_contents_async (file, self->cancellable, on_loaded, import);
}

static void
on_chosen (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(SolarFiguresPacksDialog) self = user_data;
  g_autoptr(GFile) file = solar_file_chooser_finish (result, NULL);

  if (file != NULL)
    solar_figures_packs_dialog_import_file (self, file);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Figures packs (JSON)"));
  gtk_file_filter_add_pattern (filter, "*.json");
  gtk_file_filter_add_mime_type (filter, "application/json");
  solar_file_chooser_ask (GTK_WINDOW (widget), SOLAR_FILE_CHOOSER_OPEN,
                          _("Import Figures Pack"), _("_Import"), filter, NULL,
                          on_chosen, g_object_ref (widget));
}

static void
solar_figures_packs_dialog_dispose (GObject *object)
{
  SolarFiguresPacksDialog *self = (SolarFiguresPacksDialog *)object;

  g_cancellable_cancel (self->cancellable);
  /* The folder outlives the dialog: its changes must not reach rows being torn down. */
  if (self->list != NULL)
    gtk_list_box_bind_model (self->list, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SOLAR_TYPE_FIGURES_PACKS_DIALOG);
  g_clear_object (&self->folder);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (solar_figures_packs_dialog_parent_class)->dispose (object);
}

static void
solar_figures_packs_dialog_class_init (SolarFiguresPacksDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = solar_figures_packs_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/socialsolar/SocialSolar/ui/solar-figures-packs-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SolarFiguresPacksDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SolarFiguresPacksDialog, list);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_install_action (widget_class, "packs.import", NULL, import_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "packs.import", NULL);
}

static void
solar_figures_packs_dialog_init (SolarFiguresPacksDialog *self)
{
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();

  placeholder = gtk_label_new (_("No packs installed. Import one to add later figures."));
  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 18);
  gtk_widget_set_margin_bottom (placeholder, 18);
  gtk_widget_set_margin_start (placeholder, 12);
  gtk_widget_set_margin_end (placeholder, 12);
  gtk_list_box_set_placeholder (self->list, placeholder);
}

/**
 * solar_figures_packs_dialog_present:
 *
 * Returns: (transfer none): the dialog, shown over @parent
 */
SolarFiguresPacksDialog *
solar_figures_packs_dialog_present (GtkWindow       *parent,
                                    SolarPackFolder *folder)
{
  SolarFiguresPacksDialog *self;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (SOLAR_IS_PACK_FOLDER (folder), NULL);

  self = g_object_new (SOLAR_TYPE_FIGURES_PACKS_DIALOG, "transient-for", parent, NULL);
  self->folder = g_object_ref (folder);
  gtk_list_box_bind_model (self->list, solar_pack_folder_get_packs (folder), create_row, self, NULL);
  gtk_window_present (GTK_WINDOW (self));
  return self;
}
