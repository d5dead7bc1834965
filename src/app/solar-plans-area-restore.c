/* solar-plans-area-restore.c: after a crash, offer back the plans whose changes were not saved
 *
 * At the first window of a session, the drafts a crashed or killed session left (see
 * solar-drafts.c) are listed in one question: Restore opens each as a plan with unsaved
 * changes, marked as such, still tied to its file if it had one; Discard deletes them.
 * Closing the question with Escape decides nothing: the drafts are offered again next time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-plans-area"

#include "config.h"

#include <glib/gi18n.h>

#include "solar-alert.h"
#include "solar-plans-area-private.h"

static void
restore (SolarPlansArea *self,
         SolarDrafts    *drafts)
{
  g_autoptr(GPtrArray) orphans = solar_drafts_list_orphans (drafts);
  g_autoptr(GString) failures = g_string_new (NULL);

  for (guint i = 0; i < orphans->len; i++)
    {
      SolarOrphanDraft *draft = g_ptr_array_index (orphans, i);
      g_autoptr(GError) error = NULL;
      g_autoptr(SolarDocument) document = solar_drafts_restore (drafts, draft, &error);

      if (document == NULL)
        {
          /* TRANSLATORS: a draft that could not be read back: its title, why, and where it
           * is kept, so nothing is deleted behind the user's back */
          g_string_append_printf (failures, _("“%s”: %s (the draft is kept in %s)\n"),
                                  draft->title, error->message, draft->plan_path);
          continue;
        }
      solar_plans_area_add_document (self, document, -1);
    }

  if (failures->len > 0)
    solar_alert_show_error (GTK_WIDGET (self), _("Some Plans Could Not Be Restored"), failures->str);
}

static void
on_restore_response (GtkWidget      *alert,
                     const char     *response,
                     SolarPlansArea *self)
{
  SolarDrafts *drafts = g_object_get_data (G_OBJECT (alert), "drafts");

  if (g_str_equal (response, "restore"))
    restore (self, drafts);
  else if (g_str_equal (response, "discard"))
    solar_drafts_discard_orphans (drafts);
}

/**
 * solar_plans_area_offer_restore:
 *
 * Asks whether to restore the unsaved plans a session that did not quit cleanly left, if
 * there are any.
 */
void
solar_plans_area_offer_restore (SolarPlansArea *self,
                                SolarDrafts    *drafts)
{
  g_autoptr(GPtrArray) orphans = NULL;
  g_autoptr(GString) body = NULL;
  GtkWidget *alert;

  g_return_if_fail (SOLAR_IS_PLANS_AREA (self));
  g_return_if_fail (SOLAR_IS_DRAFTS (drafts));

  orphans = solar_drafts_list_orphans (drafts);
  if (orphans->len == 0)
    return;

  body = g_string_new (g_dngettext (GETTEXT_PACKAGE,
                                    "Social Solar did not quit properly last time. This plan "
                                    "had changes that were not saved:",
                                    "Social Solar did not quit properly last time. These plans "
                                    "had changes that were not saved:", orphans->len));
  for (guint i = 0; i < orphans->len; i++)
    g_string_append_printf (body, "\n• %s", ((SolarOrphanDraft *)g_ptr_array_index (orphans, i))->title);

  alert = solar_alert_new (_("Restore Unsaved Plans?"), body->str);
  solar_alert_add_responses (alert,
                             "later", _("_Not Now"),
                             "discard", _("_Discard"),
                             "restore", _("_Restore"),
                             NULL);
  solar_alert_set_response_appearance (alert, "discard", ADW_RESPONSE_DESTRUCTIVE);
  solar_alert_set_response_appearance (alert, "restore", ADW_RESPONSE_SUGGESTED);
  solar_alert_set_default_response (alert, "restore");
  solar_alert_set_close_response (alert, "later");
  /* The question is about these drafts: they live as long as it does. */
  g_object_set_data_full (G_OBJECT (alert), "drafts", g_object_ref (drafts), g_object_unref);
  g_signal_connect_object (alert, "response", G_CALLBACK (on_restore_response), self, 0);
  solar_alert_present (alert, GTK_WIDGET (self));
}
