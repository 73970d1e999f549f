/**
 * Checks every internal link and #anchor in a built site: each href/src that points inside the
 * site must resolve to a file, and each #fragment must match an id on the target page.
 * Usage: node scripts/check-links.ts [dist] [basePath]
 */
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';

const root = process.argv[2] ?? 'dist';
const base = (process.argv[3] ?? process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? htmlFiles(p) : e.name.endsWith('.html') ? [p] : [];
  });
}

/** Site path of a built file: dist/a/index.html -> /base/a/ */
function pagePath(file: string): string {
  const rel = relative(root, file).replace(/\\/g, '/');
  return base + rel.replace(/index\.html$/, '').replace(/^404\.html$/, '404.html');
}

/** File that serves a site path, or undefined. */
function fileFor(pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const rel = decodeURIComponent(pathname.slice(base.length));
  const candidates = [join(root, rel), join(root, rel, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

const idCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    const { document } = parseHTML(readFileSync(file, 'utf8'));
    ids = new Set([...document.querySelectorAll('[id]')].map((el) => el.getAttribute('id')!));
    for (const a of document.querySelectorAll('a[name]')) ids.add(a.getAttribute('name')!);
    idCache.set(file, ids);
  }
  return ids;
}

const problems: string[] = [];
let checked = 0;
const files = htmlFiles(root);
for (const file of files) {
  const from = new URL(pagePath(file), 'http://site.test');
  const { document } = parseHTML(readFileSync(file, 'utf8'));
  for (const el of document.querySelectorAll('a[href], link[href], img[src], script[src], iframe[src], source[srcset]')) {
    const attr = el.hasAttribute('href') ? 'href' : el.hasAttribute('src') ? 'src' : 'srcset';
    const raw = el.getAttribute(attr)!;
    if (/^(mailto:|tel:|data:|javascript:)/.test(raw)) continue;
    if (el.tagName === 'LINK' && /canonical|alternate/.test(el.getAttribute('rel') ?? '') && /^https?:/.test(raw)) continue;
    const target = new URL(raw, from);
    if (target.origin !== from.origin) continue; // external links are not fetched (no network)
    checked++;
    const where = `${relative('.', file)}: ${attr}="${raw}"`;
    const targetFile = fileFor(target.pathname);
    if (!targetFile) { problems.push(`${where}: no page or file at ${target.pathname}`); continue; }
    const frag = decodeURIComponent(target.hash.slice(1));
    if (frag && targetFile.endsWith('.html') && !idsOf(targetFile).has(frag)) {
      problems.push(`${where}: no element with id "${frag}" on ${target.pathname}`);
    }
  }
}

if (problems.length) {
  console.error(`Broken internal links (${problems.length}):\n` + problems.map((p) => '  ' + p).join('\n'));
  process.exit(1);
}
console.log(`Links: ${checked} internal links and anchors on ${files.length} pages, all resolve.`);
