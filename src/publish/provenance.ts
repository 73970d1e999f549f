import type { DatasetMeta } from '../datasets/load.ts';

/**
 * Where a dataset comes from, as the JSON downloads of charts and derived series state it: one shape,
 * so a reader's script reads the source, licence and citation of any download the same way.
 */
export function provenance(m: DatasetMeta) {
  return {
    dataset: m.id,
    title: m.title,
    source: m.source,
    licence: { name: m.licence.name, url: m.licence.url ?? null, attribution: m.licence.attribution },
    citation: m.citation,
    retrieved: m.retrieved,
    dataAsOf: m.dataAsOf,
  };
}
