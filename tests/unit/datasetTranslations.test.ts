import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { listDatasetIds, loadDataset } from '../../src/datasets/load.ts';
import { datasetMetaSchema } from '../../src/schema.ts';
import { datasetDrift, datasetEnglish, versionOf } from '../../src/i18n/drift.ts';
import { datasetIn } from '../../src/i18n/datasetIn.ts';
import { readmeText } from '../../src/publish/downloads.ts';

const file = (id: string) => `content/data/${id}/dataset.json`;
const raw = (id: string) => JSON.parse(readFileSync(file(id), 'utf8'));

describe('datasets in Spanish (the es of each dataset.json)', () => {
  it.each(listDatasetIds())('%s: every caveat and file in Spanish, following the English as it is now', (id) => {
    const { meta } = loadDataset(id);
    expect(meta.es, id).toBeDefined();
    expect(meta.es!.caveats).toHaveLength(meta.caveats.length);
    expect(Object.keys(meta.es!.files).sort()).toEqual(meta.files.map((f) => f.path).sort());
    expect(datasetDrift(file(id), readFileSync(file(id), 'utf8'), meta)).toEqual([]);
    // Written afresh, not copied: no Spanish text is its English original.
    expect(meta.es!.description).not.toBe(meta.description);
    meta.es!.caveats.forEach((c, i) => expect(c).not.toBe(meta.caveats[i]));
  });

  it('a changed English caveat makes the translation behind, with the file and the line of its follows', () => {
    const id = 'btc-hashrate';
    const text = readFileSync(file(id), 'utf8');
    const meta = { ...loadDataset(id).meta, caveats: [...loadDataset(id).meta.caveats] };
    meta.caveats[0] = `${meta.caveats[0]} Revised.`;
    const [p] = datasetDrift(file(id), text, meta);
    expect(p!.file).toBe(file(id));
    expect(text.split('\n')[p!.line - 1]).toMatch(/"follows"/);
    expect(p!.message).toContain(`set "follows": "${versionOf(datasetEnglish(meta))}"`);
  });

  it('the schema refuses a Spanish text that does not match the English: caveat count, files, follows', () => {
    const issues = (json: unknown) => (datasetMetaSchema.safeParse(json).error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);
    const base = raw('btc-price-daily');
    expect(issues(base)).toEqual([]);
    expect(issues({ ...base, es: { ...base.es, caveats: base.es.caveats.slice(1) } })).toEqual([expect.stringMatching(/^es\.caveats: 4 caveats, but the English has 5/)]);
    const { 'btc_usd_bitstamp_daily.csv': _, ...oneFile } = base.es.files;
    expect(issues({ ...base, es: { ...base.es, files: oneFile } })).toEqual(['es.files: no Spanish description of "btc_usd_bitstamp_daily.csv"']);
    expect(issues({ ...base, es: { ...base.es, files: { ...base.es.files, 'other.csv': 'x' } } })).toEqual(['es.files.other.csv: "other.csv" is not one of the files']);
    expect(issues({ ...base, es: { ...base.es, follows: 'latest' } })[0]).toMatch(/^es\.follows: 12 hex digits/);
  });

  it('column meanings: each in Spanish, a run of columns by its shared text with each column\'s own name', () => {
    const { meta } = loadDataset('us-electricity-price');
    const f = meta.files.find((x) => x.path === 'eia_avg_retail_price_monthly_2001_2023.csv')!;
    const es = datasetIn(meta, 'es').columns(f);
    expect(es).toHaveLength(f.columns.length);
    expect(es[f.columns.findIndex((c) => c.name === 'Feb 2001')]).toBe('Precio minorista medio de la electricidad en Feb 2001.');
    expect(datasetIn(meta, 'en').columns(f)).toEqual(f.columns.map((c) => c.description));
    // Two unnamed columns keep their own meanings.
    const asic = loadDataset('asic-specs').meta;
    const f2 = asic.files.find((x) => x.columns.filter((c) => c.name === '').length === 2)!;
    const unnamed = datasetIn(asic, 'es').columns(f2).filter((_, i) => f2.columns[i]!.name === '');
    expect(new Set(unnamed).size).toBe(2);
  });

  it('the schema refuses a column meaning that is missing or no longer the English one', () => {
    const base = raw('cbeci-miners');
    const [first, ...rest] = Object.entries(base.es.columns as Record<string, string>);
    const issues = (json: unknown) => (datasetMetaSchema.safeParse(json).error?.issues ?? []).map((i) => i.message);
    expect(issues({ ...base, es: { ...base.es, columns: Object.fromEntries(rest) } })).toEqual([`no Spanish for the column meaning "${first![0]}" (the English may have changed)`]);
    expect(issues({ ...base, es: { ...base.es, columns: { ...base.es.columns, 'Old meaning.': 'x' } } })[0]).toMatch(/^"Old meaning\." is no column's meaning/);
  });

  it('the README of a Spanish page is in Spanish, its column meanings too', () => {
    const { meta } = loadDataset('cbeci-miners');
    const file = meta.files[0]!;
    const links = { page: '', csv: 'c', json: 'j', original: 'o', readme: 'r' };
    const es = readmeText(meta, [{ file, rows: 1234, coverage: { kind: 'dates', column: 'date', from: '2014-01-01', to: '2020-05-01' }, links }], 'https://x/es/data/cbeci-miners/', 'Site', 'es');
    expect(es.split('\n')[0]).toBe(meta.es!.title);
    expect(es).toContain(`Fuente: ${meta.es!.source}`);
    expect(es).toContain('  Filas: 1234; date: 2014-01-01 a 2020-05-01');
    expect(es).toContain(`- ${meta.es!.caveats[2]!.slice(0, 40)}`);
    expect(es).not.toContain('CAVEATS');
    expect(es).toContain(`[texto]: ${meta.es!.columns[file.columns[0]!.description]!.slice(0, 20)}`);
    expect(datasetIn(meta, 'en').caveats).toBe(meta.caveats);
  });
});
