/**
 * Every internal link and #anchor in a built site: each href/src that points inside the site must resolve to a file,
 * and each #fragment must match an id on the target page. A broken link on a piece's page is reported at its source,
 * content/articles/<slug>.mdx and the line that holds it, since that is where a writer fixes it.
 * Each page's links and ids come from its one streaming parse (scripts/pageFacts.ts): a DOM per page (and a second
 * one per link target) made this check most of the time of a 1,000-chart build.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readPages, type BuiltPage } from './pageFacts.ts';

export interface BrokenLink {
  /** Where to fix it: `content/articles/<slug>.mdx:<line>` for a piece, else `page <site path>` (a template's link). */
  where: string;
  message: string;
}

/** Every file under dir, as paths relative to it with forward slashes. */
function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).replace(/\\/g, '/'));
}

/** The line of a piece's source that holds `path` (a link target without the base path), or 0. */
function sourceLine(mdx: string, raw: string, base: string): number {
  const path = raw.startsWith(base) ? `/${raw.slice(base.length)}` : raw;
  const lines = readFileSync(mdx, 'utf8').split('\n');
  return lines.findIndex((l) => l.includes(`(${path})`) || l.includes(`"${path}"`) || l.includes(`(${path} `)) + 1;
}

export function brokenLinks(root: string, basePath = '/', articlesDir = process.env.ARTICLES_DIR ?? 'content/articles', built: BuiltPage[] = readPages(root)): { problems: BrokenLink[]; checked: number; pages: number } {
  const base = basePath.replace(/\/?$/, '/');
  const files = new Set(allFiles(root));
  const fileFor = (pathname: string) => {
    if (!pathname.startsWith(base)) return undefined;
    const rel = decodeURIComponent(pathname.slice(base.length));
    return [rel, `${rel.replace(/\/?$/, '/')}index.html`.replace(/^\//, '')].find((c) => files.has(c));
  };
  const pages = new Map(built.map((p) => [p.file, { links: p.facts.links, ids: new Set(p.facts.ids) }]));
  const problems: BrokenLink[] = [];
  let checked = 0;
  for (const [file, { links }] of pages) {
    const page = base + file.replace(/index\.html$/, '');
    const from = new URL(page, 'http://site.test');
    const slug = page.slice(base.length).match(/^articles\/([a-z0-9-]+)\/$/)?.[1];
    const mdx = slug ? join(articlesDir, `${slug}.mdx`) : undefined;
    for (const { attr, raw, rel, tag } of links) {
      if (/^(mailto:|tel:|data:|javascript:)/.test(raw)) continue;
      if (tag === 'link' && /canonical|alternate/.test(rel) && /^https?:/.test(raw)) continue;
      const target = new URL(raw, from);
      if (target.origin !== from.origin) continue; // external links are not fetched (no network)
      checked++;
      const targetFile = fileFor(target.pathname);
      const frag = decodeURIComponent(target.hash.slice(1));
      const message = !targetFile
        ? `${attr}="${raw}": no page or file at ${target.pathname}`
        : frag && targetFile.endsWith('.html') && !pages.get(targetFile)!.ids.has(frag)
          ? `${attr}="${raw}": no element with id "${frag}" on ${target.pathname}`
          : '';
      if (!message) continue;
      const line = mdx && existsSync(mdx) ? sourceLine(mdx, raw, base) : 0;
      problems.push({ where: line ? `${mdx!.split('\\').join('/')}:${line}` : `page ${page}`, message });
    }
  }
  return { problems, checked, pages: pages.size };
}
