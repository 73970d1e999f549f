import { fmt } from '../../charts/formatsEs.ts';
import type { NumberTranslation } from '../types.ts';

const params = (billions: number) => `${fmt.words(billions * 1e9)} de parámetros`;

const billions = (v: number) => `US$ ${fmt.sig3(v)} mil millones`;

export default {
  'headline-edge-2025': { format: billions, note: 'estimación de Grand View Research del mercado de IA en el dispositivo para 2025, según se difundió' },
  'headline-edge-2033': { format: billions, note: 'pronóstico de Grand View Research del mercado de IA en el dispositivo para 2033, según se difundió' },
  'headline-edge-total-growth': { format: (v: number) => `${fmt.int(v)} %`, note: 'crecimiento total de 2025 a 2033 = (119 ÷ 25 − 1) × 100' },
  'headline-edge-cagr': { format: (v: number) => `${fmt.num1(v)} %`, note: 'tasa de crecimiento anual compuesto en los 8 años = (119 ÷ 25)^(1/8) − 1' },
  'headline-edge-if-300': { format: (v: number) => `US$ ${fmt.int(v)} mil millones`, note: 'en qué se convertiría la cifra de 2025 tras un crecimiento total de 300 %' },
  // A "trillion" (10¹²) is a "billón" in Spanish.
  'headline-edge-300-a-year': { format: (v: number) => `US$ ${fmt.int(v)} billones`, note: 'en qué se convertiría la cifra de 2025 si creciera 300 % cada año (×4 por año) durante 8 años' },
  'headline-coinshares-cash': { format: fmt.usd, note: 'CoinShares, tercer trimestre de 2024: costo medio ponderado en efectivo por BTC de las mineras cotizadas' },
  'headline-coinshares-total': { format: fmt.usd, note: 'CoinShares, tercer trimestre de 2024: costo total por BTC, con los costos no monetarios' },
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
