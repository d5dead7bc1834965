/* fuzz-roster.c: the roster import against whatever bytes libFuzzer invents
 *
 * The same function the import uses, reading KOLs and milestones. Whatever it refuses, it
 * refuses saying why and naming the file; every row it leaves out says where; and whatever
 * it accepts exports and imports again to the same rows, and exports again to the same bytes.
 *
 * Build with -Dfuzzing=true (clang); without it, fuzz-replay-roster runs the seed corpus.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "solar-roster-csv.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

/* Reads the input as each kind of rows, KOLs and milestones: every rejection says where,
 * and what is read is written back and read again unchanged. */
static void
check_kind (GBytes          *bytes,
            SolarRosterKind  kind,
            SolarDataset    *dataset)
{
  g_autoptr(SolarRosterImport) import = NULL;
  g_autoptr(SolarRosterImport) again = NULL;
  g_autoptr(GListStore) items = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) saved_again = NULL;
  g_autoptr(GError) error = NULL;

  import = solar_roster_csv_import (bytes, "fuzz.csv", kind, dataset, &error);
  if (import == NULL)
    {
      g_assert (error != NULL && g_str_has_prefix (error->message, "fuzz.csv: "));
      return;
    }
  for (guint i = 0; i < import->rejections->len; i++)
    g_assert (g_str_has_prefix (((SolarRosterRejection *)g_ptr_array_index (import->rejections, i))->message,
                                "line "));
  if (import->items->len == 0)
    return;

  items = g_list_store_new (G_TYPE_OBJECT);
  g_list_store_splice (items, 0, 0, import->items->pdata, import->items->len);
  saved = solar_roster_csv_export (G_LIST_MODEL (items), kind, dataset);
  again = solar_roster_csv_import (saved, "saved.csv", kind, dataset, &error);
  g_assert (again != NULL);
  g_assert (again->rejections->len == 0);
  g_assert (again->items->len == import->items->len);
  g_list_store_remove_all (items);
  g_list_store_splice (items, 0, 0, again->items->pdata, again->items->len);
  saved_again = solar_roster_csv_export (G_LIST_MODEL (items), kind, dataset);
  g_assert (g_bytes_equal (saved, saved_again));
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  static SolarDataset *dataset;
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);

  if (dataset == NULL)
    dataset = solar_dataset_load_default (NULL);
  g_assert (dataset != NULL);

  check_kind (bytes, SOLAR_ROSTER_KOLS, dataset);
  check_kind (bytes, SOLAR_ROSTER_MILESTONES, dataset);
  return 0;
}
