/* solar-number.c: numbers as the plan form shows them and reads them back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "solar-number.h"

/* The locale's separators; a locale without a thousands separator (C, POSIX) gets the
 * comma, as in the English and Chinese the app is written in. */
static void
get_separators (const char **thousands,
                const char **point)
{
  struct lconv *conventions = localeconv ();

  *thousands = conventions->thousands_sep != NULL && *conventions->thousands_sep != '\0'
               ? conventions->thousands_sep : ",";
  *point = conventions->decimal_point != NULL && *conventions->decimal_point != '\0'
           ? conventions->decimal_point : ".";
}

/**
 * solar_number_format:
 * @value: an amount, a share or a target
 *
 * "1,250,000" and "33.33": budgets and targets run to nine digits, which no one reads
 * without grouping. Whole numbers have no decimals, others two: a fixed number of digits
 * would either hide 33.33% or write 500000.00.
 *
 * Returns: (transfer full): @value rounded to hundredths, grouped in thousands
 */
char *
solar_number_format (double value)
{
  const char *thousands, *point;
  gint64 cents = llround (fabs (value) * 100);
  g_autofree char *whole = g_strdup_printf ("%" G_GINT64_FORMAT, cents / 100);
  GString *text = g_string_new (value < 0 && cents != 0 ? "-" : "");
  gsize length = strlen (whole);

  get_separators (&thousands, &point);
  for (gsize i = 0; i < length; i++)
    {
      if (i > 0 && (length - i) % 3 == 0)
        g_string_append (text, thousands);
      g_string_append_c (text, whole[i]);
    }
  if (cents % 100 != 0)
    g_string_append_printf (text, "%s%02d", point, (int)(cents % 100));
  return g_string_free (text, FALSE);
}

/**
 * solar_number_format_money:
 * @currency: (nullable): the plan's currency code, such as "CNY"; none is written if empty
 *
 * Returns: (transfer full): "96,000 CNY", as solar_number_format() writes the amount
 */
char *
solar_number_format_money (double      amount,
                           const char *currency)
{
  g_autofree char *number = solar_number_format (amount);

  return currency != NULL && *currency != '\0' ? g_strdup_printf ("%s %s", number, currency)
                                               : g_steal_pointer (&number);
}

/**
 * solar_number_parse:
 * @text: what solar_number_format() writes, or what someone typed: with or without the
 *   thousands separators and spaces, with the locale's decimal point
 * @value: (out): the number
 *
 * Returns: whether @text is a number
 */
gboolean
solar_number_parse (const char *text,
                              double     *value)
{
  const char *thousands, *point;
  g_autoptr(GString) plain = g_string_new (NULL);
  char *end = NULL;

  get_separators (&thousands, &point);
  for (const char *p = text; *p != '\0';)
    {
      if (g_str_has_prefix (p, thousands) && !g_str_equal (thousands, point))
        p += strlen (thousands);
      else if (g_str_has_prefix (p, point))
        {
          g_string_append_c (plain, '.');
          p += strlen (point);
        }
      else if (g_ascii_isspace (*p))
        p++;
      else
        g_string_append_c (plain, *p++);
    }
  if (plain->len == 0)
    return FALSE;
  *value = g_ascii_strtod (plain->str, &end);
  return end != NULL && *end == '\0' && isfinite (*value);
}
