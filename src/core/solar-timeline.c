/* solar-timeline.c: where everything of a plan's timeline goes (no drawing)
 *
 * Time runs left to right at one width a day for the zoom (a week, a month or a quarter
 * at a glance), from the earliest to the latest date the plan has (its span, its
 * milestones, its KOLs' publish dates), widened to whole weeks, months or quarters. Along
 * the top, the scale; under it, the key dates and statutory holidays that fall in that
 * time (key-dates.json), each a chip, and a band down through every lane. Then one lane
 * for the whole campaign (its span and the milestones of no platform) and one per
 * platform: the plan's platforms in its order, then any other a milestone or KOL names.
 * A KOL post is a dot, and the posts of one platform on one day are one dot with a count:
 * a RED seeding plan with 300 KOCs posting the same week stays readable.
 *
 * Labels that would overlap go on the next row down, so a lane is as tall as its busiest
 * stretch. Every element has a rectangle for hit testing and focus, and the elements are
 * kept in time order, the order the arrow keys walk. The drawing is solar-timeline-render.c,
 * for the screen, the export and the brief alike.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-timeline"

#include "config.h"

#include <glib/gi18n.h>

#include <pango/pangocairo.h>
#include <string.h>

#include "solar-kol.h"
#include "solar-milestone.h"
#include "solar-plan-checks.h"
#include "solar-platform-plan.h"
#include "solar-timeline.h"

/* Sizes at a 13 px font; they grow with the font (Large Text). */
#define BASE_FONT_PX 13.0
#define GUTTER       140.0   /* the lanes' titles */
#define PADDING      16.0
#define MARKER       12.0    /* a milestone's diamond, a post's dot */

/* Key dates have a colour of their own, apart from every platform's. */
static const SolarColor key_date_color = { 0.80, 0.20, 0.30 };
static const SolarColor holiday_color = { 0.55, 0.55, 0.60 };
static const SolarColor campaign_color = { 0.35, 0.40, 0.50 };

struct _SolarTimeline
{
  GObject             parent_instance;

  SolarDataset       *dataset;
  SolarKeyDates      *key_dates;
  PangoContext       *pango;
  SolarTimelineZoom   zoom;
  double              font_px;

  GDate               first_day;
  GDate               last_day;
  gboolean            empty;
  double              width;
  double              height;
  double              header_height;
  GArray             *elements;   /* of SolarTimelineElement, in time order */
  GArray             *lanes;      /* of SolarTimelineLane */
  GArray             *ticks;      /* of SolarTimelineTick */
};

G_DEFINE_FINAL_TYPE (SolarTimeline, solar_timeline, G_TYPE_OBJECT)

static void
clear_element (SolarTimelineElement *element)
{
  g_clear_pointer (&element->label, g_free);
  g_clear_pointer (&element->description, g_free);
  g_clear_object (&element->layout);
}

static void
clear_lane (SolarTimelineLane *lane)
{
  g_clear_pointer (&lane->platform_id, g_free);
  g_clear_pointer (&lane->title, g_free);
  g_clear_object (&lane->layout);
}

static void
clear_tick (SolarTimelineTick *tick)
{
  g_clear_object (&tick->layout);
}

static void
solar_timeline_finalize (GObject *object)
{
  SolarTimeline *self = SOLAR_TIMELINE (object);

  g_clear_pointer (&self->elements, g_array_unref);
  g_clear_pointer (&self->lanes, g_array_unref);
  g_clear_pointer (&self->ticks, g_array_unref);
  g_clear_object (&self->pango);
  g_clear_object (&self->dataset);
  g_clear_object (&self->key_dates);
  G_OBJECT_CLASS (solar_timeline_parent_class)->finalize (object);
}

static void
solar_timeline_class_init (SolarTimelineClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = solar_timeline_finalize;
}

static void
solar_timeline_init (SolarTimeline *self)
{
  self->elements = g_array_new (FALSE, TRUE, sizeof (SolarTimelineElement));
  g_array_set_clear_func (self->elements, (GDestroyNotify)clear_element);
  self->lanes = g_array_new (FALSE, TRUE, sizeof (SolarTimelineLane));
  g_array_set_clear_func (self->lanes, (GDestroyNotify)clear_lane);
  self->ticks = g_array_new (FALSE, TRUE, sizeof (SolarTimelineTick));
  g_array_set_clear_func (self->ticks, (GDestroyNotify)clear_tick);
  self->pango = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  /* Chinese names in their Simplified forms whatever the UI language (as the diagram). */
  pango_context_set_language (self->pango, pango_language_from_string ("zh-cn"));
  self->zoom = SOLAR_TIMELINE_MONTH;
  self->empty = TRUE;
  g_date_clear (&self->first_day, 1);
  g_date_clear (&self->last_day, 1);
  solar_timeline_set_font_size (self, BASE_FONT_PX);
}

/**
 * solar_timeline_new:
 * @key_dates: (nullable): the marketing calendar; %NULL draws no key dates
 */
SolarTimeline *
solar_timeline_new (SolarDataset  *dataset,
                    SolarKeyDates *key_dates)
{
  SolarTimeline *self = g_object_new (SOLAR_TYPE_TIMELINE, NULL);

  g_return_val_if_fail (SOLAR_IS_DATASET (dataset), NULL);
  self->dataset = g_object_ref (dataset);
  self->key_dates = key_dates != NULL ? g_object_ref (key_dates) : NULL;
  return self;
}

void
solar_timeline_set_zoom (SolarTimeline     *self,
                         SolarTimelineZoom  zoom)
{
  g_return_if_fail (SOLAR_IS_TIMELINE (self));
  self->zoom = zoom;
}

SolarTimelineZoom
solar_timeline_get_zoom (SolarTimeline *self)
{
  g_return_val_if_fail (SOLAR_IS_TIMELINE (self), SOLAR_TIMELINE_MONTH);
  return self->zoom;
}

void
solar_timeline_set_font_size (SolarTimeline *self,
                              double         font_px)
{
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans");

  g_return_if_fail (SOLAR_IS_TIMELINE (self));
  pango_font_description_set_absolute_size (font, font_px * PANGO_SCALE);
  pango_context_set_font_description (self->pango, font);
  self->font_px = font_px;
}

double
solar_timeline_get_font_size (SolarTimeline *self)
{
  g_return_val_if_fail (SOLAR_IS_TIMELINE (self), BASE_FONT_PX);
  return self->font_px;
}

/* Days
 * ====
 */

static void
widen (GDate       *first,
       GDate       *last,
       const GDate *day)
{
  if (!g_date_valid (first) || g_date_compare (day, first) < 0)
    *first = *day;
  if (!g_date_valid (last) || g_date_compare (day, last) > 0)
    *last = *day;
}

static double
day_width (SolarTimeline *self)
{
  double scale = self->font_px / BASE_FONT_PX;

  switch (self->zoom)
    {
    case SOLAR_TIMELINE_WEEK:    return 28.0 * scale;
    case SOLAR_TIMELINE_QUARTER: return 2.5 * scale;
    case SOLAR_TIMELINE_MONTH:
    default:                     return 8.0 * scale;
    }
}

/* To whole weeks (Monday to Sunday), months or quarters, so the scale starts on a tick. */
static void
round_out (SolarTimeline *self)
{
  switch (self->zoom)
    {
    case SOLAR_TIMELINE_WEEK:
      g_date_subtract_days (&self->first_day, g_date_get_weekday (&self->first_day) - G_DATE_MONDAY);
      g_date_add_days (&self->last_day, G_DATE_SUNDAY - g_date_get_weekday (&self->last_day));
      break;
    case SOLAR_TIMELINE_QUARTER:
      g_date_set_day (&self->first_day, 1);
      g_date_set_month (&self->first_day,
                        (g_date_get_month (&self->first_day) - 1) / 3 * 3 + 1);
      g_date_set_day (&self->last_day, 1);
      g_date_set_month (&self->last_day, (g_date_get_month (&self->last_day) - 1) / 3 * 3 + 3);
      g_date_set_day (&self->last_day,
                      g_date_get_days_in_month (g_date_get_month (&self->last_day),
                                                g_date_get_year (&self->last_day)));
      break;
    case SOLAR_TIMELINE_MONTH:
    default:
      g_date_set_day (&self->first_day, 1);
      g_date_set_day (&self->last_day,
                      g_date_get_days_in_month (g_date_get_month (&self->last_day),
                                                g_date_get_year (&self->last_day)));
      break;
    }
}

double
solar_timeline_x_for_day (SolarTimeline *self,
                          const GDate   *day)
{
  g_return_val_if_fail (SOLAR_IS_TIMELINE (self), 0);
  if (self->empty)
    return self->width;
  return GUTTER * self->font_px / BASE_FONT_PX +
         g_date_days_between (&self->first_day, day) * day_width (self);
}

/**
 * solar_timeline_day_at_x:
 * @day: (out caller-allocates): the day drawn at @x
 *
 * Returns: %FALSE if @x is outside the days drawn
 */
gboolean
solar_timeline_day_at_x (SolarTimeline *self,
                         double         x,
                         GDate         *day)
{
  double gutter;
  int offset;

  g_return_val_if_fail (SOLAR_IS_TIMELINE (self), FALSE);
  if (self->empty)
    return FALSE;
  gutter = GUTTER * self->font_px / BASE_FONT_PX;
  offset = (int)((x - gutter) / day_width (self));
  if (x < gutter || offset > g_date_days_between (&self->first_day, &self->last_day))
    return FALSE;
  *day = self->first_day;
  g_date_add_days (day, offset);
  return TRUE;
}

/* Words
 * =====
 */

static char *
format_day (const GDate *day)
{
  char text[64];

  /* TRANSLATORS: a day in a timeline's descriptions, as strftime() formats it: "17 Feb 2026" */
  g_date_strftime (text, sizeof text, _("%-d %b %Y"), day);
  return g_strdup (text);
}

static PangoLayout *
create_layout (SolarTimeline *self,
               const char    *text)
{
  PangoLayout *layout = pango_layout_new (self->pango);

  pango_layout_set_text (layout, text, -1);
  return layout;
}

static void
measure (PangoLayout *layout,
         double      *width,
         double      *height)
{
  PangoRectangle logical;

  pango_layout_get_pixel_extents (layout, NULL, &logical);
  *width = logical.width;
  *height = logical.height;
}

/* Building
 * ========
 */

static void
add_element (SolarTimeline        *self,
             SolarTimelineElement *element)
{
  element->layout = create_layout (self, element->label);
  g_array_append_val (self->elements, *element);
}

/* The lane of @platform_id, made on first use; "" is the whole campaign's. */
static guint
lane_for (SolarTimeline *self,
          const char    *platform_id)
{
  SolarTimelineLane lane = { 0 };
  SolarPlatform *platform;

  for (guint i = 0; i < self->lanes->len; i++)
    if (g_str_equal (g_array_index (self->lanes, SolarTimelineLane, i).platform_id, platform_id))
      return i;

  lane.platform_id = g_strdup (platform_id);
  platform = *platform_id != '\0' ? solar_dataset_find_platform (self->dataset, platform_id) : NULL;
  if (*platform_id == '\0')
    {
      lane.title = g_strdup (_("Campaign"));
      lane.color = campaign_color;
    }
  else if (platform != NULL)
    {
      lane.title = g_strdup (solar_text_get (solar_platform_get_name (platform)));
      lane.color = *solar_platform_get_color (platform);
    }
  else
    {
      /* A platform the dataset does not know: the checks flag it; here it keeps its id. */
      lane.title = g_strdup (platform_id);
      lane.color = campaign_color;
    }
  /* The title's swatch and margins take 28 px of the gutter. */
  lane.layout = create_layout (self, lane.title);
  pango_layout_set_width (lane.layout,
                          (int)((solar_timeline_get_gutter (self) - 28) * PANGO_SCALE));
  pango_layout_set_ellipsize (lane.layout, PANGO_ELLIPSIZE_END);
  g_array_append_val (self->lanes, lane);
  return self->lanes->len - 1;
}

static void
add_span (SolarTimeline *self,
          SolarCampaign *campaign,
          const GDate   *start,
          const GDate   *end)
{
  g_autofree char *from = format_day (start);
  g_autofree char *to = format_day (end);
  const char *name = solar_campaign_get_name (campaign);
  SolarTimelineElement element = {
    .kind = SOLAR_TIMELINE_SPAN,
    .lane = lane_for (self, ""),
    .first_day = *start,
    .last_day = *end,
    .color = campaign_color,
  };

  element.label = g_strdup (*name != '\0' ? name : _("Campaign"));
  /* TRANSLATORS: the campaign's bar on the timeline: its name, first and last day */
  element.description = g_strdup_printf (_("%s, from %s to %s"), element.label, from, to);
  add_element (self, &element);
}

static void
add_milestones (SolarTimeline *self,
                SolarCampaign *campaign)
{
  GListModel *milestones = solar_campaign_get_milestones (campaign);

  for (guint i = 0; i < g_list_model_get_n_items (milestones); i++)
    {
      g_autoptr(SolarMilestone) milestone = g_list_model_get_item (milestones, i);
      const char *platform_id = solar_milestone_get_platform_id (milestone);
      SolarTimelineElement element = { .kind = SOLAR_TIMELINE_MILESTONE, .index = i };
      g_autofree char *day = NULL;
      guint lane;

      if (!solar_plan_parse_date (solar_milestone_get_date (milestone), &element.first_day))
        continue;
      element.last_day = element.first_day;
      lane = lane_for (self, platform_id);
      element.lane = lane;
      element.color = g_array_index (self->lanes, SolarTimelineLane, lane).color;
      element.label = g_strdup (solar_milestone_get_name (milestone));
      day = format_day (&element.first_day);
      if (*platform_id != '\0')
        /* TRANSLATORS: a milestone on the timeline: its name, its platform, its day */
        element.description = g_strdup_printf (_("Milestone %s on %s, %s"), element.label,
                                               g_array_index (self->lanes, SolarTimelineLane,
                                                              lane).title, day);
      else
        /* TRANSLATORS: a milestone of the whole campaign on the timeline: its name, its day */
        element.description = g_strdup_printf (_("Milestone %s, %s"), element.label, day);
      add_element (self, &element);
    }
}

/* The posts of one platform on one day are one element: its label counts them, its
 * description names a few. */
static void
add_posts (SolarTimeline *self,
           SolarCampaign *campaign)
{
  GListModel *kols = solar_campaign_get_kols (campaign);
  g_autoptr(GHashTable) groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GArray) posts = g_array_new (FALSE, TRUE, sizeof (SolarTimelineElement));
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify)g_ptr_array_unref);

  for (guint i = 0; i < g_list_model_get_n_items (kols); i++)
    {
      g_autoptr(SolarKol) kol = g_list_model_get_item (kols, i);
      const char *date = solar_kol_get_publish_date (kol);
      g_autofree char *key = NULL;
      gpointer found;
      GDate day;

      if (*date == '\0' || !solar_plan_parse_date (date, &day))
        continue;
      key = g_strconcat (solar_kol_get_platform_id (kol), "\t", date, NULL);
      if (g_hash_table_lookup_extended (groups, key, NULL, &found))
        {
          guint group = GPOINTER_TO_UINT (found);

          g_array_index (posts, SolarTimelineElement, group).n_kols++;
          g_ptr_array_add (g_ptr_array_index (names, group), (gpointer)solar_kol_get_name (kol));
        }
      else
        {
          SolarTimelineElement element = {
            .kind = SOLAR_TIMELINE_POSTS,
            .index = i,
            .n_kols = 1,
            .lane = lane_for (self, solar_kol_get_platform_id (kol)),
            .first_day = day,
            .last_day = day,
          };
          GPtrArray *group_names = g_ptr_array_new ();

          element.color = g_array_index (self->lanes, SolarTimelineLane, element.lane).color;
          g_ptr_array_add (group_names, (gpointer)solar_kol_get_name (kol));
          g_ptr_array_add (names, group_names);
          g_hash_table_insert (groups, g_steal_pointer (&key), GUINT_TO_POINTER (posts->len));
          g_array_append_val (posts, element);
        }
    }

  for (guint g = 0; g < posts->len; g++)
    {
      SolarTimelineElement element = g_array_index (posts, SolarTimelineElement, g);
      GPtrArray *group_names = g_ptr_array_index (names, g);
      const char *lane_title = g_array_index (self->lanes, SolarTimelineLane, element.lane).title;
      g_autofree char *day = format_day (&element.first_day);
      g_autoptr(GString) listed = g_string_new (NULL);

      /* The names stay in the roster's objects, alive while @kols is: used right here. */
      for (guint n = 0; n < MIN (group_names->len, 3u); n++)
        {
          if (n > 0)
            g_string_append (listed, _(", "));
          g_string_append (listed, g_ptr_array_index (group_names, n));
        }
      if (element.n_kols == 1)
        {
          element.label = g_strdup (g_ptr_array_index (group_names, 0));
          /* TRANSLATORS: one KOL's post on the timeline: the KOL, the platform, the day */
          element.description = g_strdup_printf (_("%s posts on %s, %s"), element.label,
                                                 lane_title, day);
        }
      else
        {
          /* TRANSLATORS: several KOLs posting the same day on one platform, on the timeline */
          element.label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u KOL post",
                                                        "%u KOL posts", element.n_kols),
                                           element.n_kols);
          if (element.n_kols > 3)
            /* TRANSLATORS: "23 KOL posts on RED, 15 Mar 2021: A, B, C and 20 more" */
            element.description = g_strdup_printf (_("%s on %s, %s: %s and %u more"), element.label,
                                                   lane_title, day, listed->str,
                                                   element.n_kols - 3);
          else
            /* TRANSLATORS: "3 KOL posts on RED, 15 Mar 2021: A, B, C" */
            element.description = g_strdup_printf (_("%s on %s, %s: %s"), element.label,
                                                   lane_title, day, listed->str);
        }
      add_element (self, &element);
    }
}

/* The key dates and holidays within the days shown. */
static void
add_key_dates (SolarTimeline *self)
{
  g_autoptr(GArray) days = NULL;
  g_autoptr(GPtrArray) holidays = NULL;

  if (self->key_dates == NULL)
    return;

  days = solar_key_dates_list_between (self->key_dates, &self->first_day, &self->last_day);
  for (guint i = 0; i < days->len; i++)
    {
      SolarKeyDateDay *day = &g_array_index (days, SolarKeyDateDay, i);
      g_autofree char *when = format_day (&day->date);
      SolarTimelineElement element = {
        .kind = SOLAR_TIMELINE_KEY_DATE,
        .first_day = day->date,
        .last_day = day->date,
        .color = key_date_color,
        .key_date = day->key_date,
        .opening = day->opening,
      };

      element.label = g_strdup (solar_text_get (day->key_date->name));
      /* TRANSLATORS: a key date on the timeline: its name, its day */
      element.description = g_strdup_printf (_("Key date %s, %s"), element.label, when);
      add_element (self, &element);
    }

  holidays = solar_key_dates_holidays_between (self->key_dates, &self->first_day, &self->last_day);
  for (guint i = 0; i < holidays->len; i++)
    {
      SolarHoliday *holiday = g_ptr_array_index (holidays, i);
      g_autofree char *from = format_day (&holiday->first_day);
      g_autofree char *to = format_day (&holiday->last_day);
      SolarTimelineElement element = {
        .kind = SOLAR_TIMELINE_HOLIDAY,
        .first_day = holiday->first_day,
        .last_day = holiday->last_day,
        .color = holiday_color,
        .holiday = holiday,
      };

      /* TRANSLATORS: a statutory holiday's days off on the timeline: "Spring Festival holiday" */
      element.label = g_strdup_printf (_("%s holiday"), solar_text_get (holiday->name));
      /* TRANSLATORS: a statutory holiday on the timeline: its label, first and last day off */
      element.description = g_strdup_printf (_("%s, days off from %s to %s"), element.label,
                                             from, to);
      add_element (self, &element);
    }
}

static void
add_ticks (SolarTimeline *self)
{
  GDate day = self->first_day;

  for (; g_date_compare (&day, &self->last_day) <= 0; g_date_add_days (&day, 1))
    {
      gboolean month_start = g_date_get_day (&day) == 1;
      gboolean quarter_start = month_start && (g_date_get_month (&day) - 1) % 3 == 0;
      SolarTimelineTick tick = { .day = day, .x = solar_timeline_x_for_day (self, &day) };
      char text[64] = "";

      switch (self->zoom)
        {
        case SOLAR_TIMELINE_WEEK:
          if (g_date_get_weekday (&day) != G_DATE_MONDAY && !month_start)
            continue;
          tick.major = month_start;
          if (g_date_get_weekday (&day) == G_DATE_MONDAY)
            /* TRANSLATORS: a week's first day on the timeline's scale, strftime() format */
            g_date_strftime (text, sizeof text, _("%-d %b"), &day);
          break;
        case SOLAR_TIMELINE_QUARTER:
          if (!month_start)
            continue;
          tick.major = quarter_start;
          /* TRANSLATORS: a month on the timeline's scale, strftime() format: "Mar 2026" */
          g_date_strftime (text, sizeof text, quarter_start ? _("%b %Y") : _("%b"), &day);
          break;
        case SOLAR_TIMELINE_MONTH:
        default:
          if (!month_start && g_date_get_weekday (&day) != G_DATE_MONDAY)
            continue;
          tick.major = month_start;
          if (month_start)
            g_date_strftime (text, sizeof text, _("%b %Y"), &day);
          break;
        }
      if (*text != '\0')
        tick.layout = create_layout (self, text);
      g_array_append_val (self->ticks, tick);
    }
}

static int
compare_elements (gconstpointer a,
                  gconstpointer b)
{
  const SolarTimelineElement *x = a, *y = b;
  int by_day = g_date_compare (&x->first_day, &y->first_day);

  if (by_day != 0)
    return by_day;
  if (x->kind != y->kind)
    return (int)x->kind - (int)y->kind;
  return (int)x->lane - (int)y->lane;
}

/* Places each label on the first row of its lane (or of the key dates) where it does not
 * run into another: returns that row. @row_ends holds each row's right end so far. */
static guint
pack (GArray *row_ends,
      double  left,
      double  right)
{
  for (guint row = 0; row < row_ends->len; row++)
    if (g_array_index (row_ends, double, row) <= left)
      {
        g_array_index (row_ends, double, row) = right;
        return row;
      }
  g_array_append_val (row_ends, right);
  return row_ends->len - 1;
}

static void
place (SolarTimeline *self)
{
  double scale = self->font_px / BASE_FONT_PX;
  double gap = 6 * scale, marker = MARKER * scale, line = self->font_px * 1.5;
  double chip_height = self->font_px * 1.7, width_needed = 0;
  double days_right = solar_timeline_x_for_day (self, &self->last_day) + day_width (self);
  g_autoptr(GArray) chip_rows = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GPtrArray) lane_rows = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (guint));
  double y;

  for (guint l = 0; l < self->lanes->len; l++)
    g_ptr_array_add (lane_rows, g_array_new (FALSE, FALSE, sizeof (double)));
  g_array_set_size (rows, self->elements->len);

  /* Rows first, in time order, so earlier labels keep the upper rows. */
  for (guint i = 0; i < self->elements->len; i++)
    {
      SolarTimelineElement *element = &g_array_index (self->elements, SolarTimelineElement, i);
      /* A holiday that began before the days shown starts at the left edge. */
      double x = MAX (solar_timeline_x_for_day (self, &element->first_day),
                      solar_timeline_get_gutter (self));
      double label_width, label_height, left, right;

      measure (element->layout, &label_width, &label_height);
      if (element->kind == SOLAR_TIMELINE_KEY_DATE || element->kind == SOLAR_TIMELINE_HOLIDAY)
        {
          left = x;
          right = x + label_width + 2 * gap;
          element->marker = (SolarRect) { left, 0, right - left, chip_height };
          element->label_rect = (SolarRect) { left + gap, 0, label_width, label_height };
          g_array_index (rows, guint, i) = pack (chip_rows, left, right + 2 * scale);
        }
      else
        {
          double centre = x + day_width (self) / 2;

          if (element->kind == SOLAR_TIMELINE_SPAN)
            element->marker = (SolarRect) {
              x, 0, solar_timeline_x_for_day (self, &element->last_day) + day_width (self) - x,
              marker };
          else
            element->marker = (SolarRect) { centre - marker / 2, 0, marker, marker };
          left = element->kind == SOLAR_TIMELINE_SPAN ? x : centre - marker / 2;
          right = left + label_width;
          element->label_rect = (SolarRect) { left, 0, label_width, label_height };
          g_array_index (rows, guint, i) = pack (g_ptr_array_index (lane_rows, element->lane),
                                                 left, right + gap);
        }
      width_needed = MAX (width_needed, MAX (element->marker.x + element->marker.width,
                                             element->label_rect.x + element->label_rect.width));
    }

  /* A lane with both milestones and posts has a row of marks for each, so a post on a
   * milestone's day is not hidden under its diamond. */
  g_autofree guint *lane_kinds = g_new0 (guint, self->lanes->len);

  for (guint i = 0; i < self->elements->len; i++)
    {
      SolarTimelineElement *element = &g_array_index (self->elements, SolarTimelineElement, i);

      if (element->kind == SOLAR_TIMELINE_POSTS)
        lane_kinds[element->lane] |= 2;
      else if (element->kind == SOLAR_TIMELINE_MILESTONE || element->kind == SOLAR_TIMELINE_SPAN)
        lane_kinds[element->lane] |= 1;
    }

  /* Then heights: the scale, the key dates' rows, each lane. */
  self->header_height = line * 1.6;
  y = self->header_height + MAX (chip_rows->len, 1u) * (chip_height + 2 * scale) + gap;
  for (guint l = 0; l < self->lanes->len; l++)
    {
      SolarTimelineLane *lane = &g_array_index (self->lanes, SolarTimelineLane, l);
      GArray *lane_row_ends = g_ptr_array_index (lane_rows, l);

      lane->y = y;
      lane->height = gap + (lane_kinds[l] == 3 ? 2 : 1) * (marker + gap) +
                     MAX (lane_row_ends->len, 1u) * line + gap;
      y += lane->height;
    }
  self->height = y + PADDING;
  self->width = MAX (days_right, width_needed) + PADDING;

  for (guint i = 0; i < self->elements->len; i++)
    {
      SolarTimelineElement *element = &g_array_index (self->elements, SolarTimelineElement, i);
      guint row = g_array_index (rows, guint, i);

      if (element->kind == SOLAR_TIMELINE_KEY_DATE || element->kind == SOLAR_TIMELINE_HOLIDAY)
        {
          element->marker.y = self->header_height + row * (chip_height + 2 * scale);
          element->label_rect.y = element->marker.y + (chip_height - element->label_rect.height) / 2;
        }
      else
        {
          SolarTimelineLane *lane = &g_array_index (self->lanes, SolarTimelineLane, element->lane);
          guint mark_rows = lane_kinds[element->lane] == 3 ? 2 : 1;
          gboolean second = mark_rows == 2 && element->kind == SOLAR_TIMELINE_POSTS;

          element->marker.y = lane->y + gap + (second ? marker + gap : 0);
          element->label_rect.y = lane->y + gap + mark_rows * (marker + gap) + row * line;
        }
    }
}

/**
 * solar_timeline_update:
 * @campaign: the plan to lay out
 *
 * Lays out @campaign's timeline at the current zoom and font size. A plan with no valid
 * date at all has an empty timeline (solar_timeline_is_empty()).
 */
void
solar_timeline_update (SolarTimeline *self,
                       SolarCampaign *campaign)
{
  GListModel *milestones, *kols, *platforms;
  GDate start, end;
  gboolean has_start, has_end;

  g_return_if_fail (SOLAR_IS_TIMELINE (self));
  g_return_if_fail (SOLAR_IS_CAMPAIGN (campaign));

  g_array_set_size (self->elements, 0);
  g_array_set_size (self->lanes, 0);
  g_array_set_size (self->ticks, 0);
  g_date_clear (&self->first_day, 1);
  g_date_clear (&self->last_day, 1);

  has_start = solar_plan_parse_date (solar_campaign_get_start_date (campaign), &start);
  has_end = solar_plan_parse_date (solar_campaign_get_end_date (campaign), &end);
  if (has_start)
    widen (&self->first_day, &self->last_day, &start);
  if (has_end)
    widen (&self->first_day, &self->last_day, &end);
  milestones = solar_campaign_get_milestones (campaign);
  for (guint i = 0; i < g_list_model_get_n_items (milestones); i++)
    {
      g_autoptr(SolarMilestone) milestone = g_list_model_get_item (milestones, i);
      GDate day;

      if (solar_plan_parse_date (solar_milestone_get_date (milestone), &day))
        widen (&self->first_day, &self->last_day, &day);
    }
  kols = solar_campaign_get_kols (campaign);
  for (guint i = 0; i < g_list_model_get_n_items (kols); i++)
    {
      g_autoptr(SolarKol) kol = g_list_model_get_item (kols, i);
      const char *date = solar_kol_get_publish_date (kol);
      GDate day;

      if (*date != '\0' && solar_plan_parse_date (date, &day))
        widen (&self->first_day, &self->last_day, &day);
    }

  self->empty = !g_date_valid (&self->first_day);
  if (self->empty)
    {
      self->width = self->height = 0;
      return;
    }
  round_out (self);

  /* The lanes in the plan's order: the campaign, its platforms, then any other named. */
  lane_for (self, "");
  platforms = solar_campaign_get_platforms (campaign);
  for (guint i = 0; i < g_list_model_get_n_items (platforms); i++)
    {
      g_autoptr(SolarPlatformPlan) plan = g_list_model_get_item (platforms, i);

      if (*solar_platform_plan_get_platform_id (plan) != '\0')
        lane_for (self, solar_platform_plan_get_platform_id (plan));
    }
  if (has_start && has_end && g_date_compare (&start, &end) <= 0)
    add_span (self, campaign, &start, &end);
  add_milestones (self, campaign);
  add_posts (self, campaign);
  add_key_dates (self);
  g_array_sort (self->elements, compare_elements);
  add_ticks (self);
  place (self);
}

/**
 * solar_timeline_update_to_fit:
 * @max_width: the widest the picture may be
 *
 * Lays out @campaign at the finest zoom whose picture is at most @max_width wide: a
 * six-week launch by the week, a season by the month; by the quarter if none fits.
 */
void
solar_timeline_update_to_fit (SolarTimeline *self,
                              SolarCampaign *campaign,
                              double         max_width)
{
  g_return_if_fail (SOLAR_IS_TIMELINE (self));

  for (SolarTimelineZoom zoom = SOLAR_TIMELINE_WEEK; zoom <= SOLAR_TIMELINE_QUARTER; zoom++)
    {
      solar_timeline_set_zoom (self, zoom);
      solar_timeline_update (self, campaign);
      if (self->width <= max_width)
        return;
    }
}

/* Asking
 * ======
 */

gboolean
solar_timeline_is_empty (SolarTimeline *self)
{
  g_return_val_if_fail (SOLAR_IS_TIMELINE (self), TRUE);
  return self->empty;
}

double
solar_timeline_get_width (SolarTimeline *self)
{
  g_return_val_if_fail (SOLAR_IS_TIMELINE (self), 0);
  return self->width;
}

double
solar_timeline_get_height (SolarTimeline *self)
{
  g_return_val_if_fail (SOLAR_IS_TIMELINE (self), 0);
  return self->height;
}

double
solar_timeline_get_gutter (SolarTimeline *self)
{
  g_return_val_if_fail (SOLAR_IS_TIMELINE (self), 0);
  return GUTTER * self->font_px / BASE_FONT_PX;
}

double
solar_timeline_get_header_height (SolarTimeline *self)
{
  g_return_val_if_fail (SOLAR_IS_TIMELINE (self), 0);
  return self->header_height;
}

const GDate *
solar_timeline_get_first_day (SolarTimeline *self)
{
  g_return_val_if_fail (SOLAR_IS_TIMELINE (self), NULL);
  return &self->first_day;
}

const GDate *
solar_timeline_get_last_day (SolarTimeline *self)
{
  g_return_val_if_fail (SOLAR_IS_TIMELINE (self), NULL);
  return &self->last_day;
}

double
solar_timeline_get_day_width (SolarTimeline *self)
{
  g_return_val_if_fail (SOLAR_IS_TIMELINE (self), 0);
  return day_width (self);
}

guint
solar_timeline_get_n_lanes (SolarTimeline *self)
{
  g_return_val_if_fail (SOLAR_IS_TIMELINE (self), 0);
  return self->lanes->len;
}

const SolarTimelineLane *
solar_timeline_get_lane (SolarTimeline *self,
                         guint          index)
{
  g_return_val_if_fail (SOLAR_IS_TIMELINE (self), NULL);
  g_return_val_if_fail (index < self->lanes->len, NULL);
  return &g_array_index (self->lanes, SolarTimelineLane, index);
}

guint
solar_timeline_get_n_ticks (SolarTimeline *self)
{
  g_return_val_if_fail (SOLAR_IS_TIMELINE (self), 0);
  return self->ticks->len;
}

const SolarTimelineTick *
solar_timeline_get_tick (SolarTimeline *self,
                         guint          index)
{
  g_return_val_if_fail (SOLAR_IS_TIMELINE (self), NULL);
  g_return_val_if_fail (index < self->ticks->len, NULL);
  return &g_array_index (self->ticks, SolarTimelineTick, index);
}

guint
solar_timeline_get_n_elements (SolarTimeline *self)
{
  g_return_val_if_fail (SOLAR_IS_TIMELINE (self), 0);
  return self->elements->len;
}

const SolarTimelineElement *
solar_timeline_get_element (SolarTimeline *self,
                            guint          index)
{
  g_return_val_if_fail (SOLAR_IS_TIMELINE (self), NULL);
  g_return_val_if_fail (index < self->elements->len, NULL);
  return &g_array_index (self->elements, SolarTimelineElement, index);
}

static gboolean
rect_contains (const SolarRect *rect,
               double           x,
               double           y)
{
  return x >= rect->x && x < rect->x + rect->width && y >= rect->y && y < rect->y + rect->height;
}

/**
 * solar_timeline_hit_test:
 *
 * Returns: the element whose mark or label is at @x, @y (the topmost drawn), or -1
 */
int
solar_timeline_hit_test (SolarTimeline *self,
                         double         x,
                         double         y)
{
  g_return_val_if_fail (SOLAR_IS_TIMELINE (self), -1);

  for (guint i = self->elements->len; i-- > 0;)
    {
      SolarTimelineElement *element = &g_array_index (self->elements, SolarTimelineElement, i);

      if (rect_contains (&element->marker, x, y) || rect_contains (&element->label_rect, x, y))
        return i;
    }
  return -1;
}

/**
 * solar_timeline_find:
 *
 * Returns: the element that shows milestone @index (or the posts of KOL @index, or the span
 *   for %SOLAR_TIMELINE_SPAN), or -1 if it is not drawn
 */
int
solar_timeline_find (SolarTimeline     *self,
                     SolarTimelineKind  kind,
                     guint              index)
{
  g_return_val_if_fail (SOLAR_IS_TIMELINE (self), -1);

  for (guint i = 0; i < self->elements->len; i++)
    {
      SolarTimelineElement *element = &g_array_index (self->elements, SolarTimelineElement, i);

      if (element->kind == kind && (kind == SOLAR_TIMELINE_SPAN || element->index == index))
        return i;
    }
  return -1;
}

/**
 * solar_timeline_step:
 * @from: an element, or -1 for none yet
 * @step: how many elements later in time (earlier if negative)
 *
 * Returns: the element @step away from @from along time, kept within the elements; -1 if
 *   there are none
 */
int
solar_timeline_step (SolarTimeline *self,
                     int            from,
                     int            step)
{
  int n;

  g_return_val_if_fail (SOLAR_IS_TIMELINE (self), -1);
  n = (int)self->elements->len;
  if (n == 0)
    return -1;
  if (from < 0)
    return step >= 0 ? 0 : n - 1;
  return CLAMP (from + step, 0, n - 1);
}
