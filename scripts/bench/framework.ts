/**
 * The comparison page: the same chart (Bitcoin hashrate, 30-day mean, log y, tooltips) from the same rows,
 * built with Observable Framework in a temporary folder. Framework and Plot come from the npm registry
 * at bench time; neither becomes a project dependency.
 *
 * Plot is imported from node_modules (Framework's "node imports") rather than Framework's default
 * `npm:` route, which downloads from cdn.jsdelivr.net at build time: the bench must run where only the
 * npm registry is reachable. Either way Framework self-hosts Plot and its d3 modules next to the page.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, run } from './util.ts';

export interface FrameworkBuild {
  dir?: string;
  version?: string;
  plotVersion?: string;
  installMs: number;
  buildMs?: number;
  error?: string;
}

const PAGE = `---
title: Bitcoin network hashrate
toc: false
---

# From laptops to warehouses: the network’s computing power

Bitcoin network hashrate in hashes per second, 30-day mean (log scale)

\`\`\`js
import * as Plot from "@observablehq/plot";
const rows = FileAttachment("hashrate.json").json();
\`\`\`

\`\`\`js
const data = rows.filter((d) => d.ehs > 0).map((d) => ({date: new Date(d.date), ehs: d.ehs}));
\`\`\`

\`\`\`js
display(resize((width) => Plot.plot({
  width,
  height: Math.round(width * (width < 480 ? 0.75 : 0.55)),
  y: {type: "log", grid: true, label: null},
  x: {type: "utc", label: null},
  marks: [
    Plot.lineY(data, {x: "date", y: "ehs", strokeWidth: 2}),
    Plot.tip(data, Plot.pointerX({x: "date", y: "ehs"}))
  ]
})));
\`\`\`
`;

export async function installFramework(dir: string): Promise<FrameworkBuild> {
  const plotVersion = JSON.parse(readFileSync(join(ROOT, 'node_modules', '@observablehq', 'plot', 'package.json'), 'utf8')).version as string;
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bench-framework', private: true, type: 'module' }, null, 2));
  const r = await run('npm', ['install', '--prefix', dir, '@observablehq/framework', `@observablehq/plot@${plotVersion}`,
    '--no-audit', '--no-fund', '--loglevel=error'], { timeoutMs: 240_000 });
  const bin = join(dir, 'node_modules', '@observablehq', 'framework', 'dist', 'bin', 'observable.js');
  if (r.code !== 0 || !existsSync(bin)) return { installMs: r.ms, error: `npm install @observablehq/framework failed (exit ${r.code}): ${r.tail.slice(-600)}` };
  const version = JSON.parse(readFileSync(join(dir, 'node_modules', '@observablehq', 'framework', 'package.json'), 'utf8')).version as string;
  return { dir, version, plotVersion, installMs: r.ms };
}

/** Writes the one-page project (rows = /charts/hashrate-eras/data.json's rows) and builds it into <dir>/dist. */
export async function buildFramework(fw: FrameworkBuild, rows: unknown[]): Promise<FrameworkBuild> {
  if (!fw.dir) return fw;
  const src = join(fw.dir, 'src');
  mkdirSync(src, { recursive: true });
  writeFileSync(join(src, 'hashrate.json'), JSON.stringify(rows));
  writeFileSync(join(src, 'index.md'), PAGE);
  writeFileSync(join(fw.dir, 'observablehq.config.js'),
    'export default { root: "src", title: "Hashrate", pager: false, sidebar: false, search: false };\n');
  const bin = join(fw.dir, 'node_modules', '@observablehq', 'framework', 'dist', 'bin', 'observable.js');
  const r = await run(process.execPath, [bin, 'build'], { cwd: fw.dir, timeoutMs: 240_000 });
  if (r.code !== 0 || !existsSync(join(fw.dir, 'dist', 'index.html'))) {
    return { ...fw, error: `observable build failed (exit ${r.code}): ${r.tail.slice(-800)}` };
  }
  return { ...fw, buildMs: r.ms };
}
