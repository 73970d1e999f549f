import { translation } from '../translation.ts';
import chart, { summaryFacts } from '../defs/hydro-share.ts';

export default translation<typeof chart>({
  strings: {
    'Countries that run on water': 'Países que funcionan con agua',
    'Share of electricity generated from hydropower, per cent, 2000 onward (Our World in Data)': 'Porción de la electricidad generada con energía hidráulica, en porcentaje, desde 2000 (Our World in Data)',
    'Line chart: hydropower supplies almost all of Paraguay’s electricity throughout and nearly all of Ethiopia’s in recent years, against a small fraction in the United States and a minority share in China and the world as a whole.':
      'Gráfico de líneas: la energía hidráulica aporta casi toda la electricidad de Paraguay en todo el período y casi toda la de Etiopía en los últimos años, frente a una fracción pequeña en Estados Unidos y una porción minoritaria en China y en el mundo en su conjunto.',
    'Share of generation, not of capacity or of what miners use. A high share says power is cheap to make once the dams exist, not that it is cheap for miners to buy.':
      'Porción de la generación, no de la capacidad instalada ni de lo que usan los mineros. Una porción alta dice que, una vez construidas las represas, producir electricidad es barato; no que sea barato para los mineros comprarla.',
    'Hydro share': 'Porción hidráulica',
    '↑ hydro share of electricity (%)': '↑ porción hidráulica de la electricidad (%)',
    US: 'EE. UU.',
    '%s % hydro': '%s % hidráulica',
    Countries: 'Países',
  },
  summary: (rows, _context, { fmt }) => {
    const { shown, four } = summaryFacts(rows);
    const where = (entity: string) => (entity === 'World' ? 'el mundo' : fmt.country(entity));
    if (!four) return `Porción hidráulica de la electricidad: ${shown.map((r) => `${fmt.num1(r.hydro_pct)} % en ${where(r.entity)} (${r.year})`).join(', ')}.`;
    const { paraguay: p, ethiopia: et, us, world: w } = four;
    const countries = p.year === et.year
      ? `En ${p.year}, la energía hidráulica aportó ${fmt.num1(p.hydro_pct)} % de la electricidad de Paraguay y ${fmt.num1(et.hydro_pct)} % de la de Etiopía`
      : `La energía hidráulica aportó ${fmt.num1(p.hydro_pct)} % de la electricidad de Paraguay en ${p.year} y ${fmt.num1(et.hydro_pct)} % de la de Etiopía en ${et.year}`;
    return `${countries}, frente a ${fmt.num1(us.hydro_pct)} % en Estados Unidos (${us.year}) y ${fmt.num1(w.hydro_pct)} % en el mundo (${w.year}).`;
  },
});
