/**
 * Every number that prose can cite with <Num id="..." />, collected from src/numbers/*.ts
 * (one file per piece or topic, each exporting a record of NumberDefs).
 */
import type { NumberDef, NumberTranslation } from './types.ts';
import { loadDataset } from '../datasets/load.ts';
import type { Lang } from '../i18n/lang.ts';

const modules = import.meta.glob<{ default: Record<string, NumberDef> }>('./*.ts', { eager: true });

const all = new Map<string, { def: NumberDef; file: string }>();
for (const [path, mod] of Object.entries(modules)) {
  if (/\/(types|registry)\.ts$/.test(path)) continue;
  const file = `src/numbers/${path.split('/').pop()}`;
  for (const [id, def] of Object.entries(mod.default ?? {})) {
    const other = all.get(id);
    if (other) throw new Error(`${file}: number "${id}" is already defined in ${other.file}`);
    all.set(id, { def, file });
  }
}

export const numberIds = (): string[] => [...all.keys()].sort();

// Translations: src/numbers/<lang>/<file>.ts gives, for each number of src/numbers/<file>.ts that a translated piece
// uses, how it reads and what it is in that language.
const es = import.meta.glob<{ default: Record<string, NumberTranslation> }>('./es/*.ts', { eager: true });
const translations: Record<Exclude<Lang, 'en'>, Map<string, NumberTranslation>> = {
  es: new Map(Object.values(es).flatMap((m) => Object.entries(m.default))),
};

type Shown = { text: string; value: number | string; note: string; datasets: string[] };
const cache = new Map<string, Shown>();

/** The formatted number, or a build error naming the page and listing close ids; in another language, its translation. */
export function getNumber(id: string, usedIn?: string, lang: Lang = 'en'): Shown {
  if (lang !== 'en') {
    const n = getNumber(id, usedIn);
    const tr = translations[lang].get(id);
    if (!tr) throw new Error(`${all.get(id)!.file.replace('src/numbers/', `src/numbers/${lang}/`)}: no ${lang} text for number "${id}"${usedIn ? ` (used in ${usedIn})` : ''}: add { format, note } for it`);
    return { ...n, text: tr.format(n.value), note: tr.note };
  }
  const hit = cache.get(id);
  if (hit) return hit;
  const entry = all.get(id);
  if (!entry) {
    const near = numberIds().filter((k) => k.split('-')[0] === id.split('-')[0]).slice(0, 8);
    throw new Error(`Unknown number "${id}"${usedIn ? ` in ${usedIn}` : ''}.${near.length ? ` Did you mean: ${near.join(', ')}?` : ''} Numbers are defined in src/numbers/*.ts.`);
  }
  const { def, file } = entry;
  for (const d of def.datasets) loadDataset(d); // unknown dataset -> DataError naming it
  const value = def.value();
  if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`${file}: number "${id}" computed ${value}`);
  const out = { text: def.format(value), value, note: def.note, datasets: def.datasets };
  cache.set(id, out);
  return out;
}
