/**
 * What a Spanish page's browser needs to explore a chart in Spanish: the chart's translation (one chunk per chart),
 * the Spanish formats and Explore's own words. Loaded by src/charts/explore.ts only on pages in Spanish, so English
 * pages never download any of it.
 */
import { localize, lookup, type ChartTranslation } from '../translation.ts';
import { fmt } from '../formatsEs.ts';
import common from './_common.ts';
import type { ChartDef } from '../types.ts';
import type { ExploreText } from '../exploreText.ts';

const translations = import.meta.glob<{ default: ChartTranslation }>(['./*.ts', '!./_*.ts']);

/** The chart speaking Spanish, as the build drew it on this page. */
export async function localized(def: ChartDef): Promise<ChartDef> {
  const load = translations[`./${def.id}.ts`];
  if (!load) throw new Error(`no Spanish strings for chart "${def.id}"`);
  const tr = (await load()).default;
  return localize(def, { lang: 'es', fmt, t: lookup('es', def.id, tr.strings, common) }, tr);
}

export const text: ExploreText = {
  reset: 'Restablecer',
  asTable: 'Ver como tabla',
  changeView: (title) => `Cambiar la vista de: ${title}`,
  refused: (list) => `Este enlace pedía una vista que el gráfico no tiene (${list}); se muestra la vista predeterminada.`,
  nothing: 'Nada en los datos coincide con esta vista; elige un rango más amplio o más grupos.',
  view: (parts) => `Vista: ${parts}.`,
  tableSummary: (shown, all) => `Tabla de datos${shown < all ? ` (${shown} de ${all} filas)` : ` (${all} filas)`}`,
  sample: (n) => `Se muestra una muestra pareja de las filas; esta vista tiene ${n}.`,
  drawnWith: 'Calculado con',
};
