/* solar-citation.h: where a fact in our data files comes from, read the same way everywhere
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "solar-text.h"

G_BEGIN_DECLS

/* The id a citation gives for what is Social Solar's own judgement, not a published fact. */
#define SOLAR_CITATION_EDITORIAL "editorial"

/* A published source (its title, publisher, URL, date and the words the fact rests on), or
 * Social Solar's own judgement: then title is NULL and the note says why. */
typedef struct
{
  char      *title;
  char      *publisher;   /* nullable */
  char      *url;         /* nullable */
  char      *date;
  char      *quote;
  SolarText *note;        /* nullable for a published source; why, for our judgement */
} SolarCitation;

void        solar_citation_clear      (SolarCitation  *citation);
void        solar_citation_copy       (const SolarCitation *citation,
                                       SolarCitation  *copy);
gboolean    solar_citation_is_editorial (const SolarCitation *citation);
char       *solar_citation_describe   (const SolarCitation *citation);

JsonArray  *solar_citation_read_sources (JsonObject   *root,
                                         const char   *file_name,
                                         GError      **error);
gboolean    solar_citation_read         (JsonArray    *sources,
                                         JsonObject   *object,
                                         const char   *member,
                                         const char   *file_name,
                                         const char   *path,
                                         SolarCitation *citation,
                                         GError      **error);
gboolean    solar_citation_read_object  (JsonArray    *sources,
                                         JsonObject   *source,
                                         const char   *file_name,
                                         const char   *source_path,
                                         SolarCitation *citation,
                                         GError      **error);

G_END_DECLS
