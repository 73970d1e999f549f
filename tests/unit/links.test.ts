import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brokenLinks } from '../../scripts/links.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A two-page built site under `base` and the source of its one piece. */
function site(base: string, body: string, source: string) {
  dir = mkdtempSync(join(tmpdir(), 'links-'));
  const root = join(dir, 'dist');
  mkdirSync(join(root, 'articles', 'x'), { recursive: true });
  mkdirSync(join(root, 'data'), { recursive: true });
  writeFileSync(join(root, 'data', 'index.html'), '<h1 id="top">Data</h1>');
  writeFileSync(join(root, 'articles', 'x', 'index.html'), `<h1 id="x">X</h1>${body}`);
  mkdirSync(join(dir, 'articles'));
  writeFileSync(join(dir, 'articles', 'x.mdx'), source);
  return { root, articles: join(dir, 'articles') };
}

describe('internal links', () => {
  it('pass when every page and anchor exists, also under a base path', () => {
    const { root, articles } = site('/sub/', '<a href="/sub/data/#top">d</a><a href="#x">x</a>', '[d](/data/#top)');
    expect(brokenLinks(root, '/sub/', articles).problems).toEqual([]);
  });

  it('name the piece and the line of a broken link or anchor, and what is missing', () => {
    const source = ['---', 'title: X', '---', '', 'See [the data](/data/nope/) and [the top](/data/#gone).', ''].join('\n');
    const { root, articles } = site('/', '<a href="/data/nope/">d</a> <a href="/data/#gone">t</a>', source);
    const { problems } = brokenLinks(root, '/', articles);
    expect(problems).toEqual([
      { where: `${articles}/x.mdx:5`, message: 'href="/data/nope/": no page or file at /data/nope/' },
      { where: `${articles}/x.mdx:5`, message: 'href="/data/#gone": no element with id "gone" on /data/' },
    ]);
  });

  it('find files, the root page, ids inside SVGs, <a name> targets and encoded addresses; report a missing file', () => {
    const body = [
      '<a href="/">home</a>', '<a href="/data">no slash</a>', '<img src="/data/chart.png" alt="">',
      '<a href="/data/#panel">svg id</a>', '<a href="/data/#old">named</a>', '<a href="/data/?a=1&amp;b=2#top">query</a>',
      '<a href="https://example.org/x/">external</a>', '<script src="/data/missing.js"></script>',
    ].join('');
    const { root, articles } = site('/', body, 'no links here');
    writeFileSync(join(root, 'index.html'), '<h1>Home</h1>');
    writeFileSync(join(root, 'data', 'chart.png'), 'png');
    writeFileSync(join(root, 'data', 'index.html'), '<h1 id="top">Data</h1><svg><g id="panel"></g></svg><a name="old"></a>');
    const { problems, checked, pages } = brokenLinks(root, '/', articles);
    expect(problems).toEqual([{ where: 'page /articles/x/', message: 'src="/data/missing.js": no page or file at /data/missing.js' }]);
    expect(checked).toBe(7);
    expect(pages).toBe(3);
  });
});
