import { translation } from '../translation.ts';
import { utc } from '../defaults.ts';
import { fmt } from '../formatsEs.ts';
import chart, { modelText, summaryFacts } from '../defs/two-arrows.ts';

export default translation<typeof chart>({
  strings: {
    'Two arrows: fewer hands in mining, smaller models in AI': 'Dos flechas: menos manos en la minería, modelos más chicos en la IA',
    'Left: how many pool owners together found more than half of Bitcoin’s blocks in each 30-day window. Right: parameters of the smallest open model to report at least 60 % on the MMLU test (log scale). Each panel has its own scale.':
      'Izquierda: cuántos dueños de pools de minería encontraron juntos más de la mitad de los bloques de Bitcoin en cada ventana de 30 días. Derecha: parámetros del modelo abierto más chico que reportó al menos 60 % en la prueba MMLU (escala logarítmica). Cada panel tiene su propia escala.',
    'Two panels. Left: the number of Bitcoin pool owners that together found more than half the blocks moves between 2 and 4 in 2018–2020 (once 1, in April 2020), is 4 through 2021, 2 in every window of 2023 and 2024, then is back at 3 in most windows since mid-2025. Right: the smallest open model reporting at least 60 percent on MMLU shrinks from 70 billion parameters in July 2023 to 1.5 billion in September 2024.':
      'Dos paneles. A la izquierda, el número de dueños de pools de Bitcoin que juntos encontraron más de la mitad de los bloques oscila entre 2 y 4 en 2018–2020 (una vez fue 1, en abril de 2020), se mantiene en 4 durante 2021, es 2 en todas las ventanas de 2023 y 2024 y vuelve a 3 en la mayoría de las ventanas desde mediados de 2025. A la derecha, el modelo abierto más chico que reporta al menos 60 % en MMLU se reduce de 70 mil millones de parámetros en julio de 2023 a 1,5 mil millones en septiembre de 2024.',
    'Different things measured in different units and over different years (the benchmark file starts in 2023): the panels are side by side to compare directions, not sizes. Mining’s count rose back to 3 in most windows from mid-2025, so its arrow is not a straight line. Pools are grouped by owner as in the Edinburgh Decentralisation Index; a pool is not where its miners are. MMLU scores are reported by the model makers with differing settings; Phi-3-mini (69 %, 3.8 billion parameters) is not in this file.':
      'Son cosas distintas, medidas en unidades distintas y en años distintos (el archivo de pruebas empieza en 2023): los paneles van lado a lado para comparar direcciones, no tamaños. En la minería, el conteo volvió a 3 en la mayoría de las ventanas desde mediados de 2025, así que su flecha no es una línea recta. Los pools se agrupan por dueño, como en el Edinburgh Decentralisation Index; un pool no está donde están sus mineros. Los puntajes de MMLU los reportan los propios creadores de cada modelo, con configuraciones diferentes; Phi-3-mini (69 %, 3,8 mil millones de parámetros) no figura en este archivo.',
    'Bitcoin: owners needed to find half the blocks': 'Bitcoin: dueños necesarios para encontrar la mitad de los bloques',
    'AI: smallest model reporting 60 % on MMLU': 'IA: modelo más chico que reporta 60 % en MMLU',
    Measure: 'Medida',
    Value: 'Valor',
    Model: 'Modelo',
    '↑ owners': '↑ dueños',
    '↑ billion parameters': '↑ miles de millones de parámetros',
    'Bitcoin: owners finding half the blocks': 'Bitcoin: dueños que hallan la mitad de los bloques',
    'AI: smallest model at 60 % MMLU': 'IA: modelo más chico con 60 % en MMLU',
  },
  summary: (rows, _context, l) => {
    const { btc, ai, in2324, latest } = summaryFacts(rows);
    const params = (billions: number) => `${fmt.words(billions * 1e9)} de parámetros`;
    if (!in2324.length || ai.length < 2 || !latest) {
      const owners = btc.length ? `entre ${Math.min(...btc.map((r) => r.value))} y ${Math.max(...btc.map((r) => r.value))} dueños de pools encontraron más de la mitad de los bloques de Bitcoin en cada ventana de 30 días mostrada` : 'no se muestra ninguna ventana de Bitcoin';
      const models = ai.length ? `el modelo abierto más chico que reporta 60 % en MMLU pasó de ${params(ai[0]!.value)} a ${params(ai.at(-1)!.value)}` : 'ningún modelo llegó a 60 % en MMLU en estos años';
      return `En los años mostrados, ${owners}; ${models}.`;
    }
    return `En cada ventana de 30 días de 2023 y 2024, ${Math.max(...in2324)} dueños de pools encontraron más de la mitad de los bloques de Bitcoin (${latest.value} en la ventana más reciente, del ${fmt.date(utc(latest.date))}); en un periodo parecido, el modelo abierto más chico que reporta 60 % en MMLU pasó de ${params(ai[0]!.value)} (${modelText(ai[0]!.label, l)}) a ${params(ai.at(-1)!.value)} (${modelText(ai.at(-1)!.label, l)}).`;
  },
});
