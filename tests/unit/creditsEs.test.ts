import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { credits } from '../../src/charts/credits.ts';

const datasets = readdirSync('content/data', { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);

describe('credits on Spanish pages', () => {
  it('give the dataset’s title and name the source and the licence in Spanish, keeping the links', () => {
    const [en] = credits(['us-electricity-price'], 'a test');
    const [es] = credits(['us-electricity-price'], 'a test', 'es');
    expect(es!.title).toMatch(/^Precios minoristas medios de la electricidad/);
    expect(es!.source.name).toMatch(/Administración de Información Energética/);
    expect(es!.licence.name).toMatch(/^Dominio público/);
    expect(es!.source.url).toBe(en!.source.url);
    expect(es!.licence.attribution).toBe(en!.licence.attribution);
  });

  it('exist for every dataset, since every chart has a Spanish edition', () => {
    for (const id of datasets) expect(() => credits([id], 'a test', 'es'), id).not.toThrow();
  });
});
