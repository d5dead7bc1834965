/* test-number.c: numbers as the plan form shows them and reads them back
 *
 * Runs in the C locale, which has no thousands separator, so the comma the app falls back
 * to is what is written.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "solar-number.h"

static void
test_format (void)
{
  static const struct { double value; const char *text; } cases[] = {
    { 0, "0" },
    { 7, "7" },
    { 999, "999" },
    { 1000, "1,000" },
    { 50000, "50,000" },
    { 1250000, "1,250,000" },
    { 200000000, "200,000,000" },
    { 1e12, "1,000,000,000,000" },
    { 33.33, "33.33" },
    { 1000.5, "1,000.50" },
    { 0.05, "0.05" },
    { 1.999, "2" },            /* hundredths, rounded */
    { 99999.999, "100,000" },
    { -1500, "-1,500" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = solar_number_format (cases[i].value);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static void
test_parse (void)
{
  static const struct { const char *text; double value; } numbers[] = {
    { "1,250,000", 1250000 },
    { "1250000", 1250000 },
    { " 1 250 000 ", 1250000 },
    { "1,000.50", 1000.5 },
    { "33.33", 33.33 },
    { "0", 0 },
    { "12,34", 1234 },         /* a misplaced separator still means the digits */
  };
  static const char * const not_numbers[] = { "", "   ", "abc", "12abc", "1.2.3", "--5", ",", "." };

  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    {
      double value = -1;

      if (!solar_number_parse (numbers[i].text, &value))
        g_error ("“%s” was not read as a number", numbers[i].text);
      g_assert_cmpfloat_with_epsilon (value, numbers[i].value, 1e-9);
    }
  for (guint i = 0; i < G_N_ELEMENTS (not_numbers); i++)
    {
      double value = 0;

      if (solar_number_parse (not_numbers[i], &value))
        g_error ("“%s” was read as %g", not_numbers[i], value);
    }
}

/* What is shown reads back as the same number, to the hundredth. */
static void
test_round_trip (void)
{
  static const double values[] = { 0, 1, 12.5, 999.99, 1000, 123456.78, 500000, 987654321, 1e12 };

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autofree char *text = solar_number_format (values[i]);
      double value = -1;

      g_assert_true (solar_number_parse (text, &value));
      g_assert_cmpfloat_with_epsilon (value, values[i], 0.005);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/number/format", test_format);
  g_test_add_func ("/number/parse", test_parse);
  g_test_add_func ("/number/round-trip", test_round_trip);
  return g_test_run ();
}
