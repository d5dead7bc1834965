/* solar-cell-text.c: one line of a table cell's text, which the cell draws itself
 *
 * GTK keeps about two hundred rows of each table alive, whatever shows, and makes, styles
 * and lays out every widget of them again as rows come and go: a row entering above the
 * others restyles all those after it. A label inside each cell doubled the widgets of a
 * row; the cells (solar-table-cell.c, solar-choice-cell.c) draw their text themselves
 * with this instead, as a GtkInscription does: one line cut short with "…", sized by the
 * font and not by the text, so that a changed figure redraws the cell without laying out
 * the table again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-cell-text"

#include "config.h"

/* gtk_widget_get_color() where GTK has it (4.10), inside a GTK_CHECK_VERSION block: the
 * style context it replaces is deprecated there. */
#undef GDK_VERSION_MAX_ALLOWED

#include "solar-cell-text.h"

struct _SolarCellText
{
  GtkWidget   *widget;     /* the cell, which owns this */
  char        *text;       /* never NULL */
  PangoLayout *layout;     /* made when first drawn, from the cell's own Pango context */
  guint        min_chars;
  gboolean     align_end;
};

/**
 * solar_cell_text_new:
 * @widget: the cell that draws the text (not referenced: the cell owns what this returns)
 * @min_chars: how many characters the cell shows at least before cutting its text short
 */
SolarCellText *
solar_cell_text_new (GtkWidget *widget,
                     guint      min_chars)
{
  SolarCellText *self = g_new0 (SolarCellText, 1);

  self->widget = widget;
  self->text = g_strdup ("");
  self->min_chars = min_chars;
  return self;
}

void
solar_cell_text_free (SolarCellText *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->layout);
  g_free (self->text);
  g_free (self);
}

const char *
solar_cell_text_get_text (SolarCellText *self)
{
  return self->text;
}

/**
 * solar_cell_text_set_text:
 *
 * Shows @text (%NULL for none), redrawing the cell: its size does not depend on its text.
 *
 * Returns: whether the text changed
 */
gboolean
solar_cell_text_set_text (SolarCellText *self,
                          const char    *text)
{
  if (text == NULL)
    text = "";
  if (g_str_equal (text, self->text))
    return FALSE;
  g_free (self->text);
  self->text = g_strdup (text);
  if (self->layout != NULL)
    pango_layout_set_text (self->layout, self->text, -1);
  gtk_widget_queue_draw (self->widget);
  return TRUE;
}

/* Numbers line up on the end, as in a spreadsheet. */
void
solar_cell_text_set_align_end (SolarCellText *self,
                               gboolean       align_end)
{
  self->align_end = !!align_end;
  if (self->layout != NULL)
    pango_layout_set_alignment (self->layout, align_end ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
  gtk_widget_queue_draw (self->widget);
}

/* As wide as a few characters and as tall as a line of the cell's font. */
void
solar_cell_text_measure (SolarCellText  *self,
                         GtkOrientation  orientation,
                         int            *minimum,
                         int            *natural)
{
  PangoFontMetrics *metrics = pango_context_get_metrics (gtk_widget_get_pango_context (self->widget), NULL, NULL);
  int size;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    size = (int)self->min_chars * pango_font_metrics_get_approximate_char_width (metrics);
  else
    {
      size = pango_font_metrics_get_height (metrics);
      if (size <= 0)
        size = pango_font_metrics_get_ascent (metrics) + pango_font_metrics_get_descent (metrics);
    }
  pango_font_metrics_unref (metrics);
  *minimum = *natural = PANGO_PIXELS_CEIL (size);
}

/* The text in the cell's colour (a marked cell's too), centred on the cell's height. */
void
solar_cell_text_snapshot (SolarCellText *self,
                          GtkSnapshot   *snapshot)
{
  int width = gtk_widget_get_width (self->widget);
  PangoRectangle extents;
  GdkRGBA color;

  if (*self->text == '\0' || width <= 0)
    return;
  if (self->layout == NULL)
    {
      /* The widget's Pango context follows its font: the layout does too. */
      self->layout = gtk_widget_create_pango_layout (self->widget, self->text);
      pango_layout_set_single_paragraph_mode (self->layout, TRUE);
      pango_layout_set_ellipsize (self->layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_alignment (self->layout, self->align_end ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
    }
  pango_layout_set_width (self->layout, width * PANGO_SCALE);
  pango_layout_get_pixel_extents (self->layout, NULL, &extents);

#if GTK_CHECK_VERSION (4, 10, 0)
  gtk_widget_get_color (self->widget, &color);
#else
  gtk_style_context_get_color (gtk_widget_get_style_context (self->widget), &color);
#endif
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot,
                          &GRAPHENE_POINT_INIT (0, (gtk_widget_get_height (self->widget) - extents.height) / 2));
  gtk_snapshot_append_layout (snapshot, self->layout, &color);
  gtk_snapshot_restore (snapshot);
}
