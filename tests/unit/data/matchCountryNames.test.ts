import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { ATLAS_ALIASES, matchCountryNames } from '../../../src/data/matchCountryNames.ts';
import { table } from '../../../src/datasets/table.ts';

describe('matchCountryNames', () => {
  const atlas = ['China', 'United States of America', 'Russia', 'Paraguay'];

  it('matches exact names and listed aliases', () => {
    const { matched, unmatched } = matchCountryNames(['China', 'United States', 'Paraguay'], atlas);
    expect([...matched]).toEqual([['China', 'China'], ['United States', 'United States of America'], ['Paraguay', 'Paraguay']]);
    expect(unmatched).toEqual([]);
  });

  it('reports names it cannot match instead of dropping them, and never matches loosely', () => {
    const { matched, unmatched } = matchCountryNames(['china', 'Russian Federation', 'Russia', 'Atlantis'], atlas);
    expect([...matched.keys()]).toEqual(['Russia']);
    expect(unmatched).toEqual(['china', 'Russian Federation', 'Atlantis']);
  });

  it('reports a duplicate once and uses the aliases it is given', () => {
    expect(matchCountryNames(['USA', 'USA'], atlas, { USA: 'United States of America' }).matched.get('USA')).toBe('United States of America');
    expect(matchCountryNames(['USA', 'USA'], atlas, {}).unmatched).toEqual(['USA']);
  });

  it('an alias that points at a missing shape is unmatched', () => {
    expect(matchCountryNames(['United States'], ['China'], ATLAS_ALIASES).unmatched).toEqual(['United States']);
  });

  it('every country in the hashrate snapshots has a shape in world-atlas countries-110m', () => {
    const require = createRequire(import.meta.url);
    const world = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'));
    const names = world.objects.countries.geometries.map((g: { properties: { name: string } }) => g.properties.name);
    const countries = table('geo-hashrate-snapshots', 'geo_hashrate_share_snapshots.csv').map((r) => String(r.country));
    expect(matchCountryNames(countries, names).unmatched).toEqual([]);
  });
});
