/* solar-orbit-layout.c: places the diagram's body buttons where the geometry puts the bodies
 *
 * Each platform is a real, focusable button laid exactly over its drawn disc, so focus,
 * tooltips, clicks and screen readers work the way they do for any other GTK widget.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-orbit-layout"

#include "config.h"

#include "solar-orbit-layout.h"
#include "solar-orbit-view-private.h"

/* Small enough for a 360 px wide phone-sized window, large enough to read. */
#define MIN_SIZE     240
#define NATURAL_SIZE 720

struct _SolarOrbitLayout
{
  GtkLayoutManager parent_instance;
};

G_DEFINE_FINAL_TYPE (SolarOrbitLayout, solar_orbit_layout, GTK_TYPE_LAYOUT_MANAGER)

static void
solar_orbit_layout_measure (GtkLayoutManager *manager,
                            GtkWidget        *widget,
                            GtkOrientation    orientation,
                            int               for_size,
                            int              *minimum,
                            int              *natural,
                            int              *minimum_baseline,
                            int              *natural_baseline)
{
  *minimum = MIN_SIZE;
  *natural = NATURAL_SIZE;
}

static void
solar_orbit_layout_allocate (GtkLayoutManager *manager,
                             GtkWidget        *widget,
                             int               width,
                             int               height,
                             int               baseline)
{
  SolarOrbitView *view = SOLAR_ORBIT_VIEW (widget);
  SolarOrbit *orbit = solar_orbit_view_get_orbit (view);

  if (orbit == NULL)
    return;

  solar_orbit_allocate (orbit, width, height);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      guint position = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (child), "body-position"));
      const SolarBody *body;
      int size, child_min;

      /* A body's context menu: popovers place themselves. */
      if (GTK_IS_POPOVER (child))
        {
          gtk_popover_present (GTK_POPOVER (child));
          continue;
        }

      body = solar_orbit_get_body (orbit, position);
      size = MAX (1, (int)(2 * body->radius + 0.5));

      /* GTK wants every child measured before it is allocated. */
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &child_min, NULL, NULL, NULL);
      gtk_widget_size_allocate (child,
                                &(GtkAllocation) { (int)(body->x - size / 2.0 + 0.5),
                                                   (int)(body->y - size / 2.0 + 0.5),
                                                   MAX (size, child_min), MAX (size, child_min) },
                                -1);
    }
}

static GtkSizeRequestMode
solar_orbit_layout_get_request_mode (GtkLayoutManager *manager,
                                     GtkWidget        *widget)
{
  return GTK_SIZE_REQUEST_CONSTANT_SIZE;
}

static void
solar_orbit_layout_class_init (SolarOrbitLayoutClass *klass)
{
  GtkLayoutManagerClass *manager_class = GTK_LAYOUT_MANAGER_CLASS (klass);

  manager_class->measure = solar_orbit_layout_measure;
  manager_class->allocate = solar_orbit_layout_allocate;
  manager_class->get_request_mode = solar_orbit_layout_get_request_mode;
}

static void
solar_orbit_layout_init (SolarOrbitLayout *self)
{
}
