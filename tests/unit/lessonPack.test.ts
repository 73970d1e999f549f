import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { unzipSync, strFromU8 } from 'fflate';
import { lessonPack, lessonPackFiles, type PackPiece } from '../../src/publish/lessonPack.ts';
import { splitFrontmatter } from '../../src/markdown/frontmatter.ts';
import { figuresOf } from '../../src/lib/keyChart.ts';
import { buildChart } from '../../src/charts/build.ts';
import { chartCsv } from '../../src/publish/chartCsv.ts';

const piece = (file: string, id: string): PackPiece => {
  const src = readFileSync(file, 'utf8');
  const { text } = splitFrontmatter(src);
  const d = yaml.load(text) as Record<string, any>;
  return { id, body: src, data: { ...d, published: new Date(d.published), updated: d.updated ? new Date(d.updated) : undefined } as PackPiece['data'] };
};
const ID = 'the-cost-of-a-coin';
const site = 'https://example.org';

describe('lesson packs (src/publish/lessonPack.ts)', () => {
  it.each([['en', `content/articles/${ID}.mdx`], ['es', `content/es/articles/${ID}.mdx`]] as const)('%s: the handout, every figure as SVG and PNG, its data as CSV with a dictionary, the citation, the questions, a README', async (lang, file) => {
    const p = piece(file, ID);
    const files = await lessonPackFiles(p, lang, site);
    const figures = figuresOf(p.body);
    expect(figures.length).toBeGreaterThan(2);
    expect(Object.keys(files).sort()).toEqual([
      'README.txt', 'citation.bib', 'citation.txt', 'data/dictionary.csv', 'discussion.txt', 'handout.html',
      ...figures.map((f) => `data/${f}.csv`), ...figures.flatMap((f) => [`figures/${f}.png`, `figures/${f}.svg`]),
    ].sort());
    for (const f of figures) {
      // The CSV is the chart page's download, byte for byte.
      expect(strFromU8(files[`data/${f}.csv`]!)).toBe(chartCsv(buildChart(f)));
      expect([...files[`figures/${f}.png`]!.slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
      expect(strFromU8(files[`figures/${f}.svg`]!)).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    }
    // The dictionary: a row per column of every figure, with its source and licence.
    const dictionary = strFromU8(files['data/dictionary.csv']!).trim().split('\n');
    expect(dictionary.length - 1).toBe(figures.reduce((n, f) => n + buildChart(f).def.columns.length, 0));
    const handout = strFromU8(files['handout.html']!);
    expect(handout).toContain(`<html lang="${lang}">`);
    for (const q of p.data.questions) expect(handout).toContain(q.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'));
    for (const f of figures) expect(handout).toContain(`src="figures/${f}.svg"`);
    expect(handout).not.toMatch(/(src|href)="(?!figures\/|https?:\/\/example\.org\/)/); // nothing fetched from elsewhere
    expect(strFromU8(files['discussion.txt']!)).toContain(p.data.takeaways[0]!);
    expect(strFromU8(files['citation.bib']!)).toMatch(/^@/);
    expect(strFromU8(files['README.txt']!)).toContain(p.data.title);
  });

  it('is the same ZIP, byte for byte, every time it is built', async () => {
    const p = piece(`content/articles/${ID}.mdx`, ID);
    const [a, b] = [await lessonPack(p, 'en', site), await lessonPack(p, 'en', site)];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(Object.keys(unzipSync(a))).toContain('handout.html');
  });
});
