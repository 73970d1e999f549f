/**
 * Build-time glue for the data pages and downloads: every dataset through the one loader, the download texts
 * (memoised, so a page that shows a file's size and the endpoint that serves it serialise it once), the stable
 * addresses, and which charts and derived series use a dataset.
 */
import { readFileSync } from 'node:fs';
import { listDatasetIds, loadDataset, type Dataset, type FileMeta } from '../datasets/load.ts';
import { downloadableSeries } from '../series/registry.ts';
import type { Series } from '../series/define.ts';
import { charts } from '../charts/registry.ts';
import { SITE, absolute, url } from '../site.ts';
import { inLang, type Lang } from '../i18n/lang.ts';
import { datasetIn } from '../i18n/datasetIn.ts';
import { coverage, fileJson, fileStem, readmeText, rowsToCsv, wrap, type Coverage, type FileLinks } from './downloads.ts';
import { derivedCsv, derivedJson } from './derived.ts';

export const DATA_ROOT = 'content/data';

/** Every dataset, validated. 'derived' is reserved: /data/derived/ holds the derived series. */
export function allDatasets(): Dataset[] {
  const ids = listDatasetIds(DATA_ROOT);
  if (ids.includes('derived')) throw new Error(`${DATA_ROOT}/derived: "derived" is reserved for /data/derived/ (the derived series); rename the dataset`);
  return ids.map((id) => loadDataset(id, DATA_ROOT));
}

/** Site-relative addresses (with the base path) of one file's downloads. */
export function fileLinks(id: string, file: Pick<FileMeta, 'path'>): FileLinks {
  const stem = fileStem(file.path);
  return {
    page: url(`data/${id}/`),
    csv: url(`data/${id}/${stem}.csv`),
    json: url(`data/${id}/${stem}.json`),
    original: url(`data/${id}/original/${file.path}`),
    readme: url(`data/${id}/README.txt`),
  };
}

const absoluteLinks = <T extends Record<string, string>>(links: T, site: URL | string | undefined): T =>
  Object.fromEntries(Object.entries(links).map(([k, v]) => [k, absolute(v, site)])) as T;

const memo = new Map<string, string>();
function once(key: string, make: () => string): string {
  let v = memo.get(key);
  if (v === undefined) memo.set(key, (v = make()));
  return v;
}

export function originalPath(id: string, file: Pick<FileMeta, 'path'>): string {
  return `${DATA_ROOT}/${id}/${file.path}`;
}

export function csvText(id: string, file: FileMeta): string {
  return once(`csv\0${id}\0${file.path}`, () => rowsToCsv(file, loadDataset(id, DATA_ROOT).tables[file.path]!));
}

export function jsonText(id: string, file: FileMeta, site: URL | string | undefined): string {
  return once(`json\0${id}\0${file.path}`, () => {
    const ds = loadDataset(id, DATA_ROOT);
    return JSON.stringify(fileJson(ds.meta, file, ds.tables[file.path]!, absoluteLinks(fileLinks(id, file), site))) + '\n';
  });
}

export function readme(id: string, site: URL | string | undefined, lang: Lang = 'en'): string {
  return once(`readme\0${id}\0${lang}`, () => {
    const ds = loadDataset(id, DATA_ROOT);
    const files = ds.meta.files.map((f) => ({
      file: f,
      rows: ds.tables[f.path]!.length,
      coverage: coverage(f, ds.tables[f.path]!),
      links: absoluteLinks(fileLinks(id, f), site),
    }));
    return readmeText(ds.meta, files, absolute(url(inLang(lang, `data/${id}/`)), site), SITE.name, lang);
  });
}

/** Bytes of a UTF-8 text. */
export const byteLength = (text: string): number => Buffer.byteLength(text, 'utf8');

/** Per file of a dataset: what the pages show about it. */
export interface FileInfo {
  file: FileMeta;
  stem: string;
  rows: number;
  coverage: Coverage | null;
  links: FileLinks;
  csvBytes: number;
  jsonBytes: number;
  originalBytes: number;
}

export function fileInfos(ds: Dataset, site: URL | string | undefined): FileInfo[] {
  return ds.meta.files.map((f) => ({
    file: f,
    stem: fileStem(f.path),
    rows: ds.tables[f.path]!.length,
    coverage: coverage(f, ds.tables[f.path]!),
    links: fileLinks(ds.meta.id, f),
    csvBytes: byteLength(csvText(ds.meta.id, f)),
    jsonBytes: byteLength(jsonText(ds.meta.id, f, site)),
    originalBytes: readFileSync(originalPath(ds.meta.id, f)).length,
  }));
}

// Derived series ------------------------------------------------------------------------------------------------

export const derivedLinks = (s: Pick<Series, 'id'>) => ({
  page: url(`data/#derived-${s.id}`),
  csv: url(`data/derived/${s.id}.csv`),
  json: url(`data/derived/${s.id}.json`),
  methods: url('methods/#derived'),
});

export function derivedCsvText(s: Series): string {
  return once(`dcsv\0${s.id}`, () => derivedCsv(s, s.rows()));
}

export function derivedJsonText(s: Series, site: URL | string | undefined): string {
  return once(`djson\0${s.id}`, () => {
    const sources = s.datasets.map((id) => loadDataset(id, DATA_ROOT).meta);
    return JSON.stringify(derivedJson(s, s.rows(), sources, absoluteLinks(derivedLinks(s), site))) + '\n';
  });
}

/** /data/derived/README.txt: every derived series with its columns and the provenance of its sources. */
const DERIVED_README = {
  en: {
    title: `Derived series from ${SITE.name}`,
    intro: (methods: string) => `Series computed from the site's datasets by small, tested functions; how each is computed: ${methods}. Each series keeps the licences of the datasets it is computed from (below): credit them as stated.`,
    rows: 'Rows', columns: 'Columns:', from: 'Computed from:', licence: 'Licence', attribution: 'Attribution', cite: 'Cite as',
  },
  es: {
    title: `Series derivadas de ${SITE.name}`,
    intro: (methods: string) => `Series calculadas a partir de los conjuntos de datos del sitio con funciones pequeñas y probadas; cómo se calcula cada una: ${methods}. Cada serie conserva las licencias de los conjuntos de datos de los que sale (abajo): dales crédito como se indica. El crédito exigido y las citas están en inglés, como los pide cada fuente.`,
    rows: 'Filas', columns: 'Columnas:', from: 'Se calcula con:', licence: 'Licencia', attribution: 'Crédito exigido', cite: 'Cita',
  },
};

export function derivedReadme(site: URL | string | undefined, lang: Lang = 'en'): string {
  return once(`dreadme\0${lang}`, () => {
    const t = DERIVED_README[lang];
    const out = [t.title, '='.repeat(t.title.length), '', wrap(t.intro(absolute(url(inLang(lang, 'methods/')), site))), ''];
    for (const s of downloadableSeries()) {
      const l = absoluteLinks(derivedLinks(s), site);
      const es = lang === 'en' ? undefined : s.es ?? fail(`src/series/${s.id}.ts: no es title, description and column meanings`);
      out.push(s.id, wrap(es?.title ?? s.title, 100, '  '), wrap(es?.description ?? s.description, 100, '  '), `  ${t.rows}: ${s.rows().length}`, `  CSV: ${l.csv}`, `  JSON: ${l.json}`, `  ${t.columns}`);
      for (const c of s.columns) out.push(wrap(`- ${c.name}${c.unit ? ` [${c.unit}]` : ''}: ${es ? es.columns[c.description] ?? fail(`src/series/${s.id}.ts: no es text for the column meaning "${c.description}"`) : c.description}`, 100, '    ', '      '));
      out.push(`  ${t.from}`);
      for (const id of s.datasets) {
        const m = loadDataset(id, DATA_ROOT).meta;
        const d = datasetIn(m, lang);
        out.push(wrap(`- ${d.title} (${id}). ${t.licence}: ${d.licence}${m.licence.url ? ` <${m.licence.url}>` : ''}. ${t.attribution}: ${m.licence.attribution} ${t.cite}: ${m.citation}`, 100, '    ', '      '));
      }
      out.push('');
    }
    return out.join('\n') + '\n';
  });
}

const fail = (message: string): never => {
  throw new Error(message);
};

// Usage ---------------------------------------------------------------------------------------------------------

export const chartsUsing = (id: string) => charts.filter((c) => c.datasets.includes(id)).sort((a, b) => a.title.localeCompare(b.title));
export const derivedUsing = (id: string) => downloadableSeries().filter((s) => s.datasets.includes(id));
