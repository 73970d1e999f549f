/**
 * Writes <out>/_headers (Netlify and Cloudflare Pages format) from the built pages: each page's own
 * Content-Security-Policy (the same policy as its <meta> tag, whose script/style hashes differ per page)
 * plus frame-ancestors, which only a header can carry: /embed/ pages may be framed by anyone, nothing else.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readPages, type BuiltPage } from './pageFacts.ts';

const COMMON = [
  'X-Content-Type-Options: nosniff',
  'Referrer-Policy: strict-origin-when-cross-origin',
  'Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=()',
];

/** Every file under `dir` whose name ends in `ext`. */
function filesEndingIn(dir: string, ext: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? filesEndingIn(p, ext) : e.name.endsWith(ext) ? [p] : [];
  });
}

export function writeHeaders(outDir: string, base = '/', pages: BuiltPage[] = readPages(outDir)): string {
  const prefix = base.replace(/\/?$/, '/');
  const blocks: string[] = [
    `${prefix}*\n  ${COMMON.join('\n  ')}`,
    `${prefix}_astro/*\n  Cache-Control: public, max-age=31536000, immutable`,
    // A new build's service worker must reach readers at once (src/offline/sw.js).
    `${prefix}sw.js\n  Cache-Control: no-cache`,
  ];
  for (const { file: rel, html } of pages) {
    const csp = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1];
    if (!csp) throw new Error(`${join(outDir, rel)}: no Content-Security-Policy meta tag`);
    const path = prefix + rel.replace(/index\.html$/, '').replace(/\.html$/, '');
    const embed = rel.startsWith('embed/');
    const policy = csp.replace(/&#39;/g, "'").replace(/\s+/g, ' ').trim().replace(/;?$/, '') + `; frame-ancestors ${embed ? '*' : "'none'"}`;
    const lines = [`Content-Security-Policy: ${policy}`];
    if (!embed) lines.push('X-Frame-Options: DENY');
    blocks.push(`${path}\n  ${lines.join('\n  ')}`);
  }
  // Hosts guess a CSV's type without a charset, and spreadsheets then misread "€" or "é": say UTF-8. One block
  // per file, because not every host matches wildcards inside a path.
  for (const file of filesEndingIn(outDir, '.csv').sort()) {
    blocks.push(`${prefix}${relative(outDir, file).replace(/\\/g, '/')}\n  Content-Type: text/csv; charset=utf-8`);
  }
  const text = blocks.join('\n\n') + '\n';
  writeFileSync(join(outDir, '_headers'), text);
  return text;
}
