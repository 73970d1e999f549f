import type { APIRoute } from 'astro';
import { SITE } from '../../site.ts';
import { textCardSvg, sharePng } from '../../lib/shareImage.ts';

/** Share image for pages without their own (1200 × 630 PNG). */
export const GET: APIRoute = async () =>
  new Response(await sharePng(textCardSvg({ kicker: 'Explainers with data', title: SITE.name, dek: SITE.tagline })), {
    headers: { 'Content-Type': 'image/png' },
  });
