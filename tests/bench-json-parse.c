/* bench-json-parse.c: json-glib's own parse of a file, and nothing else
 *
 * The baseline of bench-check.py: `social-solar --check` on a large plan is measured
 * against what json-glib alone takes to read the same file, in a process of its own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <json-glib/json-glib.h>

int
main (int    argc,
      char **argv)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  if (argc != 2)
    {
      g_printerr ("usage: bench-json-parse FILE\n");
      return 2;
    }
  if (!json_parser_load_from_file (parser, argv[1], &error))
    {
      g_printerr ("%s: %s\n", argv[1], error->message);
      return 1;
    }
  return 0;
}
