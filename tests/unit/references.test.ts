import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import { BIBLIOGRAPHY } from '../../src/markdown/citations.ts';

// The reference lists are APA, formatted from content/references.bib as the pieces render them (rehype-citation uses
// citation-js with the same style). A BibTeX entry type must never leak into the text as a genre ("Techreport").
describe('references in APA', () => {
  const apa = new Cite(readFileSync(BIBLIOGRAPHY, 'utf8')).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' });
  it('formats every entry', () => {
    const entries = (readFileSync(BIBLIOGRAPHY, 'utf8').match(/^@\w+\{/gm) ?? []).length;
    expect(entries).toBeGreaterThan(0);
    expect(apa.trim().split('\n').length).toBe(entries);
  });
  it('shows no raw BibTeX entry type as a genre', () => {
    expect(apa).not.toMatch(/\((Techreport|Misc|Online|Dataset|Report)\b/i);
  });
});
