/* solar-brief.c: the campaign brief cut into pages and drawn, for PDF and for print
 *
 * The brief is a single column of blocks (solar-brief-content.c says what they hold).
 * Paginating lays them out once for the page's width and cuts the column between blocks;
 * a paragraph taller than what is left of a page is cut between two of its lines, and a
 * heading never ends a page. Drawing a page only replays what pagination placed, so the
 * print preview, the printer and the PDF show the same pages.
 *
 * Units are points: the PDF surface and GtkPrintContext (GTK_UNIT_POINTS) both use them,
 * and the Pango context is set to 72 dpi with unhinted metrics so text measures the same
 * on every surface.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-brief"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "solar-brief-private.h"
#include "solar-plan-overlay.h"
#include "solar-render.h"
#include "solar-timeline-render.h"

#define FOOTER_HEIGHT 24.0
#define BAR_HEIGHT    10.0

typedef struct
{
  guint  block;
  double y;          /* top of the block on the page, below the page's top */
  double src_top;    /* the part of the block shown, for a paragraph cut between pages */
  double src_bottom;
} Placement;

struct _SolarBrief
{
  GObject           parent_instance;
  SolarDataset     *dataset;
  SolarCampaign    *campaign;
  PangoContext     *pango;
  SolarBriefColumn  column;
  GPtrArray        *pages;       /* of GArray of Placement */
  double            width;
  double            height;
  char             *title;
};

G_DEFINE_FINAL_TYPE (SolarBrief, solar_brief, G_TYPE_OBJECT)

static void
solar_brief_finalize (GObject *object)
{
  SolarBrief *self = SOLAR_BRIEF (object);

  solar_brief_column_clear (&self->column);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_object (&self->pango);
  g_clear_object (&self->dataset);
  g_clear_object (&self->campaign);
  g_free (self->title);

  G_OBJECT_CLASS (solar_brief_parent_class)->finalize (object);
}

static void
solar_brief_class_init (SolarBriefClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = solar_brief_finalize;
}

static void
solar_brief_init (SolarBrief *self)
{
  cairo_font_options_t *options = cairo_font_options_create ();

  self->pango = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  pango_cairo_context_set_resolution (self->pango, 72);
  /* Hinted metrics snap glyph advances to device pixels, which differ between the preview,
   * a printer and a PDF; unhinted ones give every surface the same line breaks. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->pango, options);
  cairo_font_options_destroy (options);
  /* Chinese glyphs in their Simplified Chinese forms whatever the locale: without this,
   * fontconfig may take Noto Sans CJK JP for the platforms' Chinese names. */
  pango_context_set_language (self->pango, pango_language_from_string ("zh-cn"));
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);
}

/**
 * solar_brief_new:
 * @dataset: the platforms, for names, tactics' descriptions and the diagram
 * @campaign: the plan the brief presents
 *
 * Returns: (transfer full): a brief; call solar_brief_paginate() before drawing
 */
SolarBrief *
solar_brief_new (SolarDataset  *dataset,
                 SolarCampaign *campaign)
{
  SolarBrief *self;

  g_return_val_if_fail (SOLAR_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (SOLAR_IS_CAMPAIGN (campaign), NULL);

  self = g_object_new (SOLAR_TYPE_BRIEF, NULL);
  self->dataset = g_object_ref (dataset);
  self->campaign = g_object_ref (campaign);
  return self;
}

/* The column: blocks and their layouts */

static void
block_free (SolarBriefBlock *block)
{
  for (guint i = 0; block->cells != NULL && i < block->cells->len; i++)
    g_object_unref (g_array_index (block->cells, SolarBriefCell, i).layout);
  g_clear_pointer (&block->cells, g_array_unref);
  g_clear_object (&block->timeline);
  g_free (block);
}

void
solar_brief_column_init (SolarBriefColumn *column,
                         PangoContext     *pango,
                         double            width,
                         double            diagram_height)
{
  column->pango = pango;
  column->width = width;
  column->diagram_height = diagram_height;
  column->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify)block_free);
}

void
solar_brief_column_clear (SolarBriefColumn *column)
{
  g_clear_pointer (&column->blocks, g_ptr_array_unref);
}

static const char *
style_font (SolarBriefStyle style)
{
  switch (style)
    {
    case SOLAR_BRIEF_STYLE_TITLE:      return "Sans Bold 22";
    case SOLAR_BRIEF_STYLE_HEADING:    return "Sans Bold 14";
    case SOLAR_BRIEF_STYLE_SUBHEADING: return "Sans Bold 11";
    case SOLAR_BRIEF_STYLE_LABEL:      return "Sans Bold 9";
    case SOLAR_BRIEF_STYLE_TABLE:      return "Sans 9";
    case SOLAR_BRIEF_STYLE_SMALL:      return "Sans 8.5";
    case SOLAR_BRIEF_STYLE_BODY:
    default:                           return "Sans 10";
    }
}

PangoLayout *
solar_brief_column_layout (SolarBriefColumn *column,
                           SolarBriefStyle   style,
                           const char       *markup,
                           double            width)
{
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (style_font (style));
  PangoLayout *layout = pango_layout_new (column->pango);

  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int)(MAX (width, 1) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_markup (layout, markup, -1);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double)logical.height / PANGO_SCALE;
}

static SolarBriefBlock *
add_block (SolarBriefColumn    *column,
           SolarBriefBlockKind  kind,
           double               space_before)
{
  SolarBriefBlock *block = g_new0 (SolarBriefBlock, 1);

  block->kind = kind;
  block->space_before = space_before;
  block->cells = g_array_new (FALSE, TRUE, sizeof (SolarBriefCell));
  g_ptr_array_add (column->blocks, block);
  return block;
}

static void
add_cell (SolarBriefBlock *block,
          PangoLayout     *layout,
          double           x)
{
  SolarBriefCell cell = { layout, x };

  g_array_append_val (block->cells, cell);
  block->height = MAX (block->height, layout_height (layout));
}

SolarBriefBlock *
solar_brief_column_add_text (SolarBriefColumn *column,
                             SolarBriefStyle   style,
                             const char       *markup,
                             double            indent,
                             double            space_before)
{
  SolarBriefBlock *block = add_block (column, SOLAR_BRIEF_TEXT, space_before);

  add_cell (block, solar_brief_column_layout (column, style, markup, column->width - indent), indent);
  block->keep_with_next = style == SOLAR_BRIEF_STYLE_HEADING || style == SOLAR_BRIEF_STYLE_SUBHEADING;
  return block;
}

/**
 * solar_brief_column_add_row:
 * @columns: where each column starts, as a fraction of the width; a column ends where
 *   the next begins, with a little gap
 */
SolarBriefBlock *
solar_brief_column_add_row (SolarBriefColumn   *column,
                            SolarBriefStyle     style,
                            const char * const *markups,
                            const double       *columns,
                            guint               n_columns,
                            double              space_before)
{
  SolarBriefBlock *block = add_block (column, SOLAR_BRIEF_ROW, space_before);

  for (guint i = 0; i < n_columns; i++)
    {
      double x = columns[i] * column->width;
      double end = i + 1 < n_columns ? columns[i + 1] * column->width - 8 : column->width;

      add_cell (block, solar_brief_column_layout (column, style, markups[i] ? markups[i] : "", end - x), x);
    }
  return block;
}

void
solar_brief_column_add_bar (SolarBriefColumn *column,
                            const char       *label,
                            const char       *value,
                            const SolarColor *colour,
                            double            fraction)
{
  SolarBriefBlock *block = add_block (column, SOLAR_BRIEF_BAR, 4);
  double label_width = column->width * 0.3;
  double value_width = column->width * 0.25;
  PangoLayout *value_layout;

  add_cell (block, solar_brief_column_layout (column, SOLAR_BRIEF_STYLE_BODY, label, label_width - 8), 0);
  value_layout = solar_brief_column_layout (column, SOLAR_BRIEF_STYLE_BODY, value, value_width);
  pango_layout_set_alignment (value_layout, PANGO_ALIGN_RIGHT);
  add_cell (block, value_layout, column->width - value_width);
  block->colour = *colour;
  block->fraction = CLAMP (fraction, 0, 1);
  block->bar_x = label_width;
  block->bar_width = column->width - label_width - value_width - 8;
  block->height = MAX (block->height, BAR_HEIGHT);
}

void
solar_brief_column_add_rule (SolarBriefColumn *column)
{
  SolarBriefBlock *block = add_block (column, SOLAR_BRIEF_RULE, 2);

  block->height = 1;
}

void
solar_brief_column_add_diagram (SolarBriefColumn *column)
{
  SolarBriefBlock *block = add_block (column, SOLAR_BRIEF_DIAGRAM, 8);

  block->height = column->diagram_height;
}

/**
 * solar_brief_column_add_timeline:
 * @timeline: (transfer none): a #SolarTimeline laid out for the plan
 *
 * The timeline as wide as the column (narrowed to fit if it is wider, never widened), its
 * height following; kept on one page like the diagram.
 */
void
solar_brief_column_add_timeline (SolarBriefColumn *column,
                                 GObject          *timeline)
{
  SolarBriefBlock *block = add_block (column, SOLAR_BRIEF_TIMELINE, 8);
  double width = solar_timeline_get_width (SOLAR_TIMELINE (timeline));

  block->timeline = g_object_ref (timeline);
  block->scale = width > column->width ? column->width / width : 1.0;
  block->height = solar_timeline_get_height (SOLAR_TIMELINE (timeline)) * block->scale;
}

/* Pagination */

static GArray *
new_page (SolarBrief *self)
{
  GArray *page = g_array_new (FALSE, TRUE, sizeof (Placement));

  g_ptr_array_add (self->pages, page);
  return page;
}

static void
place (GArray *page,
       guint   block,
       double  y,
       double  src_top,
       double  src_bottom)
{
  Placement placement = { block, y, src_top, src_bottom };

  g_array_append_val (page, placement);
}

/* Where a paragraph may be cut: the bottom of the last whole line that ends at or above
 * @limit, or 0 if not even the first line fits. */
static double
cut_before (PangoLayout *layout,
            double       from,
            double       limit)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  double cut = 0;

  do
    {
      int top, bottom;

      pango_layout_iter_get_line_yrange (iter, &top, &bottom);
      if ((double)bottom / PANGO_SCALE > limit)
        break;
      if ((double)bottom / PANGO_SCALE > from)
        cut = (double)bottom / PANGO_SCALE;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  return cut;
}

static double
first_line_bottom (PangoLayout *layout)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  int top, bottom;

  pango_layout_iter_get_line_yrange (iter, &top, &bottom);
  pango_layout_iter_free (iter);
  return (double)bottom / PANGO_SCALE;
}

/* How much must fit for block @index to go on this page: a heading (and the rule under
 * it) needs room for the start of what follows: a paragraph's first line, or a whole row,
 * bar or picture. */
static double
needed_height (SolarBriefColumn *column,
               guint             index)
{
  SolarBriefBlock *block = g_ptr_array_index (column->blocks, index);
  SolarBriefBlock *next;
  double start = 0;

  if (!block->keep_with_next || index + 1 >= column->blocks->len)
    return block->height;

  next = g_ptr_array_index (column->blocks, index + 1);
  if (next->keep_with_next)
    start = needed_height (column, index + 1);
  else if (next->kind == SOLAR_BRIEF_TEXT)
    start = first_line_bottom (g_array_index (next->cells, SolarBriefCell, 0).layout);
  if (start <= 0)
    start = next->height;
  return block->height + next->space_before + start;
}

/**
 * solar_brief_paginate:
 * @page_width: the width to fill, in points
 * @page_height: the height to fill, in points, the footer included
 *
 * Lays the brief out for pages of this size and cuts it into pages.
 *
 * Returns: the number of pages
 */
guint
solar_brief_paginate (SolarBrief *self,
                      double      page_width,
                      double      page_height)
{
  double content_height = page_height - FOOTER_HEIGHT;
  GArray *page;
  double y = 0;

  g_return_val_if_fail (SOLAR_IS_BRIEF (self), 0);
  g_return_val_if_fail (page_width > 100 && page_height > 100, 0);

  self->width = page_width;
  self->height = page_height;
  g_clear_pointer (&self->title, g_free);
  self->title = solar_brief_dup_title (self->campaign);
  solar_brief_column_clear (&self->column);
  solar_brief_column_init (&self->column, self->pango, page_width,
                           MIN (page_width * 0.62, content_height * 0.8));
  solar_brief_write_content (&self->column, self->dataset, self->campaign);

  g_ptr_array_set_size (self->pages, 0);
  page = new_page (self);
  for (guint i = 0; i < self->column.blocks->len; i++)
    {
      SolarBriefBlock *block = g_ptr_array_index (self->column.blocks, i);
      double top = y > 0 ? y + block->space_before : 0;
      double src = 0;

      if (y > 0 && top + needed_height (&self->column, i) > content_height)
        {
          /* A paragraph can start here and go on over the page, unless not even its
           * first line fits; anything else moves to the next page whole. */
          double cut = block->kind == SOLAR_BRIEF_TEXT && !block->keep_with_next
                       ? cut_before (g_array_index (block->cells, SolarBriefCell, 0).layout,
                                     0, content_height - top)
                       : 0;

          if (cut > 0)
            {
              place (page, i, top, 0, cut);
              src = cut;
            }
          page = new_page (self);
          top = 0;
        }

      /* Whatever is still taller than a page goes on over as many as it needs. */
      while (block->height - src > content_height - top)
        {
          double cut = block->kind == SOLAR_BRIEF_TEXT
                       ? cut_before (g_array_index (block->cells, SolarBriefCell, 0).layout,
                                     src, src + content_height - top)
                       : 0;

          if (cut <= src)
            break;   /* a single line or a picture taller than a page: let it be clipped */
          place (page, i, top, src, cut);
          src = cut;
          page = new_page (self);
          top = 0;
        }
      place (page, i, top, src, block->height);
      y = top + block->height - src;
    }
  return self->pages->len;
}

guint
solar_brief_get_n_pages (SolarBrief *self)
{
  g_return_val_if_fail (SOLAR_IS_BRIEF (self), 0);

  return self->pages->len;
}

/* Drawing */

/* Draws the lines of a paragraph that lie between @top and @bottom, and no others: the
 * clip alone would hide the rest but leave it in the PDF's text, read twice by search,
 * copy and screen readers. */
static void
draw_lines (cairo_t     *cr,
            PangoLayout *layout,
            double       x,
            double       top,
            double       bottom)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  do
    {
      int line_top, line_bottom;

      pango_layout_iter_get_line_yrange (iter, &line_top, &line_bottom);
      if ((double)line_top / PANGO_SCALE >= top - 0.01 && (double)line_bottom / PANGO_SCALE <= bottom + 0.01)
        {
          cairo_move_to (cr, x, (double)pango_layout_iter_get_baseline (iter) / PANGO_SCALE);
          pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
        }
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

static void
draw_cells (cairo_t         *cr,
            SolarBriefBlock *block)
{
  for (guint i = 0; i < block->cells->len; i++)
    {
      SolarBriefCell *cell = &g_array_index (block->cells, SolarBriefCell, i);

      cairo_move_to (cr, cell->x, 0);
      pango_cairo_show_layout (cr, cell->layout);
    }
}

static void
draw_bar (cairo_t         *cr,
          SolarBriefBlock *block)
{
  double y = (block->height - BAR_HEIGHT) / 2;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.92, 0.92, 0.92);
  cairo_rectangle (cr, block->bar_x, y, block->bar_width, BAR_HEIGHT);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, block->colour.red, block->colour.green, block->colour.blue);
  cairo_rectangle (cr, block->bar_x, y, block->bar_width * block->fraction, BAR_HEIGHT);
  cairo_fill (cr);
  cairo_restore (cr);
}

static void
draw_diagram (SolarBrief      *self,
              cairo_t         *cr,
              SolarBriefBlock *block)
{
  g_autoptr(SolarOrbit) orbit = solar_orbit_new (self->dataset);
  g_autoptr(SolarPlanOverlay) overlay = solar_plan_overlay_new (self->dataset, self->campaign);
  SolarRenderOptions options = { -1, TRUE, overlay };
  SolarRenderStyle style;

  /* Paper is white: the light palette, drawn by THE renderer like the window's diagram. */
  solar_orbit_allocate (orbit, self->width, block->height);
  solar_render_style_init (&style, FALSE, FALSE);
  solar_render_orbit (cr, orbit, &style, &options);
}

static void
draw_timeline (cairo_t         *cr,
               SolarBriefBlock *block)
{
  SolarTimelineRenderOptions options = { -1, -1, TRUE, NULL, NULL };
  SolarRenderStyle style;

  /* Paper is white: the light palette, drawn by THE renderer like the window's timeline. */
  solar_render_style_init (&style, FALSE, FALSE);
  cairo_scale (cr, block->scale, block->scale);
  solar_render_timeline (cr, SOLAR_TIMELINE (block->timeline), &style, &options);
}

static void
draw_footer (SolarBrief *self,
             cairo_t    *cr,
             guint       page)
{
  g_autofree char *text = NULL;
  g_autofree char *markup = NULL;
  g_autoptr(PangoLayout) layout = NULL;

  /* TRANSLATORS: the footer of each page of the brief: the plan's name, the page, the pages */
  text = g_strdup_printf (_("%s · page %u of %u"), self->title, page + 1, self->pages->len);
  markup = g_markup_escape_text (text, -1);
  layout = solar_brief_column_layout (&self->column, SOLAR_BRIEF_STYLE_SMALL, markup, self->width);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_MIDDLE);
  cairo_set_source_rgb (cr, 0.4, 0.4, 0.4);
  cairo_move_to (cr, 0, self->height - layout_height (layout));
  pango_cairo_show_layout (cr, layout);
}

/**
 * solar_brief_draw_page:
 * @cr: a context whose origin is the top left of the area given to
 *   solar_brief_paginate(), in points
 * @page: from 0
 */
void
solar_brief_draw_page (SolarBrief *self,
                       cairo_t    *cr,
                       guint       page)
{
  GArray *placements;

  g_return_if_fail (SOLAR_IS_BRIEF (self));
  g_return_if_fail (page < self->pages->len);

  placements = g_ptr_array_index (self->pages, page);
  for (guint i = 0; i < placements->len; i++)
    {
      Placement *placement = &g_array_index (placements, Placement, i);
      SolarBriefBlock *block = g_ptr_array_index (self->column.blocks, placement->block);

      cairo_save (cr);
      cairo_translate (cr, 0, placement->y);
      cairo_rectangle (cr, 0, 0, self->width, placement->src_bottom - placement->src_top);
      cairo_clip (cr);
      cairo_translate (cr, 0, -placement->src_top);
      cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
      switch (block->kind)
        {
        case SOLAR_BRIEF_TEXT:
          draw_lines (cr, g_array_index (block->cells, SolarBriefCell, 0).layout,
                      g_array_index (block->cells, SolarBriefCell, 0).x,
                      placement->src_top, placement->src_bottom);
          break;
        case SOLAR_BRIEF_ROW:
          draw_cells (cr, block);
          break;
        case SOLAR_BRIEF_BAR:
          draw_cells (cr, block);
          draw_bar (cr, block);
          break;
        case SOLAR_BRIEF_RULE:
          cairo_set_source_rgb (cr, 0.75, 0.75, 0.75);
          cairo_rectangle (cr, 0, 0, self->width, 0.75);
          cairo_fill (cr);
          break;
        case SOLAR_BRIEF_DIAGRAM:
          draw_diagram (self, cr, block);
          break;
        case SOLAR_BRIEF_TIMELINE:
          draw_timeline (cr, block);
          break;
        default:
          g_assert_not_reached ();
        }
      cairo_restore (cr);
    }
  cairo_save (cr);
  draw_footer (self, cr, page);
  cairo_restore (cr);
}
