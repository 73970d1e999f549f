/**
 * A small static server for the built site (tests run several at once; `astro preview` allows only one).
 * Serves 404.html with status 404 for unknown paths (or the page a _redirects 404 rule names), and compresses text (gzip), like static hosts do: Lighthouse and
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
// The host's 404 rules (_redirects: "/es/*  /es/404/  404"), so an unknown Spanish address gets the Spanish page here too.
const rules = (existsSync(join(dir, '_redirects')) ? readFileSync(join(dir, '_redirects'), 'utf8') : '')
  .split('\n').map((l) => l.trim().split(/\s+/)).filter((r) => r.length === 3 && r[2] === '404' && r[0]!.endsWith('*'))
  .map(([from, to]) => ({ prefix: from!.slice(0, -1), page: join(dir, to!, to!.endsWith('/') ? 'index.html' : '') }));

createServer((req, res) => compress(req as never, res as never, () => {
  const path = req.url?.startsWith(base) ? '/' + req.url.slice(base.length) : undefined;
  const send404 = () => {
    const rule = path !== undefined ? rules.find((r) => path.startsWith(r.prefix) && existsSync(r.page)) : undefined;
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(rule ? readFileSync(rule.page) : notFound);
  };
  if (path === undefined) return send404();
  req.url = path;
  files(req, res, send404);
})).listen(Number(port), '127.0.0.1', () => console.log(`Serving ${dir} at http://127.0.0.1:${port}${base}`));
