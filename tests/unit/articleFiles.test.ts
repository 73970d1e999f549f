import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { articleFileProblems, checkArticleFiles } from '../../src/markdown/articleFiles.ts';

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
    expect(() => checkArticleFiles(folder(['good.mdx', 'notes.md']))).toThrow(/notes\.md: only \.mdx files are pieces \(expected <slug>\.mdx\); rename it to notes\.mdx/);
  });
  it('rejects a capitalised name, which would collide with another piece once slugified', () => {
    expect(() => checkArticleFiles(folder(['the-cost.mdx', 'The-Cost.mdx']))).toThrow(/The-Cost\.mdx: a piece's file name is its URL/);
  });
  it('rejects a sub-folder', () => {
    expect(() => checkArticleFiles(folder(['good.mdx'], ['drafts']))).toThrow(/drafts\/: pieces cannot sit in sub-folders/);
  });
  it('holds for the real folder', () => {
    expect(articleFileProblems('content/articles')).toEqual([]);
  });
});
