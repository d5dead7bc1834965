/* solar-reveal.c: scroll a row into view once it has been laid out
 *
 * A page that has just been filled has no allocation yet, so neither the viewport's
 * scroll-to-focus nor our own arithmetic can place a row. This waits for the frame in which
 * the row has a size, then scrolls so it sits a little below the top.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-reveal"

#include "config.h"

#include "solar-reveal.h"

#define MARGIN 24
#define MAX_FRAMES 10

typedef struct
{
  GtkScrolledWindow *scroller;   /* weak */
  guint              frames;
} Reveal;

static gboolean
reveal_tick (GtkWidget     *widget,
             GdkFrameClock *clock,
             gpointer       user_data)
{
  Reveal *reveal = user_data;
  GtkWidget *content;
  graphene_point_t point;

  if (reveal->scroller == NULL || ++reveal->frames > MAX_FRAMES)
    return G_SOURCE_REMOVE;

  content = gtk_scrolled_window_get_child (reveal->scroller);
  if (gtk_widget_get_height (widget) <= 0 ||
      !gtk_widget_compute_point (widget, content, &GRAPHENE_POINT_INIT (0, 0), &point))
    return G_SOURCE_CONTINUE;

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (reveal->scroller),
                            MAX (0, point.y - MARGIN));
  return G_SOURCE_REMOVE;
}

static void
reveal_free (gpointer data)
{
  Reveal *reveal = data;

  g_clear_weak_pointer (&reveal->scroller);
  g_free (reveal);
}

void
solar_reveal_in_scroller (GtkScrolledWindow *scroller,
                          GtkWidget         *widget)
{
  Reveal *reveal;

  g_return_if_fail (GTK_IS_SCROLLED_WINDOW (scroller));
  g_return_if_fail (GTK_IS_WIDGET (widget));

  reveal = g_new0 (Reveal, 1);
  g_set_weak_pointer (&reveal->scroller, scroller);
  gtk_widget_add_tick_callback (widget, reveal_tick, reveal, reveal_free);
}

/**
 * solar_reveal_row:
 * @scroller: the page's scrolled window
 * @revealed: (inout): the row revealed last, unmarked now
 * @row: (nullable): the row to reveal; %NULL just clears the mark
 *
 * Where a search hit or a link lands: the row is marked (the "revealed" style class),
 * focused, and scrolled into view once laid out. One row at a time is marked.
 */
void
solar_reveal_row (GtkScrolledWindow  *scroller,
                  GtkWidget         **revealed,
                  GtkWidget          *row)
{
  g_return_if_fail (GTK_IS_SCROLLED_WINDOW (scroller));
  g_return_if_fail (revealed != NULL);

  if (*revealed != NULL)
    gtk_widget_remove_css_class (*revealed, "revealed");
  *revealed = row;
  if (row == NULL)
    return;

  gtk_widget_add_css_class (row, "revealed");
  gtk_widget_grab_focus (row);
  solar_reveal_in_scroller (scroller, row);
}
