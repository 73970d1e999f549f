import { translation } from '../translation.ts';
import { utc } from '../defaults.ts';
import chart, { summaryFacts } from '../defs/cost-per-coin-calculator.ts';
import { asWritten } from '../locale.ts';

export default translation<typeof chart>({
  strings: {
    'What one bitcoin costs in electricity': 'Cuánto cuesta un bitcoin en electricidad',
    'Electricity cost of mining one coin, network-wide, by the price of power. Change the assumptions to test a claim.':
      'Costo de la electricidad para minar una moneda, en toda la red, según el precio de la energía. Cambia los supuestos para poner a prueba una afirmación.',
    'Line chart: the electricity cost of mining one bitcoin rises in a straight line with the price of electricity, and a second, steeper dashed line adds the other operating costs. Points mark the electricity prices of Ethiopia, Paraguay and US industry, and horizontal lines mark published cost estimates such as the claim of more than $100,000 per coin.':
      'Gráfico de líneas: el costo de la electricidad para minar un bitcoin sube en línea recta con el precio de la electricidad, y una segunda línea discontinua, más empinada, suma los demás costos operativos. Unos puntos marcan los precios de la electricidad en Etiopía, Paraguay y la industria de Estados Unidos, y líneas horizontales marcan estimaciones de costo publicadas, como la afirmación de más de US$ 100.000 por moneda.',
    'The solid line is electricity only; the dashed line adds the rest of the operating costs, assuming electricity is the share of them set above (about 80 % in Cambridge’s 2025 survey of mining firms). Neither includes buying the machines, which is why both sit below all-in estimates such as CoinShares’ total cost. Energy per block = hashrate × 600 seconds × joules per hash; coins per block = subsidy + fees. Defaults describe one day, 20 September 2024 (the last day of CBECI’s efficiency series). Hashrate and efficiency are estimates; transaction fees are not in our datasets, so they default to zero: set your own.':
      'La línea continua es solo electricidad; la discontinua suma el resto de los costos operativos, suponiendo que la electricidad es la porción de ellos que se fija arriba (cerca del 80 % en la encuesta de Cambridge de 2025 a empresas mineras). Ninguna incluye la compra de las máquinas, y por eso las dos quedan por debajo de estimaciones totales como el costo total de CoinShares. Energía por bloque = tasa de hash × 600 segundos × julios por hash; monedas por bloque = subsidio + comisiones. Los valores predeterminados describen un solo día, el 20 de septiembre de 2024 (el último de la serie de eficiencia del CBECI). La tasa de hash y la eficiencia son estimaciones; las comisiones por transacción no están en nuestros datos, así que empiezan en cero: pon las tuyas.',
    // Controls and results
    'Electricity price': 'Precio de la electricidad',
    '$/kWh': 'US$/kWh',
    '$%s/kWh': 'US$ %s/kWh',
    'Fleet efficiency': 'Eficiencia de la flota',
    'Network hashrate': 'Tasa de hash de la red',
    'Block subsidy': 'Subsidio del bloque',
    BTC: 'BTC',
    '12.5 BTC': '12,5 BTC',
    '6.25 BTC': '6,25 BTC',
    '3.125 BTC': '3,125 BTC',
    'Fees per block': 'Comisiones por bloque',
    'Electricity share of operating costs': 'Porción de la electricidad en los costos operativos',
    'Energy per coin': 'Energía por moneda',
    'Electricity cost per coin': 'Costo de la electricidad por moneda',
    'Network power draw': 'Potencia que consume la red',
    'Operating cost per coin': 'Costo operativo por moneda',
    // The chart
    'Electricity price ($ per kWh) →': 'Precio de la electricidad (US$ por kWh) →',
    '↑ Cost per coin ($)': '↑ Costo por moneda (US$)',
    // The axes say US$ in their labels: the ticks are bare numbers, which keeps them inside the chart on phones.
    '$%s': '%s',
    electricity: 'electricidad',
    '+ other costs': '+ otros costos',
    '+ other operating costs': '+ otros costos operativos',
    // The markers: labels, short labels and sources
    Marker: 'Marcador',
    Value: 'Valor',
    'Ethiopia, cheap tariff (≈3.2 ¢/kWh, late 2024)': 'Etiopía, tarifa barata (≈3,2 ¢/kWh, fines de 2024)',
    'Paraguay, business electricity (≈$0.05/kWh)': 'Paraguay, electricidad para empresas (≈US$ 0,05/kWh)',
    'US industrial average, 2023': 'Promedio industrial de Estados Unidos, 2023',
    'CoinShares: listed miners’ total cost ≈$106,000 (Q3 2024)': 'CoinShares: costo total de las mineras que cotizan en bolsa ≈US$ 106.000 (3.er trim. 2024)',
    'KuCoin: US cost "sometimes exceeding $100,000" (Apr 2026)': 'KuCoin: costo en Estados Unidos "sometimes exceeding $100,000" [a veces superior a US$ 100.000] (abr. 2026)',
    'CBECI-based model at US industrial $0.09/kWh: $86,931': 'Modelo basado en el CBECI al precio industrial de Estados Unidos, US$ 0,09/kWh: US$ 86.931',
    'CoinShares: listed miners’ cash cost $55,950 (Q3 2024)': 'CoinShares: costo en efectivo de las mineras que cotizan en bolsa, US$ 55.950 (3.er trim. 2024)',
    'Network hashrate, 30-day mean, 2024-09-20': 'Tasa de hash de la red, media de 30 días, 2024-09-20',
    'CBECI network efficiency, 2024-09-20': 'Eficiencia de la red según el CBECI, 2024-09-20',
    Ethiopia: 'Etiopía',
    Paraguay: 'Paraguay',
    'US industry': 'Industria de EE. UU.',
    'CoinShares total': 'Total de CoinShares',
    '$100k claim': 'Afirmación de US$ 100k',
    'CBECI-based, $0.09': 'Basado en el CBECI, US$ 0,09',
    'CoinShares cash': 'Efectivo de CoinShares',
    'CoinShares total ≈$106k (Q3 2024)': 'Total de CoinShares ≈US$ 106k (3.er trim. 2024)',
    'KuCoin claim: over $100k (2026)': 'Afirmación de KuCoin: más de US$ 100k (2026)',
    'CBECI-based at $0.09/kWh: $86,931': 'Basado en el CBECI a US$ 0,09/kWh: US$ 86.931',
    'CoinShares cash cost $55,950 (Q3 2024)': 'Costo en efectivo de CoinShares, US$ 55.950 (3.er trim. 2024)',
    'Wu Blockchain / The Africa Report via Binance Square': 'Wu Blockchain / The Africa Report, vía Binance Square',
    'bitnewsbot.com citing Hashrate Index, GlobalPetrolPrices': 'bitnewsbot.com, con datos de Hashrate Index y GlobalPetrolPrices',
    'EIA Electric Power Monthly Table 5.3 (dataset us-electricity-price)': 'EIA, Electric Power Monthly, tabla 5.3 (conjunto de datos us-electricity-price)',
    'CoinShares Q3 2024 mining report via PANews': 'Informe de minería de CoinShares del 3.er trim. de 2024, vía PANews',
    'KuCoin report via coinalertnews.com': 'Informe de KuCoin, vía coinalertnews.com',
    'bitnewsbot.com, CBECI model + EIA prices (undated)': 'bitnewsbot.com, modelo del CBECI + precios de la EIA (sin fecha)',
    'btc-hashrate (derived series btc-electricity-cost-per-coin)': 'btc-hashrate (serie derivada btc-electricity-cost-per-coin)',
    'CBECI (dataset cbeci-efficiency)': 'CBECI (conjunto de datos cbeci-efficiency)',
  },
  summary: (rows, s, l) => {
    const { fmt } = l;
    const { at, ethiopia, us } = summaryFacts(rows, s);
    const cents = (v: number) => `${fmt.num2(v * 100)} ¢/kWh`;
    return `El ${fmt.date(utc(s.date))}, con la red en ${fmt.num1(s.hashrateEhs)} EH/s (media de 30 días), la eficiencia media del CBECI de ${fmt.num2(s.efficiencyJPerTh)} J/TH y un subsidio de ${asWritten(s.subsidyBtc, l)} BTC, la electricidad para una moneda costaba ${fmt.usd(at(ethiopia))} con la tarifa de Etiopía, de ${cents(ethiopia)}; ${fmt.usd(at(0.05))} a US$ 0,05/kWh, y ${fmt.usd(at(us))} al promedio industrial de Estados Unidos de 2023, de ${cents(us)}.`;
  },
});
