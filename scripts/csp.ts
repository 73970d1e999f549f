/**
 * Trims each built page's Content-Security-Policy to the hashes of its own inline scripts and styles. Astro lists the
 * hashes of every inline script and style of the whole site on every page (29 on a piece, about 1.5 KB that gzip
 * cannot shrink); a page needs only its own. Fails the build if a page has an inline script or style its policy does
 * not allow: the browser would block it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { factsOf, readPages, type BuiltPage } from './pageFacts.ts';

const META = /(<meta http-equiv="content-security-policy" content=")([^"]+)(")/;
const HASH = /(?:'|&#39;)sha256-([A-Za-z0-9+/=]+)(?:'|&#39;)/g;

/** The sha256 of every inline script the browser runs and every <style> on a page (scripts/pageFacts.ts). */
export const inlineHashes = (html: string): Set<string> => new Set(factsOf(html).inline);

/** One page's policy without the hashes it does not use; throws if one of its inline scripts or styles is not allowed. */
export function trimPolicy(html: string, where: string, own = inlineHashes(html)): string {
  const m = html.match(META);
  if (!m) throw new Error(`${where}: no Content-Security-Policy meta tag`);
  const listed = new Set([...m[2]!.matchAll(HASH)].map((h) => h[1]!));
  const missing = [...own].filter((h) => !listed.has(h));
  if (missing.length) throw new Error(`${where}: inline script or style not allowed by its Content-Security-Policy (sha256-${missing[0]})`);
  const policy = m[2]!.replace(HASH, (token, h: string) => (own.has(h) ? token : '')).replace(/ {2,}/g, ' ').replace(/ ;/g, ';');
  return html.replace(META, `$1${policy}$3`);
}

/** Trims every page's policy in place; `pages` (read once by the build) then hold the trimmed pages. */
export function trimPolicies(outDir: string, pages: BuiltPage[] = readPages(outDir)): void {
  for (const page of pages) {
    const trimmed = trimPolicy(page.html, page.file, new Set(page.facts.inline));
    if (trimmed !== page.html) {
      writeFileSync(join(outDir, page.file), trimmed);
      page.html = trimmed;
    }
  }
}
