import type { APIRoute } from 'astro';
import { SITE } from '../../../site.ts';
import { UI } from '../../../i18n/ui.ts';
import { textCardSvg, sharePng } from '../../../lib/shareImage.ts';

/** The Spanish edition's own share card (1200 × 630 PNG), for Spanish pages without one of their own. */
export const GET: APIRoute = async () =>
  new Response(await sharePng(textCardSvg({ kicker: 'Explicaciones con datos', title: SITE.name, dek: UI.es.tagline })), {
    headers: { 'Content-Type': 'image/png' },
  });
