import { translation } from '../translation.ts';
import chart, { summaryFacts } from '../defs/cost-claims-compared.ts';

export default translation<typeof chart>({
  strings: {
    'Where “over $100,000 a coin” sits among the estimates': 'Dónde queda “más de US$ 100.000 por moneda” entre las estimaciones',
    'Cost of producing one bitcoin, US dollars: the claim, published estimates, and electricity alone at three power prices':
      'Costo de producir un bitcoin, en dólares estadounidenses: la afirmación, las estimaciones publicadas y la electricidad sola a tres precios de la energía',
    'Dot chart on a dollar axis comparing estimates of what one bitcoin costs to produce: electricity alone at three power prices (lowest at Ethiopia’s tariff, highest at the 2023 US industrial average), two CoinShares estimates, a CBECI-based model and the 100,000-dollar claim; only CoinShares’ all-in total lies above the claim.':
      'Gráfico de puntos sobre un eje en dólares que compara estimaciones de cuánto cuesta producir un bitcoin: la electricidad sola a tres precios de la energía (el más bajo, la tarifa de Etiopía; el más alto, el promedio industrial de Estados Unidos en 2023), dos estimaciones de CoinShares, un modelo basado en el CBECI y la afirmación de 100.000 dólares; solo el costo total de CoinShares queda por encima de la afirmación.',
    'Electricity-only figures use the network’s 30-day mean hashrate and CBECI’s average efficiency on 20 September 2024 (the last day with both), a 3.125 BTC subsidy and no fees; the published estimates use their own dates and methods, so they are points of comparison, not one series.':
      'Las cifras de solo electricidad usan la tasa de hash media de 30 días de la red y la eficiencia media del CBECI del 20 de septiembre de 2024 (el último día con ambas), un subsidio de 3,125 BTC y ninguna comisión; las estimaciones publicadas usan sus propias fechas y métodos, así que son puntos de comparación, no una misma serie.',
    Estimate: 'Estimación',
    Kind: 'Tipo',
    'Cost per coin': 'Costo por moneda',
    'Source or inputs': 'Fuente o supuestos',
    'Electricity at Ethiopia’s tariff': 'Electricidad a la tarifa de Etiopía',
    'Electricity at Paraguay’s business price': 'Electricidad al precio comercial de Paraguay',
    'Electricity at the 2023 US industrial average': 'Electricidad, promedio industrial de EE. UU. 2023',
    'CoinShares: cash cost, listed miners (Q3 2024)': 'CoinShares: costo en efectivo, mineras (T3 2024)',
    'CBECI model at $0.09/kWh (undated)': 'Modelo del CBECI a US$ 0,09/kWh (sin fecha)',
    'KuCoin claim: “sometimes exceeding”': 'Afirmación de KuCoin: “a veces supera”',
    'CoinShares: total cost incl. non-cash (Q3 2024)': 'CoinShares: costo total con amortización (T3 2024)',
    'Electricity only (our calculation)': 'Solo electricidad (nuestro cálculo)',
    'Published estimate': 'Estimación publicada',
    'The claim': 'La afirmación',
    '%s ¢/kWh; hashrate and CBECI efficiency on %s': '%s ¢/kWh; tasa de hash y eficiencia del CBECI al %s',
    'US dollars per coin →': 'dólares estadounidenses por moneda →',
    '$%s': '%s',
    'Kinds of figure': 'Tipos de cifra',
  },
  summary: (rows, _context, l) => {
    const { fmt } = l;
    const { claim, us, total } = summaryFacts(rows);
    if (!claim || !us || !total) {
      return `${rows.map((r) => `${l.t(String(r.label))}: ${fmt.usd(r.usd as number)} (${(r.usd as number) < 100000 ? 'por debajo de' : 'igual o por encima de'} US$ 100.000)`).join('; ')}.`;
    }
    return `Solo la electricidad suma ${fmt.usd(us.usd as number)} por moneda al precio industrial de Estados Unidos de 2023, por debajo de los ${fmt.usd(claim.usd as number)} de la afirmación; la cifra total de CoinShares, ${fmt.usd(total.usd as number)}, que suma las máquinas y otros costos no monetarios, la supera.`;
  },
});
