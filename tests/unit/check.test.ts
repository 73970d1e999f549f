import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';

// `npm run check` on a fixture piece with one mistake of each kind: it must fail and name file and line
// for every one. The real content must pass the same checks (so the check is not simply always red).
const check = (env: Record<string, string>) =>
  spawnSync(process.execPath, ['scripts/check.ts', '--skip', 'types,data,links'], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 120_000,
  });

describe('npm run check', () => {
  it('fails on a broken piece, naming file and line for each problem', () => {
    const r = check({ ARTICLES_DIR: 'tests/fixtures/check-broken' });
    const out = r.stdout + r.stderr;
    expect(r.status).toBe(1);
    const f = 'tests/fixtures/check-broken/broken-piece.mdx';
    expect(out).toContain(`${f}:8: unknown field "sumary"`);
    expect(out).toContain(`${f}:12: field "takeaways.1"`);
    expect(out).toContain(`${f}:20: unknown component <Figur>. Did you mean "Figure"?`);
    expect(out).toContain(`${f}:24: <Figure> has no prop "chrat". Did you mean "chart"?`);
    expect(out).toContain(`${f}:26: <Figure chart="hashrate-era">: unknown chart "hashrate-era"`);
    expect(out).toContain(`${f}:28: <Term id="hashrat">: unknown glossary term "hashrat"`);
    expect(out).toContain(`${f}:28: unknown citation key "@nobody2020"`);
    expect(out).toMatch(/8 problems/);
  }, 120_000);

  it('passes on a correct piece with the real glossary, changelog and references', () => {
    const r = check({ ARTICLES_DIR: 'tests/fixtures/check-good' });
    expect(r.stdout + r.stderr).toContain('All checks passed');
    expect(r.status).toBe(0);
  }, 120_000);

  it('reports a translation that is behind its original, or shows other evidence, with file and line', () => {
    const r = check({ ARTICLES_DIR: 'tests/fixtures/check-good', ARTICLES_ES_DIR: 'tests/fixtures/check-translation' });
    const out = r.stdout + r.stderr;
    expect(r.status).toBe(1);
    const f = 'tests/fixtures/check-translation/good-piece.mdx';
    expect(out).toMatch(new RegExp(`${f}:15: follows 000000000000 but tests/fixtures/check-good/good-piece.mdx is now [0-9a-f]{12}`));
    expect(out).toContain(`${f}:15: <Num id="efficiency-2016"> is in tests/fixtures/check-good/good-piece.mdx:21 but not in the translation`);
    expect(out).toContain(`${f}:22: <Figure chart="two-arrows"> is not in tests/fixtures/check-good/good-piece.mdx`);
    expect(out).toMatch(/3 problems/);
  }, 120_000);

  it('names the entry and line of a bad glossary entry', () => {
    const r = check({ ARTICLES_DIR: 'tests/fixtures/check-good', GLOSSARY_FILE: 'tests/fixtures/check-glossary/terms.yaml' });
    const out = r.stdout + r.stderr;
    expect(r.status).toBe(1);
    expect(out).toContain('tests/fixtures/check-glossary/terms.yaml:7: glossary entry "tops": field "definition"');
    expect(out).toContain('tests/fixtures/check-glossary/terms.yaml:8: glossary entry "tops": unknown field "sea"');
  }, 120_000);
});
