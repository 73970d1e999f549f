import { describe, expect, it } from 'vitest';
import { downloadableSeries } from '../../src/series/registry.ts';

describe('derived series in Spanish (es in each src/series/<id>.ts)', () => {
  it.each(downloadableSeries().map((s) => [s.id, s] as const))('%s: title, description and every column meaning, none left over', (_, s) => {
    expect(s.es, `src/series/${s.id}.ts has no es`).toBeDefined();
    expect(s.es!.title).not.toBe(s.title);
    expect(s.es!.description).not.toBe(s.description);
    const meanings = new Set(s.columns.map((c) => c.description));
    expect([...meanings].filter((m) => !(m in s.es!.columns)), 'meanings without Spanish').toEqual([]);
    expect(Object.keys(s.es!.columns).filter((m) => !meanings.has(m)), 'Spanish for meanings the series no longer has').toEqual([]);
  });
});
