/* solar-orbit-labels.c: where each body's label goes, and whether everything fits
 *
 * solar_orbit_allocate() tries ever smaller fonts and radii until the labels can all be
 * placed without covering a body or each other; the search lives in solar-orbit.c, the
 * placement and the checks it relies on live here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-orbit"

#include "config.h"

#include <math.h>

#include "solar-orbit-private.h"

#define LABEL_GAP          3.0
/* Clear of the rings drawn round a body (the highlight, 5.5 line widths out, and a plan's
 * share arc, 6.5), so that they never touch its label. Used wherever there is room. */
#define WIDE_LABEL_GAP     10.0
#define N_LABEL_CANDIDATES 5

/**
 * solar_body_get_bounds:
 * @body: a placed body
 * @bounds: (out): the square around its disc
 *
 * The box the body's disc takes, for overlap checks and for telling whether its label sits
 * on it.
 */
void
solar_body_get_bounds (const SolarBody *body,
                       SolarRect       *bounds)
{
  g_return_if_fail (body != NULL && bounds != NULL);

  *bounds = (SolarRect) { body->x - body->radius, body->y - body->radius,
                          2 * body->radius, 2 * body->radius };
}

gboolean
solar_rect_intersects (const SolarRect *a,
                       const SolarRect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

static gboolean
rect_inside (const SolarRect *inner,
             const SolarRect *outer)
{
  return inner->x >= outer->x && inner->y >= outer->y &&
         inner->x + inner->width <= outer->x + outer->width &&
         inner->y + inner->height <= outer->y + outer->height;
}

/* The size of a label's text, which is what it takes on screen, ink or not. */
void
solar_orbit_measure_layout (PangoLayout *layout,
                            double      *width,
                            double      *height)
{
  PangoRectangle logical;

  pango_layout_get_pixel_extents (layout, NULL, &logical);
  *width = logical.width;
  *height = logical.height;
}

/* How far out from a body's centre its label must start: a platform the report does not
 * cover wears a dotted ring just outside its outline (solar-render.c), which no label may
 * cover. */
static double
label_radius (const SolarBody *body)
{
  if (body->kind == SOLAR_BODY_PLATFORM && !body->in_report)
    return body->radius + SOLAR_ORBIT_NOT_IN_REPORT_RING;
  return body->radius;
}

/* Where a label may go, in order of preference: below the body (the usual place), on the
 * side facing away from the centre, above, right, left. The centre's label goes inside it
 * when it fits. */
static SolarRect
label_candidate (const SolarBody *body,
                 guint            candidate,
                 double           gap,
                 double           width,
                 double           height)
{
  double c = cos (body->angle), s = sin (body->angle), r = label_radius (body);
  SolarRect below = { body->x - width / 2, body->y + r + gap, width, height };
  SolarRect above = { body->x - width / 2, body->y - r - gap - height, width, height };
  SolarRect right = { body->x + r + gap, body->y - height / 2, width, height };
  SolarRect left = { body->x - r - gap - width, body->y - height / 2, width, height };

  if (body->kind == SOLAR_BODY_SUN && candidate == 0)
    return (SolarRect) { body->x - width / 2, body->y - height / 2, width, height };

  switch (candidate)
    {
    case 0:  return below;
    case 1:  return fabs (c) > fabs (s) ? (c > 0 ? right : left) : (s > 0 ? below : above);
    case 2:  return above;
    case 3:  return right;
    default: return left;
    }
}

static gboolean
label_is_free (SolarOrbit      *self,
               guint            position,
               const SolarRect *label,
               const SolarRect *area)
{
  const SolarBody *owner = &g_array_index (self->bodies, SolarBody, position);
  SolarRect own;

  solar_body_get_bounds (owner, &own);
  if (!rect_inside (label, area))
    return FALSE;
  if (owner->kind == SOLAR_BODY_SUN && rect_inside (label, &own))
    return label->width < owner->radius * 1.8 && label->height < owner->radius * 1.6;

  for (guint i = 0; i < self->bodies->len; i++)
    {
      const SolarBody *body = &g_array_index (self->bodies, SolarBody, i);
      SolarRect bounds;

      solar_body_get_bounds (body, &bounds);
      if (i != position && solar_rect_intersects (label, &bounds))
        return FALSE;
      /* Labels placed so far: those of the bodies before this one. */
      if (i < position && solar_rect_intersects (label, &body->label))
        return FALSE;
    }
  return TRUE;
}

/* Gives each body the first free place for its label, or its usual place when none is
 * free; solar_orbit_everything_fits() then tells whether that was good enough. Without
 * @allow_close, only places clear of the rings drawn round a body count as free. */
void
solar_orbit_place_labels (SolarOrbit      *self,
                          const SolarRect *area,
                          gboolean         allow_close)
{
  for (guint i = 0; i < self->bodies->len; i++)
    {
      SolarBody *body = &g_array_index (self->bodies, SolarBody, i);
      double width, height;

      solar_orbit_measure_layout (body->layout, &width, &height);
      body->label = label_candidate (body, body->kind == SOLAR_BODY_SUN ? 1 : 0, LABEL_GAP,
                                     width, height);
      /* Each place clear of the rings if it can be, else close to the body: in a small
       * window the close one is what lets the labels fit at all. */
      for (guint k = 0; k < N_LABEL_CANDIDATES * 2; k += allow_close ? 1 : 2)
        {
          double gap = k % 2 == 0 ? WIDE_LABEL_GAP : LABEL_GAP;
          SolarRect candidate = label_candidate (body, k / 2, gap, width, height);

          if (label_is_free (self, i, &candidate, area))
            {
              body->label = candidate;
              break;
            }
        }
    }
}

static gboolean
bodies_collide (const SolarBody *a,
                const SolarBody *b)
{
  SolarRect a_bounds, b_bounds;
  gboolean a_label_inside, b_label_inside;

  solar_body_get_bounds (a, &a_bounds);
  solar_body_get_bounds (b, &b_bounds);
  a_label_inside = rect_inside (&a->label, &a_bounds);
  b_label_inside = rect_inside (&b->label, &b_bounds);

  if (hypot (a->x - b->x, a->y - b->y) < a->radius + b->radius + SOLAR_ORBIT_BODY_GAP)
    return TRUE;
  if (!a_label_inside && (solar_rect_intersects (&a->label, &b->label) ||
                          solar_rect_intersects (&a->label, &b_bounds)))
    return TRUE;
  if (!b_label_inside && solar_rect_intersects (&b->label, &a_bounds))
    return TRUE;
  return FALSE;
}

gboolean
solar_orbit_everything_fits (SolarOrbit      *self,
                             const SolarRect *area)
{
  for (guint i = 0; i < self->bodies->len; i++)
    {
      const SolarBody *body = &g_array_index (self->bodies, SolarBody, i);
      SolarRect bounds;

      solar_body_get_bounds (body, &bounds);
      if (!rect_inside (&bounds, area) || !rect_inside (&body->label, area))
        return FALSE;
      for (guint j = i + 1; j < self->bodies->len; j++)
        if (bodies_collide (body, &g_array_index (self->bodies, SolarBody, j)))
          return FALSE;
    }
  return TRUE;
}
