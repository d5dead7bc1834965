/* solar-text.c: a text the dataset carries in English and Simplified Chinese
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-text"

#include "config.h"

#include <string.h>

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

/**
 * solar_text_fill:
 * @text: a message with {placeholders}, such as "{name} ({date})"
 * @names: (array length=n): the placeholders' names, without braces
 * @values: (array length=n): what each becomes; %NULL leaves that placeholder as it is
 *
 * One pass over @text: a value that itself holds "{date}" (a milestone so named) is put in
 * as it is, never filled again.
 *
 * Returns: (transfer full): @text with its placeholders filled
 */
char *
solar_text_fill (const char         *text,
                 const char * const *names,
                 const char * const *values,
                 guint               n)
{
  GString *filled = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      gsize skip = 0;

      for (guint i = 0; i < n && *p == '{' && skip == 0; i++)
        if (values[i] != NULL && strncmp (p + 1, names[i], strlen (names[i])) == 0 &&
            p[strlen (names[i]) + 1] == '}')
          {
            g_string_append (filled, values[i]);
            skip = strlen (names[i]) + 1;
          }
      if (skip == 0)
        g_string_append_c (filled, *p);
      p += skip;
    }
  return g_string_free (filled, FALSE);
}

/**
 * solar_text_find_bad_placeholder:
 * @text: a message with {placeholders}
 * @allowed: the names its filler knows, without braces
 *
 * For a data file's loader: a message may use only the placeholders its filler fills, and
 * a "{" must be closed.
 *
 * Returns: (transfer full) (nullable): the name of the first placeholder not in @allowed, or
 *   what follows an unclosed "{"; %NULL when all is well
 */
char *
solar_text_find_bad_placeholder (const char         *text,
                                 const char * const *allowed)
{
  for (const char *p = strchr (text, '{'); p != NULL; p = strchr (p + 1, '{'))
    {
      const char *end = strchr (p, '}');
      g_autofree char *name = end != NULL ? g_strndup (p + 1, end - p - 1) : g_strdup (p);

      if (end == NULL || !g_strv_contains (allowed, name))
        return g_steal_pointer (&name);
    }
  return NULL;
}
