/* solar-budget-csv.c: a plan's budget as a spreadsheet (RFC 4180 CSV)
 *
 * One row per line item, so a finance colleague can sum, filter and pivot it: each platform's
 * influencer fees, the rest of its allocation and its subtotal; the fees of influencers on
 * platforms outside the plan; what is left unallocated; the total. The rows add up: every row
 * but the subtotals and the total sums to the total, and each platform's rows to its
 * subtotal. That holds for the numbers as written, because every amount is rounded to cents
 * first and the derived rows (the rest of an allocation, the unallocated remainder) are
 * differences of rounded amounts. A plan that spends more than it has gets negative rows,
 * not hidden ones.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-budget"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "solar-budget-csv.h"
#include "solar-plan-checks.h"

/* Excel opens a CSV file without a byte order mark in the system's legacy code page, which
 * turns every Chinese platform name into mojibake for most of the people this app is for.
 * LibreOffice, WPS, Numbers and Python's "utf-8-sig" all accept the mark. */
#define UTF8_BOM "\xEF\xBB\xBF"

/* Wide enough for "%.2f" of any finite double (309 digits, sign, point, two decimals). */
#define NUMBER_BUF_SIZE 320

typedef struct
{
  SolarDataset  *dataset;
  SolarCampaign *campaign;
  GString       *out;
  double         total;   /* the campaign's total budget, in cents */
} Writer;

/* Cents as a whole double rather than a gint64: exact up to 2^53 cents (90 trillion), and a
 * plan file with absurd numbers cannot overflow anything. */
static double
to_cents (double amount)
{
  return round (amount * 100);
}

/* A spreadsheet runs a cell starting with = + - or @ as a formula, and a plan comes from
 * colleagues and agencies: a KOL named =HYPERLINK(…) or =cmd|… would run when finance opens
 * the budget. A leading apostrophe makes the cell text again (OWASP's advice for CSV
 * injection); tab and CR are on OWASP's list too. Only text cells get it: a negative amount
 * must stay a number. */
static gboolean
looks_like_formula (const char *text)
{
  return text[0] != '\0' && strchr ("=+-@\t\r", text[0]) != NULL;
}

static void
append_text (GString    *out,
             const char *text)
{
  g_autofree char *safe = NULL;

  if (looks_like_formula (text))
    text = safe = g_strconcat ("'", text, NULL);

  if (strpbrk (text, ",\"\r\n") == NULL)
    {
      g_string_append (out, text);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/* g_ascii_formatd, so the decimal separator is '.' whatever LC_NUMERIC says: a German
 * locale's "1234,50" would be split into two columns by every CSV reader. */
static void
append_number (GString *out,
               double   value)
{
  char buffer[NUMBER_BUF_SIZE];

  /* Adding zero turns -0.0 into 0.0, so a rounded-away cent does not print as "-0.00". */
  g_string_append (out, g_ascii_formatd (buffer, sizeof buffer, "%.2f", value + 0.0));
}

static void
append_row (Writer     *writer,
            const char *platform,
            const char *line_item,
            const char *kind,
            double      cents)
{
  GString *out = writer->out;

  append_text (out, platform);
  g_string_append_c (out, ',');
  append_text (out, line_item);
  g_string_append_c (out, ',');
  g_string_append (out, kind);
  g_string_append_c (out, ',');
  append_number (out, cents / 100);
  g_string_append_c (out, ',');
  append_text (out, solar_campaign_get_currency (writer->campaign));
  g_string_append_c (out, ',');
  /* No share of nothing: an empty cell, not "inf" or "nan". */
  if (writer->total != 0)
    append_number (out, cents / writer->total * 100);
  g_string_append (out, "\r\n");
}

static void
append_header (Writer *writer)
{
  const char *columns[] = {
    _("Platform"), _("Line item"), _("Kind"), _("Amount"), _("Currency"),
    _("Share of budget (%)"),
  };

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      if (i > 0)
        g_string_append_c (writer->out, ',');
      append_text (writer->out, columns[i]);
    }
  g_string_append (writer->out, "\r\n");
}

static double
append_kol (Writer     *writer,
            SolarKol   *kol,
            const char *platform_name)
{
  double fee = to_cents (solar_kol_get_fee (kol));
  g_autofree char *line_item = NULL;

  /* TRANSLATORS: a line of the budget spreadsheet; %s is an influencer's name or account */
  line_item = g_strdup_printf (_("KOL: %s"), solar_kol_get_name (kol));
  append_row (writer, platform_name, line_item, "kol-fee", fee);
  return fee;
}

/* Influencers are paid out of their platform's allocation, as solar-plan-checks.c's
 * check_kol_fees has it. A platform in the plan twice has them under its first entry, as
 * solar_campaign_find_platform() finds it.
 *
 * Returns: the KOLs' fees, in cents */
static double
append_platform_kols (Writer            *writer,
                      SolarPlatformPlan *plan,
                      const char        *platform_name)
{
  GListModel *kols = solar_campaign_get_kols (writer->campaign);
  const char *platform_id = solar_platform_plan_get_platform_id (plan);
  double fees = 0;

  if (solar_campaign_find_platform (writer->campaign, platform_id) != plan)
    return 0;

  for (guint k = 0; k < g_list_model_get_n_items (kols); k++)
    {
      g_autoptr(SolarKol) kol = g_list_model_get_item (kols, k);

      if (g_str_equal (solar_kol_get_platform_id (kol), platform_id))
        fees += append_kol (writer, kol, platform_name);
    }
  return fees;
}

/* Returns: the platform's allocation, in cents */
static double
append_platform (Writer            *writer,
                 SolarPlatformPlan *plan)
{
  double total = solar_campaign_get_total_budget (writer->campaign);
  const char *platform_id = solar_platform_plan_get_platform_id (plan);
  g_autofree char *name = solar_plan_platform_name (writer->dataset, platform_id);
  double allocation = to_cents (solar_platform_plan_get_amount (plan, total));
  double fees = append_platform_kols (writer, plan, name);

  append_row (writer, name, _("Rest of the platform’s budget"), "platform-other",
              allocation - fees);
  append_row (writer, name, _("Subtotal"), "subtotal", allocation);
  return allocation;
}

/* Influencers booked on a platform the plan does not budget for are still paid: out of
 * what the plan leaves unallocated.
 *
 * Returns: their fees, in cents */
static double
append_other_kols (Writer *writer)
{
  GListModel *kols = solar_campaign_get_kols (writer->campaign);
  double fees = 0;

  for (guint k = 0; k < g_list_model_get_n_items (kols); k++)
    {
      g_autoptr(SolarKol) kol = g_list_model_get_item (kols, k);
      const char *platform_id = solar_kol_get_platform_id (kol);
      g_autofree char *name = NULL;

      if (solar_campaign_find_platform (writer->campaign, platform_id) != NULL)
        continue;
      name = solar_plan_platform_name (writer->dataset, platform_id);
      fees += append_kol (writer, kol, name);
    }
  return fees;
}

/**
 * solar_budget_csv_new:
 * @dataset: for the platforms' names
 * @campaign: the plan
 *
 * Writes the plan's budget as CSV (RFC 4180: CRLF line ends, quoted fields with their
 * quotes doubled), in UTF-8 with a byte order mark. The columns are the platform, the line
 * item, its kind, the amount with two decimals and '.' as separator, the currency and the
 * share of the total budget in percent (empty when the total is zero). The kind is one of
 * `kol-fee`, `platform-other`, `subtotal`, `unallocated` and `total`, the same in every
 * language, for formulas and scripts to filter on.
 *
 * Returns: (transfer full): the file's contents
 */
GBytes *
solar_budget_csv_new (SolarDataset  *dataset,
                      SolarCampaign *campaign)
{
  g_autoptr(GString) out = NULL;
  GListModel *platforms;
  Writer writer;
  double allocated = 0;
  double other_fees;

  g_return_val_if_fail (SOLAR_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (SOLAR_IS_CAMPAIGN (campaign), NULL);

  out = g_string_new (UTF8_BOM);
  writer = (Writer) {
    dataset, campaign, out, to_cents (solar_campaign_get_total_budget (campaign)),
  };
  append_header (&writer);

  platforms = solar_campaign_get_platforms (campaign);
  for (guint i = 0; i < g_list_model_get_n_items (platforms); i++)
    {
      g_autoptr(SolarPlatformPlan) plan = g_list_model_get_item (platforms, i);

      allocated += append_platform (&writer, plan);
    }
  other_fees = append_other_kols (&writer);

  append_row (&writer, "", _("Unallocated"), "unallocated",
              writer.total - allocated - other_fees);
  append_row (&writer, "", _("Total budget"), "total", writer.total);

  return g_string_free_to_bytes (g_steal_pointer (&out));
}
