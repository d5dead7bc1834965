/* solar-print.c: printing the diagram and a plan's brief through GtkPrintOperation
 *
 * The diagram: one landscape page, laid out for the paper's printable area and drawn by
 * THE renderer (light colours: paper is white), with the plan in front drawn over it if
 * there is one. The brief: the pages SolarBrief cuts for the paper the user picked, the
 * same pages as the PDF export. GTK's print dialog brings the preview, the printer choice
 * and "Print to File".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-print"

#include "config.h"

#include <glib/gi18n.h>

#include "solar-brief.h"
#include "solar-plan-overlay.h"
#include "solar-print.h"
#include "solar-render.h"

typedef struct
{
  SolarDataset  *dataset;
  SolarCampaign *plan;
  gboolean       tunnel;
  SolarOrbitFigures figures;
} PrintJob;

static void
print_job_free (PrintJob *job)
{
  g_clear_object (&job->dataset);
  g_clear_object (&job->plan);
  g_free (job);
}

static void
on_begin_print (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PrintJob          *job)
{
  gtk_print_operation_set_n_pages (operation, 1);
}

static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              PrintJob          *job)
{
  g_autoptr(SolarOrbit) orbit = solar_orbit_new (job->dataset);
  g_autoptr(SolarPlanOverlay) overlay = NULL;
  SolarRenderOptions options = { -1, FALSE, NULL };
  SolarRenderStyle style;

  if (job->plan != NULL)
    options.plan = overlay = solar_plan_overlay_new (job->dataset, job->plan);
  solar_orbit_set_show_tunnel (orbit, job->tunnel);
  solar_orbit_set_figures (orbit, job->figures);
  /* The context's units are points on the printable area; the layout fits it as it fits a
   * window of that size. */
  solar_orbit_allocate (orbit, gtk_print_context_get_width (context),
                        gtk_print_context_get_height (context));
  solar_render_style_init (&style, FALSE, FALSE);
  solar_render_orbit (gtk_print_context_get_cairo_context (context), orbit, &style, &options);
}

/**
 * solar_print_operation_new:
 * @plan: (nullable): the plan to draw over the diagram
 * @tunnel: whether to include the influencer tunnel
 * @figures: the report's figures or the latest
 *
 * Returns: (transfer full): a print operation for the diagram, landscape, one page
 */
GtkPrintOperation *
solar_print_operation_new (SolarDataset  *dataset,
                           SolarCampaign *plan,
                           gboolean       tunnel,
                           SolarOrbitFigures figures)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  PrintJob *job = g_new0 (PrintJob, 1);

  g_return_val_if_fail (SOLAR_IS_DATASET (dataset), NULL);

  job->dataset = g_object_ref (dataset);
  job->plan = plan ? g_object_ref (plan) : NULL;
  job->tunnel = tunnel;
  job->figures = figures;

  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_job_name (operation, _("China’s Social Solar System"));
  gtk_print_operation_set_use_full_page (operation, FALSE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page), job);
  g_object_set_data_full (G_OBJECT (operation), "print-job", job, (GDestroyNotify)print_job_free);
  return operation;
}

/* The brief */

/* Added to the printer's own margins (about 6 mm), for the 2 cm or so a reader expects
 * round a document, as the PDF export has. */
#define BRIEF_INSET 40.0

static void
on_begin_print_brief (GtkPrintOperation *operation,
                      GtkPrintContext   *context,
                      SolarBrief        *brief)
{
  double width = gtk_print_context_get_width (context) - 2 * BRIEF_INSET;
  double height = gtk_print_context_get_height (context) - 2 * BRIEF_INSET;

  /* The units are points (set below), as SolarBrief lays out in. */
  gtk_print_operation_set_n_pages (operation, solar_brief_paginate (brief, width, height));
}

static void
on_draw_brief_page (GtkPrintOperation *operation,
                    GtkPrintContext   *context,
                    int                page,
                    SolarBrief        *brief)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);

  cairo_translate (cr, BRIEF_INSET, BRIEF_INSET);
  solar_brief_draw_page (brief, cr, page);
}

/**
 * solar_print_brief_operation_new:
 * @plan: the plan whose brief to print
 *
 * Returns: (transfer full): a print operation for the plan's brief, portrait, as many
 *   pages as it takes
 */
GtkPrintOperation *
solar_print_brief_operation_new (SolarDataset  *dataset,
                                 SolarCampaign *plan)
{
  GtkPrintOperation *operation;
  g_autoptr(SolarBrief) brief = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (SOLAR_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (SOLAR_IS_CAMPAIGN (plan), NULL);

  operation = gtk_print_operation_new ();
  brief = solar_brief_new (dataset, plan);
  title = g_strdup (*solar_campaign_get_name (plan) != '\0' ? solar_campaign_get_name (plan)
                                                            : _("Untitled Plan"));
  gtk_print_operation_set_job_name (operation, title);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, FALSE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect_object (operation, "begin-print", G_CALLBACK (on_begin_print_brief), brief, 0);
  g_signal_connect_object (operation, "draw-page", G_CALLBACK (on_draw_brief_page), brief, 0);
  g_object_set_data_full (G_OBJECT (operation), "brief", g_steal_pointer (&brief), g_object_unref);
  return operation;
}
