/** Source, licence and "data as of" for a chart, read from its datasets' metadata (never typed twice). */
import { loadDataset } from '../datasets/load.ts';

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

export function credits(datasetIds: string[], usedBy: string): Credit[] {
  return datasetIds.map((id) => {
    let meta;
    try {
      meta = loadDataset(id).meta;
    } catch (e) {
      throw new Error(`${usedBy}: ${(e as Error).message}`);
    }
    return {
      id,
      title: meta.title,
      source: meta.source,
      licence: meta.licence,
      dataAsOf: String(meta.dataAsOf),
      retrieved: meta.retrieved,
      citation: meta.citation,
    };
  });
}
