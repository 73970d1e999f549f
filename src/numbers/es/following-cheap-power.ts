import { format } from '../../charts/formatsEs.ts';
import type { NumberTranslation } from '../types.ts';

const pct = (v: number) => `${format(',.2~f')(v)} %`;

export default {
  'power-hydro-paraguay': { format: pct, note: 'participación de la hidroelectricidad en la generación eléctrica de Paraguay, último año de los datos' },
  'power-hydro-paraguay-year': { format: String, note: 'ese año' },
  'power-hydro-ethiopia': { format: pct, note: 'participación de la hidroelectricidad en la generación eléctrica de Etiopía, último año de los datos' },
  'power-hydro-ethiopia-year': { format: String, note: 'ese año' },
} satisfies Record<string, NumberTranslation>;
