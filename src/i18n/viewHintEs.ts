import type { Control } from '../charts/types.ts';

/** The Explore hint in Spanish, from a chart's (already Spanish) controls: "Puedes cambiar: años y escala. …". A list
 * rather than a sentence built from the labels, which would need each one's gender. The Spanish of viewHint in
 * src/charts/view.ts. */
export function viewHintEs(controls: Control[]): string {
  const parts: string[] = [];
  for (const c of controls) {
    if (c.name === 'to') continue; // one range, said once
    if (c.name === 'from') parts.push(c.label === 'Desde' ? 'años' : 'rango');
    else parts.push(c.label.replace(/\s*\(.*\)$/, '').toLowerCase());
  }
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} y ${parts.at(-1)}` : parts[0] ?? 'vista';
  return `Puedes cambiar: ${list}. El enlace conserva tu vista.`;
}
