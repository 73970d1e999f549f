import { fmt } from '../../charts/formatsEs.ts';
import { utc } from '../../charts/defaults.ts';
import type { NumberTranslation } from '../types.ts';

const usd = (v: number) => fmt.usd(v);
const day = (v: string) => fmt.date(utc(v));
const cents = (v: number) => `${fmt.num1(v * 100)} centavos de dólar por kWh`;
const share = (v: number) => `${fmt.int(v)}\u00a0%`;
const twh = (v: number) => `${fmt.num1(v)} TWh`;

export default {
  'coin-snapshot-date': { format: day, note: 'último día en que existen tanto la serie de la tasa de hash como la estimación de eficiencia del CBECI (los valores iniciales de la calculadora)' },
  'coin-snapshot-hashrate': { format: (v: number) => `${fmt.num1(v)} EH/s`, note: 'tasa de hash media de 30 días de la red en el día de referencia (exahashes por segundo)' },
  'coin-snapshot-efficiency': { format: (v: number) => `${fmt.num2(v)} J/TH`, note: 'eficiencia media estimada de la red según el CBECI en el día de referencia (julios por terahash)' },
  'coin-cost-us-industrial': { format: usd, note: 'costo de la electricidad por moneda en el día de referencia, al precio industrial medio de Estados Unidos en 2023' },
  'coin-cost-ethiopia': { format: usd, note: 'costo de la electricidad por moneda en el día de referencia, a la tarifa informada para Etiopía de 3,2 ¢/kWh' },
  'coin-us-industrial-2023': { format: (v: number) => `${fmt.num2(v * 100)} centavos de dólar por kWh`, note: 'precio medio minorista de la electricidad para la industria de Estados Unidos en 2023, según la EIA (tabla 5.3)' },
  'coin-price-for-100k': { format: (v: number) => `${fmt.num1(v * 100)} centavos de dólar por kWh`, note: 'precio de la electricidad con el que solo la electricidad de una moneda cuesta US$ 100.000 en el día de referencia = US$ 100.000 ÷ kWh por moneda' },
  'coin-latest-hashrate': { format: (v: number) => `${fmt.int(v)} EH/s`, note: 'tasa de hash media de 30 días de la red el último día de la serie (desde el 8 de marzo de 2025, deducida de la dificultad)' },
  'coin-latest-hashrate-date': { format: day, note: 'último día de la serie de la tasa de hash' },
  'coin-cost-latest-hashrate-us-industrial': { format: usd, note: 'costo de la electricidad por moneda al precio industrial medio de Estados Unidos en 2023, con la última tasa de hash media de 30 días y la última eficiencia estimada por el CBECI (dos días distintos; un tope, porque la flota siguió mejorando)' },
  'coin-snapshot-power': { format: (v: number) => `${fmt.num1(v)} gigavatios`, note: 'potencia que consume la red en el día de referencia = tasa de hash × eficiencia' },
  'coin-snapshot-energy-per-block': { format: (v: number) => `${fmt.int(v)} MWh`, note: 'electricidad por bloque en el día de referencia = potencia × 600 segundos' },
  'coin-snapshot-energy-per-coin': { format: (v: number) => `${fmt.int(v)} MWh`, note: 'electricidad por moneda nueva en el día de referencia = energía por bloque ÷ subsidio de 3,125 BTC (sin contar comisiones)' },
  'coin-snapshot-cost-005': { format: usd, note: 'costo de la electricidad por moneda nueva en el día de referencia a US$ 0,05/kWh (valor predeterminado de la calculadora)' },
  'coin-snapshot-opex-005': { format: usd, note: 'costo de la electricidad por moneda en el día de referencia a US$ 0,05/kWh ÷ 0,8 (la electricidad como 80 % de los costos operativos, Cambridge 2025)' },
  'coin-snapshot-price': { format: usd, note: 'BTC/USD de Bitstamp a las 00:00 UTC en el día de referencia' },
  'coin-snapshot-cost-share': { format: share, note: 'costo de la electricidad por moneda a US$ 0,05/kWh como porción del precio de Bitstamp en el día de referencia' },
  'coin-price-for-100k-opex': { format: cents, note: 'precio de la electricidad con el que los costos operativos (la electricidad = 80 % de ellos) llegan a US$ 100.000 por moneda en el día de referencia' },
  'coin-price-for-coinshares-cash': { format: cents, note: 'precio de la electricidad con el que los costos operativos (la electricidad = 80 %) igualan el costo en efectivo de CoinShares del 3.er trimestre de 2024, US$ 55.950, en el día de referencia' },
  'coin-cost-survey-efficiency': { format: usd, note: 'costo de la electricidad por moneda en el día de referencia a US$ 0,05/kWh con la eficiencia de flota de 28,2 J/TH de la encuesta de Cambridge de 2025' },
  'coin-cost-latest-hashrate': { format: usd, note: 'costo de la electricidad por moneda a US$ 0,05/kWh con la última tasa de hash media de 30 días y la última eficiencia estimada por el CBECI (dos días distintos)' },
  'coin-halving-before': { format: usd, note: 'costo de la electricidad por moneda a US$ 0,05/kWh el 19 de abril de 2024 (subsidio de 6,25 BTC), serie derivada btc-electricity-cost-per-coin' },
  'coin-halving-after': { format: usd, note: 'costo de la electricidad por moneda a US$ 0,05/kWh el 20 de abril de 2024 (subsidio de 3,125 BTC), serie derivada btc-electricity-cost-per-coin' },
  'coin-halving-price': { format: usd, note: 'BTC/USD de Bitstamp a las 00:00 UTC el 20 de abril de 2024, día del cuarto halving' },
  'coin-halving-share-before': { format: share, note: 'costo de la electricidad por moneda a US$ 0,05/kWh como porción del precio de Bitstamp, 19 de abril de 2024' },
  'coin-halving-share-after': { format: share, note: 'costo de la electricidad por moneda a US$ 0,05/kWh como porción del precio de Bitstamp, 20 de abril de 2024 (día del halving)' },
  'coin-price-kucoin-report': { format: usd, note: 'BTC/USD de Bitstamp a las 00:00 UTC del viernes 10 de abril de 2026, la fecha del informe de KuCoin' },
  'coin-days-compared': { format: fmt.int, note: 'días del 1 de enero de 2012 al 20 de septiembre de 2024 con una estimación de costo y un precio de Bitstamp' },
  'coin-days-cost-above-price': { format: fmt.int, note: 'días en los que el costo de la electricidad por moneda a US$ 0,05/kWh superó el precio de Bitstamp' },
  // The English lists the years with commas ("2020, 2021"); only the last comma becomes "y".
  'coin-days-cost-above-price-years': { format: (v: string) => v.replace(/, (\d{4})$/, ' y $1'), note: 'años en los que están los días en que el costo de la electricidad por moneda a US$ 0,05/kWh superó el precio de Bitstamp' },
  'coin-cbeci-date': { format: day, note: 'último día de la serie de consumo según el precio del CBECI' },
  'coin-cbeci-twh-002': { format: twh, note: 'mejor estimación del CBECI del consumo anualizado en su último día si los mineros pagaran US$ 0,02/kWh' },
  'coin-cbeci-twh-005': { format: twh, note: 'mejor estimación del CBECI del consumo anualizado en su último día con su supuesto principal de US$ 0,05/kWh' },
  'coin-cbeci-twh-010': { format: twh, note: 'mejor estimación del CBECI del consumo anualizado en su último día si los mineros pagaran US$ 0,10/kWh' },
} satisfies Record<string, NumberTranslation>;
