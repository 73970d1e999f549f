/**
 * What "Cite this chart" on a chart's page cites, defined once for the page (src/components/ChartPage.astro) and for
 * the image prefetch (src/charts/chartImages.ts). The prefetch lists the citation's render-cache entry beside the
 * chart's images, so a rebuild that reuses the page (and so never formats its citation) keeps the entry for the next
 * build that renders the page, instead of dropping it and formatting it again.
 */
import { buildChart } from './build.ts';
import type { CiteInput } from '../lib/cite.ts';
import { lastChange } from '../lib/lastChange.ts';
import { absolute, url } from '../site.ts';
import { inLang, type Lang } from '../i18n/lang.ts';

export async function chartCiteInput(id: string, lang: Lang, site: URL | string | undefined): Promise<CiteInput> {
  const { def } = buildChart(id, undefined, lang);
  // Imported when called: the unit tests load this file (through the lesson packs) in plain Node, without Astro.
  const { getCollection } = await import('astro:content');
  const changes = (await getCollection('changelog')).map((e) => e.data);
  // Dated by the last change to the chart or to any dataset it draws on.
  const issued = lastChange([`/charts/${id}/`, ...def.datasets.map((d) => `/data/${d}/`)], changes);
  return { id: `od-${id}${lang === 'en' ? '' : `-${lang}`}`, title: def.title, url: absolute(url(inLang(lang, `charts/${id}/`)), site), issued, lang: lang === 'en' ? undefined : lang };
}
