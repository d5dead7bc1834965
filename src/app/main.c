/* main.c: the social-solar program
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "solar-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SolarApplication) application = NULL;

  /* Before any thread starts: the dataset loader thread creates a Pango context, which
   * reads the locale once for the whole process. */
  setlocale (LC_ALL, "");
  /* Every Chinese text here is Simplified Chinese (the platforms' names, the dataset), but
   * Han characters are shared with Japanese, and outside a Chinese locale fontconfig may
   * draw them with Noto Sans CJK JP's forms. Pango resolves the language of Han text from
   * this list; a user's own PANGO_LANGUAGE wins. */
  g_setenv ("PANGO_LANGUAGE", "zh-cn", FALSE);
  /* SOLAR_LOCALEDIR lets the tests run the uninstalled program with the built catalogues. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("SOLAR_LOCALEDIR") ? g_getenv ("SOLAR_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  application = solar_application_new ();
  return g_application_run (G_APPLICATION (application), argc, argv);
}
