/**
 * Rows of one file of one dataset. Only the series adapters (src/series/inputs.ts) call this: every other reader
 * gets typed rows from a series (tests/unit/architecture.test.ts holds the rule).
 */
import { DEFAULT_ROOT, loadDataset, type Row } from './load.ts';
import { DataError } from './DataError.ts';

/** e.g. table('btc-hashrate', 'btc_hashrate_daily.csv'). */
export function table<T extends Row = Row>(id: string, file: string, root: string = DEFAULT_ROOT): T[] {
  const ds = loadDataset(id, root);
  const rows = ds.tables[file];
  if (!rows) {
    throw new DataError(`Dataset "${id}" has no file "${file}" (files: ${Object.keys(ds.tables).join(', ')})`);
  }
  return rows as T[];
}
