/**
 * What offline reading costs a reader (src/offline/): the worker's size, fetched once they start reading, and what
 * "Save for offline" stores per piece (its offline.json), on disk and as transferred (gzip).
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { builtPieces, type OfflineManifest } from '../../src/offline/manifest.ts';
import { gz, kb } from './util.ts';

export interface OfflineSizes {
  worker: { raw: number; gz: number };
  pieces: { path: string; files: number; bytes: number; gz: number }[];
}

export function offlineSizes(out: string): OfflineSizes | undefined {
  if (!existsSync(join(out, 'sw.js'))) return undefined;
  const sw = readFileSync(join(out, 'sw.js'));
  const pieces = builtPieces(out).map((path) => {
    const m = JSON.parse(readFileSync(join(out, path, 'offline.json'), 'utf8')) as OfflineManifest;
    // Site paths (base "/" in the bench): a page is its folder's index.html.
    const file = (u: string) => join(out, u.slice(1), u.endsWith('/') ? 'index.html' : '');
    return { path: '/' + path, files: m.urls.length, bytes: m.bytes, gz: m.urls.reduce((a, u) => a + gz(readFileSync(file(u))), 0) };
  });
  return { worker: { raw: sw.length, gz: gz(sw) }, pieces };
}

export function offlineMarkdown(o: OfflineSizes): string[] {
  const mb = (b: number) => (b / 1e6).toFixed(2);
  return [
    '## Offline reading', '',
    `The service worker (\`/sw.js\`) is ${kb(o.worker.gz)} KB gz (${kb(o.worker.raw)} KB raw). A first-time reader's browser fetches it once they scroll, tap or press a key, so the pages above are measured with service workers blocked; it then keeps each page the reader opens. "Save for offline" stores:`, '',
    '| Piece | Files | On the device (MB) | Transferred, gzip (MB) |', '|---|---|---|---|',
    ...o.pieces.map((p) => `| ${p.path} | ${p.files} | ${mb(p.bytes)} | ${mb(p.gz)} |`), '',
  ];
}
