/**
 * Trims each built page's Content-Security-Policy to the hashes of its own inline scripts and styles. Astro lists the
 * hashes of every inline script and style of the whole site on every page (29 on a piece, about 1.5 KB that gzip
 * cannot shrink); a page needs only its own. Fails the build if a page has an inline script or style its policy does
 * not allow: the browser would block it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { relative } from 'node:path';
import { Parser } from 'htmlparser2';
import { filesEndingIn } from './headers.ts';

const META = /(<meta http-equiv="content-security-policy" content=")([^"]+)(")/;
const HASH = /(?:'|&#39;)sha256-([A-Za-z0-9+/=]+)(?:'|&#39;)/g;
// Scripts the browser runs (a JSON <script> is data, outside the policy).
const RUNS = (type: string | undefined) => !type || type === 'module' || /javascript|ecmascript/.test(type);

/** The sha256 of every inline script the browser runs and every <style> on a page. */
export function inlineHashes(html: string): Set<string> {
  const hashes = new Set<string>();
  let text: string | undefined;
  const parser = new Parser({
    onopentag(name, attrs) {
      if ((name === 'script' && !('src' in attrs) && RUNS(attrs.type)) || name === 'style') text = '';
    },
    ontext(t) { if (text !== undefined) text += t; },
    onclosetag(name) {
      if ((name === 'script' || name === 'style') && text !== undefined) {
        hashes.add(createHash('sha256').update(text).digest('base64'));
        text = undefined;
      }
    },
  }, { decodeEntities: false });
  parser.end(html);
  return hashes;
}

/** One page's policy without the hashes it does not use; throws if one of its inline scripts or styles is not allowed. */
export function trimPolicy(html: string, where: string): string {
  const m = html.match(META);
  if (!m) throw new Error(`${where}: no Content-Security-Policy meta tag`);
  const own = inlineHashes(html);
  const listed = new Set([...m[2]!.matchAll(HASH)].map((h) => h[1]!));
  const missing = [...own].filter((h) => !listed.has(h));
  if (missing.length) throw new Error(`${where}: inline script or style not allowed by its Content-Security-Policy (sha256-${missing[0]})`);
  const policy = m[2]!.replace(HASH, (token, h: string) => (own.has(h) ? token : '')).replace(/ {2,}/g, ' ').replace(/ ;/g, ';');
  return html.replace(META, `$1${policy}$3`);
}

export function trimPolicies(outDir: string): void {
  for (const file of filesEndingIn(outDir, '.html')) {
    const html = readFileSync(file, 'utf8');
    const trimmed = trimPolicy(html, relative(outDir, file));
    if (trimmed !== html) writeFileSync(file, trimmed);
  }
}
