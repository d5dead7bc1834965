/* solar-kol-pyramid-group.c: the plan's KOLs by tier and by platform, against the budget
 *
 * Above the roster, what a planner checks first: how many head, mid-tier, micro KOLs and
 * KOCs the plan books and what each layer costs, with all their fees against the plan's
 * budget (marked when they are over it); then the same by platform. Two groups, one
 * widget. The counting is
 * solar-kol-pyramid.c's; this shows it, a short pause after the plan last changed, so
 * typing in a 1,000-KOL roster does not redo it at every key.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-kol-pyramid-group"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "solar-kol-pyramid-group.h"
#include "solar-kol-pyramid.h"
#include "solar-number.h"
#include "solar-platform.h"

#define REFRESH_DELAY_MS 300

struct _SolarKolPyramidGroup
{
  GtkBox               parent_instance;
  SolarCampaign       *campaign;
  SolarDataset        *dataset;
  AdwPreferencesGroup *tiers;      /* the pyramid, and the total against the budget */
  AdwPreferencesGroup *platforms;
  GPtrArray           *rows;       /* the rows shown, to take away on the next refresh */
  guint                refresh_source;
};

G_DEFINE_FINAL_TYPE (SolarKolPyramidGroup, solar_kol_pyramid_group, GTK_TYPE_BOX)

static char *
format_money (SolarKolPyramidGroup *self,
              double                amount)
{
  return solar_number_format_money (amount, solar_campaign_get_currency (self->campaign));
}

/* "12 KOLs · 96,000 CNY" */
static char *
describe_tally (SolarKolPyramidGroup *self,
                const SolarKolTally  *tally)
{
  g_autofree char *fees = format_money (self, tally->fees);
  g_autofree char *kols = g_strdup_printf (ngettext ("%u KOL", "%u KOLs", tally->kols), tally->kols);

  /* TRANSLATORS: how many KOLs, and their fees: "12 KOLs · 96,000 CNY" */
  return g_strdup_printf (_("%s · %s"), kols, fees);
}

static GtkWidget *
add_row (SolarKolPyramidGroup *self,
         AdwPreferencesGroup  *group,
         const char           *title,
         const char           *subtitle,
         double                share)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (share >= 0)
    {
      /* TRANSLATORS: a part's share of all KOL fees, "34%" */
      g_autofree char *percent = g_strdup_printf (_("%.0f%%"), share * 100);
      GtkWidget *label = gtk_label_new (percent);

      gtk_widget_add_css_class (label, "numeric");
      gtk_widget_add_css_class (label, "dim-label");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->rows, row);
  return row;
}

static double
share_of (const SolarKolTally *part,
          const SolarKolTally *total)
{
  return total->fees > 0 ? part->fees / total->fees : -1;  /* no fees: no shares to show */
}

static void
show_total (SolarKolPyramidGroup *self,
            const SolarKolTally  *total)
{
  double budget = solar_campaign_get_total_budget (self->campaign);
  g_autofree char *tally = describe_tally (self, total);
  g_autofree char *subtitle = NULL;
  GtkWidget *row;

  if (budget <= 0)
    subtitle = g_strdup (tally);
  else if (total->fees <= budget)
    {
      g_autofree char *money = format_money (self, budget);

      /* TRANSLATORS: "40 KOLs · 480,000 CNY: 16% of the 3,000,000 CNY budget" */
      subtitle = g_strdup_printf (_("%s: %.0f%% of the %s budget"), tally, floor (total->fees / budget * 100), money);
    }
  else
    {
      g_autofree char *money = format_money (self, budget);
      g_autofree char *over = format_money (self, total->fees - budget);

      /* TRANSLATORS: "40 KOLs · 3,480,000 CNY: 480,000 CNY over the 3,000,000 CNY budget" */
      subtitle = g_strdup_printf (_("%s: %s over the %s budget"), tally, over, money);
    }
  row = add_row (self, self->tiers, _("All KOLs"), subtitle, -1);
  if (budget > 0 && total->fees > budget)
    gtk_widget_add_css_class (row, "warning");
}

/**
 * solar_kol_pyramid_group_refresh:
 *
 * Shows the roster as it is now, at once (it is otherwise shown a short pause after the
 * plan last changed).
 */
void
solar_kol_pyramid_group_refresh (SolarKolPyramidGroup *self)
{
  g_autoptr(SolarKolPyramid) pyramid = NULL;
  const SolarKolTally *total;

  g_return_if_fail (SOLAR_IS_KOL_PYRAMID_GROUP (self));

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->campaign == NULL)  /* disposed */
    return;
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);

      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP)), row);
    }
  g_ptr_array_set_size (self->rows, 0);

  pyramid = solar_kol_pyramid_new (solar_campaign_get_kols (self->campaign));
  total = solar_kol_pyramid_get_total (pyramid);
  gtk_widget_set_visible (GTK_WIDGET (self), total->kols > 0);
  if (total->kols == 0)
    return;

  for (SolarKolTier tier = SOLAR_KOL_TIER_HEAD; tier <= SOLAR_KOL_TIER_KOC; tier++)
    {
      const SolarKolTally *tally = solar_kol_pyramid_get_tier (pyramid, tier);
      g_autofree char *subtitle = describe_tally (self, tally);

      add_row (self, self->tiers, _(solar_kol_tier_get_labels ()[tier]), subtitle, share_of (tally, total));
    }
  show_total (self, total);
  for (guint i = 0; i < solar_kol_pyramid_get_n_platforms (pyramid); i++)
    {
      const SolarKolTally *tally = solar_kol_pyramid_get_platform (pyramid, i);
      SolarPlatform *platform = solar_dataset_find_platform (self->dataset, tally->key);
      g_autofree char *subtitle = describe_tally (self, tally);
      const char *name = platform != NULL ? solar_text_get (solar_platform_get_name (platform))
                                          : *tally->key != '\0' ? tally->key : _("No Platform");

      add_row (self, self->platforms, name, subtitle, share_of (tally, total));
    }
}

static gboolean
refresh_timeout (gpointer data)
{
  SolarKolPyramidGroup *self = data;

  self->refresh_source = 0;
  solar_kol_pyramid_group_refresh (self);
  return G_SOURCE_REMOVE;
}

static void
on_campaign_changed (SolarKolPyramidGroup *self)
{
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  self->refresh_source = g_timeout_add (REFRESH_DELAY_MS, refresh_timeout, self);
}

static void
solar_kol_pyramid_group_dispose (GObject *object)
{
  SolarKolPyramidGroup *self = SOLAR_KOL_PYRAMID_GROUP (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  g_ptr_array_set_size (self->rows, 0);
  g_clear_object (&self->campaign);
  g_clear_object (&self->dataset);
  G_OBJECT_CLASS (solar_kol_pyramid_group_parent_class)->dispose (object);
}

static void
solar_kol_pyramid_group_finalize (GObject *object)
{
  SolarKolPyramidGroup *self = SOLAR_KOL_PYRAMID_GROUP (object);

  g_ptr_array_unref (self->rows);
  G_OBJECT_CLASS (solar_kol_pyramid_group_parent_class)->finalize (object);
}

static void
solar_kol_pyramid_group_class_init (SolarKolPyramidGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = solar_kol_pyramid_group_dispose;
  object_class->finalize = solar_kol_pyramid_group_finalize;
}

static void
solar_kol_pyramid_group_init (SolarKolPyramidGroup *self)
{
  self->rows = g_ptr_array_new ();
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 24);
  self->tiers = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->tiers, _("KOL Pyramid"));
  adw_preferences_group_set_description (self->tiers, _("The roster by tier, each tier’s share of the fees, and all fees against the budget"));
  self->platforms = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->platforms, _("KOLs by Platform"));
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->tiers));
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->platforms));
}

GtkWidget *
solar_kol_pyramid_group_new (SolarCampaign *campaign,
                             SolarDataset  *dataset)
{
  SolarKolPyramidGroup *self;

  g_return_val_if_fail (SOLAR_IS_CAMPAIGN (campaign), NULL);
  g_return_val_if_fail (SOLAR_IS_DATASET (dataset), NULL);

  self = g_object_new (SOLAR_TYPE_KOL_PYRAMID_GROUP, NULL);
  self->campaign = g_object_ref (campaign);
  self->dataset = g_object_ref (dataset);
  g_signal_connect_object (campaign, "changed", G_CALLBACK (on_campaign_changed), self, G_CONNECT_SWAPPED);
  solar_kol_pyramid_group_refresh (self);
  return GTK_WIDGET (self);
}
