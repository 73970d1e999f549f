import { fmt } from '../../charts/formatsEs.ts';
import type { NumberTranslation } from '../types.ts';

export default {
  'efficiency-2016': { format: (v: number) => `${fmt.num1(v)} julios por terahash`, note: 'eficiencia media estimada de la red minera según el CBECI, el 1 de enero de 2016' },
  'efficiency-latest': { format: (v: number) => `${fmt.num1(v)} julios por terahash`, note: 'eficiencia media estimada de la red minera según el CBECI, el último día de la serie' },
  'efficiency-latest-date': { format: (v: string) => fmt.date(new Date(v)), note: 'último día de la serie de eficiencia del CBECI' },
  'efficiency-improvement-2016-latest': { format: (v: number) => `${fmt.int(v)} veces`, note: 'cociente entre la eficiencia media de la red según el CBECI el 1 de enero de 2016 y la del último día de la serie' },
} satisfies Record<string, NumberTranslation>;
