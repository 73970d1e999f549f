import { translation } from '../translation.ts';
import { utc } from '../defaults.ts';
import chart, { summaryFacts } from '../defs/training-cost.ts';

export default translation<typeof chart>({
  strings: {
    'What a training run costs': 'Cuánto cuesta un entrenamiento',
    'Epoch AI’s estimated cost of the computing for each model’s final training run, 2023 US dollars (log scale)':
      'Costo estimado por Epoch AI del cómputo del entrenamiento final de cada modelo, en dólares de 2023 (escala logarítmica)',
    'Scatter chart on a logarithmic scale: estimated training costs of notable AI models rise from a few dollars to thousands for most models of the 2010s, to about two million dollars for GPT-3 in 2020, tens of millions for GPT-4 and Gemini Ultra in 2023, and several hundred million for GPT-4.5 and Grok 4 in 2025; DeepSeek-V3 at the end of 2024 sits far below the top.':
      'Gráfico de dispersión en escala logarítmica: los costos estimados de entrenamiento de los modelos de IA destacados van de unos pocos dólares a miles para la mayoría de los modelos de la década de 2010, suben a unos dos millones de dólares para GPT-3 en 2020, a decenas de millones para GPT-4 y Gemini Ultra en 2023 y a varios cientos de millones para GPT-4.5 y Grok 4 en 2025; DeepSeek-V3, de fines de 2024, queda muy por debajo del máximo.',
    'Only models for which Epoch gives a cost are shown, and they are a minority. They come from Epoch’s notable-models data (to July 2026), with a few models missing from it taken from Epoch’s frontier list (to July 2025). The estimate prices the computing for the final run only: not the experiments before it, the staff, the data or the buildings, so a model’s full cost is higher. Many inputs are themselves estimates; Epoch marks its confidence in the compute figure, shown in the table.':
      'Solo aparecen los modelos para los que Epoch da un costo, que son una minoría. Vienen de los datos de modelos destacados de Epoch (hasta julio de 2026), más algunos que faltan allí, tomados de la lista de modelos de frontera de Epoch (hasta julio de 2025). La estimación pone precio solo al cómputo del entrenamiento final: no a los experimentos previos, al personal, a los datos ni a los edificios, así que el costo completo de un modelo es mayor. Muchos de los insumos son a su vez estimaciones; Epoch indica su confianza en la cifra de cómputo, que se muestra en la tabla.',
    Model: 'Modelo',
    Organization: 'Organización',
    Published: 'Publicación',
    'Final-run compute cost': 'Costo del cómputo del entrenamiento final',
    'USD (2023)': 'US$ de 2023',
    Access: 'Acceso',
    'Epoch’s confidence (compute)': 'Confianza de Epoch (cómputo)',
    File: 'Archivo',
    // How each model can be used, and Epoch's grades, as table values
    'API access': 'Acceso por API',
    'Hosted access (no API)': 'Acceso alojado (sin API)',
    'Open weights (non-commercial)': 'Pesos abiertos (uso no comercial)',
    'Open weights (restricted use)': 'Pesos abiertos (uso restringido)',
    'Open weights (unrestricted)': 'Pesos abiertos (sin restricciones)',
    Unreleased: 'No publicado',
    Confident: 'Confiable',
    Likely: 'Probable',
    Speculative: 'Especulativa',
    '$%s million': 'US$ %s millones',
    '↑ US dollars (2023)': '↑ dólares (de 2023)',
    '$%sM': '%s M',
    '$%s': '%s',
    'Organisations (the most frequent)': 'Organizaciones (las más frecuentes)',
  },
  summary: (rows, _context, { fmt }) => {
    const { top, gpt3 } = summaryFacts(rows);
    const vs = gpt3 ? `, unas ${fmt.int(top.cost_usd / gpt3.cost_usd)} veces los US$ ${fmt.sig3(gpt3.cost_usd / 1e6)} millones de GPT-3 en ${fmt.year(utc(gpt3.date))}` : '';
    return `El entrenamiento más caro aquí es el de ${top.model} (${fmt.month(utc(top.date))}), estimado en US$ ${fmt.sig3(top.cost_usd / 1e6)} millones de 2023${vs}.`;
  },
});
