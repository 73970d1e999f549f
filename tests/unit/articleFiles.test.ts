import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { articleFileProblems, checkArticles } from '../../src/markdown/articleFiles.ts';
import { z } from 'astro/zod';

/** A small strict schema standing in for the article schema (src/content.config.ts needs Astro's runtime). */
const articleSchema = z.object({ title: z.string().min(5), published: z.coerce.date(), takeaways: z.array(z.string().min(10)).min(1) }).strict();

let dir = '';
const folder = (files: string[], folders: string[] = []) => {
  dir = mkdtempSync(join(tmpdir(), 'articles-'));
  for (const f of files) writeFileSync(join(dir, f), '---\ntitle: x\n---\n');
  for (const f of folders) mkdirSync(join(dir, f));
  return dir;
};
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the articles folder holds pieces only', () => {
  it('accepts <slug>.mdx files and ignores dotfiles', () => {
    expect(articleFileProblems(folder(['the-cost-of-a-coin.mdx', 'ai-2.mdx', '.DS_Store']))).toEqual([]);
  });
  it('rejects a .md file the collection would skip, naming it and the fix', () => {
    expect(() => checkArticles(folder(['good.mdx', 'notes.md']), articleSchema)).toThrow(/notes\.md: only \.mdx files are pieces \(expected <slug>\.mdx\); rename it to notes\.mdx/);
  });
  it('rejects a capitalised name, which would collide with another piece once slugified', () => {
    expect(() => checkArticles(folder(['the-cost.mdx', 'The-Cost.mdx']), articleSchema)).toThrow(/The-Cost\.mdx: a piece's file name is its URL/);
  });
  it('rejects a sub-folder', () => {
    expect(() => checkArticles(folder(['good.mdx'], ['drafts']), articleSchema)).toThrow(/drafts\/: pieces cannot sit in sub-folders/);
  });
  it('names the line of a frontmatter problem in plain text: an unknown field, a bad value, a missing field', () => {
    dir = mkdtempSync(join(tmpdir(), 'articles-'));
    writeFileSync(join(dir, 'x.mdx'), ['---', 'titel: "Misspelt"', 'published: 2026-11-25', 'takeaways:', '  - "long enough text"', '  - "short"', '---', '', 'Body.'].join('\n'));
    let message = '';
    try { checkArticles(dir, articleSchema); } catch (e) { message = (e as Error).message; }
    expect(message).toContain(`${dir}/x.mdx:2: unknown field "titel" (a typo?)`);
    expect(message).toContain(`${dir}/x.mdx:6: field "takeaways.1":`);
    expect(message).toContain(`${dir}/x.mdx:1: missing field "title"`);
    expect(message).not.toMatch(/\*\*|:0:0/);
  });
  it('rejects a piece not saved as UTF-8, naming the line of the first bad byte', () => {
    dir = mkdtempSync(join(tmpdir(), 'articles-'));
    writeFileSync(join(dir, 'latin.mdx'), Buffer.concat([Buffer.from('---\ntitle: x\n---\n\nCaf'), Buffer.from([0xe9]), Buffer.from(' con leche.\n')]));
    expect(articleFileProblems(dir)).toEqual([`${dir}/latin.mdx:5: the file is not UTF-8 text (re-save it with the UTF-8 encoding; a spreadsheet calls it "CSV UTF-8")`]);
  });
  it('holds for the real folder', () => {
    expect(articleFileProblems('content/articles')).toEqual([]);
  });
});
