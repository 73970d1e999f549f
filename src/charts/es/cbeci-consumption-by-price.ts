import { translation } from '../translation.ts';
import { utc } from '../defaults.ts';
import chart from '../defs/cbeci-consumption-by-price.ts';

export default translation<typeof chart>({
  strings: {
    'How much electricity does Bitcoin use? It depends on the price you assume': '¿Cuánta electricidad usa Bitcoin? Depende del precio que se suponga',
    'Cambridge’s best-guess annualised electricity use of Bitcoin mining, TWh per year, under three electricity-price assumptions':
      'Mejor estimación de Cambridge del consumo eléctrico anualizado de la minería de Bitcoin, en TWh por año, con tres supuestos de precio de la electricidad',
    'Three lines from 2017 to September 2023 showing Cambridge’s estimate of Bitcoin’s yearly electricity use if miners paid 2, 5 or 10 US cents per kilowatt-hour. All three rise over time; the cheaper the assumed power, the higher the estimate.':
      'Tres líneas de 2017 a septiembre de 2023 con la estimación de Cambridge del consumo eléctrico anual de Bitcoin si los mineros pagaran 2, 5 o 10 centavos de dólar por kilovatio hora. Las tres suben con el tiempo; cuanto más barata la energía supuesta, más alta la estimación.',
    'CBECI counts only machines that would be profitable at the assumed price: cheap power keeps older, less efficient machines running, so the estimate rises. $0.05/kWh is the index’s headline assumption. Model estimates, CBECI method as of 2023 (API v1.2.0); Cambridge has since revised its model. Weekly points.':
      'El CBECI cuenta solo las máquinas que serían rentables al precio supuesto: la energía barata mantiene en marcha máquinas más viejas y menos eficientes, así que la estimación sube. US$ 0,05/kWh es el supuesto principal del índice. Son estimaciones de un modelo, con el método del CBECI de 2023 (API v1.2.0); desde entonces, Cambridge revisó su modelo. Puntos semanales.',
    'At $0.02/kWh': 'A US$ 0,02/kWh',
    'At $0.05/kWh (CBECI headline)': 'A US$ 0,05/kWh (principal del CBECI)',
    'At $0.10/kWh': 'A US$ 0,10/kWh',
    '$0.02/kWh': 'US$ 0,02/kWh',
    '$0.05/kWh': 'US$ 0,05/kWh',
    '$0.05/kWh (headline)': 'US$ 0,05/kWh (principal)',
    '$0.10/kWh': 'US$ 0,10/kWh',
    '↑ TWh per year': '↑ TWh por año',
    '$0.02/kWh: %s TWh/yr': 'US$ 0,02/kWh: %s TWh/año',
    '$0.05/kWh: %s TWh/yr': 'US$ 0,05/kWh: %s TWh/año',
    '$0.10/kWh: %s TWh/yr': 'US$ 0,10/kWh: %s TWh/año',
  },
  summary: (rows, _context, { fmt }) => {
    const last = rows.at(-1)!;
    return `El ${fmt.date(utc(last.date))}, la mejor estimación de Cambridge era de ${fmt.num1(last.twh_005)} TWh por año con su supuesto principal de US$ 0,05/kWh, ${fmt.num1(last.twh_002)} TWh a US$ 0,02/kWh y ${fmt.num1(last.twh_010)} TWh a US$ 0,10/kWh.`;
  },
});
