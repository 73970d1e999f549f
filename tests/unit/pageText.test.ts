import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { parseAst } from 'vite';
import { PAGE_FIELDS, pageTextOf, translationWithoutPageText, withoutPageText } from '../../src/charts/pageText.ts';
import { getChart } from '../../src/charts/registry.ts';

const ids = readdirSync('src/charts/defs').filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3));
const defSource = (id: string) => readFileSync(`src/charts/defs/${id}.ts`, 'utf8');
const esSource = (id: string) => readFileSync(`src/charts/es/${id}.ts`, 'utf8');
/** The keys of a translation's `strings`, read back from (transformed) source. */
function stringKeys(code: string): string[] {
  const body = parseAst(code, { lang: 'ts' }).body as any[];
  const obj = body.find((n) => n.type === 'ExportDefaultDeclaration').declaration.arguments[0];
  return obj.properties.find((p: any) => (p.key.name ?? p.key.value) === 'strings').value.properties.map((p: any) => p.key.name ?? p.key.value);
}

describe('page text left out of the browser chart files (src/charts/pageText.ts)', () => {
  it.each(ids)('%s: the chart file loses its four page fields and nothing else', (id) => {
    const def = getChart(id);
    const code = defSource(id);
    const found = pageTextOf(code);
    // Every literal field is found, with the text the chart has.
    for (const text of found) expect(PAGE_FIELDS.map((f) => def[f])).toContain(text);
    expect(found.length).toBeGreaterThanOrEqual(2); // at least the title and alt are always literals
    const out = withoutPageText(code);
    expect(pageTextOf(out).every((t) => t === '')).toBe(true);
    // Only the four values changed: the rest of the file is byte for byte the same.
    expect(out.replace(/(\n {2}(?:title|subtitle|alt|caption):\s*)""/g, '$1')).toBe(code.replace(/(\n {2}(?:title|subtitle|alt|caption):\s*)(['`"])(?:\\.|(?!\2)[^\\])*\2/g, '$1'));
  });

  it.each(ids)('%s: the Spanish strings lose exactly the page text', (id) => {
    const english = pageTextOf(defSource(id));
    const code = esSource(id);
    const before = stringKeys(code);
    const after = stringKeys(translationWithoutPageText(code, english));
    expect(after).toEqual(before.filter((k) => !english.includes(k)));
    expect(before.length - after.length).toBe(english.filter((t) => before.includes(t)).length);
    expect(after.length).toBeLessThan(before.length);
  });
});
