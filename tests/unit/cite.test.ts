import { describe, expect, it } from 'vitest';
import { bylineName, cite } from '../../src/lib/cite.ts';

describe('cite', () => {
  const c = cite({ id: 'piece-x', title: 'Who finds the blocks?', url: 'https://example.org/articles/x/', issued: '2026-11-25', authors: ['Opposite Directions team'] });

  it('writes APA with the date, title, site and address', () => {
    expect(c.apa).toBe('Opposite Directions team. (2026, November 25). Who finds the blocks? Opposite Directions. https://example.org/articles/x/');
  });

  it('writes BibTeX that BibTeX accepts: a month macro, no day inside it', () => {
    expect(c.bibtex).toMatch(/^@misc\{/);
    expect(c.bibtex).toContain('year = {2026}');
    expect(c.bibtex).toMatch(/month = nov,?\n/);
    expect(c.bibtex).not.toMatch(/month = \{/);
    expect(c.bibtex).not.toContain('\t');
  });

  it('cites people as people and organisations as organisations', () => {
    const two = cite({ id: 'p', title: 'T', url: 'https://example.org/t/', issued: '2026-12-06', authors: ['Lovelace, Ada', 'Opposite Directions team'] });
    expect(two.apa).toMatch(/^Lovelace, A\.,? & Opposite Directions team\. \(2026, December 6\)/);
    expect(two.bibtex).toContain('author = {Lovelace, Ada and {Opposite Directions team}}');
    expect(bylineName('Lovelace, Ada')).toBe('Ada Lovelace');
    expect(bylineName('Opposite Directions team')).toBe('Opposite Directions team');
  });

  it('dates a Spanish work as the Spanish APA does, and marks its language in BibTeX', () => {
    const es = cite({ id: 'e', title: 'El costo de una moneda', url: 'https://example.org/es/t/', issued: '2026-12-06', authors: ['Equipo de Opposite Directions'], lang: 'es' });
    expect(es.apa).toBe('Equipo de Opposite Directions. (2026, 6 de diciembre). El costo de una moneda. Opposite Directions. https://example.org/es/t/');
    expect(es.bibtex).toContain('language = {spanish}');
  });
});
