/* solar-roster-csv.c: a plan's KOLs, milestones and KPIs in and out of a spreadsheet
 *
 * Import reads the rows solar-csv.c found: the first is the header, in English or Chinese
 * as planners write it (昵称, 平台, 级别, 粉丝数, 报价, 合作形式…; 节点, 日期…); each later
 * row becomes a KOL, a milestone or a KPI, or is left out with its line, column and reason (a
 * platform Social Solar does not know, a follower count that is not a number, a date that
 * is not one). Numbers are read as Chinese sheets write them: "12,000", "1.2万", "3w",
 * "¥8,000", "8000元"; dates as "2026-06-18", "2026/6/18" or "2026年6月18日". Nothing is
 * added here: the caller shows what would be, and adds it if the planner agrees.
 *
 * What a kind of row holds is a table of columns (the item's property, how its cells are
 * read, the headers it goes by), so KOLs, milestones and KPIs share one reader and writer.
 *
 * Export writes the same columns (English headers, UTF-8 with a byte order mark so that
 * Excel reads the Chinese names), so a roster survives a round trip through a spreadsheet.
 * A cell that a spreadsheet would run as a formula (= + - @ first) is written with a
 * leading apostrophe, as spreadsheets themselves mark text, and read back without it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "solar-roster"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "solar-kol.h"
#include "solar-kpi.h"
#include "solar-milestone.h"
#include "solar-roster-csv.h"

#define UTF8_BOM "\xEF\xBB\xBF"

typedef enum
{
  CELL_NAME,        /* text, required */
  CELL_TEXT,
  CELL_PLATFORM,    /* a platform's id, or any name it goes by */
  CELL_TIER,        /* a KOL's tier; empty is Mid, as Add KOL makes it */
  CELL_AMOUNT,      /* a count or a sum, never negative */
  CELL_DATE,        /* "YYYY-MM-DD", or empty */
} CellKind;

typedef struct
{
  const char         *property;   /* of the item; NULL: the platform it belongs to (a KPI's) */
  CellKind            kind;
  const char * const *headers;    /* lower case, ours first (what export writes) */
  const char         *invalid;    /* a name's reason to be left out when empty */
} RosterColumn;

typedef struct
{
  GType             (*get_type) (void);
  const RosterColumn *columns;
  guint               n_columns;
} RosterKind;

#define MAX_COLUMNS 7

static const RosterColumn kol_columns[] = {
  { "name", CELL_NAME,
    (const char * const[]) { "name", "kol", "kol name", "influencer", "creator", "nickname",
                             "昵称", "达人", "达人昵称", "博主", "名称", "账号", "账号名称", NULL },
    N_("no name; every KOL needs one") },
  { "platform-id", CELL_PLATFORM, (const char * const[]) { "platform", "平台", NULL }, NULL },
  { "tier", CELL_TIER, (const char * const[]) { "tier", "level", "级别", "层级", "等级", "量级", NULL }, NULL },
  { "followers", CELL_AMOUNT, (const char * const[]) { "followers", "fans", "粉丝数", "粉丝", "粉丝量", NULL },
    NULL },
  { "fee", CELL_AMOUNT,
    (const char * const[]) { "fee", "price", "cost", "quote", "报价", "价格", "费用", "刊例价", NULL },
    NULL },
  { "deliverables", CELL_TEXT,
    (const char * const[]) { "deliverables", "content", "format", "交付", "交付内容", "内容",
                             "合作形式", "内容形式", NULL }, NULL },
  /* Optional, last: a sheet or a paste of the six columns above still reads as before. */
  { "publish-date", CELL_DATE,
    (const char * const[]) { "publish date", "publish_date", "post date", "date", "发布日期",
                             "发布时间", "上线日期", "日期", NULL }, NULL },
};

static const RosterColumn milestone_columns[] = {
  { "name", CELL_NAME,
    (const char * const[]) { "name", "milestone", "step", "event", "名称", "里程碑", "节点",
                             "事项", "活动", NULL },
    N_("no name; every milestone needs one") },
  { "date", CELL_DATE, (const char * const[]) { "date", "day", "日期", "时间", NULL }, NULL },
  { "platform-id", CELL_PLATFORM, (const char * const[]) { "platform", "平台", NULL }, NULL },
};

/* In the KPI table's order: a KPI is listed under its platform. */
static const RosterColumn kpi_columns[] = {
  { NULL, CELL_PLATFORM, (const char * const[]) { "platform", "平台", NULL }, NULL },
  { "metric", CELL_NAME, (const char * const[]) { "metric", "kpi", "name", "指标", "名称", NULL },
    N_("no metric; every KPI needs one") },
  { "target", CELL_AMOUNT, (const char * const[]) { "target", "goal", "目标", "目标值", NULL }, NULL },
  { "unit", CELL_TEXT, (const char * const[]) { "unit", "单位", NULL }, NULL },
};

static const RosterKind kinds[] = {
  [SOLAR_ROSTER_KOLS] = { solar_kol_get_type, kol_columns, G_N_ELEMENTS (kol_columns) },
  [SOLAR_ROSTER_MILESTONES] = { solar_milestone_get_type, milestone_columns, G_N_ELEMENTS (milestone_columns) },
  [SOLAR_ROSTER_KPIS] = { solar_kpi_get_type, kpi_columns, G_N_ELEMENTS (kpi_columns) },
};

G_STATIC_ASSERT (G_N_ELEMENTS (kol_columns) <= MAX_COLUMNS);
G_STATIC_ASSERT (G_N_ELEMENTS (milestone_columns) <= MAX_COLUMNS);
G_STATIC_ASSERT (G_N_ELEMENTS (kpi_columns) <= MAX_COLUMNS);

/* The column every row needs: the item's name (a KPI's metric). */
static guint
name_column (const RosterKind *kind)
{
  for (guint c = 0; c < kind->n_columns; c++)
    if (kind->columns[c].kind == CELL_NAME)
      return c;
  g_return_val_if_reached (0);
}

/* The tiers as the app labels them in English and Chinese, and the terms sheets use. */
static const char * const *const tier_words[] = {
  [SOLAR_KOL_TIER_HEAD] = (const char * const[]) { "head", "top", "头部", NULL },
  [SOLAR_KOL_TIER_MID] = (const char * const[]) { "mid", "middle", "腰部", "中部", NULL },
  [SOLAR_KOL_TIER_MICRO] = (const char * const[]) { "micro", "tail", "尾部", NULL },
  [SOLAR_KOL_TIER_KOC] = (const char * const[]) { "koc", "素人", NULL },
};

static void
rejection_free (gpointer data)
{
  SolarRosterRejection *rejection = data;

  g_free (rejection->column_name);
  g_free (rejection->message);
  g_free (rejection);
}

void
solar_roster_import_free (SolarRosterImport *import)
{
  if (import == NULL)
    return;
  g_clear_pointer (&import->items, g_ptr_array_unref);
  g_clear_pointer (&import->lines, g_array_unref);
  g_clear_pointer (&import->owners, g_ptr_array_unref);
  g_clear_pointer (&import->rejections, g_ptr_array_unref);
  g_strfreev (import->ignored_columns);
  g_free (import->encoding);
  g_free (import);
}

/* Trimmed, lower case, full-width spaces too. */
static char *
normalize (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  g_autoptr(GString) out = g_string_new (NULL);

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) || (out->len > 0 && out->str[out->len - 1] != ' '))
        g_string_append_unichar (out, g_unichar_isspace (c) ? ' ' : c);
    }
  if (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static gboolean
word_in (const char         *text,
         const char * const *words)
{
  g_autofree char *key = normalize (text);

  return g_strv_contains (words, key);
}

/* A spreadsheet's mark that a cell is text: "'=1+1". */
static const char *
without_text_mark (const char *text)
{
  if (text[0] == '\'' && strchr ("=+-@", text[1]) != NULL && text[1] != '\0')
    return text + 1;
  return text;
}

/**
 * solar_roster_parse_amount:
 *
 * Reads a count or an amount as sheets in China write it: "12,000", "12，000", "1.2万",
 * "3w", "2亿", "1.5k", "¥8,000", "8000元", "CNY 8000". Empty is not a number.
 *
 * Returns: whether @text is one, never negative
 */
gboolean
solar_roster_parse_amount (const char *text,
                           double     *value)
{
  static const struct { const char *suffix; double factor; } units[] = {
    { "万", 1e4 }, { "w", 1e4 }, { "亿", 1e8 }, { "k", 1e3 },
  };
  g_autofree char *key = normalize (text);
  g_autoptr(GString) plain = g_string_new (NULL);
  char *number = key;
  double factor = 1;
  char *end = NULL;

  /* The currency around the figure, then its unit: "CNY 2.5万元". */
  for (const char *prefix = "cny\0rmb\0¥\0￥\0"; *prefix != '\0'; prefix += strlen (prefix) + 1)
    if (g_str_has_prefix (number, prefix))
      number += strlen (prefix);
  if (g_str_has_suffix (number, "元"))
    number[strlen (number) - strlen ("元")] = '\0';
  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    if (g_str_has_suffix (number, units[i].suffix))
      {
        number[strlen (number) - strlen (units[i].suffix)] = '\0';
        factor = units[i].factor;
        break;
      }

  for (const char *p = number; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == ',' || c == 0xFF0C /* ， */ || c == ' ')
        continue;
      if (c >= 0x80 || (!g_ascii_isdigit (c) && c != '.'))
        return FALSE;
      g_string_append_c (plain, c);
    }
  if (plain->len == 0)
    return FALSE;
  *value = g_ascii_strtod (plain->str, &end) * factor;
  return end != NULL && *end == '\0' && isfinite (*value) && *value >= 0;
}

typedef struct
{
  SolarCsv          *csv;
  SolarDataset      *dataset;
  SolarRosterImport *import;
  const RosterKind  *kind;
  int                columns[MAX_COLUMNS];   /* the file's column of each, or -1 */
  const SolarCsvRow *header;
  GHashTable        *platforms;              /* every name a platform goes by → its id */
} Importer;

static void
reject (Importer            *importer,
        const SolarCsvField *field,
        int                  column,
        const char          *reason)
{
  SolarRosterRejection *rejection = g_new0 (SolarRosterRejection, 1);

  rejection->line = field->line;
  rejection->column = field->column;
  if (importer->header == NULL)
    {
      /* Rows pasted without their header are in the table's order. */
      for (guint c = 0; c < importer->kind->n_columns; c++)
        if (importer->columns[c] == column)
          rejection->column_name = g_strdup (importer->kind->columns[c].headers[0]);
      if (rejection->column_name == NULL)
        rejection->column_name = g_strdup ("");
    }
  else
    rejection->column_name = g_strdup (column >= 0 && (guint)column < importer->header->n_fields
                                       ? importer->header->fields[column].text : "");
  /* TRANSLATORS: a row left out of an import: the line and column in the file, the
   * column's header, and what is wrong and what to do */
  rejection->message = g_strdup_printf (_("line %u, column %u (%s): %s"), rejection->line,
                                        rejection->column, rejection->column_name, reason);
  g_ptr_array_add (importer->import->rejections, rejection);
}

static const char *
cell (const SolarCsvRow *row,
      int                column)
{
  return column >= 0 && (guint)column < row->n_fields ? row->fields[column].text : "";
}

/* The field a problem with @column points at; past the row's end, its last field. */
static const SolarCsvField *
field_of (const SolarCsvRow *row,
          int                column)
{
  return &row->fields[column >= 0 && (guint)column < row->n_fields ? (guint)column : row->n_fields - 1];
}

static void
add_platform_name (GHashTable *platforms,
                   char       *name,
                   const char *id)
{
  /* The first platform a name fits keeps it, in the dataset's order. */
  if (g_hash_table_contains (platforms, name))
    g_free (name);
  else
    g_hash_table_insert (platforms, name, (gpointer)id);
}

/* Every name the dataset's platforms go by, normalized, once for a whole import rather
 * than for each row: its id, its English and Chinese names, and for "RED (Xiaohongshu)"
 * also "RED" and "Xiaohongshu". */
static GHashTable *
dup_platform_names (SolarDataset *dataset)
{
  GListModel *platforms = solar_dataset_get_platforms (dataset);
  GHashTable *names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (platforms); i++)
    {
      g_autoptr(SolarPlatform) platform = g_list_model_get_item (platforms, i);
      const SolarText *name = solar_platform_get_name (platform);
      const char *id = solar_platform_get_id (platform);
      char *en = normalize (name->en);
      const char *paren = strstr (en, " (");

      add_platform_name (names, g_strdup (id), id);
      if (paren != NULL && g_str_has_suffix (paren, ")"))
        {
          add_platform_name (names, g_strndup (en, paren - en), id);
          add_platform_name (names, g_strndup (paren + 2, strlen (paren + 2) - 1), id);
        }
      add_platform_name (names, en, id);
      if (name->zh != NULL)
        add_platform_name (names, normalize (name->zh), id);
    }
  return names;
}

static const char *
find_platform (Importer   *importer,
               const char *text)
{
  g_autofree char *key = normalize (text);

  return g_hash_table_lookup (importer->platforms, key);
}

static char *
platform_names (Importer *importer)
{
  GListModel *platforms = solar_dataset_get_platforms (importer->dataset);
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_auto(GStrv) list = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (platforms); i++)
    {
      g_autoptr(SolarPlatform) platform = g_list_model_get_item (platforms, i);

      g_strv_builder_add (names, solar_text_get (solar_platform_get_name (platform)));
    }
  list = g_strv_builder_end (names);
  return g_strjoinv (", ", list);
}

/* A cell a spreadsheet would have run, had it not been marked as text with an
 * apostrophe (which without_text_mark() takes off). */
static gboolean
is_formula (const char *cell_text)
{
  return cell_text[0] != '\0' && strchr ("=+@", cell_text[0]) != NULL;
}

/* "2026-06-18", "2026/6/18", "2026.6.18", "2026年6月18日", each with or without a time of
 * day after a space ("2026-06-18 00:00:00", as a date-and-time cell is written): the ISO
 * date, or %NULL if @text is none. */
static char *
parse_date (const char *text)
{
  g_autoptr(GString) plain = g_string_new (NULL);
  g_auto(GStrv) parts = NULL;
  guint64 numbers[3];

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == ' ' || c == 'T')
        break;   /* the time of day */
      if (c == 0x5E74 /* 年 */ || c == 0x6708 /* 月 */ || c == '/' || c == '.' || c == '-')
        g_string_append_c (plain, '-');
      else if (c == 0x65E5 /* 日 */ && (p[strlen ("日")] == '\0' || p[strlen ("日")] == ' '))
        break;
      else if (c < 0x80 && g_ascii_isdigit (c))
        g_string_append_c (plain, (char)c);
      else
        return NULL;
    }
  parts = g_strsplit (plain->str, "-", -1);
  if (g_strv_length (parts) != 3 || strlen (parts[0]) != 4 || strlen (parts[1]) > 2 || strlen (parts[2]) > 2)
    return NULL;
  for (guint i = 0; i < 3; i++)
    if (*parts[i] == '\0' || !g_ascii_string_to_unsigned (parts[i], 10, 0, 9999, &numbers[i], NULL))
      return NULL;
  if (!g_date_valid_dmy ((GDateDay)numbers[2], (GDateMonth)numbers[1], (GDateYear)numbers[0]))
    return NULL;
  return g_strdup_printf ("%04u-%02u-%02u", (guint)numbers[0], (guint)numbers[1], (guint)numbers[2]);
}

/* One cell read into @value (initialized here), or a rejection. */
static void
read_cell (Importer           *importer,
           const SolarCsvRow  *row,
           const RosterColumn *spec,
           int                 column,
           GValue             *value)
{
  const char *raw = cell (row, column);
  g_autofree char *trimmed = g_strstrip (g_strdup (without_text_mark (raw)));
  g_autofree char *reason = NULL;

  switch (spec->kind)
    {
    case CELL_NAME:
    case CELL_TEXT:
      g_value_init (value, G_TYPE_STRING);
      if (is_formula (raw))
        /* TRANSLATORS: a cell left out of an import */
        reason = g_strdup (_("a spreadsheet formula, not a value; Social Solar imports values only"));
      else if (spec->kind == CELL_NAME && *trimmed == '\0')
        reason = g_strdup (_(spec->invalid));
      /* A name is trimmed; other text is kept as typed, line breaks and all. */
      g_value_set_string (value, spec->kind == CELL_NAME ? trimmed : without_text_mark (raw));
      break;

    case CELL_PLATFORM:
      {
        const char *id = "";

        g_value_init (value, G_TYPE_STRING);
        if (*trimmed == '\0' && spec->property == NULL)
          reason = g_strdup (_("no platform; every KPI belongs to one of the plan's platforms"));
        else if (*trimmed != '\0' && (id = find_platform (importer, trimmed)) == NULL)
          {
            g_autofree char *known = platform_names (importer);

            reason = g_strdup_printf (_("“%s” is not a platform Social Solar knows; write one of %s"),
                                      trimmed, known);
            id = "";
          }
        g_value_set_string (value, id);
      }
      break;

    case CELL_TIER:
      {
        gboolean found = FALSE;

        g_value_init (value, SOLAR_TYPE_KOL_TIER);
        g_value_set_enum (value, SOLAR_KOL_TIER_MID);
        for (guint t = 0; *trimmed != '\0' && t < G_N_ELEMENTS (tier_words) && !found; t++)
          if (word_in (trimmed, tier_words[t]))
            {
              g_value_set_enum (value, t);
              found = TRUE;
            }
        if (*trimmed == '\0')
          importer->import->n_without_tier++;
        else if (!found)
          reason = g_strdup_printf (_("“%s” is not a tier; write Head, Mid, Micro or KOC (头部, 腰部, "
                                      "尾部, KOC)"), trimmed);
      }
      break;

    case CELL_AMOUNT:
      {
        double amount = 0;

        g_value_init (value, G_TYPE_DOUBLE);
        if (*trimmed == '\0' || solar_roster_parse_amount (trimmed, &amount))
          ;
        else if (g_str_equal (spec->property, "followers"))
          reason = g_strdup_printf (_("“%s” is not a number of followers; write it as 120000, "
                                      "120,000 or 12万"), trimmed);
        else if (g_str_equal (spec->property, "target"))
          reason = g_strdup_printf (_("“%s” is not a target; write it as a number of zero or more, "
                                      "such as 5000000 or 500万"), trimmed);
        else
          reason = g_strdup_printf (_("“%s” is not a fee; write it as 8000, 8,000 or 0.8万"), trimmed);
        g_value_set_double (value, amount);
      }
      break;

    case CELL_DATE:
      {
        g_autofree char *iso = *trimmed != '\0' ? parse_date (trimmed) : g_strdup ("");

        g_value_init (value, G_TYPE_STRING);
        if (iso == NULL)
          reason = g_strdup_printf (_("“%s” is not a date; write it as 2026-06-18 or 2026年6月18日"),
                                    trimmed);
        g_value_set_string (value, iso != NULL ? iso : "");
      }
      break;

    default:
      g_assert_not_reached ();
    }

  if (reason != NULL)
    reject (importer, field_of (row, column), column, reason);
}

/* One row: an item, or rejections. */
static void
import_row (Importer          *importer,
            const SolarCsvRow *row)
{
  const RosterKind *kind = importer->kind;
  guint rejected = importer->import->rejections->len;
  const char *names[MAX_COLUMNS];
  GValue values[MAX_COLUMNS] = { G_VALUE_INIT };
  GValue owner = G_VALUE_INIT;
  guint n_values = 0;
  GObject *item = NULL;

  for (guint c = 0; c < kind->n_columns; c++)
    {
      const RosterColumn *column = &kind->columns[c];

      if (column->property == NULL)
        {
          read_cell (importer, row, column, importer->columns[c], &owner);
          continue;
        }
      names[n_values] = column->property;
      read_cell (importer, row, column, importer->columns[c], &values[n_values++]);
    }
  if (importer->import->rejections->len == rejected)
    item = g_object_new_with_properties (kind->get_type (), n_values, names, values);
  for (guint c = 0; c < n_values; c++)
    g_value_unset (&values[c]);
  if (item != NULL)
    {
      g_ptr_array_add (importer->import->items, item);
      g_array_append_val (importer->import->lines, row->fields[0].line);
      if (G_IS_VALUE (&owner))
        g_ptr_array_add (importer->import->owners, g_value_dup_string (&owner));
    }
  if (G_IS_VALUE (&owner))
    g_value_unset (&owner);
}

/* The header row of @csv, if its first row is one: the file's column of each member. Rows
 * pasted without a header may start with a name that is also a header's word (a milestone
 * called "活动"): there, a first row is a header only if most of its cells are headers. */
static gboolean
read_header (Importer     *importer,
             GStrvBuilder *ignored,
             gboolean      header_optional)
{
  const SolarCsvRow *first = &g_array_index (importer->csv->rows, SolarCsvRow, 0);
  guint n_known = 0, n_filled = 0;

  for (guint c = 0; c < MAX_COLUMNS; c++)
    importer->columns[c] = -1;
  for (guint i = 0; i < first->n_fields; i++)
    {
      const char *header = without_text_mark (first->fields[i].text);
      gboolean known = FALSE;

      for (guint c = 0; c < importer->kind->n_columns && !known; c++)
        if (importer->columns[c] < 0 && word_in (header, importer->kind->columns[c].headers))
          {
            importer->columns[c] = i;
            known = TRUE;
          }
      n_known += known;
      n_filled += *header != '\0';
      if (!known && *header != '\0')
        g_strv_builder_add (ignored, header);
    }
  if (header_optional && n_known * 2 < n_filled)
    return FALSE;
  return importer->columns[name_column (importer->kind)] >= 0;
}

static SolarRosterImport *
import_rows (GBytes           *bytes,
             const char       *file_name,
             SolarRosterKind   kind,
             SolarDataset     *dataset,
             gboolean          header_optional,
             GError          **error)
{
  g_autoptr(SolarCsv) csv = NULL;
  g_autoptr(GStrvBuilder) ignored = g_strv_builder_new ();
  g_autoptr(SolarRosterImport) import = NULL;
  g_autoptr(GHashTable) platforms = NULL;
  Importer importer = { 0 };
  guint first_row = 1;

  if ((csv = solar_csv_read (bytes, file_name, error)) == NULL)
    return NULL;

  import = g_new0 (SolarRosterImport, 1);
  import->kind = kind;
  import->items = g_ptr_array_new_with_free_func (g_object_unref);
  import->lines = g_array_new (FALSE, FALSE, sizeof (guint));
  import->owners = g_ptr_array_new_with_free_func (g_free);
  import->rejections = g_ptr_array_new_with_free_func (rejection_free);
  import->encoding = g_strdup (csv->encoding);
  import->separator = csv->separator;

  platforms = dup_platform_names (dataset);
  importer = (Importer) { csv, dataset, import, &kinds[kind], { 0 }, &g_array_index (csv->rows, SolarCsvRow, 0),
                          platforms };
  if (!read_header (&importer, ignored, header_optional))
    {
      if (!header_optional && kind == SOLAR_ROSTER_KOLS)
        {
          g_set_error (error, SOLAR_CSV_ERROR, SOLAR_CSV_ERROR_SYNTAX,
                       _("%s: line %u: the first row names no column Social Solar knows as a KOL's "
                         "name; it needs a header row with at least “name” (or 昵称, 达人), and may "
                         "have platform, tier, followers, fee and deliverables (平台, 级别, 粉丝数, "
                         "报价, 合作形式)"), file_name, importer.header->fields[0].line);
          return NULL;
        }
      if (!header_optional && kind == SOLAR_ROSTER_KPIS)
        {
          g_set_error (error, SOLAR_CSV_ERROR, SOLAR_CSV_ERROR_SYNTAX,
                       _("%s: line %u: the first row names no column Social Solar knows as a KPI's "
                         "metric; it needs a header row with at least “metric” (or 指标), and may "
                         "have platform, target and unit (平台, 目标, 单位)"),
                       file_name, importer.header->fields[0].line);
          return NULL;
        }
      if (!header_optional)
        {
          g_set_error (error, SOLAR_CSV_ERROR, SOLAR_CSV_ERROR_SYNTAX,
                       _("%s: line %u: the first row names no column Social Solar knows as a "
                         "milestone's name; it needs a header row with at least “name” (or 节点, "
                         "里程碑), and may have date and platform (日期, 平台)"),
                       file_name, importer.header->fields[0].line);
          return NULL;
        }
      /* No header: the rows are in the table's order, as its Copy writes them. */
      g_clear_pointer (&ignored, g_strv_builder_unref);
      ignored = g_strv_builder_new ();
      for (guint c = 0; c < importer.kind->n_columns; c++)
        importer.columns[c] = c;
      importer.header = NULL;
      first_row = 0;
    }
  import->ignored_columns = g_strv_builder_end (ignored);

  for (guint i = first_row; i < csv->rows->len; i++)
    import_row (&importer, &g_array_index (csv->rows, SolarCsvRow, i));
  return g_steal_pointer (&import);
}

/**
 * solar_roster_csv_import:
 * @file_name: how messages name the file
 * @kind: what the rows are: KOLs, milestones or KPIs
 *
 * Reads rows saved by a spreadsheet: what would be added, and each row left out with its
 * line, column and reason. The plan is not touched.
 *
 * Returns: (transfer full): the rows, or %NULL with @error when the file is not such a
 *   list (not text, no header naming a name column…)
 */
SolarRosterImport *
solar_roster_csv_import (GBytes           *bytes,
                         const char       *file_name,
                         SolarRosterKind   kind,
                         SolarDataset     *dataset,
                         GError          **error)
{
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (kind < G_N_ELEMENTS (kinds), NULL);
  g_return_val_if_fail (SOLAR_IS_DATASET (dataset), NULL);

  return import_rows (bytes, file_name, kind, dataset, FALSE, error);
}

/**
 * solar_roster_tsv_paste:
 * @text: rows copied from a spreadsheet or from a table of the plan (tab-separated, or any
 *   separator solar-csv.c finds), with their header row or without (then in the table's
 *   order: a KOL's name, platform, tier, followers, fee, deliverables; a milestone's name,
 *   date, platform; a KPI's platform, metric, target, unit)
 *
 * Returns: (transfer full): what pasting @text would add, as solar_roster_csv_import()
 */
SolarRosterImport *
solar_roster_tsv_paste (const char       *text,
                        SolarRosterKind   kind,
                        SolarDataset     *dataset,
                        GError          **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (kind < G_N_ELEMENTS (kinds), NULL);
  g_return_val_if_fail (SOLAR_IS_DATASET (dataset), NULL);

  bytes = g_bytes_new (text, strlen (text));
  /* TRANSLATORS: names what was pasted in messages, as a file's name would be */
  return import_rows (bytes, _("The pasted rows"), kind, dataset, TRUE, error);
}

/* A cell as RFC 4180 writes it, marked as text if a spreadsheet would run it. */
typedef struct
{
  char        separator;
  const char *line_end;
} Format;

static const Format csv_format = { ',', "\r\n" };
static const Format tsv_format = { '\t', "\n" };

static void
append_cell (GString      *out,
             const Format *format,
             const char   *text,
             gboolean      last)
{
  gboolean mark = text[0] != '\0' && strchr ("=+-@", text[0]) != NULL;
  char special[] = { format->separator, '"', '\r', '\n', '\0' };

  if (mark || strpbrk (text, special) != NULL)
    {
      g_string_append_c (out, '"');
      if (mark)
        g_string_append_c (out, '\'');
      for (const char *p = text; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '"');
    }
  else
    g_string_append (out, text);
  if (last)
    g_string_append (out, format->line_end);
  else
    g_string_append_c (out, format->separator);
}

static void
append_number (GString      *out,
               const Format *format,
               double        value,
               gboolean      last)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (value == floor (value) && fabs (value) < 1e15)
    g_snprintf (buffer, sizeof buffer, "%.0f", value);
  else
    g_ascii_formatd (buffer, sizeof buffer, "%.2f", value);
  append_cell (out, format, buffer, last);
}

static void
append_item (GString          *out,
             const Format     *format,
             const RosterKind *kind,
             GObject          *item,
             const char       *owner,
             SolarDataset     *dataset)
{
  /* Untranslated: a file is read back in any language. */
  const char * const *tiers = solar_kol_tier_get_labels ();

  for (guint c = 0; c < kind->n_columns; c++)
    {
      const RosterColumn *column = &kind->columns[c];
      gboolean last = c == kind->n_columns - 1;
      g_autofree char *text = NULL;
      double number = 0;
      int tier = 0;

      switch (column->kind)
        {
        case CELL_AMOUNT:
          g_object_get (item, column->property, &number, NULL);
          append_number (out, format, number, last);
          break;
        case CELL_TIER:
          g_object_get (item, column->property, &tier, NULL);
          append_cell (out, format, tiers[CLAMP (tier, SOLAR_KOL_TIER_HEAD, SOLAR_KOL_TIER_KOC)], last);
          break;
        case CELL_PLATFORM:
          {
            SolarPlatform *platform;

            if (column->property != NULL)
              g_object_get (item, column->property, &text, NULL);
            else
              text = g_strdup (owner != NULL ? owner : "");
            platform = solar_dataset_find_platform (dataset, text != NULL ? text : "");
            append_cell (out, format, platform != NULL ? solar_platform_get_name (platform)->en
                                                       : (text != NULL ? text : ""), last);
          }
          break;
        default:
          g_object_get (item, column->property, &text, NULL);
          append_cell (out, format, text != NULL ? text : "", last);
          break;
        }
    }
}

/**
 * solar_roster_csv_export:
 * @items: a list of #SolarKol or #SolarMilestone, as @kind says
 *
 * Returns: (transfer full): the rows as CSV that solar_roster_csv_import() reads back
 *   unchanged: UTF-8 with a byte order mark, a header row, platforms by name
 */
GBytes *
solar_roster_csv_export (GListModel      *items,
                         SolarRosterKind  kind,
                         SolarDataset    *dataset)
{
  GString *out = g_string_new (UTF8_BOM);
  const RosterKind *spec;

  g_return_val_if_fail (G_IS_LIST_MODEL (items), NULL);
  /* A KPI's platform is its owner's: KPIs leave only as copied rows, which say it. */
  g_return_val_if_fail (kind == SOLAR_ROSTER_KOLS || kind == SOLAR_ROSTER_MILESTONES, NULL);
  g_return_val_if_fail (SOLAR_IS_DATASET (dataset), NULL);

  spec = &kinds[kind];
  for (guint c = 0; c < spec->n_columns; c++)
    append_cell (out, &csv_format, spec->columns[c].headers[0], c == spec->n_columns - 1);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);

      append_item (out, &csv_format, spec, item, NULL, dataset);
    }
  return g_string_free_to_bytes (out);
}

/**
 * solar_roster_tsv_copy:
 * @items: (array length=n_items): #SolarKol, #SolarMilestone or #SolarKpi, as @kind says
 * @owners: (array length=n_items) (nullable): for KPIs, the platform each belongs to
 *
 * Returns: (transfer full): @items as a spreadsheet takes pasted rows: tab-separated, in
 *   the table's column order, no header, which solar_roster_tsv_paste() reads back unchanged
 */
char *
solar_roster_tsv_copy (gpointer           *items,
                       const char * const *owners,
                       guint               n_items,
                       SolarRosterKind     kind,
                       SolarDataset       *dataset)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (items != NULL || n_items == 0, NULL);
  g_return_val_if_fail (kind < G_N_ELEMENTS (kinds), NULL);
  g_return_val_if_fail (SOLAR_IS_DATASET (dataset), NULL);

  for (guint i = 0; i < n_items; i++)
    append_item (out, &tsv_format, &kinds[kind], items[i], owners != NULL ? owners[i] : NULL, dataset);
  return g_string_free (out, FALSE);
}
