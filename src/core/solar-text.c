/* solar-text.c: a text the dataset carries in English and Simplified Chinese
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-text"

#include "config.h"

#include "solar-text.h"

SolarText *
solar_text_new (const char *en,
                const char *zh)
{
  SolarText *text = g_new0 (SolarText, 1);

  text->en = g_strdup (en);
  text->zh = g_strdup (zh);
  return text;
}

void
solar_text_free (SolarText *text)
{
  if (text == NULL)
    return;
  g_free (text->en);
  g_free (text->zh);
  g_free (text);
}

/* Follows the UI language the way gettext does (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), so the
 * data and the translated interface always speak the same language. */
gboolean
solar_text_prefer_chinese (void)
{
  const char * const *names = g_get_language_names ();

  return names[0] != NULL && g_str_has_prefix (names[0], "zh");
}

const char *
solar_text_get (const SolarText *text)
{
  if (text == NULL)
    return "";
  if (text->zh != NULL && solar_text_prefer_chinese ())
    return text->zh;
  return text->en;
}
