import { translation } from '../translation.ts';
import chart, { PANELS } from '../defs/country-share-maps.ts';

export default translation<typeof chart>({
  strings: {
    'Mining moved out of China: two maps, two estimators': 'La minería salió de China: dos mapas, dos estimadores',
    'Share of Bitcoin’s hashrate by country, per cent. Top: Cambridge’s pool-based map, 2019–2020. Bottom: Hashrate Index’s model, mid-2025. Grey: no figure published':
      'Porción de la tasa de hash de Bitcoin por país, en porcentaje. Arriba: el mapa de Cambridge basado en los pools, 2019–2020. Abajo: el modelo de Hashrate Index, mediados de 2025. En gris: sin cifra publicada',
    'Two world maps shaded by share of Bitcoin hashrate. In Cambridge’s map for September 2019 to April 2020, China is by far the darkest, at about two thirds, with the United States, Russia, Kazakhstan, Malaysia and Iran lightly shaded. In Hashrate Index’s estimate for mid-2025, the United States is darkest at about a third, followed by Russia and China, with Paraguay, the United Arab Emirates, Oman and Canada lightly shaded.':
      'Dos mapas del mundo sombreados según la porción de la tasa de hash de Bitcoin. En el mapa de Cambridge para septiembre de 2019 a abril de 2020, China es por lejos el país más oscuro, con cerca de dos tercios, y Estados Unidos, Rusia, Kazajistán, Malasia e Irán aparecen en tonos claros. En la estimación de Hashrate Index para mediados de 2025, el más oscuro es Estados Unidos, con cerca de un tercio, seguido por Rusia y China, y Paraguay, Emiratos Árabes Unidos, Omán y Canadá aparecen en tonos claros.',
    'Each map is one estimator at one time, with the same colour scale: the darker the blue, the larger the share. Grey means that source published no figure for the country, not that no one mines there; each source named only its largest countries. Shares of 3.5 % or more are written on the map; the table below lists every figure. The maps were made differently (pool connections in 2019–2020, a commercial model in 2025), so read them as two snapshots, not a measured change. Borders: Natural Earth via the world-atlas package.':
      'Cada mapa es un estimador en un momento, con la misma escala de color: cuanto más oscuro el azul, mayor la porción. El gris significa que esa fuente no publicó una cifra para el país, no que nadie mine allí; cada fuente nombró solo a sus países más grandes. Las porciones de 3,5 % o más están escritas sobre el mapa; la tabla de abajo da todas las cifras. Los mapas se hicieron de maneras distintas (conexiones a pools en 2019–2020, un modelo comercial en 2025), así que hay que leerlos como dos fotografías, no como un cambio medido. Fronteras: Natural Earth, mediante el paquete world-atlas.',
    // The two maps, as headings, table values and Explore choices
    'Cambridge mining map (pool connections), Sep 2019–Apr 2020 average': 'Mapa de minería de Cambridge (conexiones a pools), promedio sep. 2019–abr. 2020',
    'Cambridge map, Sep 2019–Apr 2020': 'Mapa de Cambridge, sep. 2019–abr. 2020',
    'Hashrate Index (its own model), start of Q3 2025': 'Hashrate Index (modelo propio), inicio del tercer trimestre de 2025',
    'Hashrate Index, start of Q3 2025': 'Hashrate Index, inicio del 3.er trim. 2025',
    Map: 'Mapa',
    'Share of hashrate': 'Porción de la tasa de hash',
    'Estimator (as in the dataset)': 'Estimador (como figura en los datos)',
    'Period (as stated by the source)': 'Período (como lo indica la fuente)',
    US: 'EE. UU.',
    UAE: 'EAU',
    Maps: 'Mapas',
  },
  summary: (rows, _context, { fmt, t }) => {
    const [a, b] = PANELS.map((p) => rows.filter((r) => r.snapshot === p.label));
    const listed = (rs: typeof rows) => fmt.num1(rs.reduce((s, r) => s + r.share_pct, 0));
    if (!a!.length || !b!.length) {
      const rs = a!.length ? a! : b!;
      return `${t(rs[0]!.snapshot)}: ${fmt.country(rs[0]!.country)} tenía ${fmt.num1(rs[0]!.share_pct)} % de la tasa de hash (los ${rs.length} países nombrados suman ${listed(rs)} %).`;
    }
    return `En el mapa de Cambridge de 2019–2020, ${fmt.country(a![0]!.country)} tenía ${fmt.num1(a![0]!.share_pct)} % de la tasa de hash (los ${a!.length} países nombrados suman ${listed(a!)} %); en la estimación de Hashrate Index de mediados de 2025, ${fmt.country(b![0]!.country)} tenía ${fmt.num1(b![0]!.share_pct)} % (${b!.length} países nombrados, ${listed(b!)} % en total).`;
  },
});
