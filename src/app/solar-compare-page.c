/* solar-compare-page.c: two to four platforms side by side
 *
 * The user ticks platforms (at most four: a fifth check box is made insensitive rather than
 * silently unticking another); from two on, a table lines their figures, audience, functions
 * and content up in columns. The table scrolls sideways in a narrow window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-compare-page"

#include "config.h"

#include <glib/gi18n.h>

#include "solar-compare-page.h"

struct _SolarComparePage
{
  AdwBin        parent_instance;
  SolarDataset *dataset;
  GPtrArray    *checks;          /* a GtkCheckButton per platform, in dataset order */
  GtkFlowBox   *picker;
  GtkStack     *stack;
  GtkGrid      *table;
};

G_DEFINE_FINAL_TYPE (SolarComparePage, solar_compare_page, ADW_TYPE_BIN)

static GtkWidget *
cell (const char *text,
      const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static GPtrArray *
selected_platforms (SolarComparePage *self)
{
  GPtrArray *selected = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *platforms = solar_dataset_get_platforms (self->dataset);

  for (guint i = 0; i < self->checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->checks, i)))
      g_ptr_array_add (selected, g_list_model_get_item (platforms, i));
  return selected;
}

static char *
dup_items_of_kind (SolarPlatform *platform,
                   SolarItemKind  kind)
{
  GListModel *items = solar_platform_get_items (platform);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(SolarItem) item = g_list_model_get_item (items, i);

      if (solar_item_get_kind (item) == kind)
        g_string_append_printf (text, "%s%s", text->len ? "\n" : "",
                                solar_text_get (solar_item_get_title (item)));
    }
  return text->len ? g_string_free (text, FALSE) : (g_string_free (text, TRUE), g_strdup ("—"));
}

static char *
dup_audience (SolarPlatform *platform)
{
  const SolarAudience *audience = solar_platform_get_audience (platform);
  GString *text;

  if (audience == NULL)
    return g_strdup ("—");

  text = g_string_new (NULL);
  for (guint i = 0; i < audience->split->len; i++)
    {
      SolarShare *share = g_ptr_array_index (audience->split, i);
      g_autofree char *value = solar_format_quantity (share->share, SOLAR_UNIT_PERCENT);

      g_string_append_printf (text, "%s%s %s", i ? "\n" : "", solar_text_get (share->label), value);
    }
  return g_string_free (text, FALSE);
}

/* Figures are lined up by label, so "Monthly active users" is one row for everyone. */
static GPtrArray *
figure_labels (GPtrArray *platforms)
{
  GPtrArray *labels = g_ptr_array_new ();

  for (guint i = 0; i < platforms->len; i++)
    {
      GListModel *figures = solar_platform_get_figures (g_ptr_array_index (platforms, i));

      for (guint j = 0; j < g_list_model_get_n_items (figures); j++)
        {
          g_autoptr(SolarFigure) figure = g_list_model_get_item (figures, j);
          const char *label = solar_text_get (solar_figure_get_label (figure));

          if (!g_ptr_array_find_with_equal_func (labels, label, g_str_equal, NULL))
            g_ptr_array_add (labels, (gpointer)label);
        }
    }
  return labels;
}

static char *
dup_figure_value (SolarPlatform *platform,
                  const char    *label)
{
  GListModel *figures = solar_platform_get_figures (platform);

  for (guint i = 0; i < g_list_model_get_n_items (figures); i++)
    {
      g_autoptr(SolarFigure) figure = g_list_model_get_item (figures, i);

      if (g_str_equal (solar_text_get (solar_figure_get_label (figure)), label))
        {
          g_autofree char *value = solar_figure_format_value (figure);
          g_autofree char *as_of = solar_format_as_of (solar_figure_get_as_of (figure));
          g_autofree char *reported = NULL;
          guint n_later = solar_figure_get_n_later (figure);
          const SolarFigurePoint *latest = n_later > 0 ? solar_figure_get_later (figure, n_later - 1)
                                                       : NULL;
          g_autofree char *latest_value = NULL, *latest_as_of = NULL;

          /* A figure from a later source (the report gives the platform none of this
           * measure, or does not cover it) is all "latest". */
          if (!solar_figure_is_from_report (figure))
            {
              if (latest == NULL)
                /* Translators: a figure the report does not give, e.g.
                 * "Not in the report
Latest: 578 million (September 2025)" */
                return g_strdup_printf (_("Not in the report\nLatest: %s (%s)"), value, as_of);
              reported = g_strdup (_("Not in the report"));
            }
          else if (as_of == NULL)
            /* Translators: a figure whose source gives no date, e.g. "200 million (undated)" */
            reported = g_strdup_printf (_("%s (undated)"), value);
          else
            /* Translators: a figure and when it was true, e.g. "1.2 billion (August 2020)" */
            reported = g_strdup_printf (_("%s (%s)"), value, as_of);
          if (latest == NULL)
            return g_steal_pointer (&reported);

          /* Both: the report's, and the latest since, saying what it counts if that differs. */
          latest_value = solar_format_quantity (latest->value, solar_figure_get_unit (figure));
          latest_as_of = solar_format_as_of (latest->as_of);
          if (latest->metric != NULL)
            /* Translators: under the report's figure, the latest one and what it counts:
             * "Latest: 100.3 million, Average daily subscribing members… (December 2023)" */
            return g_strdup_printf (_("%s\nLatest: %s, %s (%s)"), reported, latest_value,
                                    solar_text_get (latest->metric), latest_as_of);
          /* Translators: under the report's figure, the latest one: "Latest: 257 million (September 2025)" */
          return g_strdup_printf (_("%s\nLatest: %s (%s)"), reported, latest_value, latest_as_of);
        }
    }
  return g_strdup ("—");
}

/* The report's two tiers, and the platforms it does not cover. */
static const char * const tier_names[SOLAR_N_TIERS] = {
  N_("Core"),
  N_("Derivative"),
  N_("Not in the report"),
};

static void
add_table_row (SolarComparePage *self,
               int               row,
               const char       *heading,
               GPtrArray        *values)
{
  gtk_grid_attach (self->table, cell (heading, "heading"), 0, row, 1, 1);
  for (guint i = 0; i < values->len; i++)
    gtk_grid_attach (self->table, cell (g_ptr_array_index (values, i), NULL), i + 1, row, 1, 1);
}

static void
rebuild_table (SolarComparePage *self,
               GPtrArray        *platforms)
{
  g_autoptr(GPtrArray) labels = figure_labels (platforms);
  GtkWidget *child;
  int row = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->table))) != NULL)
    gtk_grid_remove (self->table, child);

  for (guint i = 0; i < platforms->len; i++)
    {
      const SolarText *names = solar_platform_get_name (g_ptr_array_index (platforms, i));
      g_autofree char *name = g_strdup_printf ("%s %s", names->en, names->zh ? names->zh : "");

      gtk_grid_attach (self->table, cell (name, "title-3"), i + 1, row, 1, 1);
    }
  row++;

#define ROW(heading, expression)                                                     \
  G_STMT_START {                                                                     \
    g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);          \
    for (guint i = 0; i < platforms->len; i++)                                       \
      {                                                                              \
        SolarPlatform *platform = g_ptr_array_index (platforms, i);                  \
        g_ptr_array_add (values, (expression));                                      \
      }                                                                              \
    add_table_row (self, row++, (heading), values);                                  \
  } G_STMT_END

  ROW (_("Tier"), g_strdup (_(tier_names[solar_platform_get_tier (platform)])));
  ROW (_("Positioning"), g_strdup (solar_text_get (solar_platform_get_positioning (platform))));
  for (guint f = 0; f < labels->len; f++)
    ROW (g_ptr_array_index (labels, f), dup_figure_value (platform, g_ptr_array_index (labels, f)));
  ROW (_("Audience"), dup_audience (platform));
  ROW (_("Functions"), dup_items_of_kind (platform, SOLAR_ITEM_FUNCTION));
  ROW (_("Content That Works"), dup_items_of_kind (platform, SOLAR_ITEM_CONTENT));
  ROW (_("Levers"), dup_items_of_kind (platform, SOLAR_ITEM_LEVER));

#undef ROW
}

static void
update (SolarComparePage *self)
{
  g_autoptr(GPtrArray) platforms = NULL;

  if (self->dataset == NULL)
    return;

  platforms = selected_platforms (self);
  /* At the maximum, the unticked boxes say "no more" by being insensitive. */
  for (guint i = 0; i < self->checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->checks, i);

      gtk_widget_set_sensitive (GTK_WIDGET (check), gtk_check_button_get_active (check) ||
                                                    platforms->len < SOLAR_COMPARE_MAX);
    }

  if (platforms->len < SOLAR_COMPARE_MIN)
    {
      gtk_stack_set_visible_child_name (self->stack, "hint");
      return;
    }
  rebuild_table (self, platforms);
  gtk_stack_set_visible_child_name (self->stack, "table");
}

static void
on_check_toggled (SolarComparePage *self)
{
  update (self);
}

/* The picker is built when first needed, not with the window, to keep start-up lean. */
static void
ensure_picker (SolarComparePage *self)
{
  GListModel *platforms;

  if (self->checks->len > 0 || self->dataset == NULL)
    return;

  platforms = solar_dataset_get_platforms (self->dataset);
  for (guint i = 0; i < g_list_model_get_n_items (platforms); i++)
    {
      g_autoptr(SolarPlatform) platform = g_list_model_get_item (platforms, i);
      GtkWidget *check = gtk_check_button_new_with_label (solar_text_get (solar_platform_get_name (platform)));

      g_signal_connect_swapped (check, "toggled", G_CALLBACK (on_check_toggled), self);
      gtk_flow_box_append (self->picker, check);
      g_ptr_array_add (self->checks, check);
    }
  update (self);
}

void
solar_compare_page_set_dataset (SolarComparePage *self,
                                SolarDataset     *dataset)
{
  g_return_if_fail (SOLAR_IS_COMPARE_PAGE (self));
  g_return_if_fail (SOLAR_IS_DATASET (dataset));

  if (!g_set_object (&self->dataset, dataset))
    return;

  for (guint i = 0; i < self->checks->len; i++)
    gtk_flow_box_remove (self->picker, gtk_widget_get_parent (g_ptr_array_index (self->checks, i)));
  g_ptr_array_set_size (self->checks, 0);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    ensure_picker (self);
}

/**
 * solar_compare_page_select:
 *
 * Ticks or unticks a platform, as the user would; beyond the maximum, ticking does nothing.
 */
void
solar_compare_page_select (SolarComparePage *self,
                           const char       *platform_id,
                           gboolean          selected)
{
  SolarPlatform *platform;
  guint index;

  g_return_if_fail (SOLAR_IS_COMPARE_PAGE (self));
  g_return_if_fail (platform_id != NULL);

  if (self->dataset == NULL ||
      (platform = solar_dataset_find_platform (self->dataset, platform_id)) == NULL)
    return;
  ensure_picker (self);

  index = solar_dataset_get_platform_index (self->dataset, platform);
  if (selected && !gtk_check_button_get_active (g_ptr_array_index (self->checks, index)) &&
      solar_compare_page_get_n_selected (self) >= SOLAR_COMPARE_MAX)
    return;
  gtk_check_button_set_active (g_ptr_array_index (self->checks, index), selected);
}

guint
solar_compare_page_get_n_selected (SolarComparePage *self)
{
  guint n = 0;

  g_return_val_if_fail (SOLAR_IS_COMPARE_PAGE (self), 0);

  for (guint i = 0; i < self->checks->len; i++)
    n += gtk_check_button_get_active (g_ptr_array_index (self->checks, i));
  return n;
}

GtkWidget *
solar_compare_page_get_table (SolarComparePage *self)
{
  g_return_val_if_fail (SOLAR_IS_COMPARE_PAGE (self), NULL);
  return GTK_WIDGET (self->table);
}

static void
solar_compare_page_dispose (GObject *object)
{
  SolarComparePage *self = (SolarComparePage *)object;

  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (solar_compare_page_parent_class)->dispose (object);
}

static void
solar_compare_page_finalize (GObject *object)
{
  SolarComparePage *self = (SolarComparePage *)object;

  g_clear_pointer (&self->checks, g_ptr_array_unref);

  G_OBJECT_CLASS (solar_compare_page_parent_class)->finalize (object);
}

static void
solar_compare_page_map (GtkWidget *widget)
{
  ensure_picker (SOLAR_COMPARE_PAGE (widget));

  GTK_WIDGET_CLASS (solar_compare_page_parent_class)->map (widget);
}

static void
solar_compare_page_class_init (SolarComparePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  GTK_WIDGET_CLASS (klass)->map = solar_compare_page_map;
  object_class->dispose = solar_compare_page_dispose;
  object_class->finalize = solar_compare_page_finalize;
  /* A container: what it holds is named; it is not (GTK 4.8 would call it by its type). */
  gtk_widget_class_set_accessible_role (GTK_WIDGET_CLASS (klass), GTK_ACCESSIBLE_ROLE_GENERIC);
}

static void
solar_compare_page_init (SolarComparePage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *heading = gtk_label_new (_("Pick two to four platforms"));
  GtkWidget *hint = adw_status_page_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();

  self->checks = g_ptr_array_new ();

  gtk_widget_add_css_class (heading, "heading");
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  g_object_set (box, "margin-top", 18, "margin-start", 12, "margin-end", 12, NULL);
  gtk_box_append (GTK_BOX (box), heading);

  self->picker = GTK_FLOW_BOX (gtk_flow_box_new ());
  gtk_flow_box_set_selection_mode (self->picker, GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (self->picker, 10);
  gtk_flow_box_set_min_children_per_line (self->picker, 2);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->picker),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Platforms to compare"),
                                  -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->picker));

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (hint), "view-dual-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (hint), _("Compare Platforms"));
  adw_status_page_set_description (ADW_STATUS_PAGE (hint),
                                   _("Tick two to four platforms above to see their figures, "
                                     "audience, functions and content side by side"));

  self->table = GTK_GRID (gtk_grid_new ());
  gtk_grid_set_column_spacing (self->table, 24);
  gtk_grid_set_row_spacing (self->table, 12);
  g_object_set (self->table, "margin-top", 12, "margin-bottom", 24, "margin-start", 12,
                "margin-end", 12, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->table),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Comparison"),
                                  -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->table));

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  gtk_stack_add_named (self->stack, hint, "hint");
  gtk_stack_add_named (self->stack, scroller, "table");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->stack));

  adw_bin_set_child (ADW_BIN (self), box);
}
