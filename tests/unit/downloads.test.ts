import { describe, expect, it } from 'vitest';
import { csvParse, csvParseRows } from 'd3-dsv';
import { loadDataset, listDatasetIds } from '../../src/datasets/load.ts';
import { coverage, describeCoverage, fileJson, fileStem, formatBytes, readmeText, rowsToCsv, wrap } from '../../src/publish/downloads.ts';
import { derivedCsv, derivedJson } from '../../src/publish/derived.ts';
import { provenance } from '../../src/publish/provenance.ts';
import { toCsv } from '../../src/publish/csv.ts';
import { dateGaps, integerGaps, spellingVariants } from '../../src/publish/dataChecks.ts';
import { groupColumns } from '../../src/publish/columnGroups.ts';
import type { ColumnMeta, DatasetMeta, FileMeta } from '../../src/datasets/load.ts';

const col = (name: string, type: ColumnMeta['type'], extra: Partial<ColumnMeta> = {}): ColumnMeta => ({ name, type, description: `${name}.`, required: false, ...extra });
const file = (columns: ColumnMeta[], key: string[] = []): FileMeta => ({ path: 'x.csv', description: 'A file.', key, columns });
const links = { page: '/data/x/', csv: '/data/x/x.csv', json: '/data/x/x.json', original: '/data/x/original/x.csv', readme: '/data/x/README.txt' };
const meta: DatasetMeta = {
  id: 'x',
  title: 'A test dataset',
  description: 'Rows for the tests of the downloads.',
  source: { name: 'Tests', url: 'https://example.org/' },
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/', attribution: 'Test source (CC BY 4.0).' },
  retrieved: '2026-01-02',
  citation: 'Test source, "Rows", https://example.org/ (2026).',
  caveats: ['Small.'],
  corrections: [{ file: 'x.csv', rowKey: { name: 'b' }, column: 'value', from: '70', to: '7', reason: 'Typo in the source, checked by hand.' }],
  dataAsOf: '2026',
  files: [],
};

describe('fileStem', () => {
  it('drops the .csv extension only', () => {
    expect(fileStem('miningpool_blocks_400000_546235.csv')).toBe('miningpool_blocks_400000_546235');
    expect(fileStem('share-elec-by-source.csv')).toBe('share-elec-by-source');
    expect(fileStem('a.b.CSV')).toBe('a.b');
  });
});

describe('rowsToCsv', () => {
  it('writes the declared names as the header and converted values in column order', () => {
    const f = file([col('Date', 'date'), col('Hash Rate', 'number'), col('ok', 'boolean'), col('note', 'string')]);
    const csv = rowsToCsv(f, [
      { Date: '2009-01-03', 'Hash Rate': 1.5e26, ok: true, note: 'a, "quoted" note' },
      { Date: '2009-01-09', 'Hash Rate': 0.25, ok: false, note: null },
    ]);
    expect(csv).toBe('Date,Hash Rate,ok,note\n2009-01-03,1.5e+26,true,"a, ""quoted"" note"\n2009-01-09,0.25,false,\n');
    expect(csvParse(csv)).toHaveLength(2);
  });

  it('keeps unnamed and repeated empty column names, so the header matches the declaration', () => {
    const f = file([col('a', 'string'), col('', 'string'), col('', 'string')]);
    const csv = rowsToCsv(f, [{ a: 'x', '': null }]);
    expect(csvParseRows(csv)).toEqual([['a', '', ''], ['x', '', '']]);
  });

  it('writes only a header for an empty file', () => {
    expect(rowsToCsv(file([col('a', 'string')]), [])).toBe('a\n');
  });
});

describe('coverage', () => {
  it('uses the first date, month or year column, sorted as text', () => {
    const f = file([col('name', 'string'), col('Publication date', 'date')]);
    const c = coverage(f, [{ name: 'b', 'Publication date': '2024-01-05' }, { name: 'a', 'Publication date': '2019-11-30' }, { name: 'c', 'Publication date': null }]);
    expect(c).toEqual({ column: 'Publication date', kind: 'dates', from: '2019-11-30', to: '2024-01-05' });
    expect(describeCoverage(c)).toBe('2019-11-30 to 2024-01-05');
  });

  it('reads years as numbers', () => {
    expect(coverage(file([col('Year', 'year')]), [{ Year: 2022 }, { Year: 1985 }])).toMatchObject({ from: '1985', to: '2022' });
  });

  it('falls back to a text column of dates of mixed precision', () => {
    const f = file([col('model', 'string'), col('date', 'string', { pattern: '^\\d{4}' })]);
    expect(coverage(f, [{ model: 'S9', date: '2017-02' }, { model: 'S23', date: '2026' }, { model: 'M60', date: null }])).toMatchObject({ column: 'date', from: '2017-02', to: '2026' });
  });

  it('reads month columns of a wide table from the header', () => {
    const f = file([col('description', 'string'), col('Jan 2001', 'number'), col('Feb 2001', 'number'), col('May 2023', 'number'), col('Dec 2002', 'number')]);
    expect(coverage(f, [])).toEqual({ column: 'month columns', kind: 'header', from: 'Jan 2001', to: 'May 2023' });
  });

  it('falls back to an integer key (block heights), without spreading large arrays', () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => ({ blockid: 400_000 + i, pool: 'p' }));
    const c = coverage(file([col('blockid', 'integer'), col('pool', 'string')], ['blockid']), rows);
    expect(c).toEqual({ column: 'blockid', kind: 'key', from: '400000', to: '599999' });
    expect(describeCoverage(c)).toBe('blockid 400,000 to 599,999');
  });

  it('is null when nothing says what period a file covers', () => {
    expect(coverage(file([col('name', 'string'), col('share', 'number')]), [{ name: 'a', share: 1 }])).toBeNull();
    expect(describeCoverage(null)).toBeNull();
  });
});

describe('formatBytes', () => {
  it('uses decimal units', () => {
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(9_100)).toBe('9 kB');
    expect(formatBytes(2_145_588)).toBe('2.1 MB');
  });
});

describe('fileJson and readmeText', () => {
  const f = file([col('name', 'string', { required: true }), col('value', 'number', { unit: 'W', min: 0 })], ['name']);
  const m = { ...meta, files: [f] };
  const rows = [{ name: 'a', value: 1 }, { name: 'b', value: 7 }];

  it('carries the provenance, the columns with units, the corrections of the file and every row', () => {
    const j = fileJson(m, f, rows, links);
    expect(j).toMatchObject({ dataset: 'x', file: 'x.csv', licence: { name: 'CC BY 4.0', attribution: 'Test source (CC BY 4.0).' }, citation: meta.citation, retrieved: '2026-01-02', dataAsOf: '2026', rowCount: 2, rows });
    expect(j.columns).toEqual([
      { name: 'name', type: 'string', unit: null, description: 'name.', required: true },
      { name: 'value', type: 'number', unit: 'W', description: 'value.', required: false, min: 0 },
    ]);
    expect(j.corrections).toHaveLength(1);
    expect(fileJson({ ...m, corrections: [] }, f, rows, links).corrections).toEqual([]);
  });

  it('writes a README with licence, credit, citation, columns, caveats and corrections', () => {
    const text = readmeText(m, [{ file: f, rows: 2, coverage: null, links }], 'https://site.example/data/x/', 'Site');
    for (const s of ['Licence: CC BY 4.0 <https://creativecommons.org/licenses/by/4.0/>', 'Required attribution: Test source (CC BY 4.0).', 'Cite as: Test source', 'Rows: 2', '"value" [number, W, may be empty]', '- Small.', '"70" -> "7"']) {
      expect(text).toContain(s);
    }
    expect(Math.max(...text.split('\n').map((l) => l.length))).toBeLessThanOrEqual(100);
  });
});

describe('derived series downloads', () => {
  const s = { id: 'd', title: 'D', description: 'A derived series.', datasets: ['x'], columns: [{ name: 'date', description: 'Day.' }, { name: 'v', unit: 'EH/s', description: 'Value.' }] };
  const rows = [{ date: '2020-01-01', v: 1.5, extra: 'not a column' }, { date: '2020-01-02', v: null }];

  it('writes exactly the declared columns', () => {
    expect(derivedCsv(s, rows)).toBe('date,v\n2020-01-01,1.5\n2020-01-02,\n');
    const j = derivedJson(s, rows, [{ ...meta, files: [] }], { page: 'p', csv: 'c', methods: 'm' });
    expect(j.rows).toEqual([{ date: '2020-01-01', v: 1.5 }, { date: '2020-01-02', v: null }]);
    expect(j.columns[1]).toEqual({ name: 'v', unit: 'EH/s', description: 'Value.' });
    expect(j.sources[0]).toMatchObject({ dataset: 'x', licence: { name: 'CC BY 4.0' }, citation: meta.citation });
    expect(j.rowCount).toBe(2);
  });

  it('states its sources in the one provenance shape every JSON download uses (chart data too)', () => {
    const j = derivedJson(s, rows, [{ ...meta, files: [] }], { page: 'p', csv: 'c', methods: 'm' });
    expect(j.sources).toEqual([provenance({ ...meta, files: [] })]);
    expect(Object.keys(j.sources[0]!)).toEqual(['dataset', 'title', 'source', 'licence', 'citation', 'retrieved', 'dataAsOf']);
    expect(j.sources[0]!.licence).toHaveProperty('url'); // null when the licence has no link, never missing
  });
});

describe('CSV writer', () => {
  it('neutralises text a spreadsheet would run as a formula, and leaves numbers alone', () => {
    const rows = [{ a: '=1+2', b: -5 }, { a: '+cmd', b: 0 }, { a: '-x', b: 1 }, { a: '@SUM(A1)', b: 2 }, { a: '\tTab', b: 3 }, { a: '\rCR', b: 4 }, { a: 'plain', b: null }];
    const parsed = csvParseRows(toCsv(['a', 'b'], rows));
    expect(parsed.slice(1).map((r) => r[0])).toEqual(["'=1+2", "'+cmd", "'-x", "'@SUM(A1)", "'\tTab", "'\rCR", 'plain']);
    expect(parsed.slice(1).map((r) => r[1])).toEqual(['-5', '0', '1', '2', '3', '4', '']);
  });
});

describe('groupColumns', () => {
  it('folds runs of columns that differ only in their name, and keeps the rest one by one', () => {
    const month = (m: string) => col(m, 'number', { unit: 'US cents/kWh', min: 0, description: `Average retail price of electricity in ${m}.` });
    const groups = groupColumns([col('description', 'string'), month('Jan 2001'), month('Feb 2001'), month('Mar 2001'), col('', 'string'), col('', 'string')]);
    expect(groups.map((g) => g.names)).toEqual([['description'], ['Jan 2001', 'Feb 2001', 'Mar 2001'], [''], ['']]);
    expect(groups[1]!.description).toBe('Average retail price of electricity in ‹column name›.');
    expect(groups[1]!.column.unit).toBe('US cents/kWh');
  });

  it('does not fold short runs or columns whose other properties differ', () => {
    const a = col('Jan 2001', 'number', { description: 'Price in Jan 2001.' });
    const b = col('Feb 2001', 'number', { description: 'Price in Feb 2001.', unit: 'USD' });
    const c = col('Mar 2001', 'number', { description: 'Price in Mar 2001.' });
    expect(groupColumns([a, b, c]).map((g) => g.names.length)).toEqual([1, 1, 1]);
    expect(groupColumns([a, c]).map((g) => g.names.length)).toEqual([1, 1]);
  });
});

describe('fault checks', () => {
  it('finds runs of missing days', () => {
    expect(dateGaps(['2009-01-03', '2009-01-09', '2009-01-10', '2009-01-12'])).toEqual([
      { after: '2009-01-03', before: '2009-01-09', missingDays: 5 },
      { after: '2009-01-10', before: '2009-01-12', missingDays: 1 },
    ]);
    expect(dateGaps(['2024-02-28', '2024-02-29', '2024-03-01'])).toEqual([]);
  });

  it('finds missing integers', () => {
    expect(integerGaps([5, 1, 2, 3, 9])).toEqual([{ from: 4, to: 4, count: 1 }, { from: 6, to: 8, count: 3 }]);
  });

  it('groups labels that differ only in case, punctuation or the word "pool"', () => {
    expect(spellingVariants(['CanoePool', 'CANOE', 'CANOEPOOL', 'AntPool', 'F2Pool', 'BTC.com', 'btccom'])).toEqual([
      ['BTC.com', 'btccom'],
      ['CANOE', 'CANOEPOOL', 'CanoePool'],
    ]);
  });

  it('wraps text without splitting words', () => {
    expect(wrap('aaa bbb ccc', 7, '  ')).toBe('  aaa\n  bbb\n  ccc');
    expect(wrap('- aaa bbb ccc', 9, '', '  ')).toBe('- aaa bbb\n  ccc');
  });
});

describe('every dataset can be written out and read back', () => {
  for (const id of listDatasetIds()) {
    // Parsing 146,148 blocks takes a second on a quiet machine: allow for a busy one.
    it(id, { timeout: 60_000 }, () => {
      const ds = loadDataset(id);
      for (const f of ds.meta.files) {
        const csv = rowsToCsv(f, ds.tables[f.path]!);
        const parsed = csvParseRows(csv);
        expect(parsed[0], `${id}/${f.path} header`).toEqual(f.columns.map((c) => c.name));
        expect(parsed.length - 1, `${id}/${f.path} rows`).toBe(ds.tables[f.path]!.length);
      }
    });
  }
});
