import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Builds the site with a fixture articles folder whose only piece has a misspelt field
// ("titel"), and checks the build fails naming the file, the line and the fields.
describe('article frontmatter', () => {
  it('a bad field fails the build with the file and field in the message', () => {
    const out = mkdtempSync(join(tmpdir(), 'badbuild-'));
    try {
      const r = spawnSync('npx', ['astro', 'build'], {
        encoding: 'utf8',
        env: { ...process.env, ARTICLES_DIR: './tests/fixtures/articles-bad', ASTRO_OUT_DIR: join(out, 'dist') },
        timeout: 120_000,
      });
      const log = r.stdout + r.stderr;
      expect(r.status).not.toBe(0);
      // file:line in plain text, before Astro's own message (which points at line 0)
      expect(log).toContain('tests/fixtures/articles-bad/bad-frontmatter.mdx:1: missing field "title"');
      expect(log).toContain('tests/fixtures/articles-bad/bad-frontmatter.mdx:2: unknown field "titel"');
      expect(existsSync(join(out, 'dist', 'index.html'))).toBe(false);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});
