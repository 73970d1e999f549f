import { translation } from '../translation.ts';
import { utc } from '../defaults.ts';
import chart, { summaryFacts } from '../defs/mmlu-vs-parameters.ts';
import { asWritten } from '../locale.ts';

export default translation<typeof chart>({
  strings: {
    'Size is not score': 'El tamaño no es el resultado',
    'Open language models: reported MMLU score against billions of parameters (log scale), by year of release':
      'Modelos de lenguaje abiertos: resultado de MMLU reportado frente a miles de millones de parámetros (escala logarítmica), por año de lanzamiento',
    'Scatter plot: reported MMLU scores of about sixty open language models against their size on a logarithmic scale. Larger models score higher on the whole, but newer models score higher than older ones of the same size: at 7 billion parameters, scores rise from about 46 percent in 2023 to 74 percent in 2024.':
      'Gráfico de dispersión: resultados de MMLU reportados por unos sesenta modelos de lenguaje abiertos frente a su tamaño, en escala logarítmica. En general, los modelos más grandes sacan mejores resultados, pero los más nuevos superan a los más viejos del mismo tamaño: con 7.000 millones de parámetros, los resultados suben de alrededor de 46 por ciento en 2023 a 74 por ciento en 2024.',
    'Scores are as reported by each model’s maker, under settings that differ (shots, chain of thought, base or instruction-tuned, scoring method): the same Llama 3.2 1B appears at two very different scores because Meta reported it two ways. Mixture-of-experts models (Mixtral 8x7B, Qwen2 57B-A14B, Qwen3 30B-A3B) are placed at their total size. Sizes are rounded as the makers state them (“3B”). IBM’s Granite 3.1 rows cite one model card for several sizes. Repeated rows of the same model are shown once.':
      'Los resultados son los que reportó el fabricante de cada modelo, con condiciones que difieren (cantidad de ejemplos, cadena de razonamiento, modelo base o ajustado para seguir instrucciones, método de puntuación): el mismo Llama 3.2 1B aparece con dos resultados muy distintos porque Meta lo reportó de dos maneras. Los modelos de mezcla de expertos (Mixtral 8x7B, Qwen2 57B-A14B, Qwen3 30B-A3B) se ubican según su tamaño total. Los tamaños están redondeados como los declaran los fabricantes (“3B”). Las filas de Granite 3.1, de IBM, citan una misma ficha de modelo para varios tamaños. Las filas repetidas de un mismo modelo se muestran una sola vez.',
    Model: 'Modelo',
    Maker: 'Fabricante',
    Released: 'Lanzamiento',
    Parameters: 'Parámetros',
    billions: 'miles de millones',
    'Reported MMLU': 'MMLU reportado',
    'Setting as reported': 'Condiciones reportadas',
    // Settings written in words (technical terms such as "5-shot" stay as they are)
    'not stated': 'no indicadas',
    'as reported (model card)': 'según la ficha del modelo',
    'Billions of parameters (log scale) →': 'Miles de millones de parámetros (escala logarítmica) →',
    '↑ Reported MMLU (%)': '↑ MMLU reportado (%)',
    'released %s': 'lanzados en %s',
    '%s billion parameters · MMLU %s %': '%s mil millones de parámetros · MMLU %s %',
    'Setting: %s': 'Condiciones: %s',
    Makers: 'Fabricantes',
    'Llama 3.2 1B (base)': 'Llama 3.2 1B (modelo base)',
  },
  summary: (rows, _context, l) => {
    const { fmt } = l;
    const { n, top, small, pair } = summaryFacts(rows);
    const score = (v: number) => `${asWritten(v, l)} %`;
    if (!pair) {
      const smallText = small ? `; entre los modelos de 4.000 millones de parámetros o menos, ${score(small.mmlu)} (${small.model})` : '';
      return `${n} modelos. El mayor resultado reportado en pantalla es ${score(top.mmlu)} (${top.model}, ${fmt.int(top.params_billions * 1000)} millones de parámetros)${smallText}.`;
    }
    const { a, b } = pair;
    return `${n} modelos. Con 7.000 millones de parámetros, el resultado reportado subió de ${score(a.mmlu)} (${a.model}, ${fmt.month(utc(a.release_date))}) a ${score(b.mmlu)} (${b.model}, ${fmt.month(utc(b.release_date))}); el mayor resultado entre los modelos de 4.000 millones de parámetros o menos es ${score(small!.mmlu)} (${small!.model}).`;
  },
});
