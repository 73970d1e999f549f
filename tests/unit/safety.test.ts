import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { checkSafetyTree } from '../../src/markdown/checkSafety.ts';

const problems = (mdx: string) =>
  checkSafetyTree(unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(mdx) as never).map((p) => `${p.line}: ${p.message}`);

describe('checkSafetyTree: what prose must never carry', () => {
  it('accepts ordinary links, site images and data: images', () => {
    expect(problems([
      '[a page](https://www.eia.gov/) and [a piece](/articles/the-cost-of-a-coin/) and [mail](mailto:a@b.org)',
      '',
      '![local](/images/s9.png)',
      '',
      '<img src="/images/s9.png" alt="S9" />',
      '',
      '<a href="#section">here</a>',
    ].join('\n'))).toEqual([]);
  });
  it('rejects javascript:, vbscript: and data: links, however they are written', () => {
    const found = problems([
      '[x](javascript:alert(1))',
      '',
      '[y][ref]',
      '',
      '[ref]: JavaScript:alert(2)',
      '',
      '<a href="  java&#9;script:alert(3)">z</a> <a href="data:text/html,hi">d</a> <a href="vbscript:msgbox">v</a>',
    ].join('\n'));
    expect(found[0]).toBe('1: link to "javascript:alert(1)": a "javascript:" link runs code or hides content in the address; link to a page (https://… or /articles/…) instead.');
    expect(found.some((p) => p.startsWith('5: link to "JavaScript:alert(2)"'))).toBe(true);
    expect(found.filter((p) => p.startsWith('7: <a href='))).toHaveLength(3); // a tab (&#9;) inside the scheme does not hide it
  });
  it('rejects images from another site, in Markdown and in <img>, <video poster> and srcset', () => {
    const found = problems([
      '![a](https://example.com/a.png)',
      '',
      '<img src="//cdn.example.com/b.png" alt="b" />',
      '',
      '<video poster="http://example.com/p.jpg" />',
      '',
      '<img src="/images/ok.png" srcset="/images/ok.png 1x, https://example.com/c.png 2x" alt="c" />',
    ].join('\n'));
    expect(found[0]).toBe('1: image "https://example.com/a.png": an image from another site (https://example.com/a.png): pages load nothing from other origins; copy the file into public/images/ (with its licence) and write /images/<name>.');
    expect(found.map((p) => p.split(':')[0])).toEqual(['1', '3', '5']);
  });
  it('rejects raw <script>, <style>, <iframe> and inline event handlers', () => {
    const found = problems(['<script>alert(1)</script>', '', '<iframe src="/x/" />', '', '<style>{`p{}`}</style>', '', '<p onClick="x()">hi</p>'].join('\n'));
    expect(found.map((p) => p.slice(0, 18))).toEqual(['1: raw <script> in', '3: raw <iframe> in', '5: raw <style> in ', '7: <p onClick=…>: ']);
  });
  it('finds nothing in the real pieces', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    for (const f of readdirSync('content/articles')) {
      expect([f, problems(readFileSync(join('content/articles', f), 'utf8').replace(/^---[\s\S]*?\n---\n/, ''))]).toEqual([f, []]);
    }
  });
});

describe('unsafe content in a piece', () => {
  it('fails the build with the file and line of each problem, leaving no site', () => {
    const out = mkdtempSync(join(tmpdir(), 'unsafe-'));
    try {
      const r = spawnSync('npx', ['astro', 'build'], {
        encoding: 'utf8',
        env: { ...process.env, ARTICLES_DIR: './tests/fixtures/articles-unsafe', ASTRO_OUT_DIR: join(out, 'dist'), ASTRO_CACHE_DIR: join(out, 'cache') },
        timeout: 300_000,
      });
      const log = r.stdout + r.stderr;
      expect(r.status).not.toBe(0);
      const at = 'tests/fixtures/articles-unsafe/unsafe-piece.mdx';
      expect(log).toContain(`${at}:16:20 link to "javascript:alert(1)"`);
      expect(log).toContain(`${at}:18:1 image "https://example.com/chart.png": an image from another site`);
      expect(log).toContain(`${at}:20:1 raw <script> in prose`);
      expect(log).toContain(`${at}:22:1 <img src="//cdn.example.com/x.png">: an image from another site`);
      expect(log).toContain(`${at}:22:1 <img onerror=…>: inline event handlers`);
      expect(existsSync(join(out, 'dist', 'index.html'))).toBe(false);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 300_000);
});
