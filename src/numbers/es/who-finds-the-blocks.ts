import { fmt } from '../../charts/formatsEs.ts';
import { utc } from '../../charts/defaults.ts';
import type { NumberTranslation } from '../types.ts';

const pct = (v: number) => `${fmt.num1(v)} %`;
const month = (v: string) => fmt.month(utc(v));
const day = (v: string) => fmt.date(utc(v));

export default {
  // Cada bloque de 2016–2018
  'blocks-total': { format: fmt.int, note: 'bloques del archivo, alturas 400.000 a 546.235' },
  'blocks-top-pool': { format: String, note: 'el pool con más bloques, 2016–2018' },
  'blocks-top-pool-blocks': { format: fmt.int, note: 'sus bloques' },
  'blocks-top-pool-share': { format: pct, note: 'su porción de todos los bloques' },
  'blocks-top3-share': { format: pct, note: 'porción de los tres pools con más bloques, 2016–2018' },
  'blocks-top10-share': { format: pct, note: 'porción de los diez pools con más bloques, 2016–2018' },
  'blocks-unlabelled-share': { format: pct, note: 'porción de bloques con la etiqueta “unknown” o “failed”, 2016–2018' },
  'blocks-bitmain-share': { format: pct, note: 'AntPool y BTC.com juntos (ambos de Bitmain), porción de todos los bloques de 2016–2018' },
  // Período por período (2.016 bloques)
  'periods-complete': { format: String, note: 'períodos de dificultad completos de 2.016 bloques en el archivo' },
  'periods-nakamoto-min': { format: String, note: 'el menor coeficiente de Nakamoto (pools individuales) en un período completo' },
  'periods-nakamoto-max': { format: String, note: 'el mayor coeficiente de Nakamoto (pools individuales) en un período completo' },
  'periods-top-max': { format: pct, note: 'la mayor porción de un solo pool en un período de dificultad completo' },
  'periods-bitmain-over-40': { format: String, note: 'períodos de dificultad completos en los que AntPool y BTC.com juntos encontraron más del 40 % de los bloques' },
  'periods-btcc-first': { format: pct, note: 'porción de bloques de BTCC en el primer período de dificultad completo del archivo' },
  'periods-btcc-last': { format: pct, note: 'porción de bloques de BTCC en el último período de dificultad completo del archivo' },
  'periods-bitmain-max': { format: pct, note: 'la mayor porción de AntPool y BTC.com juntos en un período de dificultad completo' },
  'periods-hhi-min': { format: fmt.int, note: 'el HHI más bajo (pools individuales) en un período completo, 2016–2018' },
  'periods-hhi-max': { format: fmt.int, note: 'el HHI más alto (pools individuales) en un período completo, 2016–2018' },
  // Ventanas de 30 días del Edinburgh Decentralisation Index
  'edi-peak-owner-share': { format: pct, note: 'la mayor porción de bloques encontrados por un solo dueño de pools en una ventana de 30 días, 2018–2026' },
  'edi-peak-date': { format: month, note: 'fecha de referencia de esa ventana' },
  'edi-peak-single-share': { format: pct, note: 'porción del pool individual más grande en esa misma ventana' },
  'edi-peak-single-nakamoto': { format: String, note: 'coeficiente de Nakamoto contando pools individuales en esa misma ventana' },
  'edi-latest-date': { format: day, note: 'fecha de referencia de la ventana de 30 días más reciente' },
  'edi-latest-top1': { format: pct, note: 'porción del dueño más grande en la ventana más reciente' },
  'edi-latest-top3': { format: pct, note: 'porción de los tres dueños más grandes en la ventana más reciente' },
  'edi-latest-hhi': { format: fmt.int, note: 'HHI (agrupado por dueño) en la ventana más reciente' },
  'edi-latest-nakamoto': { format: String, note: 'coeficiente de Nakamoto (agrupado por dueño) en la ventana más reciente' },
  'edi-few-owners-since': { format: day, note: 'primera ventana de la racha ininterrumpida, hasta la más reciente, en la que el coeficiente de Nakamoto agrupado por dueño es 2 o 3' },
  'edi-peak-owner-hhi': { format: fmt.int, note: 'HHI (agrupado por dueño) en la ventana en la que la porción de un dueño llegó a su máximo' },
  'edi-low-owner-hhi': { format: fmt.int, note: 'el HHI más bajo (agrupado por dueño) en una ventana, 2018–2026' },
  'edi-low-owner-hhi-date': { format: month, note: 'fecha de referencia de esa ventana' },
  'edi-single-nakamoto-max': { format: String, note: 'el mayor coeficiente de Nakamoto contando pools individuales, 2018–2025' },
  'edi-single-last-date': { format: month, note: 'fecha de referencia de la última ventana del archivo por pool individual' },
  'edi-2021-nakamoto-min': { format: String, note: 'el menor coeficiente de Nakamoto (agrupado por dueño) en una ventana de 2021' },
  'edi-2023-2024-windows': { format: String, note: 'ventanas de 30 días de 2023 y 2024 (archivo agrupado por dueño)' },
  'edi-2023-2024-nakamoto-max': { format: String, note: 'el mayor coeficiente de Nakamoto (agrupado por dueño) en una ventana de 2023–2024' },
  'edi-2023-2024-top3-min': { format: pct, note: 'la menor porción de los tres más grandes (agrupado por dueño) en una ventana de 2023–2024' },
} satisfies Record<string, NumberTranslation>;
