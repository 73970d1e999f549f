/**
 * "Cite this" texts (APA and BibTeX) for charts and pieces, formatted by citation-js with the CSL APA style.
 * No access date: it would change every build, and the output must be reproducible.
 */
import { createHash } from 'node:crypto';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import { SITE } from '../site.ts';
import { inputsHash, readCachedJson, writeCached } from './renderCache.ts';

export interface Citation { apa: string; bibtex: string }

export interface CiteInput {
  id: string;
  title: string;
  url: string;
  /** YYYY-MM-DD */
  issued: string;
  /** As in frontmatter: "Family, Given" for a person, the name for an organisation (see parseAuthor). */
  authors?: string[];
  type?: 'webpage' | 'article';
  /** The language of the cited work when it is not English (BibTeX `language`, CSL `language`). */
  lang?: string;
}

const dateParts = (iso: string) => ({ 'date-parts': [iso.split('-').map(Number)] });

/**
 * An author as written in frontmatter: a person as "Family, Given" ("Lovelace, Ada", cited "Lovelace, A."), anything
 * without a comma as an organisation, cited whole ("Opposite Directions team"). The comma is the only sure sign: a
 * name like "Grand View Research" cannot be told from a person's by its words.
 */
export type Author = { family: string; given: string } | { literal: string };
export function parseAuthor(name: string): Author {
  const m = /^([^,]+),([^,]+)$/.exec(name);
  return m ? { family: m[1]!.trim(), given: m[2]!.trim() } : { literal: name.trim() };
}
/** The name as a reader reads it in a byline: "Ada Lovelace", "Opposite Directions team". */
export function bylineName(name: string): string {
  const a = parseAuthor(name);
  return 'literal' in a ? a.literal : `${a.given} ${a.family}`;
}

/** BibTeX's language field (citation-js leaves CSL's language out of @misc): "language = {spanish}". */
const BIBTEX_LANGUAGE: Record<string, string> = { es: 'spanish' };
const withLanguage = (bibtex: string, lang: string | undefined) =>
  lang && BIBTEX_LANGUAGE[lang] ? bibtex.replace(/\n\}$/, `\n  language = {${BIBTEX_LANGUAGE[lang]}},\n}`) : bibtex;

/**
 * citation-js carries CSL's English locale only (others would be fetched from the web, which the build never does), so a
 * Spanish work's APA date is rewritten as the Spanish APA writes it: "(2026, December 6)" becomes "(2026, 6 de diciembre)".
 */
function apaDate(apa: string, lang: string | undefined, issued: string): string {
  if (lang !== 'es') return apa;
  const [y, m, d] = issued.split('-').map(Number);
  const month = new Intl.DateTimeFormat('es', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y!, m! - 1, d)));
  return apa.replace(/\((\d{4}), [A-Z][a-z]+ (\d{1,2})\)/, (_, year, day) => `(${year}, ${day} de ${month})`);
}

function format(input: CiteInput): Citation {
  const c = new Cite({
    id: input.id,
    type: input.type === 'article' ? 'article-journal' : 'webpage',
    title: input.title,
    author: (input.authors ?? [SITE.author]).map(parseAuthor),
    'container-title': SITE.name,
    issued: dateParts(input.issued),
    URL: input.url,
    ...(input.lang ? { language: input.lang } : {}),
  });
  return {
    apa: apaDate(c.format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }).trim(), input.lang, input.issued),
    // citation-js writes the day into the month ("month = {nov 25}"), which BibTeX rejects: keep the month macro.
    // Two-space indents instead of tabs, so the entry wraps less on a phone.
    bibtex: withLanguage(c.format('bibtex', { format: 'text' }).trim().replace(/month = \{([a-z]{3}) \d+\}/, 'month = $1').replace(/\t/g, '  '), input.lang),
  };
}

/**
 * citeproc takes 10 to 60 ms a citation, and a build formats one per chart page and piece: in a production build each
 * is kept in the render cache (src/lib/renderCache.ts) by its input and everything else that decides its text
 * (this file, read from the project folder like the raster worker; the site's name and author; the versions of
 * citation-js and citeproc), so a rebuild formats only new or changed ones.
 */
const INPUTS = () => inputsHash(['src/lib/cite.ts'], ['@citation-js/core', '@citation-js/plugin-csl', '@citation-js/plugin-bibtex', 'citeproc'])
  .update(JSON.stringify([SITE.name, SITE.author]))
  // The Spanish month names come from Node's ICU data.
  .update(process.versions.icu ?? '');
let inputs: string | undefined;

/** The render-cache key (a JSON entry) of the citation of `input`. */
export function citeKey(input: CiteInput): string {
  inputs ??= INPUTS().digest('hex');
  return createHash('sha256').update(inputs).update(JSON.stringify(input)).digest('hex');
}

export function cite(input: CiteInput, cached = import.meta.env?.PROD === true): Citation {
  if (!cached) return format(input);
  const key = citeKey(input);
  const hit = readCachedJson(key, 'json') as Partial<Citation> | undefined;
  if (typeof hit?.apa === 'string' && typeof hit.bibtex === 'string') return hit as Citation;
  const citation = format(input);
  writeCached(key, 'json', JSON.stringify(citation));
  return citation;
}
