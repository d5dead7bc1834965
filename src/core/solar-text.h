/* solar-text.h: a text the dataset carries in English and Simplified Chinese
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _SolarText SolarText;

struct _SolarText
{
  char *en;
  char *zh;   /* may be NULL: English is shown instead */
};

SolarText  *solar_text_new        (const char      *en,
                                   const char      *zh);
void        solar_text_free       (SolarText       *text);
const char *solar_text_get        (const SolarText *text);
gboolean    solar_text_prefer_chinese (void);
char       *solar_text_fill       (const char         *text,
                                   const char * const *names,
                                   const char * const *values,
                                   guint               n);
char       *solar_text_find_bad_placeholder (const char         *text,
                                             const char * const *allowed);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SolarText, solar_text_free)

G_END_DECLS
