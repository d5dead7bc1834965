/* fuzz-replay.c: runs the fuzz harness over a corpus of files, as an ordinary test
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
main (int   argc,
      char *argv[])
{
  guint n = 0;

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GDir) dir = g_dir_open (argv[i], 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = g_build_filename (argv[i], name, NULL);
          g_autofree char *contents = NULL;
          gsize length;

          if (!g_file_get_contents (path, &contents, &length, NULL))
            continue;
          g_print ("ok %u %s\n", ++n, name);
          LLVMFuzzerTestOneInput ((const guint8 *)contents, length);
        }
    }
  g_print ("1..%u\n", n);
  return n > 0 ? 0 : 1;
}
