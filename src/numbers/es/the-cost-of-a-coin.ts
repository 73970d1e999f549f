import { fmt } from '../../charts/formatsEs.ts';
import { utc } from '../../charts/defaults.ts';
import type { NumberTranslation } from '../types.ts';

const usd = (v: number) => fmt.usd(v);
const day = (v: string) => fmt.date(utc(v));

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
} satisfies Record<string, NumberTranslation>;
