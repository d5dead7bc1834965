/* solar-campaign-parts.c: what the plan's classes share (change-aware setters, list watching)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-campaign"

#include "config.h"

#include "solar-campaign-parts.h"

gboolean
solar_set_string (char       **field,
                  const char  *value)
{
  if (value == NULL)
    value = "";
  if (*field != NULL && g_str_equal (*field, value))
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

gboolean
solar_set_strv (char               ***field,
                const char * const   *value)
{
  static const char * const empty[] = { NULL };

  if (value == NULL)
    value = empty;
  if (*field != NULL && g_strv_equal ((const char * const *)*field, value))
    return FALSE;
  g_strfreev (*field);
  *field = g_strdupv ((char **)value);
  return TRUE;
}

gboolean
solar_set_double (double *field,
                  double  value)
{
  /* Comparing exactly is right here: a spin button writing back the value it just read
   * must not count as a change, and any other difference is one. */
  if (*field == value)
    return FALSE;
  *field = value;
  return TRUE;
}

gboolean
solar_strv_add (char       ***field,
                const char   *value)
{
  guint length = g_strv_length (*field);

  if (g_strv_contains ((const char * const *)*field, value))
    return FALSE;
  *field = g_renew (char *, *field, length + 2);
  (*field)[length] = g_strdup (value);
  (*field)[length + 1] = NULL;
  return TRUE;
}

gboolean
solar_strv_remove (char       ***field,
                   const char   *value)
{
  g_autoptr(GStrvBuilder) builder = NULL;

  if (!g_strv_contains ((const char * const *)*field, value))
    return FALSE;

  builder = g_strv_builder_new ();
  for (guint i = 0; (*field)[i] != NULL; i++)
    if (!g_str_equal ((*field)[i], value))
      g_strv_builder_add (builder, (*field)[i]);
  g_strfreev (*field);
  *field = g_strv_builder_end (builder);
  return TRUE;
}

/* A list watch tells its owner when a list or anything in one of its items changes. It
 * mirrors the list's items because "items-changed" arrives after removed items are gone,
 * and their handlers must still be disconnected: a removed milestone kept alive by an undo
 * stack must not mark the plan as changed. */
struct _SolarListWatch
{
  GListModel     *model;
  GPtrArray      *children;   /* of Child, parallel to the model's items */
  gulong          items_changed_id;
  SolarWatchFunc  func;
  gpointer        user_data;
  gboolean        items_watched;   /* FALSE: only the list's own changes are reported */
};

typedef struct
{
  GObject *object;
  gulong   handler_id;
} Child;

static void
child_free (gpointer data)
{
  Child *child = data;

  g_signal_handler_disconnect (child->object, child->handler_id);
  g_object_unref (child->object);
  g_free (child);
}

static void
on_child_notify (GObject    *object,
                 GParamSpec *pspec,
                 gpointer    user_data)
{
  SolarListWatch *watch = user_data;

  watch->func (watch->user_data);
}

static void
on_child_changed (GObject  *object,
                  gpointer  user_data)
{
  SolarListWatch *watch = user_data;

  watch->func (watch->user_data);
}

static Child *
child_new (SolarListWatch *watch,
           GObject        *object)
{
  Child *child = g_new0 (Child, 1);

  child->object = g_object_ref (object);
  /* A child with its own "changed" signal (a platform with its KPIs) reports everything
   * through it; listening to "notify" as well would report each change twice. */
  if (g_signal_lookup ("changed", G_OBJECT_TYPE (object)) != 0)
    child->handler_id = g_signal_connect (object, "changed", G_CALLBACK (on_child_changed), watch);
  else
    child->handler_id = g_signal_connect (object, "notify", G_CALLBACK (on_child_notify), watch);
  return child;
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  gpointer    user_data)
{
  SolarListWatch *watch = user_data;

  if (!watch->items_watched)
    {
      watch->func (watch->user_data);
      return;
    }
  g_ptr_array_remove_range (watch->children, position, removed);
  for (guint i = 0; i < added; i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (model, position + i);

      g_ptr_array_insert (watch->children, position + i, child_new (watch, object));
    }
  watch->func (watch->user_data);
}

SolarListWatch *
solar_list_watch_new (GListModel     *model,
                      SolarWatchFunc  func,
                      gpointer        user_data)
{
  SolarListWatch *watch = g_new0 (SolarListWatch, 1);

  watch->model = g_object_ref (model);
  watch->children = g_ptr_array_new_with_free_func (child_free);
  watch->func = func;
  watch->user_data = user_data;
  solar_list_watch_set_items_watched (watch, TRUE);
  watch->items_changed_id = g_signal_connect (model, "items-changed",
                                              G_CALLBACK (on_items_changed), watch);
  return watch;
}

/* Whether a change inside an item is reported, not only the list's own changes. A plan
 * that is only read (checked, exported) need not watch its items: connecting a handler to
 * each of 100,000 KOLs was a sixth of what `--check` took on such a plan. */
void
solar_list_watch_set_items_watched (SolarListWatch *watch,
                                    gboolean        watched)
{
  guint n_items = g_list_model_get_n_items (watch->model);

  if (watch->items_watched == watched)
    return;
  watch->items_watched = watched;
  g_ptr_array_set_size (watch->children, 0);
  if (!watched)
    return;
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (watch->model, i);

      g_ptr_array_add (watch->children, child_new (watch, object));
    }
}

void
solar_list_watch_free (SolarListWatch *watch)
{
  if (watch == NULL)
    return;
  g_signal_handler_disconnect (watch->model, watch->items_changed_id);
  g_ptr_array_unref (watch->children);
  g_object_unref (watch->model);
  g_free (watch);
}
