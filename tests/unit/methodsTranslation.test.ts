import { describe, expect, it } from 'vitest';
import { METHODS_FORMATS } from '../../src/methods/format.ts';
import { contents, methodsDrift } from '../../src/methods/sections.ts';

describe('the methods page in Spanish', () => {
  it('follows the English page and every section file as they are now, with the same evidence', () => {
    expect(methodsDrift('es')).toEqual({ behind: [], mismatched: [] });
  });

  it('has the same sections, with the same anchors, in the same order', async () => {
    const [en, es] = await Promise.all([contents('en'), contents('es')]);
    expect(es.map(([id]) => id)).toEqual(en.map(([id]) => id));
    es.forEach(([, title], i) => expect(title, en[i]![0]).not.toBe(en[i]![1]));
  });

  it('writes its computed numbers and dates the Spanish way, the English page as before', () => {
    const { es, en } = METHODS_FORMATS;
    expect([es.fmt(1234.56), es.fmt(0.05, 2), es.int(2016), es.num(3.125), es.num(70), es.usd(39235.26)]).toEqual(['1.234,6', '0,05', '2.016', '3,125', '70', 'US$\u00a039.235']);
    expect([en.fmt(1234.56), en.fmt(0.05, 2), en.int(2016), en.num(3.125), en.usd(39235.26)]).toEqual(['1,234.6', '0.05', '2,016', '3.125', '$39,235']);
    expect(es.longDate('2024-09-20')).toBe('20 de septiembre de 2024');
    expect(en.longDate('2024-09-20')).toBe('20 September 2024');
    expect([es.aboveBelow(-2.14), es.aboveBelow(0.5)]).toEqual(['2,1 % por debajo', '0,5 % por encima']);
    expect(es.gapText({ after: '2024-08-11', before: '2024-08-27', missingDays: 15 })).toBe('del 2024-08-12 al 2024-08-26 (15 días)');
    expect(en.gapText({ after: '2021-10-25', before: '2021-10-27', missingDays: 1 })).toBe('2021-10-26');
    expect(es.plural(1, 'día', 'días')).toBe('1 día');
  });
});
