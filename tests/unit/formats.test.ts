import { describe, expect, it } from 'vitest';
import { fmt, utc } from '../../src/charts/defaults.ts';
import { fmt as es } from '../../src/charts/formatsEs.ts';

describe('number and date formats, English (src/charts/defaults.ts)', () => {
  it('group thousands with commas and use a point for decimals', () => {
    expect(fmt.int(1234567)).toBe('1,234,567');
    expect(fmt.num1(1234.5)).toBe('1,234.5');
    expect(fmt.num2(0.125)).toBe('0.13');
    expect(fmt.sig3(95505.4)).toBe('95,500');
    expect(fmt.pct(17.64)).toBe('17.6 %');
    expect(fmt.usd(95505)).toBe('$95,505');
    expect(fmt.sci(4.3e26)).toBe('4.3 × 10²⁶');
    expect(fmt.hash(0.0497)).toBe('49.7 PH/s');
  });
  it('write dates in UTC as "5 Dec 2026"', () => {
    expect(fmt.date(utc('2026-12-05'))).toBe('5 Dec 2026');
    expect(fmt.month(utc('2026-12'))).toBe('Dec 2026');
    expect(fmt.year(utc('2026'))).toBe('2026');
  });
  it('put "the" before country names that take it', () => {
    expect(fmt.country('United States')).toBe('the United States');
    expect(fmt.country('China')).toBe('China');
  });
});

describe('number and date formats, Spanish (src/charts/formatsEs.ts)', () => {
  it('group thousands with points and use a comma for decimals', () => {
    expect(es.int(1234567)).toBe('1.234.567');
    expect(es.int(1234)).toBe('1.234');
    expect(es.num1(1234.5)).toBe('1.234,5');
    expect(es.num2(0.125)).toBe('0,13');
    expect(es.sig3(95505.4)).toBe('95.500');
    expect(es.pct(17.64)).toBe('17,6 %');
    expect(es.sci(4.3e26)).toBe('4,3 × 10²⁶');
    expect(es.hash(0.0497)).toBe('49,7 PH/s');
  });
  it('write dollar amounts as US dollars, never a bare "$" (pesos in much of Latin America)', () => {
    expect(es.usd(95505)).toBe('US$\u00a095.505');
  });
  it('write large numbers on the long scale: "mil millones" for a billion, "billones" for a trillion', () => {
    expect(es.words(1.234e9)).toBe('1,23 mil millones');
    expect(es.words(1e6)).toBe('1 millón');
    expect(es.words(3.4e6)).toBe('3,4 millones');
    expect(es.words(2.5e12)).toBe('2,5 billones');
    expect(es.words(1e12)).toBe('1 billón');
    expect(es.words(950)).toBe('950');
  });
  it('write dates in UTC as "5 de diciembre de 2026"', () => {
    expect(es.date(utc('2026-12-05'))).toBe('5 de diciembre de 2026');
    expect(es.month(utc('2026-01'))).toBe('enero de 2026');
    // The last minute of a UTC day is still that day, wherever the build runs.
    expect(es.date(new Date(Date.UTC(2026, 11, 5, 23, 59)))).toBe('5 de diciembre de 2026');
  });
  it('name countries in Spanish, as the datasets spell them in English', () => {
    expect(es.country('United States')).toBe('Estados Unidos');
    expect(es.country('UAE')).toBe('Emiratos Árabes Unidos');
    expect(es.country('Paraguay')).toBe('Paraguay');
    expect(es.country('Kazakhstan')).toBe('Kazajistán');
    expect(es.country('Ethiopia')).toBe('Etiopía');
    expect(es.country('Other')).toBe('Other'); // not a country: left for the chart's own strings
  });
});
