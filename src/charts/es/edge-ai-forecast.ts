import { translation } from '../translation.ts';
import { fmt } from '../formatsEs.ts';
import chart, { summaryFacts } from '../defs/edge-ai-forecast.ts';

export default translation<typeof chart>({
  strings: {
    'What “$25 billion to $119 billion” means': 'Qué significa pasar “de US$ 25 mil millones a US$ 119 mil millones”',
    'Edge-AI market forecast by Grand View Research, as reported, and the compound path between its two figures, billion US dollars':
      'Pronóstico de Grand View Research para el mercado de IA en el dispositivo (edge AI), tal como se difundió, y la trayectoria compuesta entre sus dos cifras; miles de millones de dólares estadounidenses',
    'Line chart: a forecast edge-AI market growing from 25 billion dollars in 2025 to 119 billion in 2033 along a compound path of about 21.5 percent a year; a dashed line, compounded the same way, shows that 300 percent total growth would end at 100 billion.':
      'Gráfico de líneas: el mercado pronosticado de IA en el dispositivo crece de 25 mil millones de dólares en 2025 a 119 mil millones en 2033, por una trayectoria compuesta de alrededor de 21,5 % anual; una línea discontinua, compuesta de la misma manera, muestra que un crecimiento total de 300 % terminaría en 100 mil millones.',
    'Only the 2025 and 2033 figures are Grand View Research’s; the years between are the constant-rate path that joins them, not a forecast of each year. The dashed line compounds 300 % over the same eight years. “300 %” is the press summary’s wording.':
      'Solo las cifras de 2025 y 2033 son de Grand View Research; los años intermedios son la trayectoria a tasa constante que las une, no un pronóstico para cada año. La línea discontinua compone un 300 % a lo largo de los mismos ocho años. “300 %” es la expresión que usó el resumen de prensa.',
    Reading: 'Lectura',
    'Market size': 'Tamaño del mercado',
    'billion USD': 'miles de millones de US$',
    'Compound path between the forecast’s figures': 'Trayectoria compuesta entre las cifras del pronóstico',
    '“300 % growth” read as the total': '“300 % de crecimiento” leído como total',
    '↑ billion US dollars': '↑ miles de millones de US$',
    '$%sB': 'US$ %s mil M',
    ' if +300 %': '\nsi +300 %',
    '$%s billion': 'US$ %s mil millones',
    Lines: 'Líneas',
  },
  summary: (rows) => {
    const { first, last, g, end300 } = summaryFacts(rows);
    return `Pasar de US$ ${fmt.sig3(first)} mil millones a US$ ${fmt.sig3(last)} mil millones en ocho años es un crecimiento total de ${fmt.int(g.totalPct)} %, o de ${fmt.num1(g.cagrPct)} % anual compuesto; un 300 % total terminaría en US$ ${fmt.int(end300)} mil millones.`;
  },
});
