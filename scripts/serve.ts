/**
 * A small static server for the built site (tests run several at once; `astro preview` allows only one).
 * Serves 404.html with status 404 for unknown paths, and compresses text (gzip), like static hosts do: Lighthouse and
 * the bench then see the bytes a reader receives, not the raw HTML.
 * Usage: node scripts/serve.ts [dir=dist] [port=4322] [basePath=/]
 */
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';
import compression from 'compression';

const [dir = process.env.ASTRO_OUT_DIR ?? 'dist', port = '4322', basePath = process.env.BASE_PATH ?? '/'] = process.argv.slice(2);
const base = basePath.replace(/\/?$/, '/');
const files = sirv(dir, { dev: true, etag: false });
const compress = compression();
const notFound = existsSync(join(dir, '404.html')) ? readFileSync(join(dir, '404.html')) : Buffer.from('Not found');

createServer((req, res) => compress(req as never, res as never, () => {
  const send404 = () => {
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(notFound);
  };
  if (!req.url?.startsWith(base)) return send404();
  req.url = '/' + req.url.slice(base.length);
  files(req, res, send404);
})).listen(Number(port), '127.0.0.1', () => console.log(`Serving ${dir} at http://127.0.0.1:${port}${base}`));
