/**
 * Spellings in our datasets that the world-atlas (Natural Earth, 1:110m) file writes differently.
 * Only names we have needed are listed; a new one must be added here on purpose, never guessed at run time.
 */
export const ATLAS_ALIASES: Readonly<Record<string, string>> = {
  'United States': 'United States of America',
};

export interface CountryMatch {
  /** Dataset name → the atlas name it is drawn as (the same name when both spell it alike). */
  matched: Map<string, string>;
  /** Dataset names with no shape in the atlas, in the order given (a chart must handle or refuse these). */
  unmatched: string[];
}

/**
 * Match country names from a dataset to the names of an atlas's shapes: exactly, or through an explicit alias.
 * Nothing is matched loosely (no case folding or fuzzy search), so a misspelt or missing country is reported in
 * `unmatched` instead of silently disappearing from a map. Duplicate input names are reported once.
 */
export function matchCountryNames(
  names: readonly string[],
  atlasNames: Iterable<string>,
  aliases: Readonly<Record<string, string>> = ATLAS_ALIASES,
): CountryMatch {
  const atlas = new Set(atlasNames);
  const matched = new Map<string, string>();
  const unmatched: string[] = [];
  for (const name of new Set(names)) {
    const target = Object.hasOwn(aliases, name) ? aliases[name]! : name;
    if (atlas.has(target)) matched.set(name, target);
    else unmatched.push(name);
  }
  return { matched, unmatched };
}
