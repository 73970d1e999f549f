import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { checkComponentTree, didYouMean } from '../../src/markdown/checkComponents.ts';
import { citedKeys } from '../../src/markdown/citations.ts';

const problems = (mdx: string, known = {}) =>
  checkComponentTree(unified().use(remarkParse).use(remarkMdx).parse(mdx) as never, known).map((p) => `${p.line}: ${p.message}`);

describe('checkComponentTree(tree, known)', () => {
  it('accepts the provided components with their props', () => {
    expect(problems('<Figure chart="hashrate-eras" caption="x" />\n\nA <Term id="hashrate">word</Term> and <Num id="n" />.')).toEqual([]);
  });
  it('names an unknown component with its line and a suggestion', () => {
    expect(problems('Text.\n\n<Figuer chart="x" />')).toEqual([
      '3: unknown component <Figuer>. Did you mean "Figure"? Components available in pieces: <Figure>, <Num>, <Term> (see WRITING.md).',
    ]);
  });
  it('accepts a component the file imports, and plain HTML elements', () => {
    expect(problems("import Chart from './Chart.astro';\n\n<Chart />\n\n<section><p>x</p></section>")).toEqual([]);
  });
  it('names unknown and missing props', () => {
    expect(problems('<Figure chart="a" captoin="b" />')).toEqual(['1: <Figure> has no prop "captoin". Did you mean "caption"? Allowed: chart, caption.']);
    expect(problems('<Num />')).toEqual(['1: <Num> needs the prop id="…".']);
  });
  it('needs words inside <Term> and none inside <Figure>', () => {
    expect(problems('<Term id="hashrate" />')).toEqual(['1: <Term> wraps the words it marks: <Term …>words</Term>.']);
    expect(problems('<Figure chart="a">text</Figure>')).toEqual(['1: <Figure> takes no content between its tags: write <Figure … />.']);
  });
  it('checks ids against known ones when given', () => {
    expect(problems('<Figure chart="hashrate-era" />', { chart: new Set(['hashrate-eras']) }))
      .toEqual(['1: <Figure chart="hashrate-era">: unknown chart "hashrate-era". Did you mean "hashrate-eras"?']);
  });
});

describe('didYouMean(word, candidates)', () => {
  it('suggests only close words', () => {
    expect(didYouMean('Figur', ['Figure', 'Num'])).toBe(' Did you mean "Figure"?');
    expect(didYouMean('Chart', ['Figure', 'Num'])).toBe('');
  });
});

describe('citedKeys(text)', () => {
  it('finds keys in [@a], [@a; @b] and [see @a, p. 3], not in e-mail addresses', () => {
    expect(citedKeys('As shown [@thorn2026]. Also [@a; @b-2] and [see @c:d, p. 3].')).toEqual(['thorn2026', 'a', 'b-2', 'c:d']);
    expect(citedKeys('Write to [me@example.org] or @someone.')).toEqual([]);
  });
});

// The build itself stops on a misspelt component, naming the file and line (not an empty figure).
describe('a misspelt component in MDX', () => {
  it('fails the build with the file, line and a suggestion', () => {
    const out = mkdtempSync(join(tmpdir(), 'typo-'));
    try {
      const r = spawnSync('npx', ['astro', 'build'], {
        encoding: 'utf8',
        env: { ...process.env, ARTICLES_DIR: './tests/fixtures/articles-typo', ASTRO_OUT_DIR: join(out, 'dist'), ASTRO_CACHE_DIR: join(out, 'cache') },
        timeout: 300_000,
      });
      const log = r.stdout + r.stderr;
      expect(r.status).not.toBe(0);
      expect(log).toContain('tests/fixtures/articles-typo/typo-piece.mdx:18:1 unknown component <Figuer>. Did you mean "Figure"?');
      expect(existsSync(join(out, 'dist', 'index.html'))).toBe(false);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 300_000);
});
