import { translation } from '../translation.ts';
import chart, { summaryFacts } from '../defs/mining-countries-power-mix.ts';

export default translation<typeof chart>({
  strings: {
    'Cheap power is not always water power': 'La electricidad barata no siempre viene del agua',
    'Electricity generation by source in the countries named in the mining estimates, latest year available, per cent (Our World in Data)':
      'Generación eléctrica por fuente en los países que nombran las estimaciones de minería, último año disponible, en porcentaje (Our World in Data)',
    'Stacked bars of electricity generation by source. Paraguay and Ethiopia generate almost all their electricity from hydro power and Canada more than half. Oman and the United Arab Emirates generate almost all of theirs from gas, Kazakhstan mostly from coal, China mostly from coal, Russia largely from gas, and the United States from a mix led by gas.':
      'Barras apiladas de la generación eléctrica por fuente. Paraguay y Etiopía generan casi toda su electricidad con energía hidráulica, y Canadá más de la mitad. Omán y Emiratos Árabes Unidos generan casi toda la suya con gas, Kazajistán y China sobre todo con carbón, Rusia en gran parte con gas, y Estados Unidos con una mezcla encabezada por el gas.',
    'Shares of each country’s whole generation, not of the electricity miners use: a mining site can sit next to a dam in a coal-heavy country, or burn gas that would otherwise be flared. Latest year in this copy of the data: 2022 for most countries, 2021 for Paraguay, Ethiopia and the United Arab Emirates. “Wind, solar, other” also includes bioenergy.':
      'Porciones de toda la generación de cada país, no de la electricidad que usan los mineros: un sitio de minería puede estar junto a una represa en un país que depende del carbón, o quemar gas que de otro modo se quemaría en antorcha. Último año en esta copia de los datos: 2022 para la mayoría de los países; 2021 para Paraguay, Etiopía y Emiratos Árabes Unidos. “Eólica, solar y otras” incluye también la bioenergía.',
    // The groups of sources, as the key, table values and tooltips name them
    Hydro: 'Hidráulica',
    Gas: 'Gas',
    Coal: 'Carbón',
    Oil: 'Petróleo',
    Nuclear: 'Nuclear',
    'Wind, solar, other': 'Eólica, solar y otras',
    'Share of generation': 'Porción de la generación',
    'share of generation (%) →': 'porción de la generación (%) →',
    US: 'EE. UU.',
    UAE: 'EAU',
    Countries: 'Países',
  },
  summary: (rows, _context, { fmt, t }) => {
    const { top, three } = summaryFacts(rows);
    if (!three) return `Mayor fuente de electricidad: ${top.map((r) => `${t(r.source).toLowerCase()} en ${r.entity === 'World' ? 'el mundo' : fmt.country(r.entity)} (${fmt.num1(r.share_pct)} %, ${r.year})`).join('; ')}.`;
    const { paraguay: py, oman: om, kazakhstan: kz } = three;
    return `La energía hidráulica aportó ${fmt.num1(py.share_pct)} % de la electricidad de Paraguay en ${py.year}; el gas, ${fmt.num1(om.share_pct)} % de la de Omán (${om.year}), y el carbón, ${fmt.num1(kz.share_pct)} % de la de Kazajistán (${kz.year}).`;
  },
});
