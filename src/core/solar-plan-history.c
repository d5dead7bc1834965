/* solar-plan-history.c: what was done to a plan, step by step, to undo and redo it
 *
 * The history listens to the plan instead of being told: every property of the plan and of
 * the objects in its lists (platforms, their KPIs, milestones, KOLs), and every change to
 * those lists, is recorded as it happens, whichever part of the app made it. A form field
 * bound to a property, a table cell, a paste or an import all land here the same way, so
 * no new editing feature can forget to be undoable.
 *
 * GObject's "notify" comes after a change and "items-changed" after the items are gone,
 * so the history keeps a copy of what it watches: each object's property values (a
 * "shadow") and each list's items (a "mirror"). A change is the value before and after,
 * or a splice of a list (where, what went, what came).
 *
 * Changes are grouped into steps, the unit of undo:
 * - between solar_plan_history_begin_step() and _end_step(), everything is one step with
 *   the name given ("Remove 12 KOLs");
 * - otherwise changes to one property of one object in a row are one step (typing a name),
 *   until solar_plan_history_break() (the keyboard left the field) or a pause; anything
 *   else is a step of its own, named after what it changed ("Change KOL Fee").
 *
 * The history is bounded: past its limit (an estimate of the bytes it holds, the removed
 * KOLs it keeps alive included) the oldest steps are forgotten. Each state of the plan has
 * a number (solar_plan_history_get_state()), so the document can tell when undo and redo
 * bring it back to what was saved.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-plan-history"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "solar-plan-history.h"

/* Keystrokes further apart than this are separate steps, as in a text editor. */
#define DEFAULT_PAUSE (G_USEC_PER_SEC * 3 / 2)
/* A thousand steps of typing are a few hundred kilobytes; this is for imports and
 * removals, which keep their KOLs. */
#define DEFAULT_LIMIT (32 * 1024 * 1024)
/* What an object kept alive by a step costs, roughly: the GObject and its strings. */
#define ITEM_COST 256

typedef enum
{
  CHANGE_PROPERTY,
  CHANGE_SPLICE,
} ChangeKind;

typedef struct
{
  ChangeKind  kind;
  GObject    *object;        /* the item whose property changed, or the GListStore */
  GParamSpec *pspec;
  GValue      before;
  GValue      after;
  guint       position;
  GPtrArray  *removed;
  GPtrArray  *added;
} Change;

typedef struct
{
  guint64    serial;
  char      *name;           /* NULL: named after its first change */
  GPtrArray *changes;
  gsize      size;
} Step;

/* The values of an object's recorded properties as the history last saw them. */
typedef struct
{
  GObject     *object;
  gulong       handler_id;
  GParamSpec **pspecs;       /* the type's, owned by the property cache */
  guint        n_pspecs;
  GValue      *values;
  GPtrArray   *lists;        /* the object's own lists, watched too (a platform's KPIs) */
} Shadow;

/* A list's items as the history last saw them. */
typedef struct
{
  GListModel *model;
  gulong      handler_id;
  GPtrArray  *items;
} Mirror;

typedef struct
{
  GParamSpec **values;       /* recorded: read-write, not objects */
  guint        n_values;
  GParamSpec **lists;        /* readable GListModel properties, watched as lists */
  guint        n_lists;
} TypeProperties;

struct _SolarPlanHistory
{
  GObject        parent_instance;
  SolarCampaign *campaign;
  GHashTable    *shadows;     /* GObject → Shadow */
  GHashTable    *mirrors;     /* GListModel → Mirror */
  GPtrArray     *undo_steps;  /* of Step, oldest first */
  GPtrArray     *redo_steps;  /* of Step, the next to redo last */
  Step          *typing;      /* the last undo step while typing may still join it */
  gint64         typed_at;
  char          *group_name;
  Step          *group;       /* made at the group's first change */
  guint          group_depth;
  guint          applying;
  guint64        next_serial;
  guint64        base_state;  /* the state before the oldest step kept */
  gsize          size;
  gsize          limit;
  GTimeSpan      pause;
};

G_DEFINE_FINAL_TYPE (SolarPlanHistory, solar_plan_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAMPAIGN,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_NAME,
  PROP_REDO_NAME,
  PROP_STATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  APPLIED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void watch_object   (SolarPlanHistory *self,
                            GObject          *object);
static void unwatch_object (SolarPlanHistory *self,
                            GObject          *object);

/* ----- what a type's properties are ------------------------------------------------ */

static const TypeProperties *
type_properties (GType type)
{
  static GHashTable *cache;
  TypeProperties *props;
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  if (cache == NULL)
    cache = g_hash_table_new (NULL, NULL);
  props = g_hash_table_lookup (cache, GSIZE_TO_POINTER (type));
  if (props != NULL)
    return props;

  props = g_new0 (TypeProperties, 1);
  pspecs = g_object_class_list_properties (g_type_class_peek (type), &n_pspecs);
  props->values = g_new0 (GParamSpec *, n_pspecs + 1);
  props->lists = g_new0 (GParamSpec *, n_pspecs + 1);
  for (guint i = 0; i < n_pspecs; i++)
    {
      GType value_type = G_PARAM_SPEC_VALUE_TYPE (pspecs[i]);

      if (g_type_is_a (value_type, G_TYPE_LIST_MODEL) && (pspecs[i]->flags & G_PARAM_READABLE))
        props->lists[props->n_lists++] = pspecs[i];
      else if ((pspecs[i]->flags & G_PARAM_READWRITE) == G_PARAM_READWRITE &&
               (pspecs[i]->flags & G_PARAM_CONSTRUCT_ONLY) == 0 &&
               !g_type_is_a (value_type, G_TYPE_OBJECT))
        props->values[props->n_values++] = pspecs[i];
    }
  g_hash_table_insert (cache, GSIZE_TO_POINTER (type), props);
  return props;
}

static gboolean
values_equal (const GValue *a,
              const GValue *b)
{
  GType type = G_VALUE_TYPE (a);

  if (type == G_TYPE_STRING)
    return g_strcmp0 (g_value_get_string (a), g_value_get_string (b)) == 0;
  if (type == G_TYPE_STRV)
    {
      const char * const *sa = g_value_get_boxed (a);
      const char * const *sb = g_value_get_boxed (b);
      static const char * const empty[] = { NULL };

      return g_strv_equal (sa != NULL ? sa : empty, sb != NULL ? sb : empty);
    }
  if (type == G_TYPE_DOUBLE)
    return g_value_get_double (a) == g_value_get_double (b);
  if (G_TYPE_IS_ENUM (type))
    return g_value_get_enum (a) == g_value_get_enum (b);
  if (type == G_TYPE_BOOLEAN)
    return g_value_get_boolean (a) == g_value_get_boolean (b);
  if (type == G_TYPE_INT)
    return g_value_get_int (a) == g_value_get_int (b);
  if (type == G_TYPE_UINT)
    return g_value_get_uint (a) == g_value_get_uint (b);
  return FALSE;   /* unknown: record it, an extra step is better than a lost one */
}

static gsize
value_size (const GValue *value)
{
  gsize size = sizeof (GValue);

  if (G_VALUE_HOLDS_STRING (value) && g_value_get_string (value) != NULL)
    size += strlen (g_value_get_string (value)) + 1;
  else if (G_VALUE_HOLDS (value, G_TYPE_STRV) && g_value_get_boxed (value) != NULL)
    for (const char * const *s = g_value_get_boxed (value); *s != NULL; s++)
      size += strlen (*s) + 1 + sizeof (char *);
  return size;
}

/* ----- changes and steps ----------------------------------------------------------- */

static void
change_free (gpointer data)
{
  Change *change = data;

  g_object_unref (change->object);
  if (change->kind == CHANGE_PROPERTY)
    {
      g_value_unset (&change->before);
      g_value_unset (&change->after);
    }
  else
    {
      g_ptr_array_unref (change->removed);
      g_ptr_array_unref (change->added);
    }
  g_free (change);
}

static gsize
change_size (const Change *change)
{
  if (change->kind == CHANGE_PROPERTY)
    return sizeof (Change) + value_size (&change->before) + value_size (&change->after);
  return sizeof (Change) + (change->removed->len + change->added->len) * ITEM_COST;
}

static void
step_free (gpointer data)
{
  Step *step = data;

  g_ptr_array_unref (step->changes);
  g_free (step->name);
  g_free (step);
}

/* A step that was not given a name is named after its first change. */
static const char *
name_change (const Change *change)
{
  static const struct { const char *type_name; const char *property; const char *name; } names[] = {
    { "SolarCampaign", "name", N_("Rename Plan") },
    { "SolarCampaign", "brand", N_("Change Brand") },
    { "SolarCampaign", "objective", N_("Change Objective") },
    { "SolarCampaign", "key-message", N_("Change Key Message") },
    { "SolarCampaign", "notes", N_("Change Notes") },
    { "SolarCampaign", "gender-focus", N_("Change Gender Focus") },
    { "SolarCampaign", "city-tiers", N_("Change City Tiers") },
    { "SolarCampaign", "segments", N_("Change Creator Segments") },
    { "SolarCampaign", "tribes", N_("Change Tribes") },
    { "SolarCampaign", "start-date", N_("Change Start Date") },
    { "SolarCampaign", "end-date", N_("Change End Date") },
    { "SolarCampaign", "total-budget", N_("Change Budget") },
    { "SolarCampaign", "currency", N_("Change Currency") },
    { "SolarPlatformPlan", "platform-id", N_("Change Platform") },
    { "SolarPlatformPlan", "allocation-mode", N_("Change Platform Allocation") },
    { "SolarPlatformPlan", "allocation-value", N_("Change Platform Budget") },
    { "SolarPlatformPlan", "tactics", N_("Change Tactics") },
    { "SolarPlatformPlan", "hashtags", N_("Change Hashtags") },
    { "SolarKpi", "metric", N_("Change KPI Metric") },
    { "SolarKpi", "target", N_("Change KPI Target") },
    { "SolarKpi", "unit", N_("Change KPI Unit") },
    { "SolarMilestone", "name", N_("Rename Milestone") },
    { "SolarMilestone", "date", N_("Change Milestone Date") },
    { "SolarMilestone", "platform-id", N_("Change Milestone Platform") },
    { "SolarKol", "name", N_("Rename KOL") },
    { "SolarKol", "platform-id", N_("Change KOL Platform") },
    { "SolarKol", "tier", N_("Change KOL Tier") },
    { "SolarKol", "followers", N_("Change KOL Followers") },
    { "SolarKol", "fee", N_("Change KOL Fee") },
    { "SolarKol", "deliverables", N_("Change KOL Deliverables") },
    { "SolarKol", "publish-date", N_("Change KOL Publish Date") },
  };
  static const struct { const char *type_name; const char *add; const char *remove; } splices[] = {
    { "SolarKol", N_("Add KOL"), N_("Remove KOL") },
    { "SolarMilestone", N_("Add Milestone"), N_("Remove Milestone") },
    { "SolarPlatformPlan", N_("Add Platform"), N_("Remove Platform") },
    { "SolarKpi", N_("Add KPI"), N_("Remove KPI") },
  };

  if (change->kind == CHANGE_PROPERTY)
    {
      const char *type_name = G_OBJECT_TYPE_NAME (change->object);

      for (guint i = 0; i < G_N_ELEMENTS (names); i++)
        if (g_str_equal (names[i].type_name, type_name) &&
            g_str_equal (names[i].property, change->pspec->name))
          return _(names[i].name);
    }
  else
    {
      const char *type_name = g_type_name (g_list_model_get_item_type (G_LIST_MODEL (change->object)));

      for (guint i = 0; i < G_N_ELEMENTS (splices); i++)
        if (g_str_equal (splices[i].type_name, type_name))
          return change->added->len >= change->removed->len ? _(splices[i].add) : _(splices[i].remove);
    }
  return _("Change Plan");
}

static const char *
step_get_name (const Step *step)
{
  if (step->name != NULL)
    return step->name;
  return name_change (g_ptr_array_index (step->changes, 0));
}

static Step *
top_step (SolarPlanHistory *self)
{
  if (self->undo_steps->len == 0)
    return NULL;
  return g_ptr_array_index (self->undo_steps, self->undo_steps->len - 1);
}

static guint64
current_state (SolarPlanHistory *self)
{
  Step *top = top_step (self);

  return top != NULL ? top->serial : self->base_state;
}

typedef struct
{
  gboolean    can_undo;
  gboolean    can_redo;
  const char *undo_name;
  const char *redo_name;
  guint64     state;
} Outline;

static Outline
outline (SolarPlanHistory *self)
{
  return (Outline) {
    .can_undo = solar_plan_history_get_can_undo (self),
    .can_redo = solar_plan_history_get_can_redo (self),
    .undo_name = solar_plan_history_get_undo_name (self),
    .redo_name = solar_plan_history_get_redo_name (self),
    .state = current_state (self),
  };
}

/* Says what changed between @before (an outline taken earlier) and now. Names are
 * compared as pointers: a step's name lives as long as the step, and a new step, even of
 * the same name, is a new state anyway. */
static void
notify_since (SolarPlanHistory *self,
              const Outline    *before)
{
  Outline now = outline (self);

  g_object_freeze_notify (G_OBJECT (self));
  if (now.can_undo != before->can_undo)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (now.can_redo != before->can_redo)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  if (now.undo_name != before->undo_name)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNDO_NAME]);
  if (now.redo_name != before->redo_name)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REDO_NAME]);
  if (now.state != before->state)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
  g_object_thaw_notify (G_OBJECT (self));
}

static void
notify_availability (SolarPlanHistory *self)
{
  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  g_object_thaw_notify (G_OBJECT (self));
}

static void
forget_oldest (SolarPlanHistory *self)
{
  /* The newest step stays, however large: it is the one the user may want back. */
  while (self->size > self->limit && self->undo_steps->len > 1)
    {
      Step *oldest = g_ptr_array_index (self->undo_steps, 0);

      self->size -= oldest->size;
      self->base_state = oldest->serial;
      g_ptr_array_remove_index (self->undo_steps, 0);
    }
}

static Step *
push_step (SolarPlanHistory *self,
           const char       *name)
{
  Step *step = g_new0 (Step, 1);

  step->serial = self->next_serial++;
  step->name = g_strdup (name);
  step->changes = g_ptr_array_new_with_free_func (change_free);
  for (guint i = 0; i < self->redo_steps->len; i++)
    self->size -= ((Step *)g_ptr_array_index (self->redo_steps, i))->size;
  g_ptr_array_set_size (self->redo_steps, 0);
  g_ptr_array_add (self->undo_steps, step);
  return step;
}

static void
add_change (SolarPlanHistory *self,
            Step             *step,
            Change           *change)
{
  gsize size = change_size (change);

  g_ptr_array_add (step->changes, change);
  step->size += size;
  self->size += size;
}

/* Typing again in the same field: the change it makes joins the step's last one. */
static gboolean
join_last (SolarPlanHistory *self,
           Step             *step,
           Change           *change)
{
  Change *last;
  gsize old_size;

  if (step->changes->len == 0 || change->kind != CHANGE_PROPERTY)
    return FALSE;
  last = g_ptr_array_index (step->changes, step->changes->len - 1);
  if (last->kind != CHANGE_PROPERTY || last->object != change->object || last->pspec != change->pspec)
    return FALSE;

  old_size = change_size (last);
  g_value_unset (&last->after);
  last->after = change->after;
  memset (&change->after, 0, sizeof (GValue));
  step->size = step->size - old_size + change_size (last);
  self->size = self->size - old_size + change_size (last);
  change_free (change);
  return TRUE;
}

static void
record (SolarPlanHistory *self,
        Change           *change)
{
  Outline before;
  gint64 now = g_get_monotonic_time ();

  if (self->applying > 0)
    {
      change_free (change);
      return;
    }

  before = outline (self);
  if (self->group_depth > 0)
    {
      if (self->group == NULL)
        self->group = push_step (self, self->group_name);
      if (!join_last (self, self->group, change))
        add_change (self, self->group, change);
    }
  else if (self->typing != NULL && self->typing == top_step (self) &&
           now - self->typed_at < self->pause && join_last (self, self->typing, change))
    ;
  else
    {
      Step *step = push_step (self, NULL);

      add_change (self, step, change);
      /* A list changing (a KOL added) is a step of its own; a property may be typed on. */
      self->typing = change->kind == CHANGE_PROPERTY ? step : NULL;
    }
  self->typed_at = now;
  forget_oldest (self);
  notify_since (self, &before);
}

/* ----- watching the plan ----------------------------------------------------------- */

static void
on_object_notify (GObject          *object,
                  GParamSpec       *pspec,
                  SolarPlanHistory *self)
{
  Shadow *shadow = g_hash_table_lookup (self->shadows, object);
  Change *change;
  guint slot;

  if (shadow == NULL)
    return;
  for (slot = 0; slot < shadow->n_pspecs; slot++)
    if (shadow->pspecs[slot] == pspec)
      break;
  if (slot == shadow->n_pspecs)
    return;

  change = g_new0 (Change, 1);
  change->kind = CHANGE_PROPERTY;
  g_value_init (&change->after, G_PARAM_SPEC_VALUE_TYPE (pspec));
  g_object_get_property (object, pspec->name, &change->after);
  if (values_equal (&shadow->values[slot], &change->after))
    {
      g_value_unset (&change->after);
      g_free (change);
      return;
    }
  change->object = g_object_ref (object);
  change->pspec = pspec;
  /* The shadow's value becomes the change's "before"; the shadow takes a copy of "after". */
  change->before = shadow->values[slot];
  memset (&shadow->values[slot], 0, sizeof (GValue));
  g_value_init (&shadow->values[slot], G_PARAM_SPEC_VALUE_TYPE (pspec));
  g_value_copy (&change->after, &shadow->values[slot]);
  record (self, change);
}

static void
on_items_changed (GListModel       *model,
                  guint             position,
                  guint             removed,
                  guint             added,
                  SolarPlanHistory *self)
{
  Mirror *mirror = g_hash_table_lookup (self->mirrors, model);
  Change *change;

  if (mirror == NULL)
    return;

  change = g_new0 (Change, 1);
  change->kind = CHANGE_SPLICE;
  change->object = g_object_ref (G_OBJECT (model));
  change->position = position;
  change->removed = g_ptr_array_new_full (removed, g_object_unref);
  change->added = g_ptr_array_new_full (added, g_object_unref);
  for (guint i = 0; i < removed; i++)
    g_ptr_array_add (change->removed, g_object_ref (g_ptr_array_index (mirror->items, position + i)));
  g_ptr_array_remove_range (mirror->items, position, removed);
  for (guint i = 0; i < removed; i++)
    unwatch_object (self, g_ptr_array_index (change->removed, i));
  for (guint i = 0; i < added; i++)
    {
      GObject *item = g_list_model_get_item (model, position + i);

      g_ptr_array_insert (mirror->items, position + i, g_object_ref (item));
      g_ptr_array_add (change->added, item);
      watch_object (self, item);
    }
  record (self, change);
}

static void
mirror_free (gpointer data)
{
  Mirror *mirror = data;

  g_signal_handler_disconnect (mirror->model, mirror->handler_id);
  g_ptr_array_unref (mirror->items);
  g_object_unref (mirror->model);
  g_free (mirror);
}

static void
watch_list (SolarPlanHistory *self,
            GListModel       *model)
{
  Mirror *mirror = g_new0 (Mirror, 1);
  guint n_items = g_list_model_get_n_items (model);

  mirror->model = g_object_ref (model);
  mirror->items = g_ptr_array_new_full (n_items, g_object_unref);
  for (guint i = 0; i < n_items; i++)
    g_ptr_array_add (mirror->items, g_list_model_get_item (model, i));
  mirror->handler_id = g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), self);
  g_hash_table_insert (self->mirrors, model, mirror);
  for (guint i = 0; i < n_items; i++)
    watch_object (self, g_ptr_array_index (mirror->items, i));
}

static void
unwatch_list (SolarPlanHistory *self,
              GListModel       *model)
{
  g_autoptr(GPtrArray) items = NULL;
  Mirror *mirror = g_hash_table_lookup (self->mirrors, model);

  if (mirror == NULL)
    return;
  items = g_ptr_array_ref (mirror->items);
  g_hash_table_remove (self->mirrors, model);
  for (guint i = 0; i < items->len; i++)
    unwatch_object (self, g_ptr_array_index (items, i));
}

static void
shadow_free (gpointer data)
{
  Shadow *shadow = data;

  g_signal_handler_disconnect (shadow->object, shadow->handler_id);
  for (guint i = 0; i < shadow->n_pspecs; i++)
    g_value_unset (&shadow->values[i]);
  g_free (shadow->values);
  g_clear_pointer (&shadow->lists, g_ptr_array_unref);
  g_object_unref (shadow->object);
  g_free (shadow);
}

static void
watch_object (SolarPlanHistory *self,
              GObject          *object)
{
  const TypeProperties *props = type_properties (G_OBJECT_TYPE (object));
  Shadow *shadow;

  if (g_hash_table_contains (self->shadows, object))
    return;

  shadow = g_new0 (Shadow, 1);
  shadow->object = g_object_ref (object);
  shadow->pspecs = props->values;
  shadow->n_pspecs = props->n_values;
  shadow->values = g_new0 (GValue, props->n_values);
  for (guint i = 0; i < props->n_values; i++)
    {
      g_value_init (&shadow->values[i], G_PARAM_SPEC_VALUE_TYPE (props->values[i]));
      g_object_get_property (object, props->values[i]->name, &shadow->values[i]);
    }
  shadow->handler_id = g_signal_connect (object, "notify", G_CALLBACK (on_object_notify), self);
  g_hash_table_insert (self->shadows, object, shadow);

  if (props->n_lists > 0)
    shadow->lists = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < props->n_lists; i++)
    {
      GListModel *list = NULL;

      g_object_get (object, props->lists[i]->name, &list, NULL);
      if (list == NULL)
        continue;
      g_ptr_array_add (shadow->lists, list);
      watch_list (self, list);
    }
}

static void
unwatch_object (SolarPlanHistory *self,
                GObject          *object)
{
  Shadow *shadow = g_hash_table_lookup (self->shadows, object);
  g_autoptr(GPtrArray) lists = NULL;

  if (shadow == NULL)
    return;
  if (shadow->lists != NULL)
    lists = g_ptr_array_ref (shadow->lists);
  g_hash_table_remove (self->shadows, object);
  for (guint i = 0; lists != NULL && i < lists->len; i++)
    unwatch_list (self, g_ptr_array_index (lists, i));
}

/* ----- undo and redo --------------------------------------------------------------- */

static void
apply (Change   *change,
       gboolean  backwards)
{
  if (change->kind == CHANGE_PROPERTY)
    {
      g_object_set_property (change->object, change->pspec->name,
                             backwards ? &change->before : &change->after);
      return;
    }

  if (!G_IS_LIST_STORE (change->object))
    return;
  if (backwards)
    g_list_store_splice (G_LIST_STORE (change->object), change->position, change->added->len,
                         change->removed->pdata, change->removed->len);
  else
    g_list_store_splice (G_LIST_STORE (change->object), change->position, change->removed->len,
                         change->added->pdata, change->added->len);
}

/* What a step undone (@backwards) or redone is about, for the editor to show it: the object
 * whose value changed, or the first item a list got back; %NULL if it only took items out. */
static GObject *
what_step_shows (Step     *step,
                 gboolean  backwards)
{
  Change *first = g_ptr_array_index (step->changes, 0);
  GPtrArray *shown;

  if (first->kind == CHANGE_PROPERTY)
    return first->object;
  shown = backwards ? first->removed : first->added;
  return shown->len > 0 ? g_ptr_array_index (shown, 0) : NULL;
}

static gboolean
move_step (SolarPlanHistory *self,
           GPtrArray        *from,
           GPtrArray        *to,
           gboolean          backwards)
{
  Outline before;
  Step *step;

  /* Undo in the middle of a named step would split it. */
  if (self->group_depth > 0 || from->len == 0)
    return FALSE;

  before = outline (self);
  self->typing = NULL;
  step = g_ptr_array_steal_index (from, from->len - 1);
  self->applying++;
  if (backwards)
    for (guint i = step->changes->len; i > 0; i--)
      apply (g_ptr_array_index (step->changes, i - 1), TRUE);
  else
    for (guint i = 0; i < step->changes->len; i++)
      apply (g_ptr_array_index (step->changes, i), FALSE);
  self->applying--;
  g_ptr_array_add (to, step);
  notify_since (self, &before);
  g_signal_emit (self, signals[APPLIED], 0, what_step_shows (step, backwards));
  return TRUE;
}

/* ----- the class ------------------------------------------------------------------- */

static void
solar_plan_history_dispose (GObject *object)
{
  SolarPlanHistory *self = (SolarPlanHistory *)object;

  /* Watches first: they disconnect from objects the steps may be the last to hold. */
  g_clear_pointer (&self->mirrors, g_hash_table_unref);
  g_clear_pointer (&self->shadows, g_hash_table_unref);
  g_clear_pointer (&self->undo_steps, g_ptr_array_unref);
  g_clear_pointer (&self->redo_steps, g_ptr_array_unref);
  g_clear_object (&self->campaign);

  G_OBJECT_CLASS (solar_plan_history_parent_class)->dispose (object);
}

static void
solar_plan_history_finalize (GObject *object)
{
  SolarPlanHistory *self = (SolarPlanHistory *)object;

  g_free (self->group_name);

  G_OBJECT_CLASS (solar_plan_history_parent_class)->finalize (object);
}

static void
solar_plan_history_constructed (GObject *object)
{
  SolarPlanHistory *self = (SolarPlanHistory *)object;

  G_OBJECT_CLASS (solar_plan_history_parent_class)->constructed (object);

  g_return_if_fail (SOLAR_IS_CAMPAIGN (self->campaign));
  watch_object (self, G_OBJECT (self->campaign));
}

static void
solar_plan_history_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  SolarPlanHistory *self = SOLAR_PLAN_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CAMPAIGN:
      g_value_set_object (value, self->campaign);
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, solar_plan_history_get_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, solar_plan_history_get_can_redo (self));
      break;
    case PROP_UNDO_NAME:
      g_value_set_string (value, solar_plan_history_get_undo_name (self));
      break;
    case PROP_REDO_NAME:
      g_value_set_string (value, solar_plan_history_get_redo_name (self));
      break;
    case PROP_STATE:
      g_value_set_uint64 (value, solar_plan_history_get_state (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
solar_plan_history_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  SolarPlanHistory *self = SOLAR_PLAN_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CAMPAIGN:
      self->campaign = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
solar_plan_history_class_init (SolarPlanHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = solar_plan_history_dispose;
  object_class->finalize = solar_plan_history_finalize;
  object_class->constructed = solar_plan_history_constructed;
  object_class->get_property = solar_plan_history_get_property;
  object_class->set_property = solar_plan_history_set_property;

  properties[PROP_CAMPAIGN] =
    g_param_spec_object ("campaign", NULL, NULL, SOLAR_TYPE_CAMPAIGN,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_UNDO] = g_param_spec_boolean ("can-undo", NULL, NULL, FALSE, flags);
  properties[PROP_CAN_REDO] = g_param_spec_boolean ("can-redo", NULL, NULL, FALSE, flags);
  /* "Remove 12 KOLs": what the menu puts after "Undo" */
  properties[PROP_UNDO_NAME] = g_param_spec_string ("undo-name", NULL, NULL, NULL, flags);
  properties[PROP_REDO_NAME] = g_param_spec_string ("redo-name", NULL, NULL, NULL, flags);
  /**
   * SolarPlanHistory:state:
   *
   * Which state of the plan this is: the same number after undo or redo brings the plan
   * back to a state it was in, a new one after any new step. Typing that joins the last
   * step keeps its number (solar_plan_history_break() first, as saving does, to tell the
   * state saved from what is typed after it).
   */
  properties[PROP_STATE] = g_param_spec_uint64 ("state", NULL, NULL, 0, G_MAXUINT64, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SolarPlanHistory::applied:
   * @item: (nullable): what the step was about: the campaign, a platform, a KPI, a
   *   milestone or a KOL whose value changed or that came back; %NULL if it only removed
   *
   * Emitted after a step was undone or redone, so the editor can show where.
   */
  signals[APPLIED] = g_signal_new ("applied", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_OBJECT);
}

static void
solar_plan_history_init (SolarPlanHistory *self)
{
  self->shadows = g_hash_table_new_full (NULL, NULL, NULL, shadow_free);
  self->mirrors = g_hash_table_new_full (NULL, NULL, NULL, mirror_free);
  self->undo_steps = g_ptr_array_new_with_free_func (step_free);
  self->redo_steps = g_ptr_array_new_with_free_func (step_free);
  self->next_serial = 1;
  self->limit = DEFAULT_LIMIT;
  self->pause = DEFAULT_PAUSE;
}

/* ----- the API --------------------------------------------------------------------- */

/**
 * solar_plan_history_new:
 * @campaign: the plan, as it is now: the history starts here
 *
 * Returns: (transfer full): a history recording every change to @campaign from now on
 */
SolarPlanHistory *
solar_plan_history_new (SolarCampaign *campaign)
{
  g_return_val_if_fail (SOLAR_IS_CAMPAIGN (campaign), NULL);
  return g_object_new (SOLAR_TYPE_PLAN_HISTORY, "campaign", campaign, NULL);
}

/* Returns: (transfer none): the plan recorded */
SolarCampaign *
solar_plan_history_get_campaign (SolarPlanHistory *self)
{
  g_return_val_if_fail (SOLAR_IS_PLAN_HISTORY (self), NULL);
  return self->campaign;
}

/**
 * solar_plan_history_begin_step:
 * @name: what the step does, for people, translated: "Remove 12 KOLs"
 *
 * Everything changed until the matching solar_plan_history_end_step() is one step.
 * Steps may nest; the outermost names the step. A step that changes nothing is not kept.
 */
void
solar_plan_history_begin_step (SolarPlanHistory *self,
                               const char       *name)
{
  g_return_if_fail (SOLAR_IS_PLAN_HISTORY (self));
  g_return_if_fail (name != NULL);

  if (self->group_depth > 0)
    {
      self->group_depth++;
      return;
    }
  self->typing = NULL;
  g_free (self->group_name);
  self->group_name = g_strdup (name);
  self->group = NULL;
  /* Nothing can be undone or redone in the middle of a step: say so, and again at its end. */
  self->group_depth++;
  notify_availability (self);
}

void
solar_plan_history_end_step (SolarPlanHistory *self)
{
  g_return_if_fail (SOLAR_IS_PLAN_HISTORY (self));
  g_return_if_fail (self->group_depth > 0);

  if (--self->group_depth > 0)
    return;
  self->group = NULL;
  g_clear_pointer (&self->group_name, g_free);
  notify_availability (self);
}

/* Typing from here on is a new step: the keyboard left the field, or the plan was saved. */
void
solar_plan_history_break (SolarPlanHistory *self)
{
  g_return_if_fail (SOLAR_IS_PLAN_HISTORY (self));
  self->typing = NULL;
}

gboolean
solar_plan_history_get_can_undo (SolarPlanHistory *self)
{
  g_return_val_if_fail (SOLAR_IS_PLAN_HISTORY (self), FALSE);
  return self->undo_steps->len > 0 && self->group_depth == 0;
}

gboolean
solar_plan_history_get_can_redo (SolarPlanHistory *self)
{
  g_return_val_if_fail (SOLAR_IS_PLAN_HISTORY (self), FALSE);
  return self->redo_steps->len > 0 && self->group_depth == 0;
}

/* Returns: (nullable): what undo would take back, translated ("Remove 12 KOLs") */
const char *
solar_plan_history_get_undo_name (SolarPlanHistory *self)
{
  g_return_val_if_fail (SOLAR_IS_PLAN_HISTORY (self), NULL);
  if (self->undo_steps->len == 0)
    return NULL;
  return step_get_name (g_ptr_array_index (self->undo_steps, self->undo_steps->len - 1));
}

/* Returns: (nullable): what redo would do again, translated */
const char *
solar_plan_history_get_redo_name (SolarPlanHistory *self)
{
  g_return_val_if_fail (SOLAR_IS_PLAN_HISTORY (self), NULL);
  if (self->redo_steps->len == 0)
    return NULL;
  return step_get_name (g_ptr_array_index (self->redo_steps, self->redo_steps->len - 1));
}

/* Returns: %TRUE if a step was undone */
gboolean
solar_plan_history_undo (SolarPlanHistory *self)
{
  g_return_val_if_fail (SOLAR_IS_PLAN_HISTORY (self), FALSE);
  return move_step (self, self->undo_steps, self->redo_steps, TRUE);
}

/* Returns: %TRUE if a step was redone */
gboolean
solar_plan_history_redo (SolarPlanHistory *self)
{
  g_return_val_if_fail (SOLAR_IS_PLAN_HISTORY (self), FALSE);
  return move_step (self, self->redo_steps, self->undo_steps, FALSE);
}

/* Returns: the plan's state now (see #SolarPlanHistory:state) */
guint64
solar_plan_history_get_state (SolarPlanHistory *self)
{
  g_return_val_if_fail (SOLAR_IS_PLAN_HISTORY (self), 0);
  return current_state (self);
}

/* Returns: about how many bytes the steps hold, for the limit and for tests */
gsize
solar_plan_history_get_size (SolarPlanHistory *self)
{
  g_return_val_if_fail (SOLAR_IS_PLAN_HISTORY (self), 0);
  return self->size;
}

/* Returns: how many steps there are to undo */
guint
solar_plan_history_get_n_steps (SolarPlanHistory *self)
{
  g_return_val_if_fail (SOLAR_IS_PLAN_HISTORY (self), 0);
  return self->undo_steps->len;
}

/* Past @max_bytes (see solar_plan_history_get_size()) the oldest steps are forgotten. */
void
solar_plan_history_set_limit (SolarPlanHistory *self,
                              gsize             max_bytes)
{
  Outline before;

  g_return_if_fail (SOLAR_IS_PLAN_HISTORY (self));

  before = outline (self);
  self->limit = max_bytes;
  forget_oldest (self);
  notify_since (self, &before);
}

/* Changes to one field further apart than @pause (in microseconds) are separate steps. */
void
solar_plan_history_set_pause (SolarPlanHistory *self,
                              GTimeSpan         pause)
{
  g_return_if_fail (SOLAR_IS_PLAN_HISTORY (self));
  self->pause = pause;
}
