import { describe, it, expect, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';

// `npm run new -- "Title"` scaffolds a piece that builds as it is and shows its example figure.
// It scaffolds into a copy of content/articles (ARTICLES_DIR), so the real content is untouched,
// with --publish (a default scaffold is a draft, which the production build leaves out).
const tmp = join('node_modules', `.tmp-scaffold-${process.pid}`);
const articles = join(tmp, 'articles');
const node = process.execPath;

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('npm run new', () => {
  it('makes a draft by default, refuses to overwrite, and needs a title', () => {
    const dir = join(tmp, 'drafts');
    mkdirSync(dir, { recursive: true });
    const env = { ...process.env, ARTICLES_DIR: dir };
    const r = spawnSync(node, ['scripts/new-article.ts', '--date', '2026-11-25', 'Why miners follow the rivers'], { encoding: 'utf8', env });
    expect(r.status).toBe(0);
    const text = readFileSync(join(dir, 'why-miners-follow-the-rivers.mdx'), 'utf8');
    expect(text).toMatch(/^draft: true$/m);
    expect(text).toMatch(/^published: 2026-11-25$/m);
    expect(text).toContain('<Figure chart="hashrate-eras" />');
    const again = spawnSync(node, ['scripts/new-article.ts', 'Why miners follow the rivers'], { encoding: 'utf8', env });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already exists');
    const none = spawnSync(node, ['scripts/new-article.ts'], { encoding: 'utf8', env });
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('give the title');
  }, 60_000);

  it('scaffolds a piece that passes npm run check, builds and shows its figure', () => {
    cpSync('content/articles', articles, { recursive: true });
    const env = { ...process.env, ARTICLES_DIR: articles };
    const made = spawnSync(node, ['scripts/new-article.ts', '--publish', '--date', '2026-11-25', 'Scaffold test: a new piece'], { encoding: 'utf8', env });
    expect(made.stderr).toBe('');
    expect(made.status).toBe(0);
    const file = join(articles, 'scaffold-test-a-new-piece.mdx');
    expect(readFileSync(file, 'utf8')).toMatch(/^draft: false$/m);

    // Only the new piece is checked: the copied pieces are the real content's business.
    const checkDir = join(tmp, 'only-new');
    mkdirSync(checkDir, { recursive: true });
    cpSync(file, join(checkDir, 'scaffold-test-a-new-piece.mdx'));
    const checked = spawnSync(node, ['scripts/check.ts', '--skip', 'types,data,links'], {
      encoding: 'utf8', env: { ...process.env, ARTICLES_DIR: checkDir },
    });
    expect(checked.stdout + checked.stderr).toContain('All checks passed');

    const out = join(tmp, 'dist');
    const built = spawnSync('npx', ['astro', 'build'], {
      encoding: 'utf8',
      env: { ...env, ASTRO_OUT_DIR: out, ASTRO_CACHE_DIR: join(tmp, 'cache'), TZ: 'UTC' },
      timeout: 400_000,
    });
    expect(built.status, (built.stdout + built.stderr).slice(-3000)).toBe(0);
    const page = join(out, 'articles', 'scaffold-test-a-new-piece', 'index.html');
    expect(existsSync(page)).toBe(true);
    const html = readFileSync(page, 'utf8');
    expect(html).toContain('<h1>Scaffold test: a new piece</h1>');
    expect(html).toMatch(/<figure class="figure" id="fig-hashrate-eras" data-figure="hashrate-eras"[ >]/);
    expect(html).toMatch(/<svg[^>]*class="plot plot--wide"/); // the chart itself, drawn at build time
    expect(html).toContain('data-term="hashrate"');
    expect(html).toContain('id="references"');
  }, 420_000);
});
