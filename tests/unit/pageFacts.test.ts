import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFacts } from '../../scripts/pageFacts.ts';

const sha = (s: string) => createHash('sha256').update(s).digest('base64');
/** A fresh copy of the module, with no facts read or loaded yet. */
async function fresh() {
  vi.resetModules();
  return import('../../scripts/pageFacts.ts');
}

let dir = '';
afterEach(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

describe('what the checks read from a built page, in one parse (scripts/pageFacts.ts)', () => {
  it('collects links with entities decoded, ids, the hashes of running inline code as written, and bad values by line', () => {
    const script = 'if (a &amp;&amp; b) x("&lt;")';
    const html = `<p id="top">x</p><a name="old"></a><a href="/a/?x=1&amp;y=2#top" rel="next">a</a>\n<img src="/i.png">`
      + `<script>${script}</script><script type="application/json">{"v":undefined}</script><script src="/s.js"></script>\n<p>It was NaN.</p>`;
    const f = readFacts(html);
    expect(f.links).toEqual([
      { attr: 'href', raw: '/a/?x=1&y=2#top', rel: 'next', tag: 'a' },
      { attr: 'src', raw: '/i.png', rel: '', tag: 'img' },
      { attr: 'src', raw: '/s.js', rel: '', tag: 'script' },
    ]);
    expect(f.ids).toEqual(['top', 'old']);
    // The browser hashes a script's text as written, entities and all: so must the policy.
    expect(f.inline).toEqual([sha(script)]);
    expect(f.bad).toEqual([{ line: 3, message: '"NaN" where a value belongs: …<p>It was NaN.</p>…' }]);
  });

  it('reuses the facts a previous build saved for the same bytes, and only those this build used', async () => {
    dir = mkdtempSync(join(tmpdir(), 'facts-'));
    const file = join(dir, 'facts.json');
    const kept = '<a href="/kept/">k</a>';
    let m = await fresh();
    m.factsOf(kept);
    m.factsOf('<a href="/dropped/">d</a>');
    m.saveFacts(file);
    // A saved entry is what the next build uses instead of parsing: changed here, it shows through.
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    expect(Object.keys(saved.pages)).toHaveLength(2);
    saved.pages[sha(kept)].ids = ['from-the-cache'];
    writeFileSync(file, JSON.stringify(saved));
    m = await fresh();
    m.loadFacts(file);
    expect(m.factsOf(kept).ids).toEqual(['from-the-cache']);
    // A page whose bytes differ is parsed.
    expect(m.factsOf('<a href="/kept/" id="new">k</a>').ids).toEqual(['new']);
    m.saveFacts(file);
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')).pages)).toEqual([sha(kept), sha('<a href="/kept/" id="new">k</a>')]);
  });

  it('ignores facts saved by other code (another version of this file or of the parser)', async () => {
    dir = mkdtempSync(join(tmpdir(), 'facts-'));
    const file = join(dir, 'facts.json');
    const html = '<p id="real">x</p>';
    writeFileSync(file, JSON.stringify({ version: 'older code', pages: { [sha(html)]: { inline: [], links: [], ids: ['stale'], bad: [] } } }));
    const m = await fresh();
    m.loadFacts(file);
    expect(m.factsOf(html).ids).toEqual(['real']);
  });
});
