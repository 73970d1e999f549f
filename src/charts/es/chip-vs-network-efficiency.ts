import { translation } from '../translation.ts';
import { utc } from '../defaults.ts';
import chart, { summaryFacts } from '../defs/chip-vs-network-efficiency.ts';

export default translation<typeof chart>({
  strings: {
    'Newer chips, fewer joules per hash': 'Chips más nuevos, menos julios por hash',
    'Energy per terahash (J/TH, log scale): each ASIC model at its release, and the network average estimated by Cambridge':
      'Energía por terahash (J/TH, escala logarítmica): cada modelo de ASIC en su lanzamiento y el promedio de la red que estima Cambridge',
    'Log-scale chart of joules per terahash from 2014 to 2026: dots for individual mining machines fall from the Antminer S3 in 2014 to the Avalon A16 XP in 2025, and a line for the network average, with an uncertainty band, follows them down a few years behind the newest chips.':
      'Gráfico en escala logarítmica de julios por terahash entre 2014 y 2026: los puntos de cada máquina de minería bajan desde la Antminer S3 de 2014 hasta la Avalon A16 XP de 2025, y una línea con el promedio de la red, con su banda de incertidumbre, los sigue hacia abajo unos años por detrás de los chips más nuevos.',
    'The network average lags the newest machines because older ones keep running while electricity is cheap enough. Cambridge’s band shows how uncertain the average is. Machine figures are the makers’ specifications; only models with a known release month are shown.':
      'El promedio de la red va por detrás de las máquinas más nuevas porque las viejas siguen funcionando mientras la electricidad sea lo bastante barata. La banda de Cambridge muestra cuán incierto es ese promedio. Las cifras de las máquinas son las especificaciones de los fabricantes; solo aparecen los modelos con mes de lanzamiento conocido.',
    Series: 'Serie',
    Efficiency: 'Eficiencia',
    'Lower bound': 'Límite inferior',
    'Upper bound': 'Límite superior',
    'Network average (CBECI)': 'Promedio de la red (CBECI)',
    'Machine at release': 'Máquina en su lanzamiento',
    '↑ joules per terahash': '↑ julios por terahash',
    'network average': 'promedio de la red',
    'network average (band: Cambridge’s range)': 'promedio de la red (banda: rango de Cambridge)',
    'Network average': 'Promedio de la red',
  },
  summary: (rows, _context, { fmt }) => {
    const { chips, net, first, best } = summaryFacts(rows);
    if (!chips.length || !net.length) {
      const last = rows.at(-1)!;
      return chips.length
        ? `${chips.length} máquinas salieron en estos años; la más eficiente necesita ${fmt.sig3(Math.min(...chips.map((r) => r.j_per_th)))} J/TH.`
        : `Cambridge estimó el promedio de la red en ${fmt.sig3(last.j_per_th)} J/TH el ${fmt.date(utc(last.date))}; ninguna máquina de nuestra lista salió en estos años.`;
    }
    return `La máquina más eficiente de este gráfico, la ${best.model} (${fmt.month(utc(best.date))}), necesita ${fmt.sig3(best.j_per_th)} J/TH, frente a ${fmt.sig3(first.j_per_th)} de la ${first.model} (${fmt.month(utc(first.date))}); Cambridge estimó el promedio de la red en ${fmt.sig3(net.at(-1)!.j_per_th)} J/TH el ${fmt.date(utc(net.at(-1)!.date))}.`;
  },
});
