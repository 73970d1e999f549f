import { translation } from '../translation.ts';
import chart, { summaryFacts } from '../defs/mining-countries-power-mix.ts';

export default translation<typeof chart>({
  strings: {
    'Cheap power is not always water power': 'La electricidad barata no siempre viene del agua',
    'Electricity generation by source in the countries named in the mining estimates, latest year available, per cent (Our World in Data)':
      'Generación eléctrica por fuente en los países que nombran las estimaciones de minería, último año disponible, en porcentaje (Our World in Data)',
    'Stacked bars of electricity generation by source. Paraguay and Ethiopia generate almost all their electricity from hydro power and Canada more than half. Oman generates almost all of its electricity from gas and the United Arab Emirates about two thirds, with most of the rest nuclear; Kazakhstan and China generate mostly from coal, Russia largely from gas, and the United States from a mix led by gas.':
      'Barras apiladas de la generación eléctrica por fuente. Paraguay y Etiopía generan casi toda su electricidad con energía hidráulica, y Canadá más de la mitad. Omán genera casi toda su electricidad con gas y Emiratos Árabes Unidos, unos dos tercios, con la nuclear como casi todo el resto; Kazajistán y China generan sobre todo con carbón, Rusia en gran parte con gas, y Estados Unidos con una mezcla encabezada por el gas.',
    'Shares of each country’s whole generation, not of the electricity miners use: a mining site can sit next to a dam in a coal-heavy country, or burn gas that would otherwise be flared. Each country’s latest year in the data is given beside its name. “Wind, solar, other” also includes bioenergy.':
      'Porciones de toda la generación de cada país, no de la electricidad que usan los mineros: un sitio de minería puede estar junto a una represa en un país que depende del carbón, o quemar gas que de otro modo se quemaría en antorcha. Junto al nombre de cada país figura su último año en los datos. “Eólica, solar y otras” incluye también la bioenergía.',
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
