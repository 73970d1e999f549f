/**
 * The methods page's table of contents: its own sections (content/methods.mdx) and one section per file in
 * content/methods/*.md (by file name, each under its own heading, anchor = file name), rendered once per build and
 * language. The Spanish page (content/es/methods.mdx) has the same sections with the same anchors, its files in
 * content/es/methods/ with the same names, each recording the version of its original it follows (src/i18n/drift.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { renderMarkdownSection } from '../publish/markdown.ts';
import { splitFrontmatter } from '../markdown/frontmatter.ts';
import { fileDrift, type DriftProblem } from '../i18n/drift.ts';
import type { Lang } from '../i18n/lang.ts';

/** The sections written in the page itself, in order: [anchor, title]. */
const TITLES: Record<Lang, { before: [string, string][]; after: [string, string][] }> = {
  en: {
    before: [
      ['hashrate', 'Hashrate and its 7- and 30-day means'],
      ['efficiency', 'Network efficiency'],
      ['concentration', 'Pool shares, HHI and the Nakamoto coefficient'],
      ['smallest-model', 'The smallest model reaching an MMLU score'],
      ['growth', 'Growth: in total and a year'],
      ['subsidy', 'Block subsidy and the electricity per coin'],
      ['memory', 'The memory a model needs'],
    ],
    after: [
      ['derived', 'Every derived series'],
      ['caveats', 'Caveats that apply across the site'],
      ['faults', 'Known faults in the data, and what we did'],
    ],
  },
  es: {
    before: [
      ['hashrate', 'La tasa de hash y sus medias de 7 y 30 días'],
      ['efficiency', 'La eficiencia de la red'],
      ['concentration', 'Porciones de los pools, HHI y coeficiente de Nakamoto'],
      ['smallest-model', 'El modelo más pequeño que alcanza un resultado en MMLU'],
      ['growth', 'Crecimiento: total y anual'],
      ['subsidy', 'El subsidio por bloque y la electricidad por moneda'],
      ['memory', 'La memoria que necesita un modelo'],
    ],
    after: [
      ['derived', 'Todas las series derivadas'],
      ['caveats', 'Advertencias que valen para todo el sitio'],
      ['faults', 'Fallas conocidas en los datos, y qué hicimos'],
    ],
  },
};
const TAKEN = new Set(['contents', 'more', ...TITLES.en.before.map(([id]) => id), ...TITLES.en.after.map(([id]) => id)]);
const DIR: Record<Lang, string> = { en: 'content/methods', es: 'content/es/methods' };
/** The page's own text in each language. */
export const METHODS_PAGE: Record<Lang, string> = { en: 'content/methods.mdx', es: 'content/es/methods.mdx' };

export interface MethodSection { id: string; title: string; html: string }

const files = (lang: Lang) => readdirSync(DIR[lang]).filter((f) => f.endsWith('.md')).sort();
const rendered: Partial<Record<Lang, Promise<MethodSection[]>>> = {};

/** Every methods section file, rendered; a file name that is not a valid anchor, or one already taken, fails the build,
 * and so does a translation without its original or an original without its translation. */
export function methodSections(lang: Lang = 'en'): Promise<MethodSection[]> {
  rendered[lang] ??= (() => {
    if (lang !== 'en') {
      const [en, tr] = [files('en'), files(lang)];
      for (const f of en) if (!tr.includes(f)) throw new Error(`${DIR[lang]}/${f}: missing: every section of the methods page (${DIR.en}/${f}) needs its translation`);
      for (const f of tr) if (!en.includes(f)) throw new Error(`${DIR[lang]}/${f}: no original ${DIR.en}/${f} to translate (a translation has its original's file name)`);
    }
    return Promise.all(
      files(lang).map(async (f) => {
        const id = f.replace(/\.md$/, '');
        if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) throw new Error(`${DIR[lang]}/${f}: name the file with lower-case words joined by hyphens (it becomes the anchor)`);
        if (TAKEN.has(id)) throw new Error(`${DIR[lang]}/${f}: the anchor #${id} is taken by a section of the methods page; rename the file`);
        const { body } = splitFrontmatter(readFileSync(`${DIR[lang]}/${f}`, 'utf8'));
        const { title, html } = await renderMarkdownSection(body, id);
        return { id, title: title ?? id.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase()), html };
      }),
    );
  })();
  return rendered[lang]!;
}

/** [anchor, title] of every section of the page, in order. */
export async function contents(lang: Lang = 'en'): Promise<[string, string][]> {
  return [...TITLES[lang].before, ...(await methodSections(lang)).map((s): [string, string] => [s.id, s.title]), ...TITLES[lang].after];
}

/** How far a translation of the methods page (its own text and each section file) has drifted from the English. */
export function methodsDrift(lang: Exclude<Lang, 'en'>): { behind: DriftProblem[]; mismatched: DriftProblem[] } {
  const pairs: [string, string][] = [[METHODS_PAGE.en, METHODS_PAGE[lang]], ...files('en').map((f): [string, string] => [`${DIR.en}/${f}`, `${DIR[lang]}/${f}`])];
  const out = { behind: [] as DriftProblem[], mismatched: [] as DriftProblem[] };
  for (const [original, translation] of pairs) {
    if (!existsSync(translation)) continue; // reported by methodSections
    const follows = splitFrontmatter(readFileSync(translation, 'utf8')).text.match(/^follows:\s*"?([0-9a-f]+)"?\s*$/m)?.[1];
    const d = fileDrift(original, translation, follows);
    out.behind.push(...d.behind);
    out.mismatched.push(...d.mismatched);
  }
  return out;
}
