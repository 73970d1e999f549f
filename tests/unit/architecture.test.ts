import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importViolations, RULES, type SourceFile } from '../../scripts/import-rules.ts';

/** Every source file under src/ (TypeScript, Astro components and pages, plain JS modules), as the rules read it. */
function sourceFiles(dir = 'src'): SourceFile[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name).split('\\').join('/');
    if (e.isDirectory()) return sourceFiles(path);
    return /\.(ts|astro|mjs|js)$/.test(e.name) ? [{ path, text: readFileSync(path, 'utf8') }] : [];
  });
}

describe('import rules (the flow content → datasets → series → charts → components → pages)', () => {
  it('hold for every file in src/', () => {
    const files = sourceFiles();
    expect(files.length).toBeGreaterThan(100);
    expect(importViolations(files, RULES)).toEqual([]);
  });

  // Each rule must be able to fail: one planted file per rule, and the check must name it.
  const planted: [string, SourceFile][] = [
    ['a component importing route code', { path: 'src/components/Bad.astro', text: "---\nimport { x } from '../pages/data/_lib/siteData.ts';\n---\n" }],
    ['a chart reading a dataset', { path: 'src/charts/defs/bad.ts', text: "import { table } from '../../datasets/load.ts';\n" }],
    ['a chart importing a series at run time', { path: 'src/charts/defs/bad.ts', text: "import s from '../../series/btc-hashrate-ehs.ts';\n" }],
    ['a chart importing another chart', { path: 'src/charts/defs/bad.ts', text: "import { x } from './hashrate-eras.ts';\n" }],
    ['a chart importing Node', { path: 'src/charts/defs/bad.ts', text: "import { readFileSync } from 'node:fs';\n" }],
    ['a series importing a chart', { path: 'src/series/bad.ts', text: "import c from '../charts/defs/hashrate-eras.ts';\n" }],
    ['a series importing numbers', { path: 'src/series/bad.ts', text: "import n from '../numbers/efficiency.ts';\n" }],
    ['numbers importing a chart', { path: 'src/numbers/bad.ts', text: "import c from '../charts/defs/hashrate-eras.ts';\n" }],
    ['dataset rows read outside src/series/inputs.ts', { path: 'src/numbers/bad.ts', text: "import { table } from '../datasets/table.ts';\n" }],
    ['a pure function reading the loader', { path: 'src/data/bad.ts', text: "import { loadDataset } from '../datasets/load.ts';\n" }],
  ];
  for (const [what, file] of planted) {
    it(`fail on ${what}`, () => {
      const found = importViolations([file], RULES);
      expect(found.length, what).toBeGreaterThan(0);
      expect(found[0]).toContain(file.path);
    });
  }

  it('allow type-only imports of series in charts, and charts, numbers and pages importing what they may', () => {
    const ok: SourceFile[] = [
      { path: 'src/charts/defs/good.ts', text: "import type hashrate from '../../series/btc-hashrate-ehs.ts';\nimport { base } from '../defaults.ts';\nimport { thinDaily } from '../../data/thinDaily.ts';\n" },
      { path: 'src/numbers/good.ts', text: "import hashrate from '../series/btc-hashrate-ehs.ts';\nimport { fmt } from '../charts/defaults.ts';\n" },
      { path: 'src/pages/good.astro', text: "---\nimport { charts } from '../charts/registry.ts';\n---\n" },
    ];
    expect(importViolations(ok, RULES)).toEqual([]);
  });
});
