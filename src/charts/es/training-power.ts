import { translation } from '../translation.ts';
import { utc } from '../defaults.ts';
import chart, { summaryFacts } from '../defs/training-power.ts';

export default translation<typeof chart>({
  strings: {
    'How much power a training run draws': 'Cuánta potencia consume un entrenamiento',
    'Epoch AI’s estimate of the electrical power drawn by the computing cluster that trained each model, in watts, kilowatts and megawatts (log scale)':
      'Estimación de Epoch AI de la potencia eléctrica que consumió el clúster de cómputo que entrenó cada modelo, en vatios, kilovatios y megavatios (escala logarítmica)',
    'Scatter chart on a logarithmic scale: the estimated power drawn while training notable AI models rises from a few kilowatts for models of the early 2010s to several megawatts for GPT-3 in 2020, about twenty megawatts for GPT-4 and Llama 3.1-405B, and about 110 megawatts for Grok 3 in 2025.':
      'Gráfico de dispersión en escala logarítmica: la potencia estimada que se consumió al entrenar los modelos de IA destacados sube de unos pocos kilovatios para los modelos de comienzos de la década de 2010 a varios megavatios para GPT-3 en 2020, unos veinte megavatios para GPT-4 y Llama 3.1-405B, y unos 110 megavatios para Grok 3 en 2025.',
    'Epoch’s estimate of the power drawn by each training cluster, worked out from the number and type of chips; it is not a metered figure, and Epoch gives it for a minority of models. It covers more than the chips’ own rated power (see the text). Epoch revises these estimates: its data of February 2025 put Grok 3 on more chips at a higher power.':
      'Estimación de Epoch de la potencia que consumió cada clúster de entrenamiento, calculada a partir de la cantidad y el tipo de chips; no es una cifra medida, y Epoch la da para una minoría de modelos. Abarca más que la potencia nominal de los chips (ver el texto). Epoch revisa estas estimaciones: sus datos de febrero de 2025 ponían a Grok 3 en más chips y con más potencia.',
    Model: 'Modelo',
    Organization: 'Organización',
    Published: 'Publicación',
    'Training power': 'Potencia de entrenamiento',
    MW: 'MW',
    Hardware: 'Hardware',
    Chips: 'Chips',
    File: 'Archivo',
    '↑ power drawn': '↑ potencia consumida',
    'Organisations (the most frequent)': 'Organizaciones (las más frecuentes)',
  },
  summary: (rows, _context, { fmt }) => {
    const { top, gpt3 } = summaryFacts(rows);
    return `La mayor estimación aquí es la de ${top.model}, con ${fmt.sig3(top.mw)} MW${top.chips ? ` en ${fmt.int(top.chips)} chips` : ''}${gpt3 ? `, frente a ${fmt.sig3(gpt3.mw)} MW para GPT-3 en ${fmt.year(utc(gpt3.date))}` : ''}.`;
  },
});
