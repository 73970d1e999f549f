/**
 * "Cite this" texts (APA and BibTeX) for charts and pieces, formatted by citation-js with the CSL APA style.
 * No access date: it would change every build, and the output must be reproducible.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import { SITE } from '../site.ts';

export interface Citation { apa: string; bibtex: string }

export interface CiteInput {
  id: string;
  title: string;
  url: string;
  /** YYYY-MM-DD */
  issued: string;
  authors?: string[];
  type?: 'webpage' | 'article';
}

const dateParts = (iso: string) => ({ 'date-parts': [iso.split('-').map(Number)] });

export function cite(input: CiteInput): Citation {
  const c = new Cite({
    id: input.id,
    type: input.type === 'article' ? 'article-journal' : 'webpage',
    title: input.title,
    author: (input.authors ?? [SITE.author]).map((a) => ({ literal: a })),
    'container-title': SITE.name,
    issued: dateParts(input.issued),
    URL: input.url,
  });
  return {
    apa: c.format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }).trim(),
    // citation-js writes the day into the month ("month = {nov 25}"), which BibTeX rejects: keep the month macro.
    // Two-space indents instead of tabs, so the entry wraps less on a phone.
    bibtex: c.format('bibtex', { format: 'text' }).trim().replace(/month = \{([a-z]{3}) \d+\}/, 'month = $1').replace(/\t/g, '  '),
  };
}
