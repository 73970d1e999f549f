/**
 * Lighthouse (mobile: its default form factor and simulated throttling) with the local Chromium.
 * Lighthouse is never a project dependency: it is installed at bench time into a temporary folder.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium } from '../browser.ts';
import { benchEnv, run } from './util.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseResult {
  path: string;
  scores: Partial<Record<Category, number>>;
  /** Lab metrics from the performance category (simulated slow 4G, 4x CPU slowdown). */
  metrics: { fcp?: number; lcp?: number; tbt?: number; cls?: number; si?: number };
  /** Audits that cost points: "category: audit id (score)". */
  failing: string[];
  error?: string;
  /** Each run's scores, when this is the median of several. */
  runs?: Partial<Record<Category, number>>[];
}

/** Runs per page: Lighthouse's performance score varies from run to run, so the budget is judged on the median. */
export const LIGHTHOUSE_RUNS = 3;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** The median of several runs of one page: each category's and metric's median; the audits costing points are those
 * of the run whose performance score is the median one. A run that failed is reported only if all did. */
export function medianRun(runs: LighthouseResult[]): LighthouseResult {
  const ok = runs.filter((r) => !r.error);
  if (!ok.length) return runs[0];
  const scores: LighthouseResult['scores'] = {};
  for (const c of CATEGORIES) {
    const xs = ok.map((r) => r.scores[c]).filter((x): x is number => typeof x === 'number');
    if (xs.length) scores[c] = median(xs);
  }
  const metrics: LighthouseResult['metrics'] = {};
  for (const k of ['fcp', 'lcp', 'tbt', 'cls', 'si'] as const) {
    const xs = ok.map((r) => r.metrics[k]).filter((x): x is number => typeof x === 'number');
    if (xs.length) metrics[k] = median(xs);
  }
  const byPerf = [...ok].sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
  return { path: ok[0].path, scores, metrics, failing: byPerf[Math.floor((byPerf.length - 1) / 2)].failing, runs: runs.map((r) => r.scores) };
}

export async function installLighthouse(dir: string): Promise<{ cli?: string; version?: string; error?: string; ms: number }> {
  const r = await run('npm', ['install', '--prefix', dir, 'lighthouse', '--no-audit', '--no-fund', '--loglevel=error', '--no-save'], { timeoutMs: 240_000 });
  const cli = join(dir, 'node_modules', 'lighthouse', 'cli', 'index.js');
  if (r.code !== 0 || !existsSync(cli)) return { error: `npm install lighthouse failed (exit ${r.code}${r.timedOut ? ', timed out' : ''}): ${r.tail.slice(-600)}`, ms: r.ms };
  const version = JSON.parse(readFileSync(join(dir, 'node_modules', 'lighthouse', 'package.json'), 'utf8')).version as string;
  return { cli, version, ms: r.ms };
}

export function chromePath(): string {
  return findChromium() ?? chromium.executablePath();
}

export async function runLighthouse(cli: string, url: string, path: string, outFile: string): Promise<LighthouseResult> {
  const r = await run(process.execPath, [
    cli, url, '--output=json', `--output-path=${outFile}`, `--only-categories=${CATEGORIES.join(',')}`,
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking', '--quiet',
  ], { env: benchEnv({ CHROME_PATH: chromePath() }), timeoutMs: 180_000 });
  if (r.code !== 0 || !existsSync(outFile)) {
    return { path, scores: {}, metrics: {}, failing: [], error: `lighthouse exit ${r.code}${r.timedOut ? ' (timed out)' : ''}: ${r.tail.slice(-500)}` };
  }
  const lhr = JSON.parse(readFileSync(outFile, 'utf8'));
  if (lhr.runtimeError) return { path, scores: {}, metrics: {}, failing: [], error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` };
  const scores: LighthouseResult['scores'] = {};
  const failing: string[] = [];
  for (const c of CATEGORIES) {
    const cat = lhr.categories[c];
    if (!cat) continue;
    scores[c] = cat.score === null ? NaN : Math.round(cat.score * 100);
    for (const ref of cat.auditRefs) {
      const a = lhr.audits[ref.id];
      if (!(ref.weight > 0 && a && a.score !== null && a.score < 1)) continue;
      // Which elements, for the non-metric audits (e.g. target-size names the small tap targets).
      const nodes = c === 'performance' ? [] : ((a.details?.items ?? []) as any[])
        .map((it) => it.node?.selector ?? it.node?.snippet ?? it.source?.url ?? it.url).filter(Boolean).slice(0, 3);
      failing.push(`${c}: ${ref.id} (${a.score})${nodes.length ? ` [${nodes.join(', ')}${(a.details?.items?.length ?? 0) > 3 ? ', …' : ''}]` : ''}`);
    }
  }
  const num = (id: string) => lhr.audits[id]?.numericValue as number | undefined;
  return {
    path,
    scores,
    metrics: { fcp: num('first-contentful-paint'), lcp: num('largest-contentful-paint'), tbt: num('total-blocking-time'), cls: num('cumulative-layout-shift'), si: num('speed-index') },
    failing,
  };
}
