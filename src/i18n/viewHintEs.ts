import type { Control } from '../charts/types.ts';

/** The Explore hint in Spanish, from a chart's (already Spanish) controls: "Cambia los años o la escala que se muestran…".
 * The Spanish of viewHint in src/charts/view.ts. */
export function viewHintEs(controls: Control[]): string {
  const parts: string[] = [];
  for (const c of controls) {
    if (c.name === 'to') continue; // one range, said once
    if (c.name === 'from') parts.push(c.label === 'Desde' ? 'los años' : 'el rango');
    else if (c.kind === 'checks') parts.push(`qué ${c.label.replace(/\s*\(.*\)$/, '').toLowerCase()}`);
    else parts.push(`la ${c.label.toLowerCase()}`);
  }
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} o ${parts.at(-1)}` : parts[0] ?? 'la vista';
  return `Cambia ${list} que se muestran; el enlace conserva tu vista.`;
}
