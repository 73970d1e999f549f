/** Source, licence and "data as of" for a chart, read from its datasets' metadata (never typed twice). */
import { loadDataset } from '../datasets/load.ts';
import type { Lang } from '../i18n/lang.ts';

export interface Credit {
  id: string;
  title: string;
  source: { name: string; url: string };
  /** As in the dataset's metadata (src/schema.ts): the link is optional, the attribution required. */
  licence: { name: string; url?: string; attribution: string };
  dataAsOf: string;
  retrieved: string;
  citation: string;
}

/** The credits of a chart's datasets; in another language, the source's and licence's names as that language gives them. */
export function credits(datasetIds: string[], usedBy: string, lang: Lang = 'en'): Credit[] {
  return datasetIds.map((id) => {
    let meta;
    try {
      meta = loadDataset(id).meta;
    } catch (e) {
      throw new Error(`${usedBy}: ${(e as Error).message}`);
    }
    const named = lang === 'en' ? undefined : meta[lang];
    if (lang !== 'en' && !named) throw new Error(`${usedBy}: content/data/${id}/dataset.json has no "${lang}" title and names for its source and licence (a page in that language credits them)`);
    return {
      id,
      title: named?.title ?? meta.title,
      source: named ? { ...meta.source, name: named.source } : meta.source,
      licence: named ? { ...meta.licence, name: named.licence } : meta.licence,
      dataAsOf: String(meta.dataAsOf),
      retrieved: meta.retrieved,
      citation: meta.citation,
    };
  });
}
