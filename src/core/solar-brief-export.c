/* solar-brief-export.c: a plan written out as a brief (PDF), its budget (CSV) or its
 * timeline (iCalendar), chosen by the file's ending
 *
 * The command line and the app's Export Brief both come here. Each file is made in memory
 * and then written whole or not at all (solar_safe_write()): a failed export never leaves
 * half a file where a good one was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-brief"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "solar-brief-private.h"
#include "solar-budget-csv.h"
#include "solar-export.h"
#include "solar-key-dates.h"
#include "solar-timeline-ics.h"

/* A4 in points, with margins of 2 cm */
#define A4_WIDTH  595.276
#define A4_HEIGHT 841.890
#define MARGIN     56.693

/**
 * solar_brief_to_pdf:
 * @n_pages: (out) (optional): the number of pages written
 *
 * Returns: (transfer full): the brief as an A4 PDF document
 */
GBytes *
solar_brief_to_pdf (SolarDataset   *dataset,
                    SolarCampaign  *campaign,
                    guint          *n_pages,
                    GError        **error)
{
  g_autoptr(GByteArray) array = g_byte_array_new ();
  g_autoptr(SolarBrief) brief = solar_brief_new (dataset, campaign);
  g_autofree char *title = solar_brief_dup_title (campaign);
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  guint n;

  surface = cairo_pdf_surface_create_for_stream (solar_export_append_to_array, array, A4_WIDTH, A4_HEIGHT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Social Solar");

  n = solar_brief_paginate (brief, A4_WIDTH - 2 * MARGIN, A4_HEIGHT - 2 * MARGIN);
  cr = cairo_create (surface);
  for (guint page = 0; page < n; page++)
    {
      cairo_save (cr);
      cairo_translate (cr, MARGIN, MARGIN);
      solar_brief_draw_page (brief, cr, page);
      cairo_restore (cr);
      cairo_show_page (cr);
    }
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, SOLAR_EXPORT_ERROR, SOLAR_EXPORT_ERROR_WRITE,
                   _("Cannot draw the brief: %s"), cairo_status_to_string (status));
      return NULL;
    }
  if (n_pages != NULL)
    *n_pages = n;
  return g_byte_array_free_to_bytes (g_steal_pointer (&array));
}

/**
 * solar_brief_export:
 * @path: a .pdf (the brief), .csv (the budget) or .ics (the timeline) file
 * @flags: %SOLAR_BRIEF_EXPORT_KEY_DATES to add China's key dates within the span to .ics
 * @error: a #SOLAR_EXPORT_ERROR whose message says what to do
 *
 * Returns: %TRUE if the file was written
 */
gboolean
solar_brief_export (SolarDataset          *dataset,
                    SolarCampaign         *campaign,
                    const char            *path,
                    SolarBriefExportFlags  flags,
                    GError               **error)
{
  g_autofree char *lower = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (SOLAR_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (SOLAR_IS_CAMPAIGN (campaign), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  lower = g_ascii_strdown (path, -1);
  if (g_str_has_suffix (lower, ".pdf"))
    bytes = solar_brief_to_pdf (dataset, campaign, NULL, error);
  else if (g_str_has_suffix (lower, ".csv"))
    bytes = solar_budget_csv_new (dataset, campaign);
  else if (g_str_has_suffix (lower, ".ics"))
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

      bytes = solar_timeline_ics_new (dataset, campaign,
                                      (flags & SOLAR_BRIEF_EXPORT_KEY_DATES)
                                        ? solar_key_dates_get_default (NULL) : NULL,
                                      now, &local_error);
      if (bytes == NULL)
        {
          g_set_error_literal (error, SOLAR_EXPORT_ERROR, SOLAR_EXPORT_ERROR_EMPTY,
                               local_error->message);
          return FALSE;
        }
    }
  else
    {
      g_set_error (error, SOLAR_EXPORT_ERROR, SOLAR_EXPORT_ERROR_FORMAT,
                   _("Cannot tell what to write to “%s”; name it .pdf for the brief, .csv for "
                     "the budget or .ics for the timeline"), path);
      return FALSE;
    }
  if (bytes == NULL)
    return FALSE;

  return solar_export_write_file (path, bytes, error);
}
