import { translation } from '../translation.ts';
import { utc } from '../defaults.ts';
import chart, { summaryFacts } from '../defs/smallest-model-at-mmlu.ts';

export default translation<typeof chart>({
  strings: {
    'The smallest model to reach each score': 'El modelo más pequeño que alcanza cada resultado',
    'Smallest open model whose maker reported at least a given MMLU score, by release date; billions of parameters (log scale)':
      'El modelo abierto más pequeño cuyo fabricante reportó al menos un resultado dado en MMLU, por fecha de lanzamiento; miles de millones de parámetros (escala logarítmica)',
    'Step chart on a logarithmic scale: for MMLU scores of at least 50, 60, 65 and 70 percent, the size of the smallest open model reaching each score falls over 2023 and 2024, from tens of billions of parameters to between 1.5 and 7 billion.':
      'Gráfico escalonado en escala logarítmica: para resultados de MMLU de al menos 50, 60, 65 y 70 por ciento, el tamaño del modelo abierto más pequeño que alcanza cada uno baja durante 2023 y 2024, de decenas de miles de millones de parámetros a entre 1.500 y 7.000 millones.',
    'Each line steps down when a smaller model reports the score; it holds until the next step. Scores are reported by the models’ makers under settings that differ (5-shot, chain of thought, base or instruction-tuned: see the table and tooltips), so a step can reflect a friendlier test as well as a better model. Only models in the benchmark file are counted: Microsoft’s Phi-3-mini (3.8 billion parameters, 69 % in April 2024) is not in it. Lines that share a value are nudged a few pixels apart.':
      'Cada línea baja un escalón cuando un modelo más pequeño reporta el resultado, y se mantiene hasta el escalón siguiente. Los resultados los reportan los fabricantes de los modelos, con condiciones que difieren (5-shot, cadena de razonamiento, modelo base o ajustado para seguir instrucciones: ver la tabla y las etiquetas), así que un escalón puede reflejar una prueba más benévola además de un modelo mejor. Solo cuentan los modelos del archivo de resultados: Phi-3-mini, de Microsoft (3.800 millones de parámetros, 69 % en abril de 2024), no está en él. Las líneas que comparten un valor se separan unos pocos píxeles.',
    'MMLU at least': 'MMLU de al menos',
    'From (release date)': 'Desde (fecha de lanzamiento)',
    Until: 'Hasta',
    'Smallest model so far': 'Modelo más pequeño hasta entonces',
    Parameters: 'Parámetros',
    billions: 'miles de millones',
    'Reported MMLU': 'MMLU reportado',
    'Setting as reported': 'Condiciones reportadas',
    '↑ Billions of parameters': '↑ Miles de millones de parámetros',
    '%s: %s billion parameters': '%s: %s mil millones de parámetros',
    'smallest at ≥%s % from %s': 'el más pequeño con ≥%s % desde el %s',
    'Score thresholds (MMLU at least, %)': 'Umbrales de resultado (MMLU de al menos, %)',
  },
  summary: (rows, _context, { fmt }) => {
    const { shown, both } = summaryFacts(rows);
    const size = (v: number) => `${fmt.int(v * 1000)} millones de parámetros`;
    if (!both) {
      return `El modelo abierto más pequeño reportado pasó, ${shown.map(({ t, first: a, last: b }) => `con ${t} % o más, de ${size(a.params_billions)} (${a.model}, ${fmt.month(utc(a.date))}) a ${size(b.params_billions)} (${b.model}, ${fmt.month(utc(b.date))})`).join('; ')}.`;
    }
    const { first60: a, last60: b, first70, last70 } = both;
    return `El modelo abierto más pequeño reportado con 60 % o más pasó de ${a.model} (${size(a.params_billions)}, ${fmt.month(utc(a.date))}) a ${b.model} (${size(b.params_billions)}, ${fmt.month(utc(b.date))}), ${fmt.int(a.params_billions / b.params_billions)} veces más pequeño; con 70 %, pasó de ${size(first70.params_billions)} a ${size(last70.params_billions)}.`;
  },
});
