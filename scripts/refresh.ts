/**
 * `npm run refresh [dataset…] [--accept-shrink]`: newer rows for every dataset file that names its source (`refresh` in
 * its dataset.json; compiled tables and sources without a stable URL are skipped with a note).
 *
 * For each such file: download, turn into rows with the source's adapter (scripts/refresh/adapters.ts), merge with the
 * rows we have (the source wins on a day both have; older rows stay), and validate the result with the same loader and
 * schema as the build. Only when every file passed are the files replaced and `retrieved` and `dataAsOf` updated, all at
 * once: a failed refresh leaves every file as it was. Suspicious downloads stop it: an HTTP error, an empty or truncated
 * body, a renamed series, a value that is not a number, or a series that ends earlier than ours (`--accept-shrink`).
 * Writes a report of what changed (refresh-report.md) for the writer to read before touching the prose.
 *
 * Env: DATA_ROOT (default content/data); REFRESH_ORIGIN replaces the origin of every source URL (the tests serve the
 * sources' own formats from a local server); REFRESH_REPORT (default refresh-report.md); REFRESH_TODAY (default today).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvFormatRows, csvParseRows } from 'd3-dsv';
import { listDatasetIds, loadDataset, clearDatasetCache } from '../src/datasets/load.ts';
import type { DatasetMeta, FileMeta } from '../src/schema.ts';
import { ADAPTERS, UpstreamError } from './refresh/adapters.ts';
import { differences, differencesMarkdown, takeSnapshot } from './refresh/report.ts';

const args = process.argv.slice(2);
const acceptShrink = args.includes('--accept-shrink');
const root = process.env.DATA_ROOT ?? 'content/data';
const reportPath = process.env.REFRESH_REPORT ?? 'refresh-report.md';
const today = process.env.REFRESH_TODAY ?? new Date().toISOString().slice(0, 10);
const wanted = args.filter((a) => !a.startsWith('--'));
const ids = wanted.length ? wanted : listDatasetIds(root);

function sourceUrl(url: string): string {
  const origin = process.env.REFRESH_ORIGIN;
  if (!origin) return url;
  const u = new URL(url);
  return origin.replace(/\/$/, '') + u.pathname + u.search;
}

/** Equal values, up to the float noise of two exports of one series (relative 1e-12). */
const same = (a: number, b: number) => a === b || Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));

interface Change {
  dataset: string; file: string; added: number; changed: number; removed: number; rows: [number, number];
  before: [string, string]; after: [string, string]; url: string; removedKeys: string[];
}

/** Equal fields: the same text, or the same number up to float noise. */
const sameField = (a: string, b: string) => a === b || (a !== '' && b !== '' && Number.isFinite(Number(a)) && Number.isFinite(Number(b)) && same(Number(a), Number(b)));

/** First and last value of the file's first date, month or year column (the span a reader sees), or empty. */
function span(file: FileMeta, rows: string[][]): [string, string] {
  const i = file.columns.findIndex((c) => c.type === 'date' || c.type === 'month' || c.type === 'year');
  if (i < 0) return ['', ''];
  const days = rows.map((r) => r[i]!.slice(0, 10)).filter(Boolean).sort();
  return [days[0] ?? '', days.at(-1) ?? ''];
}

/**
 * A dated series (keyed by one date column) grows: the source wins on a day both have, older days stay, and a download
 * that ends before our last day is suspicious. A table (keyed by anything else, e.g. a model's name) is the source's
 * whole table: rows it no longer has are removed, and losing rows is suspicious. Either way, --accept-shrink allows it.
 */
async function refreshFile(dataset: string, dir: string, file: FileMeta): Promise<Change | null> {
  const r = file.refresh!;
  const url = sourceUrl(r.url);
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(60_000) });
  } catch (e) {
    throw new UpstreamError(`could not reach ${url}: ${(e as Error).message}`);
  }
  if (!res.ok) throw new UpstreamError(`${url} answered HTTP ${res.status}`);
  const body = await res.text();
  if (!body.trim()) throw new UpstreamError(`${url} sent an empty body`);
  const fresh = ADAPTERS[r.adapter](body, file, r.metric, r.scale);
  if (!fresh.length) throw new UpstreamError(`${url}: no rows${r.metric ? ` in the "${r.metric}" series` : ''}`);

  const path = join(dir, file.path);
  const text = readFileSync(path, 'utf8');
  if ((file.headerLine ?? 1) !== 1) throw new Error(`${file.path}: refresh needs the header on line 1`);
  const [, ...old] = csvParseRows(text.replace(/^\uFEFF/, '')).filter((row) => row.length > 1 || row[0] !== '');
  const keyAt = (file.key ?? [file.columns[0]!.name]).map((k) => file.columns.findIndex((c) => c.name === k));
  const dated = keyAt.length === 1 && file.columns[keyAt[0]!]!.type === 'date';
  // A dated series is keyed by its day, whatever the file writes after it ("2009-01-03 00:00:00"), and new days are
  // written in the file's own style.
  const keyOf = (row: string[]) => (dated ? row[keyAt[0]!]!.slice(0, 10) : keyAt.map((i) => row[i]).join('\u0000'));
  if (dated && old.length) {
    const style = old[0]![keyAt[0]!]!.slice(10);
    for (const row of fresh) row[keyAt[0]!] = row[keyAt[0]!]!.slice(0, 10) + style;
  }
  const byKey = new Map(old.map((row) => [keyOf(row), row]));
  const before = span(file, old);
  let added = 0;
  let changed = 0;
  let removedKeys: string[] = [];
  if (dated) {
    const freshEnd = fresh.map(keyOf).sort().at(-1)!;
    if (freshEnd < before[1] && !acceptShrink) {
      throw new UpstreamError(`${url}: the download ends on ${freshEnd}, before our last row (${before[1]}); a shorter series is suspicious (--accept-shrink to take it on purpose)`);
    }
  } else {
    const incoming = new Set(fresh.map(keyOf));
    removedKeys = [...byKey.keys()].filter((k) => !incoming.has(k));
    if (removedKeys.length && !acceptShrink) {
      throw new UpstreamError(`${url}: ${removedKeys.length} of our rows are not in the download (e.g. ${removedKeys.slice(0, 3).map((k) => `"${k.replace(/\u0000/g, ', ')}"`).join(', ')}); losing rows is suspicious (--accept-shrink to take it on purpose)`);
    }
    for (const k of removedKeys) byKey.delete(k);
  }
  for (const row of fresh) {
    const had = byKey.get(keyOf(row));
    if (!had) added++;
    else if (had.some((v, i) => !sameField(v, row[i]!))) changed++;
    else continue; // the same values: keep our text as it was
    byKey.set(keyOf(row), row);
  }
  if (!added && !changed && !removedKeys.length) return null;
  // A series in the file's time order (oldest first unless it says otherwise); a table in the source's order.
  const newestFirst = file.order === 'newest first';
  const rows = dated ? [...byKey.values()].sort((a, b) => ((keyOf(a) < keyOf(b)) !== newestFirst ? -1 : 1)) : fresh;
  // The header is the declared columns: the loader checks the one against the other.
  writeFileSync(path, csvFormatRows([file.columns.map((c) => c.name), ...rows]) + (text.endsWith('\n') ? '\n' : ''));
  return {
    dataset, file: file.path, added, changed, removed: removedKeys.length, rows: [old.length, rows.length],
    before, after: span(file, rows), url: r.url, removedKeys: removedKeys.map((k) => k.replace(/\u0000/g, ', ')),
  };
}

async function main(): Promise<number> {
  // Everything happens in a copy of each dataset folder beside the original (same disk, so the swap is a rename).
  let before: Awaited<ReturnType<typeof takeSnapshot>> | Error | undefined;
  const staging = mkdtempSync(join(root, '.refresh-'));
  const changes: Change[] = [];
  const skipped: string[] = [];
  const staged: string[] = [];
  try {
    for (const id of ids) {
      const meta = JSON.parse(readFileSync(join(root, id, 'dataset.json'), 'utf8')) as DatasetMeta;
      const files = meta.files.filter((f) => f.refresh);
      if (!files.length) {
        skipped.push(`${id}: not refreshed. ${meta.refreshNote ?? 'No file names a source.'}`);
        continue;
      }
      const dir = join(staging, id);
      cpSync(join(root, id), dir, { recursive: true });
      const mine: Change[] = [];
      for (const f of files) {
        const c = await refreshFile(id, dir, f);
        if (c) mine.push(c);
      }
      if (!mine.length) continue;
      const last = mine.map((c) => c.after[1]).sort().at(-1)!;
      meta.retrieved = today;
      if (last > meta.dataAsOf) meta.dataAsOf = last;
      writeFileSync(join(dir, 'dataset.json'), JSON.stringify(meta, null, 2) + '\n');
      clearDatasetCache();
      loadDataset(id, staging); // the build's own checks; throws with file and line
      changes.push(...mine);
      staged.push(id);
    }
    // Every dataset passed. What the site says now, for the report; then swap them in.
    if (staged.length) before = await takeSnapshot(root).catch((e: Error) => e);
    for (const id of staged) {
      const old = join(staging, `${id}.old`);
      renameSync(join(root, id), old);
      renameSync(join(staging, id), join(root, id));
    }
  } catch (e) {
    // Name the files as they would have been written, not the staging copy that is about to be deleted.
    const message = (e as Error).message.replaceAll(staging, root);
    if (e instanceof UpstreamError) console.error(`Suspicious download: ${message}\nNothing was changed.`);
    else console.error(`Refresh failed: the refreshed data does not pass the build's checks (lines as they would be written):\n${message}\nNothing was changed.`);
    return 1;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  const lines = [`# Refresh report, ${today}`, ''];
  if (!changes.length) lines.push('No dataset changed.', '');
  for (const c of changes) {
    const removed = c.removed ? `, ${c.removed} removed (${c.removedKeys.slice(0, 10).join('; ')}${c.removed > 10 ? '; …' : ''})` : '';
    lines.push(`- **${c.dataset}/${c.file}**: ${c.added} rows added, ${c.changed} changed${removed}; ${c.rows[0]} rows, ${c.before[0]} → ${c.before[1]} before; ${c.rows[1]} rows, ${c.after[0]} → ${c.after[1]} now (from ${c.url}).`);
  }
  if (skipped.length) lines.push('', 'Skipped:', ...skipped.map((s) => `- ${s}`));
  if (before) {
    // A snapshot that cannot be taken (e.g. a data root with only some datasets) never undoes a good refresh.
    const after = before instanceof Error ? before : await takeSnapshot(root).catch((e: Error) => e);
    if (before instanceof Error || after instanceof Error) {
      lines.push('', `What the site says could not be compared (${(after as Error).message.split('\n')[0]}); rebuild and read the summaries and numbers that use these datasets.`);
    } else {
      const asOf = staged.map((id) => ({ id, dataAsOf: (JSON.parse(readFileSync(join(root, id, 'dataset.json'), 'utf8')) as DatasetMeta).dataAsOf }));
      lines.push(...differencesMarkdown(differences(before, after), asOf, today));
    }
  }
  lines.push('', 'Next: rebuild, re-read every sentence listed above and rewrite it where the claim changed (a peak, a record, a trend, a verdict), and edit the changelog entries (WRITING.md, "Refresh the data").', '');
  writeFileSync(reportPath, lines.join('\n'));
  console.log(lines.join('\n'));
  return 0;
}

process.exit(await main());
