import { fmt } from '../../charts/formatsEs.ts';
import type { NumberTranslation } from '../types.ts';

const params = (billions: number) => `${fmt.words(billions * 1e9)} de parámetros`;

export default {
  'headline-smallest-60-first': { format: String, note: 'primer modelo del archivo que reporta MMLU ≥ 60' },
  'headline-smallest-60-first-size': { format: params, note: 'su tamaño' },
  'headline-smallest-60-first-date': { format: (v: string) => fmt.month(new Date(v)), note: 'su fecha de lanzamiento' },
  'headline-smallest-60-last': { format: String, note: 'el modelo más chico del archivo que reporta MMLU ≥ 60' },
  'headline-smallest-60-last-size': { format: params, note: 'su tamaño' },
  'headline-smallest-60-last-date': { format: (v: string) => fmt.month(new Date(v)), note: 'su fecha de lanzamiento' },
  'headline-edi-windows-2023-2024': { format: String, note: 'ventanas de 30 días de 2023 y 2024 en el archivo del EDI agrupado por dueño' },
  'headline-edi-max-nakamoto-2023-2024': { format: String, note: 'el mayor coeficiente de Nakamoto (agrupado por dueño) de todas las ventanas de 30 días de 2023–2024' },
  'headline-edi-nakamoto-2021-min': { format: String, note: 'el menor coeficiente de Nakamoto (agrupado por dueño) de todas las ventanas de 30 días de 2021' },
} satisfies Record<string, NumberTranslation>;
