import { fmt } from '../../charts/formatsEs.ts';
import type { NumberTranslation } from '../types.ts';

const ehs = (v: number) => `${fmt.int(v)} EH/s`;

export default {
  'laptops-hashrate-first': { format: fmt.hash, note: 'primera media de 30 días de la tasa de hash de la red en la serie' },
  'laptops-hashrate-first-date': { format: (v: string) => fmt.month(new Date(v)), note: 'su fecha' },
  'laptops-hashrate-last': { format: fmt.hash, note: 'media de 30 días más reciente de la tasa de hash de la red (desde el 8 de marzo de 2025, deducida de la dificultad)' },
  'laptops-hashrate-last-date': { format: (v: string) => fmt.date(new Date(v)), note: 'su fecha' },
  'laptops-2021-peak': { format: ehs, note: 'la mayor media de 30 días de la tasa de hash entre enero y mayo de 2021' },
  'laptops-2021-low': { format: ehs, note: 'la menor media de 30 días de la tasa de hash entre junio y diciembre de 2021' },
  'laptops-2021-low-date': { format: (v: string) => fmt.date(new Date(v)), note: 'su fecha' },
  'laptops-2021-drop': { format: (v: number) => `${fmt.int(v)} %`, note: 'caída desde el máximo de la primavera (boreal) de 2021 hasta el mínimo del verano, en medias de 30 días' },
  'laptops-s9-ppm': { format: (v: number) => `${fmt.num2(v)} millonésimas`, note: 'una Antminer S9 como porción de la red en el mes de su lanzamiento' },
  'laptops-s21-ppm': { format: (v: number) => `${fmt.num2(v)} millonésimas`, note: 'una Antminer S21 como porción de la red en el mes de su lanzamiento' },
  'laptops-s21-speedup': { format: (v: number) => `${fmt.num1(v)} veces`, note: 'tasa de hash de la S21 ÷ tasa de hash de la S9' },
  'laptops-s21-years-per-block': { format: (v: number) => `${fmt.int(v)} años`, note: 'espera esperada para que una Antminer S21 encuentre sola un bloque, con su porción de la red en el mes de lanzamiento (un bloque cada 10 minutos en promedio)' },
  'laptops-s3-eff': { format: (v: number) => `${fmt.int(v)} J/TH`, note: 'eficiencia de la Antminer S3 (lista de equipos del CBECI)' },
  'laptops-a16-eff': { format: (v: number) => `${fmt.num1(v)} J/TH`, note: 'eficiencia de la Avalon A16 XP (especificación del fabricante)' },
  'laptops-cpu-eff': { format: (v: number) => `${fmt.int(v / 1e6)} millones de J/TH`, note: 'supuesto del CBECI para la mejor CPU de 2009 (J/GH × 1.000)' },
  'laptops-cpu-vs-a16': { format: (v: number) => `${fmt.int(v)} veces`, note: 'supuesto del CBECI para la mejor CPU (J/TH) ÷ J/TH especificados de la Avalon A16 XP, con dos cifras significativas' },
  'laptops-cpu-kwh-per-th': { format: (v: number) => `${fmt.num1(v)} kilovatios hora`, note: 'energía para un terahash según el supuesto del CBECI para la mejor CPU (J ÷ 3,6 millones de J por kWh)' },
  'laptops-s21-watts': { format: (v: number) => `${fmt.int(v)} vatios`, note: 'tasa de hash especificada de la Antminer S21 (TH/s) × eficiencia especificada (J/TH)' },
  'laptops-s21-ths': { format: (v: number) => `${fmt.int(v)} terahashes`, note: 'tasa de hash por segundo especificada de la Antminer S21' },
  'laptops-s21-second-on-cpus': { format: (v: number) => `${fmt.int(v)} kilovatios hora`, note: 'un segundo de cálculo de una Antminer S21 (TH) × el supuesto del CBECI para la mejor CPU (J/TH), en kWh' },
  'laptops-early-asic-eff': { format: (v: number) => `${fmt.int(v)} J/TH`, note: 'supuesto genérico del CBECI para los primeros ASIC (2013)' },
  'laptops-difficulty-first': { format: fmt.int, note: 'primera dificultad distinta de cero en el archivo 2009–2020 (3 de enero de 2009)' },
  'laptops-difficulty-last': { format: (v: number) => `${fmt.int(v / 1e12)} billones`, note: 'dificultad más reciente en el archivo diario de Blockchain.com' },
  'laptops-difficulty-last-date': { format: (v: string) => fmt.date(new Date(v)), note: 'su fecha' },
} satisfies Record<string, NumberTranslation>;
