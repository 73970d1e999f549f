import type { APIRoute } from 'astro';
import { absolute, url } from '../site.ts';

/** robots.txt: everything may be crawled; the sitemap's address follows SITE_URL and BASE_PATH. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute(url('sitemap-index.xml'), site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
