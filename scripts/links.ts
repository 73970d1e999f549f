/**
 * Every internal link and #anchor in a built site: each href/src that points inside the site must resolve to a file,
 * and each #fragment must match an id on the target page. A broken link on a piece's page is reported at its source,
 * content/articles/<slug>.mdx and the line that holds it, since that is where a writer fixes it.
 */
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';

export interface BrokenLink {
  /** Where to fix it: `content/articles/<slug>.mdx:<line>` for a piece, else `page <site path>` (a template's link). */
  where: string;
  message: string;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? htmlFiles(p) : e.name.endsWith('.html') ? [p] : [];
  });
}

/** The line of a piece's source that holds `path` (a link target without the base path), or 0. */
function sourceLine(mdx: string, raw: string, base: string): number {
  const path = raw.startsWith(base) ? `/${raw.slice(base.length)}` : raw;
  const lines = readFileSync(mdx, 'utf8').split('\n');
  return lines.findIndex((l) => l.includes(`(${path})`) || l.includes(`"${path}"`) || l.includes(`(${path} `)) + 1;
}

export function brokenLinks(root: string, basePath = '/', articlesDir = process.env.ARTICLES_DIR ?? 'content/articles'): { problems: BrokenLink[]; checked: number; pages: number } {
  const base = basePath.replace(/\/?$/, '/');
  const pagePath = (file: string) => base + relative(root, file).replace(/\\/g, '/').replace(/index\.html$/, '');
  const fileFor = (pathname: string) => {
    if (!pathname.startsWith(base)) return undefined;
    const rel = decodeURIComponent(pathname.slice(base.length));
    return [join(root, rel), join(root, rel, 'index.html')].find((c) => existsSync(c) && statSync(c).isFile());
  };
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idCache.get(file);
    if (!ids) {
      const { document } = parseHTML(readFileSync(file, 'utf8'));
      ids = new Set([...document.querySelectorAll('[id]')].map((el) => el.getAttribute('id')!));
      for (const a of document.querySelectorAll('a[name]')) ids.add(a.getAttribute('name')!);
      idCache.set(file, ids);
    }
    return ids;
  };
  const problems: BrokenLink[] = [];
  let checked = 0;
  const files = htmlFiles(root);
  for (const file of files) {
    const page = pagePath(file);
    const from = new URL(page, 'http://site.test');
    const slug = page.slice(base.length).match(/^articles\/([a-z0-9-]+)\/$/)?.[1];
    const mdx = slug ? join(articlesDir, `${slug}.mdx`) : undefined;
    const { document } = parseHTML(readFileSync(file, 'utf8'));
    for (const el of document.querySelectorAll('a[href], link[href], img[src], script[src], iframe[src], source[srcset]')) {
      const attr = el.hasAttribute('href') ? 'href' : el.hasAttribute('src') ? 'src' : 'srcset';
      const raw = el.getAttribute(attr)!;
      if (/^(mailto:|tel:|data:|javascript:)/.test(raw)) continue;
      if (el.tagName === 'LINK' && /canonical|alternate/.test(el.getAttribute('rel') ?? '') && /^https?:/.test(raw)) continue;
      const target = new URL(raw, from);
      if (target.origin !== from.origin) continue; // external links are not fetched (no network)
      checked++;
      const targetFile = fileFor(target.pathname);
      const frag = decodeURIComponent(target.hash.slice(1));
      const message = !targetFile
        ? `${attr}="${raw}": no page or file at ${target.pathname}`
        : frag && targetFile.endsWith('.html') && !idsOf(targetFile).has(frag)
          ? `${attr}="${raw}": no element with id "${frag}" on ${target.pathname}`
          : '';
      if (!message) continue;
      const line = mdx && existsSync(mdx) ? sourceLine(mdx, raw, base) : 0;
      problems.push({ where: line ? `${mdx!.split('\\').join('/')}:${line}` : `page ${page}`, message });
    }
  }
  return { problems, checked, pages: files.length };
}
