/* solar-rules-file.h: the platform rules of rules.json, read and checked against the dataset
 *
 * Private to solar-rules.c, which applies them to plans.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "solar-citation.h"
#include "solar-dataset.h"
#include "solar-problem.h"

G_BEGIN_DECLS

typedef enum
{
  SOLAR_RULE_EACH_PLATFORM,          /* a problem per plan of the platform meeting the conditions */
  SOLAR_RULE_EACH_HASHTAG,           /* one per hashtag of such a plan that fails the pattern */
  SOLAR_RULE_EACH_KOL_DELIVERABLES,  /* one per KOL on the platform whose deliverables fail it */
} SolarRuleEach;

/* A yes/no condition the rule does not give. */
#define SOLAR_RULE_ANY (-1)

typedef struct
{
  char           *id;
  char           *platform_id;
  SolarSeverity   severity;
  GStrv           uses_any;       /* NULL: no such condition */
  GStrv           uses_none;
  int             has_hashtags;   /* TRUE, FALSE or SOLAR_RULE_ANY */
  int             has_kols;
  SolarRuleEach   each;
  GRegex         *pattern;        /* all but SOLAR_RULE_EACH_PLATFORM */
  gboolean        must_match;     /* else the pattern must not match */
  char           *field;          /* SOLAR_RULE_EACH_PLATFORM: the member of platforms[i] */
  SolarText      *message;        /* may hold {platform}, {value}, {bare}, {kol} */
  SolarCitation   source;         /* where the rule comes from, or why it is our advice */
} SolarRule;

void       solar_rule_free       (SolarRule     *rule);
GPtrArray *solar_rules_file_read (GBytes        *bytes,
                                  const char    *file_name,
                                  SolarDataset  *dataset,
                                  GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SolarRule, solar_rule_free)

G_END_DECLS
