import { translation } from '../translation.ts';
import { DEFAULT_OVERHEAD_PCT } from '../../data/modelFootprints.ts';
import chart, { summaryFacts } from '../defs/model-memory-calculator.ts';

export default translation<typeof chart>({
  strings: {
    'Will this model fit on my device?': '¿Este modelo entra en mi dispositivo?',
    'Memory for a language model’s weights at 16, 8 and 4 bits per weight, plus an overhead you set, against common device memory sizes':
      'Memoria para los pesos de un modelo de lenguaje a 16, 8 y 4 bits por peso, más una sobrecarga que tú eliges, frente a tamaños de memoria comunes',
    'Bar chart: the memory a language model needs at 16, 8 and 4 bits per weight, each bar split into the weights and an assumed overhead, compared with horizontal lines at common device memory sizes such as 4, 8 and 16 GiB. Bars that fit under the chosen device size are green, bars that do not are orange.':
      'Gráfico de barras: la memoria que necesita un modelo de lenguaje a 16, 8 y 4 bits por peso, con cada barra dividida entre los pesos y una sobrecarga supuesta, comparada con líneas horizontales en tamaños de memoria comunes como 4, 8 y 16 GiB. Las barras que entran por debajo del tamaño elegido son verdes; las que no, naranjas.',
    'Memory for the weights = parameters × bits per weight ÷ 8 bytes: the darker part of each bar. The overhead, the lighter part, stands for everything else a running model keeps in memory (the conversation so far, working buffers, the program running it); its default of 20 % is our assumption, not a measurement, and it grows with long conversations: change it. Device sizes are examples of common capacities, not particular products, given in GiB: memory is sold in binary units, so a device sold with “8 GB” has 8 GiB (8 × 2³⁰ bytes), and the operating system and other apps need part of it. Fitting is not the same as running fast: speed depends mostly on how quickly the device can read memory. Mixtral 8x7B uses only part of its weights for each word, but all of them must be held in memory.':
      'Memoria para los pesos = parámetros × bits por peso ÷ 8 bytes: la parte más oscura de cada barra. La sobrecarga, la parte más clara, representa todo lo demás que un modelo en funcionamiento guarda en la memoria (la conversación hasta el momento, búferes de trabajo, el programa que lo ejecuta); su valor predeterminado de 20 % es un supuesto nuestro, no una medición, y crece con las conversaciones largas: cámbialo. Los tamaños de dispositivo son ejemplos de capacidades comunes, no productos concretos, y se dan en GiB: la memoria se vende en unidades binarias, así que un dispositivo vendido con “8 GB” tiene 8 GiB (8 × 2³⁰ bytes), y el sistema operativo y las demás aplicaciones necesitan una parte. Entrar no es lo mismo que funcionar rápido: la velocidad depende sobre todo de lo rápido que el dispositivo puede leer la memoria. Mixtral 8x7B usa solo una parte de sus pesos para cada palabra, pero todos tienen que estar en la memoria.',
    // Controls
    Model: 'Modelo',
    'Other: use the size below': 'Otro: usar el tamaño de abajo',
    other: 'otro',
    'Size of the other model': 'Tamaño del otro modelo',
    'billion parameters': 'miles de millones de parámetros',
    '%s billion parameters': '%s mil millones de parámetros',
    'Bits per weight': 'Bits por peso',
    '16 (as published)': '16 (como se publica)',
    '8 (quantised)': '8 (cuantizado)',
    '4 (quantised)': '4 (cuantizado)',
    'Overhead on top of the weights': 'Sobrecarga además de los pesos',
    '%, our assumption': '%, supuesto nuestro',
    'Device memory': 'Memoria del dispositivo',
    'example sizes': 'tamaños de ejemplo',
    // Results
    'Weights alone': 'Solo los pesos',
    'Weights + overhead': 'Pesos + sobrecarga',
    'On the chosen device': 'En el dispositivo elegido',
    'Other model': 'Otro modelo',
    '%s: %s billion parameters': '%s: %s mil millones de parámetros',
    '%s GiB at %s bits (%s billion bytes)': '%s GiB a %s bits (%s mil millones de bytes)',
    'Fits: %s % of %s GiB': 'Entra: %s % de %s GiB',
    'Too big: %s × %s GiB': 'No entra: %s × %s GiB',
    // The chart
    '%s-bit': '%s bits',
    '%s-bit weights': 'pesos de %s bits',
    '↑ Memory (GiB)': '↑ Memoria (GiB)',
    'your %s GiB': 'tus %s GiB',
    fits: 'entra',
    'too big': 'no entra',
    // The table
    'Preset model': 'Modelo predefinido',
    Parameters: 'Parámetros',
    billions: 'miles de millones',
    'Size from': 'Tamaño según',
    'Reported MMLU': 'MMLU reportado',
    'MMLU setting': 'Condiciones de MMLU',
    Released: 'Lanzamiento',
    'Meta, September 2024 release (the file rounds it)': 'Meta, lanzamiento de septiembre de 2024 (el archivo lo redondea)',
    'Microsoft’s Phi-3 technical report (not in the benchmark file)': 'Informe técnico de Phi-3 de Microsoft (no está en el archivo de resultados)',
    'Qwen team, Qwen2.5-14B model card, September 2024 (the file rounds it)': 'Equipo de Qwen, ficha del modelo Qwen2.5-14B, septiembre de 2024 (el archivo lo redondea)',
    'llm-mmlu-reported (notes)': 'llm-mmlu-reported (notas)',
    'as reported in the Phi-3 report': 'según el informe de Phi-3',
  },
  summary: (rows, _context, { fmt }) => {
    const { fit8, largest } = summaryFacts(rows);
    return `A 4 bits por peso, con ${DEFAULT_OVERHEAD_PCT} % de sobrecarga, ${fit8} de los ${rows.length} modelos predefinidos necesitan 8 GiB o menos; el más grande, ${largest.model}, necesita ${fmt.num1(largest.gib)} GiB.`;
  },
});
