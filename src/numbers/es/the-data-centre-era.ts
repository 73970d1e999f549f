import { fmt } from '../../charts/formatsEs.ts';
import { utc } from '../../charts/defaults.ts';
import type { NumberTranslation } from '../types.ts';

const flop = (v: number) => `${fmt.sci(v)} FLOP`;
const mw = (v: number) => `${v >= 10 ? fmt.int(v) : fmt.num1(v)} megavatios`;
const musd = (v: number) => `US$ ${v >= 1e8 ? fmt.int(v / 1e6) : fmt.num1(v / 1e6)} millones`;
const times = (v: number) => `${fmt.int(v)} veces`;
/** Epoch's grades of its estimates, as the English number gives them (lower case). */
const GRADES: Record<string, string> = { confident: 'confiable', likely: 'probable', speculative: 'especulativa' };

export default {
  // Cantidades
  'dc-models-with-compute': { format: fmt.int, note: 'modelos desde 2010 con una estimación de cómputo de entrenamiento (archivo de destacados, más los modelos del archivo de frontera que faltan en él)' },
  'dc-models-with-cost': { format: fmt.int, note: 'modelos con una estimación del costo de entrenamiento' },
  'dc-models-with-power': { format: fmt.int, note: 'modelos con una estimación de la potencia de entrenamiento' },
  // Cómputo
  'dc-alexnet-flop': { format: flop, note: 'cómputo de entrenamiento de AlexNet (2012)' },
  'dc-gpt3-flop': { format: flop, note: 'cómputo de entrenamiento de GPT-3 (mayo de 2020)' },
  'dc-gpt4-flop': { format: flop, note: 'cómputo de entrenamiento de GPT-4 (marzo de 2023)' },
  'dc-gemini-ultra-flop': { format: flop, note: 'cómputo de entrenamiento de Gemini 1.0 Ultra (diciembre de 2023)' },
  'dc-grok3-flop': { format: flop, note: 'cómputo de entrenamiento de Grok 3 (17 de febrero de 2025)' },
  'dc-gpt45-flop': { format: flop, note: 'cómputo de entrenamiento de GPT-4.5 (27 de febrero de 2025)' },
  'dc-grok4-flop': { format: flop, note: 'cómputo de entrenamiento de Grok 4 (9 de julio de 2025)' },
  'dc-grok4-vs-gpt3': { format: times, note: 'cómputo de Grok 4 ÷ cómputo de GPT-3' },
  'dc-grok3-vs-gpt3': { format: times, note: 'cómputo de Grok 3 ÷ cómputo de GPT-3' },
  'dc-grok4-vs-alexnet': {
    format: (v: number) => (Math.round(v / 1e9) === 1 ? 'mil millones de veces' : `${fmt.int(v / 1e9)} mil millones de veces`),
    note: 'cómputo de Grok 4 ÷ cómputo de AlexNet',
  },
  'dc-grok4-confidence': { format: (v: string) => GRADES[v] ?? v, note: 'la calificación de confianza de Epoch para la estimación de cómputo de Grok 4' },
  // La tendencia ajustada
  'dc-fit-factor': { format: (v: number) => `${fmt.num1(v)} veces`, note: 'crecimiento anual de una recta de mínimos cuadrados del log10(cómputo de entrenamiento) en función de la fecha, modelos del archivo de destacados desde 2010' },
  'dc-fit-n': { format: fmt.int, note: 'modelos en ese ajuste' },
  'dc-fit-doubling': { format: (v: number) => `${fmt.num1(v)} meses`, note: 'tiempo de duplicación de la recta ajustada' },
  'dc-fit-r2': { format: (v: number) => `${fmt.int(v)} %`, note: 'porción de la varianza del log10(cómputo) que explica la recta ajustada (R²)' },
  // Costo (estimación de Epoch del cómputo del entrenamiento final, dólares de 2023)
  'dc-gpt3-cost': { format: musd, note: 'costo del cómputo del entrenamiento final de GPT-3, dólares de 2023' },
  'dc-gpt4-cost': { format: musd, note: 'costo del cómputo del entrenamiento final de GPT-4, dólares de 2023' },
  'dc-gemini-ultra-cost': { format: musd, note: 'costo del cómputo del entrenamiento final de Gemini 1.0 Ultra, dólares de 2023' },
  'dc-gpt45-cost': { format: musd, note: 'costo del cómputo del entrenamiento final de GPT-4.5, dólares de 2023' },
  'dc-grok4-cost': { format: musd, note: 'costo del cómputo del entrenamiento final de Grok 4, dólares de 2023' },
  'dc-deepseek-v3-cost': { format: musd, note: 'costo del cómputo del entrenamiento final de DeepSeek-V3, dólares de 2023' },
  'dc-deepseek-v3-chips': { format: fmt.int, note: 'chips de entrenamiento de DeepSeek-V3 (NVIDIA H800)' },
  'dc-deepseek-v3-date': { format: (v: string) => fmt.month(utc(v)), note: 'fecha de publicación de DeepSeek-V3' },
  // Potencia y chips
  'dc-gpt3-mw': { format: mw, note: 'potencia estimada del entrenamiento de GPT-3' },
  'dc-gpt3-chips': { format: fmt.int, note: 'chips de entrenamiento de GPT-3 (NVIDIA V100)' },
  'dc-gpt4-mw': { format: mw, note: 'potencia estimada del entrenamiento de GPT-4' },
  'dc-gpt4-chips': { format: fmt.int, note: 'chips de entrenamiento de GPT-4 (NVIDIA A100)' },
  'dc-grok3-mw': { format: mw, note: 'potencia estimada del entrenamiento de Grok 3' },
  'dc-grok3-chips': { format: fmt.int, note: 'chips usados para entrenar Grok 3 (NVIDIA H100)' },
  'dc-grok3-days': { format: (v: number) => `${fmt.int(v)} días`, note: 'tiempo de entrenamiento de Grok 3 (horas ÷ 24)' },
  'dc-grok3-power-vs-tdp': { format: (v: number) => `${fmt.num1(v).replace(/,0$/, '')} veces`, note: 'potencia estimada de Grok 3 ÷ (su cantidad de chips × la potencia nominal de la H100, 700 W)' },
  'dc-llama405-chips': { format: fmt.int, note: 'chips de entrenamiento de Llama 3.1-405B (NVIDIA H100)' },
  'dc-llama405-mw': { format: mw, note: 'potencia estimada del entrenamiento de Llama 3.1-405B' },
  // Quién entrena los modelos más grandes
  'dc-top20-orgs': { format: String, note: 'organizaciones distintas (la primera nombrada) detrás de los 20 modelos con más cómputo de los datos' },
  'dc-top20-list': { format: String, note: 'esas organizaciones' },
  'dc-top20-open': { format: String, note: 'de los 20 modelos con más cómputo, los que tienen pesos descargables (para Epoch: pesos abiertos, con cualquier licencia)' },
  // Chip de centro de datos frente a tarjeta para videojuegos
  'dc-h100-price': { format: fmt.usd, note: 'precio de la H100 SXM5 en los datos de hardware de Epoch (no hay precio oficial de lista; sale del precio de un servidor estimado por un analista)' },
  'dc-rtx4090-price': { format: fmt.usd, note: 'precio de lanzamiento de la RTX 4090' },
  'dc-h100-tflops': { format: (v: number) => `${fmt.int(v)} billones`, note: 'operaciones tensoriales máximas en 16 bits por segundo de la H100' },
  'dc-rtx4090-tflops': { format: (v: number) => `${fmt.int(v)} billones`, note: 'operaciones tensoriales máximas en 16 bits por segundo de la RTX 4090' },
  'dc-h100-mem': { format: (v: number) => `${fmt.int(v)} GB`, note: 'memoria de la H100 SXM5' },
  'dc-rtx4090-mem': { format: (v: number) => `${fmt.int(v)} GB`, note: 'memoria de la RTX 4090' },
  'dc-h100-vs-rtx-price': { format: times, note: 'precio de la H100 ÷ precio de la RTX 4090' },
  'dc-h100-vs-rtx-perf': { format: (v: number) => `${fmt.num1(v)} veces`, note: 'máximo tensorial en 16 bits de la H100 ÷ el de la RTX 4090' },
  'dc-grok3-cluster-cost': { format: (v: number) => `US$ ${fmt.num1(v / 1e9)} mil millones`, note: 'cantidad de chips de Grok 3 × el precio de la H100 en los datos de hardware de Epoch: solo los chips, sin edificios, energía ni redes' },
} satisfies Record<string, NumberTranslation>;
