import { describe, expect, it } from 'vitest';
import { clearDatasetCache, listDatasetIds, loadAllDatasets, loadDataset } from '../../../src/datasets/load.ts';
import { table } from '../../../src/datasets/table.ts';
import { DataError } from '../../../src/datasets/DataError.ts';

/** Row counts as stated in each dataset's SOURCE.md (or the raw README). */
const EXPECTED_ROWS: Record<string, Record<string, number>> = {
  'asic-specs': { 'asic_specs_2017_2026_compiled.csv': 24, 'f2pool_mining_devices_snapshot_2020-03.csv': 86 },
  'btc-difficulty': {
    'difficulty_blockchaincom_3day_2009_2020.csv': 1343,
    'difficulty_blockchaincom_daily.csv': 2185,
    'hashrate_blockchaincom_daily.csv': 1958,
  },
  'btc-hashrate': { 'btc_hashrate_daily.csv': 5904 },
  'btc-price-daily': { 'btc_price_daily_avg_2010_2025.csv': 5333, 'btc_usd_bitstamp_daily.csv': 5348 },
  'cbeci-consumption': { 'cbeci_annualized_consumption_by_price_2010_2023.csv': 4795 },
  'cbeci-efficiency': { 'cbeci_mining_efficiency_daily_2010_2024.csv': 5179 },
  'cbeci-miners': { 'cbeci_miners_list.csv': 90 },
  'electricity-mix-owid': { 'share-elec-by-source.csv': 7662 },
  'epoch-frontier-models': { 'frontier_ai_models_trimmed.csv': 137 },
  'epoch-ml-hardware': { 'ml_hardware.csv': 176 },
  'framing-claims': { 'framing_claims.csv': 9 },
  'epoch-notable-models': { 'notable_ai_models.csv': 1036 },
  'geo-hashrate-snapshots': { 'geo_hashrate_share_snapshots.csv': 43 },
  'llm-mmlu-reported': { 'open_models_reported_benchmarks_trimmed.csv': 133, 'flagship_models_reported_benchmarks_trimmed.csv': 47 },
  'npu-tops': { 'npu_tops_by_chip.csv': 14 },
  'pool-blocks-2016-2018': { 'miningpool_blocks_400000_546235.csv': 146148 },
  'pool-concentration-edi': {
    'edi_bitcoin_block_production_clustered.csv': 102,
    'edi_bitcoin_block_production_non_clustered_2018_2025.csv': 87,
  },
  // Wide EIA export: 4 series rows ("United States : industrial" holds the 269 monthly values);
  // Table 5.3: 57 rows below the header (section labels, 10 annual, 35 monthly, 5 YTD/rolling, 1 footnote).
  'us-electricity-price': { 'eia_avg_retail_price_monthly_2001_2023.csv': 4, 'eia_table_5_3_2014_2024.csv': 57 },
};

describe('real datasets (content/data)', () => {
  it('lists every dataset', () => {
    expect(listDatasetIds()).toEqual(Object.keys(EXPECTED_ROWS).sort());
  });

  for (const [id, files] of Object.entries(EXPECTED_ROWS)) {
    it(`${id} loads with the row counts of SOURCE.md`, () => {
      const ds = loadDataset(id);
      expect(ds.meta.id).toBe(id);
      const counts = Object.fromEntries(Object.entries(ds.tables).map(([f, rows]) => [f, rows.length]));
      expect(counts).toEqual(files);
    });
  }

  it('loadAllDatasets returns every dataset, memoised (same objects on a second call)', () => {
    const all = loadAllDatasets();
    expect(all.map((d) => d.meta.id)).toEqual(Object.keys(EXPECTED_ROWS).sort());
    expect(loadDataset('btc-hashrate')).toBe(all.find((d) => d.meta.id === 'btc-hashrate'));
  });

  it('converts types: BOM-stripped quoted header, datetime → date, H/s as number', () => {
    const rows = table('btc-hashrate', 'btc_hashrate_daily.csv');
    expect(rows[0]).toEqual({ DateTime: '2009-01-03', 'Hash Rate': 49710.26962962963 });
    expect(rows.at(-1)).toEqual({ DateTime: '2025-03-08', 'Hash Rate': 753004934520968000000 });
  });

  it('reads the header-less 3-day difficulty file with DD/MM/YYYY dates', () => {
    const rows = table('btc-difficulty', 'difficulty_blockchaincom_3day_2009_2020.csv');
    expect(rows[0]).toEqual({ date: '2009-01-03', difficulty: 1 });
    expect(rows.at(-1)).toEqual({ date: '2020-01-29', difficulty: 1.54661e13 });
  });

  it('keeps missing optional values as null and booleans as booleans', () => {
    const avg = table('btc-price-daily', 'btc_price_daily_avg_2010_2025.csv');
    expect(avg[0]).toEqual({ DateTime: '2010-07-17', Price: 0.05, 'SMA (200)': null });
    const edi = table('pool-concentration-edi', 'edi_bitcoin_block_production_clustered.csv');
    expect(edi[0]!.clustering).toBe(true);
    expect(edi.find((r) => r.date === '2020-04-04')!.nakamoto_coefficient).toBe(1); // FACTS 4.10
  });

  it('Llama 2-7B has 7e9 parameters, as Epoch now publishes it: the correction our 2025 copy needed is gone', () => {
    const rows = table('epoch-notable-models', 'notable_ai_models.csv');
    expect(rows.find((r) => r.Model === 'Llama 2-7B')!.Parameters).toBe(7_000_000_000);
    expect(rows.find((r) => r.Model === 'Llama 2-70B')!.Parameters).toBe(70_000_000_000);
    expect(loadDataset('epoch-notable-models').meta.corrections).toHaveLength(0);
  });

  it('reads the section layout of EIA Table 5.3 (header on line 3, multi-line footnote)', () => {
    const rows = table('us-electricity-price', 'eia_table_5_3_2014_2024.csv');
    expect(rows[0]).toEqual({ Period: 'Annual Totals', Residential: null, Commercial: null, Industrial: null, Transportation: null, 'All Sectors': null });
    expect(rows[1]).toEqual({ Period: '2014', Residential: 12.52, Commercial: 10.74, Industrial: 7.1, Transportation: 10.45, 'All Sectors': 10.44 });
    expect(String(rows.at(-1)!.Period)).toMatch(/^See Technical notes/);
  });

  it('table() names the files of the dataset when the file is unknown', () => {
    expect(() => table('npu-tops', 'nope.csv')).toThrow(/Dataset "npu-tops" has no file "nope.csv" \(files: npu_tops_by_chip.csv\)/);
  });
});

const FIX = 'tests/fixtures/data';
function errorOf(caseName: string, id = 'mini'): DataError {
  clearDatasetCache();
  try {
    loadDataset(id, `${FIX}/${caseName}`);
  } catch (e) {
    expect(e).toBeInstanceOf(DataError);
    return e as DataError;
  }
  throw new Error(`expected ${caseName} to fail`);
}

describe('fixtures: valid layouts', () => {
  it('loads a valid file, keeping line-spanning quoted fields', () => {
    const ds = loadDataset('mini', `${FIX}/valid`);
    expect(ds.tables['values.csv']).toEqual([
      { date: '2021-01-01', name: 'a', value: 1.5 },
      { date: '2021-01-02', name: 'two\nlines', value: 2 },
      { date: '2021-01-03', name: 'c', value: 3 },
    ]);
  });

  it('supports a preamble (headerLine 3), no header (headerLine 0, DD/MM/YYYY), BOM, booleans, months, years, integers', () => {
    const ds = loadDataset('mini', `${FIX}/layouts`);
    expect(ds.tables['preamble.csv']).toEqual([
      { Period: 'Annual', Price: null },
      { Period: '2014', Price: 7.1 },
      { Period: '2015', Price: 6.91 },
    ]);
    expect(ds.tables['noheader.csv']).toEqual([
      { day: '2009-01-03', difficulty: 1 },
      { day: '2009-01-06', difficulty: 1.54661e13 },
    ]);
    expect(ds.tables['bom.csv']).toEqual([
      { DateTime: '2009-01-03', flag: true, month: '2020-02', year: 2019, n: 7 },
      { DateTime: '2009-01-09', flag: null, month: null, year: null, n: null },
    ]);
  });

  it('applies a matching correction', () => {
    const ds = loadDataset('mini', `${FIX}/correction`);
    expect(ds.tables['values.csv']!.at(-1)).toEqual({ date: '2021-01-03', name: 'c', value: 30 });
  });
});

describe('fixtures: bad input → DataError naming file, line, column and expectation', () => {
  const file = `${FIX}/CASE/mini/values.csv`;
  const f = (c: string) => file.replace('CASE', c);

  it('malformed CSV (wrong field count)', () => {
    const e = errorOf('malformed-csv');
    expect(e.message).toContain(`${f('malformed-csv')}:3: expected 3 fields like the header, got 2 (column "value" and after are missing)`);
  });

  it('missing column', () => {
    const e = errorOf('missing-column');
    expect(e.message).toContain(`${f('missing-column')}:1: column "value" is declared in dataset.json but missing from the header`);
  });

  it('unknown column', () => {
    const e = errorOf('unknown-column');
    expect(e.message).toContain(`${f('unknown-column')}:1: unknown column "colour" (position 4): not declared in dataset.json`);
  });

  it('non-number where a number belongs (line counted across a multi-line quoted field)', () => {
    const e = errorOf('not-a-number');
    expect(e.message).toContain(`${f('not-a-number')}:5: column "value": expected a number, got "abc"`);
  });

  it('bad calendar date', () => {
    const e = errorOf('bad-date');
    expect(e.message).toContain(`${f('bad-date')}:3: column "date": expected a valid date (YYYY-MM-DD), got "2021-02-30"`);
  });

  it('duplicate key', () => {
    const e = errorOf('duplicate-key');
    expect(e.message).toContain(`${f('duplicate-key')}:4: duplicate key: column "date" = "2021-01-01" already on line 2 (expected a unique key ["date"])`);
  });

  it('value below min and missing required value', () => {
    expect(errorOf('out-of-range').message).toContain(`${f('out-of-range')}:2: column "value": expected a value ≥ 0, got "-1"`);
    expect(errorOf('missing-required').message).toContain(`${f('missing-required')}:2: column "name": expected a value (required column), got ""`);
  });

  it('bad boolean, month, year and integer are all reported (errors collected, not only the first)', () => {
    const e = errorOf('bad-integer');
    const at = `${FIX}/bad-integer/mini/bom.csv:2: column`;
    expect(e.problems).toEqual([
      `${at} "flag": expected a boolean (True or False), got "maybe"`,
      `${at} "month": expected a month (YYYY-MM), got "2020-13"`,
      `${at} "year": expected a year (YYYY), got "19"`,
      `${at} "n": expected an integer, got "7.5"`,
    ]);
  });

  it('missing metadata fields', () => {
    const e = errorOf('missing-meta-field');
    const json = `${FIX}/missing-meta-field/mini/dataset.json`;
    expect(e.message).toContain(`${json}: field "licence.attribution": required field is missing (expected string, received undefined)`);
    expect(e.message).toContain(`${json}: field "retrieved": required field is missing (expected string, received undefined)`);
  });

  it('missing column type in metadata', () => {
    const e = errorOf('missing-column-type');
    expect(e.message).toContain(`${FIX}/missing-column-type/mini/dataset.json: field "files.0.columns.2.type":`);
  });

  it('id different from the folder name', () => {
    expect(errorOf('wrong-id').message).toContain(`${FIX}/wrong-id/mini/dataset.json: field "id": expected "mini" (the folder name), got "other"`);
  });

  it('unknown dataset id', () => {
    const e = errorOf('valid', 'foo');
    expect(e.message).toBe(`Unknown dataset "foo": no folder ${FIX}/valid/foo (known: mini)`);
    clearDatasetCache();
    expect(() => loadDataset('foo')).toThrow(/^Unknown dataset "foo": no folder content\/data\/foo \(known: asic-specs, btc-difficulty, /);
  });

  it('stale correction (from value no longer in the file)', () => {
    const e = errorOf('stale-correction');
    expect(e.message).toContain(
      `${f('stale-correction')}:5: column "value": stale correction for row {"date":"2021-01-03"}: expected "30" (the "from" value in dataset.json), got "3"`,
    );
  });

  it('stale correction (row no longer in the file)', () => {
    const e = errorOf('stale-correction-row');
    expect(e.message).toContain(`${f('stale-correction-row')}: correction for row {"date":"2021-01-09"}, column "value": expected exactly one matching row, found 0`);
  });

  it('a file that is not UTF-8 (a Latin-1 "é" on line 3)', () => {
    expect(errorOf('not-utf8').message).toContain(`${f('not-utf8')}:3: the file is not UTF-8 text`);
  });

  it('a file with a header and no rows', () => {
    expect(errorOf('no-rows').message).toContain(`${f('no-rows')}: the file has no data rows (expected at least one row under the header)`);
  });

  it('rows out of time order: oldest first by default, newest first when declared, "as published" only with a reason', () => {
    expect(errorOf('out-of-order').message).toContain(
      `${f('out-of-order')}:4: rows out of order: column "date" is "2021-01-02", after "2021-01-03" on line 3 (expected rows sorted by date, oldest first; "order" in dataset.json)`,
    );
    expect(errorOf('newest-first').message).toContain(
      `${f('newest-first')}:4: rows out of order: column "date" is "2021-01-04", after "2021-01-02" on line 3 (expected rows sorted by date, newest first;`,
    );
    expect(errorOf('as-published-no-note').message).toContain(
      `${FIX}/as-published-no-note/mini/dataset.json: field "files.0.orderNote": give orderNote (why) exactly when order is "as published"`,
    );
  });

  it('CSV file in the folder that dataset.json does not declare, and declared file missing', () => {
    expect(errorOf('undeclared-file').message).toContain(`${FIX}/undeclared-file/mini/extra.csv: file is not declared in ${FIX}/undeclared-file/mini/dataset.json`);
    expect(errorOf('missing-file').message).toContain(`${f('missing-file')}: file declared in dataset.json but not found in the folder`);
  });
});
