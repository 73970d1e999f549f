import type { APIRoute } from 'astro';
import { url } from '../site.ts';

/** robots.txt: everything may be crawled; the sitemap's address follows SITE_URL and BASE_PATH. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(url('sitemap-index.xml'), site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
