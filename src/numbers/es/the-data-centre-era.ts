import { fmt } from '../../charts/formatsEs.ts';
import type { NumberTranslation } from '../types.ts';

const mw = (v: number) => `${v >= 10 ? fmt.int(v) : fmt.num1(v)} megavatios`;

export default {
  'dc-grok3-chips': { format: fmt.int, note: 'chips usados para entrenar Grok 3 (NVIDIA H100)' },
  'dc-grok3-mw': { format: mw, note: 'potencia estimada del entrenamiento de Grok 3' },
} satisfies Record<string, NumberTranslation>;
