import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvFormatRows, csvParseRows } from 'd3-dsv';
import { charts } from '../../src/charts/registry.ts';
import { getNumber } from '../../src/numbers/registry.ts';

// The sources' own formats, served locally. A test picks what the server answers with `mode`.
const FIX = 'tests/fixtures/refresh';
const DIFFICULTY = 'difficulty_blockchaincom_daily.csv';
const HASHRATE = 'hashrate_blockchaincom_daily.csv';
let mode: 'ok' | '500' | 'truncated' | 'renamed' | 'text' | 'shorter' | 'planted' = 'ok';

let csvMode: 'ok' | '500' | 'truncated' | 'renamed' | 'text' = 'ok';
let cmMode: 'ok' | '500' | 'truncated' | 'renamed' | 'text' | 'paged' | 'shorter' = 'ok';

/** Our own last rows of a daily file in the source's format, the last value multiplied by `factor` (a planted change). */
function echo(file: string, metric: string, factor: number): string {
  const rows = readFileSync(join('content/data/btc-difficulty', file), 'utf8').trim().split('\n').slice(-20).map((l) => l.split(','));
  const points = rows.map(([d, v], i) => ({ x: Date.parse(`${d}T00:00:00Z`), y: Number(v) * (i === rows.length - 1 ? factor : 1) }));
  return JSON.stringify({ [metric]: points, average: '1d' });
}
let server: Server;
let origin = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    const metric = new URL(req.url!, 'http://x').pathname.split('/').pop()!;
    if (req.url!.startsWith('/v4/timeseries/asset-metrics')) {
      const body = readFileSync(join(FIX, 'coinmetrics-HashRate.json'), 'utf8');
      if (cmMode === '500') { res.writeHead(500); res.end('oops'); return; }
      res.writeHead(200, { 'Content-Type': 'application/json' });
      const j = JSON.parse(body);
      if (cmMode === 'truncated') res.end(body.slice(0, body.length / 2));
      else if (cmMode === 'renamed') res.end(body.replaceAll('"HashRate"', '"HashRateMean"'));
      else if (cmMode === 'text') { j.data[5].HashRate = 'n/a'; res.end(JSON.stringify(j)); }
      else if (cmMode === 'paged') res.end(JSON.stringify({ ...j, next_page_url: 'https://community-api.coinmetrics.io/v4/…&next_page_token=x' }));
      else if (cmMode === 'shorter') { j.data = j.data.slice(0, 10); res.end(JSON.stringify(j)); }
      else res.end(body);
      return;
    }
    if (req.url!.endsWith('/daily_bitcoin_prices.csv')) {
      res.writeHead(200, { 'Content-Type': 'text/csv' });
      res.end(readFileSync(join(FIX, 'daily_bitcoin_prices.csv')));
      return;
    }
    if (req.url!.endsWith('.csv')) {
      const body = readFileSync(join(FIX, 'notable_ai_models.csv'), 'utf8');
      if (csvMode === '500') { res.writeHead(500); res.end('oops'); return; }
      res.writeHead(200, { 'Content-Type': 'text/csv' });
      if (csvMode === 'truncated') res.end(body.slice(0, Math.floor(body.length * 0.6)));
      else if (csvMode === 'renamed') res.end(body.replace('Training compute (FLOP)', 'Training compute'));
      else if (csvMode === 'text') res.end(body.replace(/\n(Inkling,[^\n]*?),(1\.845e\+24)/, '\n$1,n/a'));
      else res.end(body);
      return;
    }
    if (mode === 'planted') {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(metric === 'difficulty' ? echo(DIFFICULTY, metric, 1.5) : echo(HASHRATE, metric, 1));
      return;
    }
    const body = readFileSync(join(FIX, `${metric}.json`), 'utf8');
    if (mode === '500') { res.writeHead(500); res.end('oops'); return; }
    res.writeHead(200, { 'Content-Type': 'application/json' });
    if (mode === 'truncated') res.end(body.slice(0, body.length / 2));
    else if (mode === 'renamed') res.end(body.replace(`"${metric}":`, '"values2":'));
    else if (mode === 'text') res.end(body.replace(/"y":[0-9.]+/, '"y":"n/a"'));
    else if (mode === 'shorter') { const j = JSON.parse(body); j[metric] = j[metric].slice(0, 10); res.end(JSON.stringify(j)); }
    else res.end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

/** A copy of the dataset folder as it stood before its first refresh (daily files to 2025-04-08), and a snapshot of
 * every byte in it. */
function sandbox() {
  const dir = mkdtempSync(join(tmpdir(), 'refresh-'));
  cpSync('content/data/btc-difficulty', join(dir, 'btc-difficulty'), { recursive: true });
  for (const f of [DIFFICULTY, HASHRATE]) {
    const path = join(dir, 'btc-difficulty', f);
    const [header, ...rows] = readFileSync(path, 'utf8').trim().split('\n');
    writeFileSync(path, [header, ...rows.filter((r) => r.slice(0, 10) <= '2025-04-08')].join('\n') + '\n');
  }
  const bytes = () => Object.fromEntries(readdirSync(join(dir, 'btc-difficulty')).map((f) => [f, readFileSync(join(dir, 'btc-difficulty', f), 'utf8')]));
  return { dir, bytes };
}
/** Runs the command without blocking this process, which serves the downloads. */
function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/refresh.ts', ...args], { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
/** `npm run refresh <dataset> [args]` on a sandbox's data, against the local server. */
const refreshIn = (dir: string, dataset: string, ...args: string[]) =>
  run([dataset, ...args], { DATA_ROOT: dir, REFRESH_ORIGIN: origin, REFRESH_REPORT: join(dir, 'report.md'), REFRESH_TODAY: '2026-12-06' });
const refresh = (dir: string, ...args: string[]) => refreshIn(dir, 'btc-difficulty', ...args);

/** A refused refresh: exit 1, its message, "Nothing was changed.", every byte as it was, no staging folder left. */
async function expectRefused(box: { dir: string; bytes: () => unknown }, go: (dir: string) => ReturnType<typeof run>, message: RegExp, dataset: string) {
  try {
    const before = box.bytes();
    const r = await go(box.dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain('Nothing was changed.');
    expect(box.bytes()).toEqual(before);
    expect(readdirSync(box.dir).sort()).toEqual([dataset]);
  } finally {
    rmSync(box.dir, { recursive: true, force: true });
  }
}

describe('npm run refresh (Blockchain.com charts, served locally)', () => {
  it('adds the new days, keeps the old ones, updates retrieved and dataAsOf, and reports what changed', async () => {
    mode = 'ok';
    const { dir } = sandbox();
    try {
      const r = await refresh(dir);
      expect(r.status, r.stderr).toBe(0);
      const csv = readFileSync(join(dir, 'btc-difficulty', 'difficulty_blockchaincom_daily.csv'), 'utf8').trim().split('\n');
      expect(csv[1]).toBe('2020-04-11,14715214060657.0'); // the old rows, as they were
      expect(csv.at(-1)).toMatch(/^2026-04-21,/);
      expect(csv.length - 1).toBe(1824 + 361);
      const meta = JSON.parse(readFileSync(join(dir, 'btc-difficulty', 'dataset.json'), 'utf8'));
      expect(meta.retrieved).toBe('2026-12-06');
      expect(meta.dataAsOf).toBe('2026-04-21');
      const report = readFileSync(join(dir, 'report.md'), 'utf8');
      expect(report).toContain('**btc-difficulty/difficulty_blockchaincom_daily.csv**: 361 rows added, 0 changed; 1824 rows, 2020-04-11 → 2025-04-08 before; 2185 rows, 2020-04-11 → 2026-04-21 now');
      // The hash-rate download overlaps ours for 230 days with identical values: 134 new days, nothing changed.
      expect(report).toContain('**btc-difficulty/hashrate_blockchaincom_daily.csv**: 134 rows added, 0 changed');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  for (const [bad, message] of [
    ['500', /Suspicious download: .* answered HTTP 500/],
    ['truncated', /Suspicious download: the download is not complete JSON/],
    ['renamed', /Suspicious download: no "(difficulty|hash-rate)" series in the download \(found: .*values2.*\); renamed upstream\?/],
    ['text', /Suspicious download: point 1 of "(difficulty|hash-rate)" is not \{x: number, y: number\}/],
    ['shorter', /Suspicious download: .* the download ends on .*, before our last row .*--accept-shrink/],
  ] as const) {
    it(`refuses a bad download (${bad}) with its message, and changes nothing`, async () => {
      mode = bad;
      await expectRefused(sandbox(), (dir) => refresh(dir), message, 'btc-difficulty');
    }, 60_000);
  }

  it('reports exactly what a planted change moves: the chart and numbers that read that day, where the prose uses them, nothing that does not draw on the dataset', async () => {
    mode = 'planted';
    const dir = mkdtempSync(join(tmpdir(), 'refresh-'));
    try {
      cpSync('content/data', dir, { recursive: true }); // every dataset, so every chart and number can be computed
      const r = await refresh(dir);
      expect(r.status, r.stderr).toBe(0);
      const report = readFileSync(join(dir, 'report.md'), 'utf8');
      expect(report).toContain(`**btc-difficulty/${DIFFICULTY}**: 0 rows added, 1 changed`);
      const section = (title: string) => report.split(`## ${title}`)[1]!.split('\n## ')[0]!;
      const listed = (title: string) => [...section(title).matchAll(/^- \*\*([a-z0-9-]+)\*\*|^- `([a-z0-9-]+)`/gm)].map((m) => m[1] ?? m[2]!);
      // Everything listed draws on btc-difficulty; nothing that does not is listed.
      const chartIds = listed('Chart summaries that changed');
      const numberIds = listed('Numbers that changed');
      for (const id of chartIds) expect(charts.find((c) => c.id === id)!.datasets, id).toContain('btc-difficulty');
      for (const id of numberIds) expect(getNumber(id).datasets, id).toContain('btc-difficulty');
      // What reads the last day moves: the hashrate chart (its dashed end) and the last difficulty, 1.5 times higher.
      expect(chartIds).toEqual(['hashrate-eras']);
      expect(numberIds).toContain('laptops-difficulty-last');
      expect(numberIds).not.toContain('laptops-difficulty-last-date'); // the day itself did not change
      const line = section('Numbers that changed').split('\n').find((l) => l.startsWith('- `laptops-difficulty-last`'))!;
      const [, was, now] = line.match(/: ([\d,]+) trillion → ([\d,]+) trillion/)!;
      expect(Number(now!.replace(/,/g, '')) / Number(was!.replace(/,/g, ''))).toBeCloseTo(1.5, 1); // as printed, rounded
      // Each use named is a line of prose that cites that number.
      const uses = line.split('used in ')[1]!.split(', ');
      expect(uses.length).toBeGreaterThan(0);
      for (const use of uses) {
        const [file, at] = use.split(':');
        expect(readFileSync(file!, 'utf8').split('\n')[Number(at) - 1]).toContain('<Num id="laptops-difficulty-last"');
      }
      expect(report).toContain('- id: 2026-12-06-btc-difficulty-refreshed');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('skips a dataset whose source is compiled, saying why (its refreshNote)', async () => {
    mode = 'ok';
    const dir = mkdtempSync(join(tmpdir(), 'refresh-'));
    try {
      cpSync('content/data/geo-hashrate-snapshots', join(dir, 'geo-hashrate-snapshots'), { recursive: true });
      const r = await refreshIn(dir, 'geo-hashrate-snapshots');
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toContain('geo-hashrate-snapshots: not refreshed. Compiled by us from CCAF, Hashrate Index and press reports (one URL per row)');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('npm run refresh (Epoch AI notable models, a CSV table, served locally)', () => {
  // Our file as if it had been refreshed earlier: the fixture's first 30 models, one value since revised, and one
  // model Epoch no longer lists.
  const TABLE = 'notable_ai_models.csv';
  function epochSandbox() {
    const dir = mkdtempSync(join(tmpdir(), 'refresh-'));
    cpSync('content/data/epoch-notable-models', join(dir, 'epoch-notable-models'), { recursive: true });
    const meta = JSON.parse(readFileSync(join(dir, 'epoch-notable-models', 'dataset.json'), 'utf8'));
    const names: string[] = meta.files[0].columns.map((c: { name: string }) => c.name);
    const [header, ...rows] = csvParseRows(readFileSync(join(FIX, TABLE), 'utf8'));
    const keep = rows.slice(0, 30).map((r) => names.map((n) => r[header!.indexOf(n)]!));
    keep[1]![names.indexOf('Parameters')] = '1';
    keep.push(names.map((n) => (n === 'Model' ? 'A model Epoch dropped' : n === 'Publication date' ? '2020-01-01' : '')));
    writeFileSync(join(dir, 'epoch-notable-models', TABLE), csvFormatRows([names, ...keep]) + '\n');
    const bytes = () => readFileSync(join(dir, 'epoch-notable-models', TABLE), 'utf8');
    return { dir, bytes, names };
  }
  const refreshEpoch = (dir: string, ...args: string[]) => refreshIn(dir, 'epoch-notable-models', ...args);

  it('replaces the table: new models added, revised values changed, a model no longer listed removed only with --accept-shrink', async () => {
    csvMode = 'ok';
    const { dir, bytes, names } = epochSandbox();
    try {
      const before = bytes();
      const refused = await refreshEpoch(dir);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toMatch(/Suspicious download: .*1 of our rows are not in the download \(e\.g\. "A model Epoch dropped"\); losing rows is suspicious \(--accept-shrink/);
      expect(bytes()).toBe(before);
      const r = await refreshEpoch(dir, '--accept-shrink');
      expect(r.status, r.stderr).toBe(0);
      const report = readFileSync(join(dir, 'report.md'), 'utf8');
      expect(report).toContain('**epoch-notable-models/notable_ai_models.csv**: 10 rows added, 1 changed, 1 removed (A model Epoch dropped); 31 rows');
      const [header, ...rows] = csvParseRows(bytes());
      expect(header).toEqual(names); // our 19 columns, not the source's 47
      expect(rows).toHaveLength(40);
      expect(rows[0]![0]).toBe('Inkling');
      const meta = JSON.parse(readFileSync(join(dir, 'epoch-notable-models', 'dataset.json'), 'utf8'));
      expect(meta.retrieved).toBe('2026-12-06');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  for (const [bad, message] of [
    ['500', /Suspicious download: .* answered HTTP 500/],
    ['truncated', /Suspicious download: row \d+ of the download has \d+ fields, the header 47: truncated\?/],
    ['renamed', /Suspicious download: no column "Training compute \(FLOP\)" in the download \(found: .*\); renamed upstream\?/],
    ['text', /Refresh failed: the refreshed data does not pass the build's checks[\s\S]*\/epoch-notable-models\/notable_ai_models\.csv:2: column "Training compute \(FLOP\)": expected a number, got "n\/a"/],
  ] as const) {
    it(`refuses a bad download (${bad}) with its message, and changes nothing`, async () => {
      csvMode = bad;
      await expectRefused(epochSandbox(), (dir) => refreshEpoch(dir, '--accept-shrink'), message, 'epoch-notable-models');
    }, 60_000);
  }
});

describe('npm run refresh (Coin Metrics API, JSON, served locally)', () => {
  // Our hashrate file as it stood at the end of January 2025; the served response covers 2024-11-09 → 2025-03-08.
  const FILE = 'btc_hashrate_daily.csv';
  function cmSandbox() {
    const dir = mkdtempSync(join(tmpdir(), 'refresh-'));
    cpSync('content/data/btc-hashrate', join(dir, 'btc-hashrate'), { recursive: true });
    const path = join(dir, 'btc-hashrate', FILE);
    const [header, ...rows] = readFileSync(path, 'utf8').split('\n');
    writeFileSync(path, [header, ...rows.filter((r) => r.slice(1, 11) <= '2025-01-31')].join('\n'));
    return { dir, bytes: () => readFileSync(path, 'utf8') };
  }
  const refreshCm = (dir: string, ...args: string[]) => refreshIn(dir, 'btc-hashrate', ...args);

  it('adds the new days in the file\'s own style (TH/s × 1e12 = H/s), and the overlap is unchanged', async () => {
    cmMode = 'ok';
    const { dir, bytes } = cmSandbox();
    try {
      const r = await refreshCm(dir);
      expect(r.status, r.stderr).toBe(0);
      const report = readFileSync(join(dir, 'report.md'), 'utf8');
      expect(report).toContain(`**btc-hashrate/${FILE}**: 36 rows added, 0 changed; 5868 rows, 2009-01-03 → 2025-01-31 before; 5904 rows, 2009-01-03 → 2025-03-08 now`);
      const lines = bytes().trim().split('\n');
      expect(lines.at(-1)).toMatch(/^2025-03-08 00:00:00,75300493452096\d{7}$/);
      const ours = readFileSync(join('content/data/btc-hashrate', FILE), 'utf8').trim().split('\n');
      expect(Number(lines.at(-1)!.split(',')[1]) / Number(ours.at(-1)!.split(',')[1])).toBeCloseTo(1, 12);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  for (const [bad, message] of [
    ['500', /Suspicious download: .* answered HTTP 500/],
    ['truncated', /Suspicious download: the download is not complete JSON/],
    ['renamed', /Suspicious download: no "HashRate" in the download's rows \(found: asset, time, HashRateMean\); renamed upstream\?/],
    ['text', /Suspicious download: row 6 of the download is not \{time, HashRate: a number\}/],
    ['paged', /Suspicious download: the download is one page of several \(next_page_url\)/],
    ['shorter', /Suspicious download: .* the download ends on 2024-11-18, before our last row \(2025-01-31\)/],
  ] as const) {
    it(`refuses a bad download (${bad}) with its message, and changes nothing`, async () => {
      cmMode = bad;
      await expectRefused(cmSandbox(), (dir) => refreshCm(dir), message, 'btc-hashrate');
    }, 60_000);
  }
});

describe('npm run refresh (a newest-first series from a CSV, served locally)', () => {
  it('adds the new days at the top, keeping the file newest first', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'refresh-'));
    try {
      cpSync('content/data/btc-price-daily', join(dir, 'btc-price-daily'), { recursive: true });
      const path = join(dir, 'btc-price-daily', 'btc_usd_bitstamp_daily.csv');
      const [header, ...rows] = readFileSync(path, 'utf8').trim().split('\n');
      writeFileSync(path, [header, ...rows.filter((r) => r.slice(0, 10) <= '2026-06-30')].join('\n') + '\n');
      const r = await refreshIn(dir, 'btc-price-daily');
      expect(r.status, r.stderr).toBe(0);
      expect(readFileSync(join(dir, 'report.md'), 'utf8')).toContain('**btc-price-daily/btc_usd_bitstamp_daily.csv**: 53 rows added, 0 changed');
      const lines = readFileSync(path, 'utf8').trim().split('\n');
      expect(lines.slice(1, 3)).toEqual(['2026-08-22,78293.71', '2026-08-21,73051.94']);
      const days = lines.slice(1).map((l) => l.slice(0, 10));
      expect(days).toEqual([...days].sort().reverse());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

it('every dataset of the site either names where refresh fetches it or says why it cannot (refreshNote)', () => {
  const silent = readdirSync('content/data', { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
    .map((d) => ({ id: d.name, meta: JSON.parse(readFileSync(join('content/data', d.name, 'dataset.json'), 'utf8')) }))
    .filter(({ meta }) => !meta.files.some((f: { refresh?: unknown }) => f.refresh) && !meta.refreshNote)
    .map(({ id }) => id);
  expect(silent).toEqual([]);
});
