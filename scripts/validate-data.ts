/**
 * Validate every dataset under content/data (or the folder given as the first argument):
 *   node scripts/validate-data.ts [root]
 * Prints one line per dataset (id, files, rows); on failure prints the error messages and exits with code 1.
 */
import { listDatasetIds, loadDataset } from '../src/datasets/load.ts';
import { DataError } from '../src/datasets/DataError.ts';
import { datasetDrift } from '../src/i18n/drift.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = process.argv[2] ?? 'content/data';
const started = performance.now();
const ids = listDatasetIds(root);
let failed = 0;
if (!ids.length) {
  console.error(`No datasets found under ${root} (a dataset is a folder with a dataset.json).`);
  process.exit(1);
}
for (const id of ids) {
  try {
    const ds = loadDataset(id, root);
    const counts = Object.entries(ds.tables).map(([file, rows]) => `${file} (${rows.length})`);
    const total = Object.values(ds.tables).reduce((n, rows) => n + rows.length, 0);
    // Its Spanish text (dataset.json's es) must follow the English as it is now.
    const file = join(root, id, 'dataset.json');
    const behind = datasetDrift(file, readFileSync(file, 'utf8'), ds.meta);
    if (behind.length) {
      failed++;
      console.error(`FAIL  ${id}: translation behind its English\n${behind.map((p) => `      ${p.file}:${p.line}: ${p.message}`).join('\n')}`);
      continue;
    }
    console.log(`ok    ${id}: ${counts.length} file${counts.length === 1 ? '' : 's'}, ${total} rows — ${counts.join(', ')}`);
  } catch (e) {
    failed++;
    if (e instanceof DataError) console.error(`FAIL  ${id}:\n${e.problems.map((p) => `      ${p}`).join('\n')}`);
    else throw e;
  }
}
const secs = ((performance.now() - started) / 1000).toFixed(1);
if (failed) {
  console.error(`\n${failed} of ${ids.length} datasets failed validation (${secs} s).`);
  process.exit(1);
}
console.log(`\nAll ${ids.length} datasets valid (${secs} s).`);
