import { fmt, format } from '../../charts/formatsEs.ts';
import type { NumberTranslation } from '../types.ts';

/** Shares keep the precision their source gave, up to two decimals: 65,08 %, 44 %, 3,6 %. */
const pct = (v: number) => `${format(',.2~f')(v)} %`;
const cents = (v: number) => `${fmt.num2(v)} centavos de dólar por kWh`;
const times = (v: number) => `${fmt.num1(v)} veces`;
const year = String;

/** The English value reads "wind, 7.31 %" (a source named by the English number file): the same in Spanish. */
const SOURCES: Record<string, string> = {
  wind: 'la eólica', oil: 'el petróleo', solar: 'la solar', bioenergy: 'la bioenergía', coal: 'el carbón', gas: 'el gas',
  nuclear: 'la nuclear', 'geothermal and other renewables': 'la geotérmica y otras renovables',
};
const sourceShare = (v: string) => {
  const m = /^(.+), ([\d.,]+) %$/.exec(v);
  const name = m && SOURCES[m[1]!];
  if (!m || !name) throw new Error(`src/numbers/es/following-cheap-power.ts: cannot read "${v}" as "<source>, <share> %"`);
  return `${name}, con ${pct(Number(m[2]!.replace(/,/g, '')))}`;
};

export default {
  // El mapa de Cambridge basado en los pools, promedio de septiembre de 2019 a abril de 2020
  'power-china-2020': { format: pct, note: 'porción de China, mapa de minería del CBECI, promedio sep. 2019–abr. 2020' },
  'power-us-2020': { format: pct, note: 'porción de Estados Unidos, la misma fotografía' },
  'power-named-2020': { format: String, note: 'cantidad de países nombrados en esa fotografía' },
  // El mismo mapa durante la prohibición de 2021
  'power-china-2021-05': { format: pct, note: 'porción de China, mapa de minería del CBECI, mayo de 2021' },
  'power-china-2021-07': { format: pct, note: 'porción de China, mapa de minería del CBECI, julio de 2021' },
  'power-china-2021-09': { format: pct, note: 'porción de China, mapa de minería del CBECI, septiembre de 2021' },
  'power-us-2022': { format: pct, note: 'porción de Estados Unidos, mapa de minería del CBECI, enero de 2022' },
  'power-china-2022': { format: pct, note: 'porción de China, mapa de minería del CBECI, enero de 2022' },
  'power-kazakhstan-2022': { format: pct, note: 'porción de Kazajistán, mapa de minería del CBECI, enero de 2022' },
  // El modelo de Hashrate Index, 2025
  'power-us-2025': { format: pct, note: 'porción de Estados Unidos, Hashrate Index, inicio del tercer trimestre de 2025' },
  'power-russia-2025': { format: pct, note: 'porción de Rusia, Hashrate Index, inicio del tercer trimestre de 2025' },
  'power-china-2025': { format: pct, note: 'porción de China, Hashrate Index, inicio del tercer trimestre de 2025' },
  'power-paraguay-2025': { format: pct, note: 'porción de Paraguay, Hashrate Index, inicio del tercer trimestre de 2025' },
  'power-paraguay-2025-q2': { format: pct, note: 'porción de Paraguay, Hashrate Index, segundo trimestre de 2025' },
  'power-uae-2025': { format: pct, note: 'porción de Emiratos Árabes Unidos, Hashrate Index, inicio del tercer trimestre de 2025' },
  'power-oman-2025': { format: pct, note: 'porción de Omán, Hashrate Index, inicio del tercer trimestre de 2025' },
  'power-named-2025': { format: String, note: 'cantidad de países nombrados en esa fotografía' },
  'power-named-2025-total': { format: (v: number) => `${fmt.num1(v)} %`, note: 'suma de las porciones que Hashrate Index atribuyó a países con nombre al inicio del tercer trimestre de 2025' },
  'power-unnamed-2025': { format: (v: number) => `${fmt.num1(v)} %`, note: '100 % menos las porciones con nombre de Hashrate Index al inicio del tercer trimestre de 2025: la tasa de hash que no atribuyó a ningún país' },
  'power-us-paraguay-ratio': { format: times, note: 'porción de Estados Unidos dividida por la de Paraguay, ambas de Hashrate Index, inicio del tercer trimestre de 2025' },
  // La encuesta de Cambridge de 2025 y la afirmación sobre Etiopía
  'power-us-survey-2025': { format: pct, note: 'porción de Estados Unidos en la tasa de hash que declararon las 49 empresas de la encuesta de Cambridge de 2025' },
  'power-ethiopia-claim': { format: pct, note: 'porción de Etiopía según un minero local y la empresa eléctrica, difundida en dic. 2024' },
  // La energía hidráulica y la matriz eléctrica (Our World in Data)
  'power-hydro-paraguay': { format: pct, note: 'participación de la hidroelectricidad en la generación eléctrica de Paraguay, último año de los datos' },
  'power-hydro-paraguay-year': { format: year, note: 'ese año' },
  'power-hydro-ethiopia': { format: pct, note: 'participación de la hidroelectricidad en la generación eléctrica de Etiopía, último año de los datos' },
  'power-hydro-ethiopia-year': { format: year, note: 'ese año' },
  'power-hydro-us': { format: pct, note: 'participación de la hidroelectricidad en la generación eléctrica de Estados Unidos, último año de los datos' },
  'power-hydro-us-year': { format: year, note: 'ese año' },
  'power-hydro-world': { format: pct, note: 'participación de la hidroelectricidad en la generación eléctrica mundial, último año de los datos' },
  'power-hydro-ethiopia-low': { format: pct, note: 'la menor participación de la hidroelectricidad en la electricidad de Etiopía desde 2000' },
  'power-hydro-ethiopia-low-year': { format: year, note: 'el año de ese mínimo' },
  'power-ethiopia-low-year-second': { format: sourceShare, note: 'la mayor fuente de electricidad de Etiopía, después de la hidráulica, en ese año, con su porción' },
  'power-mix-year': { format: year, note: 'el último año de la matriz eléctrica de Omán, Emiratos Árabes Unidos, Kazajistán y Rusia (el mismo para los cuatro)' },
  'power-nuclear-uae': { format: pct, note: 'participación de la nuclear en la generación eléctrica de Emiratos Árabes Unidos, último año' },
  'power-gas-oman': { format: pct, note: 'participación del gas en la generación eléctrica de Omán, último año' },
  'power-gas-uae': { format: pct, note: 'participación del gas en la generación eléctrica de Emiratos Árabes Unidos, último año' },
  'power-coal-kazakhstan': { format: pct, note: 'participación del carbón en la generación eléctrica de Kazajistán, último año' },
  'power-gas-russia': { format: pct, note: 'participación del gas en la generación eléctrica de Rusia, último año' },
  'power-hydro-russia': { format: pct, note: 'participación de la hidroelectricidad en la generación eléctrica de Rusia, último año' },
  'power-hydro-canada': { format: pct, note: 'participación de la hidroelectricidad en la generación eléctrica de Canadá, último año' },
  // Precios (EIA; tarifas informadas, del archivo de afirmaciones compiladas)
  'power-us-industrial-first': { format: cents, note: 'precio industrial medio en Estados Unidos según la EIA, enero de 2001' },
  'power-us-industrial-peak': { format: cents, note: 'el mayor precio industrial medio mensual en Estados Unidos según la EIA, de 2001 a mayo de 2023' },
  'power-us-industrial-peak-month': { format: (v: string) => fmt.month(new Date(`${v}-01T00:00:00Z`)), note: 'el mes de ese máximo' },
  'power-us-industrial-2020': { format: cents, note: 'precio industrial medio anual en Estados Unidos según la EIA, 2020' },
  'power-us-industrial-2023': { format: cents, note: 'precio industrial medio anual en Estados Unidos según la EIA, 2023' },
  'power-tariff-ethiopia': { format: (v: number) => `${fmt.num1(v)} centavos de dólar por kWh`, note: 'tarifa para mineros en Etiopía según lo informado a fines de 2024 (US$ 0,032 por kWh)' },
  'power-tariff-paraguay': { format: (v: number) => `${fmt.int(v)} centavos de dólar por kWh`, note: 'precio de la electricidad para empresas en Paraguay según lo informado (sin fecha; US$ 0,05 por kWh)' },
  'power-us-ethiopia-ratio': { format: times, note: 'precio industrial medio de Estados Unidos en 2023 según la EIA dividido por la tarifa informada para los mineros en Etiopía (no es una comparación entre iguales)' },
} satisfies Record<string, NumberTranslation>;
