/* solar-plans-area-save.c: saving plans and closing them, without losing anything
 *
 * Save and Save As write through SolarDocument (atomic, with a backup). When that fails,
 * the plan stays open with its changes and its draft, the old file is untouched, and the
 * user is told in plain words why and offered Save As. When the file was changed by
 * another program since it was opened, the user chooses: reload it (dropping the changes
 * here) or overwrite it. Closing a plan with changes asks Save / Discard / Cancel; closing
 * the window or quitting asks about each such plan in turn, and goes on closing after
 * each answer until Cancel.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-plans-area"

#include "config.h"

#include <glib/gi18n.h>

#include "solar-alert.h"
#include "solar-file-chooser.h"
#include "solar-plans-area-private.h"

typedef struct
{
  SolarPlansArea         *area;
  SolarDocument          *document;
  AdwTabPage             *closing;    /* the tab to close once saved, or NULL */
  GFile                  *file;       /* where to save; NULL for the document's own file */
  SolarDocumentSaveFlags  flags;
} SaveRequest;

static void
save_request_free (SaveRequest *request)
{
  g_clear_object (&request->area);
  g_clear_object (&request->document);
  g_clear_object (&request->closing);
  g_clear_object (&request->file);
  g_free (request);
}

static void
save_request_notify (gpointer  data,
                     GClosure *closure)
{
  save_request_free (data);
}

/* Closing the window goes on: it asks the area again, which asks about the next plan. */
static gboolean
close_window_idle (gpointer data)
{
  GtkRoot *root = gtk_widget_get_root (data);

  if (GTK_IS_WINDOW (root))
    gtk_window_close (GTK_WINDOW (root));
  return G_SOURCE_REMOVE;
}

/* The user chose to let the tab go (saved, discarded, or nothing to lose). */
static void
finish_close (SolarPlansArea *self,
              AdwTabPage     *page,
              gboolean        confirmed)
{
  SolarDrafts *drafts = solar_plans_area_get_drafts (self);

  if (confirmed && drafts != NULL && solar_plans_area_page_document (page) != NULL)
    solar_drafts_forget (drafts, solar_plans_area_page_document (page));
  adw_tab_view_close_page_finish (self->tab_view, page, confirmed);
  if (!confirmed)
    self->closing_all = FALSE;
  else if (self->closing_all)
    /* Closing the window: on to the next plan with changes, or close; once the tab view
     * is done with this page. */
    g_idle_add_full (G_PRIORITY_DEFAULT, close_window_idle, g_object_ref (self), g_object_unref);
}

static void save_as (SolarPlansArea *self, SolarDocument *document, AdwTabPage *closing);
static void save_request_start (SaveRequest *request);

/* What went wrong, in words a planner can act on; GIO's own message follows it. */
static const char *
explain_save_error (const GError *error)
{
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
    return _("You may not write to this file or folder. Save the plan somewhere else with Save As.");
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_READ_ONLY))
    return _("The disk or folder is read-only. Save the plan somewhere else with Save As.");
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE))
    return _("The disk is full. Free some space and save again, or save the plan somewhere else.");
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    return _("The folder is gone (moved, deleted, or a disk was removed). Save the plan somewhere else with Save As.");
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANT_CREATE_BACKUP))
    return _("The copy of the previous version could not be made, so nothing was written. Save the plan somewhere else with Save As.");
  return _("The plan could not be written. Save it somewhere else with Save As.");
}

static void
on_save_failed_response (GtkWidget   *alert,
                         const char  *response,
                         SaveRequest *request)
{
  if (g_str_equal (response, "save-as"))
    save_as (request->area, request->document, request->closing);
  else if (request->closing != NULL)
    finish_close (request->area, request->closing, FALSE);
}

static void
show_save_failed (SaveRequest  *request,
                  const GError *error)
{
  g_autofree char *title = solar_document_dup_title (request->document);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  heading = g_strdup_printf (_("Could Not Save “%s”"), g_str_has_prefix (title, "• ") ? title + strlen ("• ") : title);
  /* TRANSLATORS: the first %s says what went wrong and what to do, the second is the
   * system's own message */
  body = g_strdup_printf (_("%s The file on disk is as it was, and your changes are still "
                            "here.\n\n%s"), explain_save_error (error), error->message);
  dialog = solar_alert_new (heading, body);
  solar_alert_add_responses (dialog,
                             "close", _("_Close"),
                             "save-as", _("Save _As…"),
                             NULL);
  solar_alert_set_response_appearance (dialog, "save-as", ADW_RESPONSE_SUGGESTED);
  solar_alert_set_default_response (dialog, "save-as");
  solar_alert_set_close_response (dialog, "close");
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_save_failed_response), request,
                         save_request_notify, 0);
  solar_alert_present (dialog, GTK_WIDGET (request->area));
}

static void
on_changed_on_disk_response (GtkWidget   *alert,
                             const char  *response,
                             SaveRequest *request)
{
  if (g_str_equal (response, "overwrite"))
    {
      SaveRequest *again = g_new0 (SaveRequest, 1);

      again->area = g_object_ref (request->area);
      again->document = g_object_ref (request->document);
      again->closing = request->closing ? g_object_ref (request->closing) : NULL;
      again->file = request->file ? g_object_ref (request->file) : NULL;
      again->flags = request->flags | SOLAR_DOCUMENT_SAVE_OVERWRITE;
      save_request_start (again);
    }
  else if (g_str_equal (response, "reload"))
    {
      if (request->closing != NULL)
        finish_close (request->area, request->closing, FALSE);
      solar_plans_area_reload (request->area, request->document);
    }
  else if (request->closing != NULL)
    finish_close (request->area, request->closing, FALSE);
}

static void
show_changed_on_disk (SaveRequest *request)
{
  GFile *file = solar_document_get_file (request->document);
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *heading = g_strdup_printf (_("“%s” Changed on Disk"), name);
  GtkWidget *dialog;

  dialog = solar_alert_new (heading,
                            _("Another program or person changed the file after you "
                              "opened it. Reload it to see their version (your "
                              "unsaved changes here are then lost), or overwrite it "
                              "with yours (theirs is then lost, apart from the backup "
                              "copy ending in ~)."));
  solar_alert_add_responses (dialog,
                             "cancel", _("_Cancel"),
                             "reload", _("_Reload"),
                             "overwrite", _("_Overwrite"),
                             NULL);
  solar_alert_set_response_appearance (dialog, "overwrite", ADW_RESPONSE_DESTRUCTIVE);
  solar_alert_set_default_response (dialog, "cancel");
  solar_alert_set_close_response (dialog, "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_changed_on_disk_response), request,
                         save_request_notify, 0);
  solar_alert_present (dialog, GTK_WIDGET (request->area));
}

static void
save_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  SolarDocument *document = SOLAR_DOCUMENT (object);
  SaveRequest *request = user_data;
  SolarPlansArea *self = request->area;
  g_autoptr(GError) error = NULL;

  if (!solar_document_save_finish (document, result, &error))
    {
      /* The dialogs own the request from here. */
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG))
        show_changed_on_disk (request);
      else
        show_save_failed (request, error);
      return;
    }

  {
    g_autofree char *title = solar_document_dup_title (document);
    g_autofree char *message = g_strdup_printf (_("Saved “%s”"), title);

    solar_plans_area_remember_file (solar_document_get_file (document));
    solar_plans_area_toast (self, message);
    if (request->closing != NULL)
      finish_close (self, request->closing, TRUE);
  }
  save_request_free (request);
}

static void
save_request_start (SaveRequest *request)
{
  solar_document_save_async (request->document, request->file, request->flags, NULL, save_cb, request);
}

static void
save_to (SolarPlansArea *self,
         SolarDocument *document,
         GFile         *file,
         AdwTabPage    *closing)
{
  SaveRequest *request = g_new0 (SaveRequest, 1);

  request->area = g_object_ref (self);
  request->document = g_object_ref (document);
  request->closing = closing ? g_object_ref (closing) : NULL;
  request->file = file ? g_object_ref (file) : NULL;
  save_request_start (request);
}

static void
on_save_as_chosen (GObject      *window,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  SaveRequest *request = user_data;
  g_autoptr(GFile) chosen = solar_file_chooser_finish (result, NULL);

  if (chosen != NULL)
    {
      g_autofree char *path = g_file_get_path (chosen);
      g_autoptr(GFile) file = NULL;

      /* Plans are found by their ending (the MIME type and file filters use it). */
      if (path != NULL && !g_str_has_suffix (path, SOLAR_PLAN_SUFFIX))
        {
          g_autofree char *with_suffix = g_strconcat (path, SOLAR_PLAN_SUFFIX, NULL);

          file = g_file_new_for_path (with_suffix);
        }
      else
        file = g_object_ref (chosen);
      save_to (request->area, request->document, file, request->closing);
    }
  else if (request->closing != NULL)
    finish_close (request->area, request->closing, FALSE);

  save_request_free (request);
}

static void
save_as (SolarPlansArea *self,
         SolarDocument  *document,
         AdwTabPage     *closing)
{
  g_autoptr(GtkFileFilter) filter = solar_plans_area_create_filter ();
  SolarCampaign *campaign = solar_document_get_campaign (document);
  const char *name = solar_campaign_get_name (campaign);
  g_autofree char *suggested = NULL;
  SaveRequest *request = g_new0 (SaveRequest, 1);

  request->area = g_object_ref (self);
  request->document = g_object_ref (document);
  request->closing = closing ? g_object_ref (closing) : NULL;

  suggested = g_strconcat (name && *name ? name : _("Untitled Plan"), SOLAR_PLAN_SUFFIX, NULL);
  g_strdelimit (suggested, "/\\", '-');
  solar_file_chooser_ask (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), SOLAR_FILE_CHOOSER_SAVE, _("Save Plan"), _("_Save"),
                          filter, suggested, on_save_as_chosen, request);
}

static void
save (SolarPlansArea *self,
      SolarDocument  *document,
      AdwTabPage     *closing)
{
  if (solar_document_get_file (document) == NULL)
    save_as (self, document, closing);
  else
    save_to (self, document, NULL, closing);
}

/* Saves the plan in front to its file, or asks where if it has none. */
void
solar_plans_area_save (SolarPlansArea *self)
{
  SolarDocument *document;

  g_return_if_fail (SOLAR_IS_PLANS_AREA (self));

  if ((document = solar_plans_area_get_document (self)) != NULL)
    save (self, document, NULL);
}

void
solar_plans_area_save_as (SolarPlansArea *self)
{
  SolarDocument *document;

  g_return_if_fail (SOLAR_IS_PLANS_AREA (self));

  if ((document = solar_plans_area_get_document (self)) != NULL)
    save_as (self, document, NULL);
}

/* Closes the plan in front, asking first if it has unsaved changes. */
void
solar_plans_area_close (SolarPlansArea *self)
{
  AdwTabPage *page;

  g_return_if_fail (SOLAR_IS_PLANS_AREA (self));

  if ((page = adw_tab_view_get_selected_page (self->tab_view)) != NULL)
    adw_tab_view_close_page (self->tab_view, page);
}

static void
on_close_response (GtkWidget  *alert,
                   const char *response,
                   AdwTabPage *page)
{
  SolarPlansArea *self = SOLAR_PLANS_AREA (gtk_widget_get_ancestor (adw_tab_page_get_child (page),
                                                                    SOLAR_TYPE_PLANS_AREA));

  if (g_str_equal (response, "save"))
    save (self, solar_plans_area_page_document (page), page);
  else
    finish_close (self, page, g_str_equal (response, "discard"));
}

/**
 * solar_plans_area_on_close_page:
 *
 * AdwTabView::close-page: closing a plan with unsaved changes asks first; Cancel keeps it
 * open as it was. A tab marked "solar-close-confirmed" (a plan being reloaded) goes at
 * once.
 */
gboolean
solar_plans_area_on_close_page (SolarPlansArea *self,
                                AdwTabPage     *page,
                                AdwTabView     *view)
{
  SolarDocument *document = solar_plans_area_page_document (page);
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  /* A plan still being read has nothing to lose: closing its tab stops the reading. */
  if (document == NULL || !solar_document_get_modified (document) ||
      g_object_get_data (G_OBJECT (page), "solar-close-confirmed") != NULL)
    {
      finish_close (self, page, TRUE);
      return GDK_EVENT_STOP;
    }

  title = solar_document_dup_title (document);
  body = g_strdup_printf (_("“%s” has changes that are not saved. If you close it without "
                            "saving, they are lost."), g_str_has_prefix (title, "• ") ? title + strlen ("• ") : title);
  dialog = solar_alert_new (_("Save Changes?"), body);
  solar_alert_add_responses (dialog,
                             "cancel", _("_Cancel"),
                             "discard", _("_Discard"),
                             "save", _("_Save"),
                             NULL);
  solar_alert_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  solar_alert_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  solar_alert_set_default_response (dialog, "save");
  solar_alert_set_close_response (dialog, "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_close_response), page);
  solar_alert_present (dialog, GTK_WIDGET (self));
  return GDK_EVENT_STOP;
}

/**
 * solar_plans_area_ask_to_close_all:
 *
 * Before the window closes: shows the first plan that would lose changes and asks about
 * it; each answer but Cancel closes that plan and then the window again, which asks about
 * the next.
 *
 * Returns: %TRUE if a question is asked (the window must stay), %FALSE if nothing would be lost
 */
gboolean
solar_plans_area_ask_to_close_all (SolarPlansArea *self)
{
  g_return_val_if_fail (SOLAR_IS_PLANS_AREA (self), FALSE);

  for (int i = 0; i < adw_tab_view_get_n_pages (self->tab_view); i++)
    {
      AdwTabPage *page = adw_tab_view_get_nth_page (self->tab_view, i);

      SolarDocument *document = solar_plans_area_page_document (page);

      if (document != NULL && solar_document_get_modified (document))
        {
          self->closing_all = TRUE;
          adw_tab_view_set_selected_page (self->tab_view, page);
          g_signal_emit_by_name (self, "plan-shown", document);
          adw_tab_view_close_page (self->tab_view, page);
          return TRUE;
        }
    }
  return FALSE;
}
