import { translation } from '../translation.ts';
import { utc } from '../defaults.ts';
import chart, { summaryFacts } from '../defs/training-compute.ts';

export default translation<typeof chart>({
  strings: {
    'The compute behind notable AI models': 'El cómputo detrás de los modelos de IA destacados',
    'Total computation used to train each notable AI model, floating-point operations (log scale), 2010 to mid-2026, with a fitted trend':
      'Cómputo total usado para entrenar cada modelo de IA destacado, en operaciones de punto flotante (escala logarítmica), de 2010 a mediados de 2026, con una tendencia ajustada',
    'Scatter chart on a logarithmic scale: the computation used to train notable AI models rises steeply from AlexNet in 2012 to GPT-3 in 2020, GPT-4 and Gemini Ultra in 2023 and Grok 3, GPT-4.5 and Grok 4, the largest, in 2025, spanning about ten orders of magnitude; a straight fitted line runs through the cloud of dots. Models of 2026 sit below the top.':
      'Gráfico de dispersión en escala logarítmica: el cómputo usado para entrenar los modelos de IA destacados sube con fuerza desde AlexNet en 2012 hasta GPT-3 en 2020, GPT-4 y Gemini Ultra en 2023, y Grok 3, GPT-4.5 y Grok 4, el mayor, en 2025, a lo largo de unos diez órdenes de magnitud; una recta ajustada atraviesa la nube de puntos. Los modelos de 2026 quedan por debajo del máximo.',
    'Each dot is one model in Epoch AI’s notable-models data (to July 2026), with a few models missing from it taken from Epoch’s frontier list (to July 2025). Many of the newest models have no compute estimate in Epoch’s data yet and are not shown, so the top of the cloud is the largest estimated run, not necessarily the largest run. Compute is Epoch’s estimate, often from indirect evidence; each gridline is ten times the one below. The line is our fit: a least-squares straight line through the logarithm of compute against date, over the notable-file models from 2010 on; its slope gives the growth factor per year. Epoch reports about 4.3× a year since 2010.':
      'Cada punto es un modelo de los datos de modelos destacados de Epoch AI (hasta julio de 2026), más algunos que faltan allí, tomados de la lista de modelos de frontera de Epoch (hasta julio de 2025). Muchos de los modelos más nuevos todavía no tienen una estimación de cómputo en los datos de Epoch y no aparecen, así que lo más alto de la nube es el mayor entrenamiento estimado, no necesariamente el mayor entrenamiento. El cómputo es una estimación de Epoch, a menudo a partir de evidencia indirecta; cada línea de la cuadrícula vale diez veces la de abajo. La recta es nuestro ajuste: una recta de mínimos cuadrados del logaritmo del cómputo en función de la fecha, sobre los modelos del archivo de destacados desde 2010; su pendiente da el factor de crecimiento por año. Epoch informa un crecimiento de alrededor de 4,3× por año desde 2010.',
    Model: 'Modelo',
    Organization: 'Organización',
    Published: 'Publicación',
    'Training compute': 'Cómputo de entrenamiento',
    FLOP: 'FLOP',
    'Epoch’s confidence': 'Confianza de Epoch',
    File: 'Archivo',
    // Epoch's grades of its estimates, as table values and in tooltips
    Confident: 'Confiable',
    Likely: 'Probable',
    Speculative: 'Especulativa',
    'fitted trend: ×%s a year': 'tendencia ajustada: ×%s por año',
    '↑ training compute (FLOP)': '↑ cómputo de entrenamiento (FLOP)',
    'Organisations (the most frequent)': 'Organizaciones (las más frecuentes)',
  },
  summary: (rows, _context, { fmt }) => {
    const { top, gpt3, trend, firstYear } = summaryFacts(rows);
    const vs = gpt3 ? `, unas ${fmt.int(top.flop / gpt3.flop)} veces los ${fmt.sci(gpt3.flop)} de GPT-3 en ${fmt.year(utc(gpt3.date))}` : '';
    return `El modelo con más cómputo aquí, ${top.model} (${fmt.month(utc(top.date))}), usó unos ${fmt.sci(top.flop)} FLOP, según la estimación${vs}. Una recta ajustada al logaritmo del cómputo de los ${trend.n} modelos del archivo de destacados desde ${firstYear} crece ${fmt.num1(trend.factorPerYear)}× por año.`;
  },
});
