import type { Control } from './types.ts';

/** "Drawn with: electricity price $0.050/kWh; …." — the assumptions under a calculator, at build time and after each
 * change; another language gives its own first words ("Calculado con"). */
export function paramsLine(controls: Control[], params: Record<string, number | string>, drawnWith = 'Drawn with'): string {
  const show = (c: Control) => (c.format ? c.format(params[c.name]) : String(params[c.name]));
  const applies = controls.filter((c) => !c.shownIf || c.shownIf(params));
  return `${drawnWith}: ${applies.map((c) => `${c.label.toLowerCase()} ${show(c)}`).join('; ')}.`;
}
