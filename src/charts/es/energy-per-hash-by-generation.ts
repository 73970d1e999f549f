import { translation } from '../translation.ts';
import chart, { summaryFacts } from '../defs/energy-per-hash-by-generation.ts';

export default translation<typeof chart>({
  strings: {
    'What a terahash cost, generation by generation': 'Cuánto costaba un terahash, generación por generación',
    'Energy to compute one terahash (a trillion hashes), in joules, for each generation of mining hardware (log scale)':
      'Energía para calcular un terahash (un billón de hashes), en julios, para cada generación de equipos de minería (escala logarítmica)',
    'Horizontal bars on a logarithmic scale, one per hardware generation: Cambridge assumes about 10 million joules per terahash for the best CPU of 2009, then a tenfold drop for each step through GPUs, FPGAs and early ASICs; named machines fall from about 766 joules for the Antminer S3 of 2014 to 12.8 joules for the Avalon A16 XP of 2025.':
      'Barras horizontales en escala logarítmica, una por generación de equipos: Cambridge supone unos 10 millones de julios por terahash para la mejor CPU de 2009 y luego una caída de diez veces en cada paso, a través de las GPU, las FPGA y los primeros ASIC; las máquinas con nombre propio bajan de unos 766 julios de la Antminer S3 de 2014 a 12,8 julios de la Avalon A16 XP de 2025.',
    'Grey bars are Cambridge’s round-number assumptions for whole classes of hardware, not measurements of any device; coloured bars are makers’ specifications for single machines at release. The scale is logarithmic: equal steps along it are equal multiples.':
      'Las barras grises son supuestos de Cambridge, en números redondos, para clases enteras de equipos, no mediciones de ningún aparato; las barras de color son especificaciones de los fabricantes para máquinas concretas en su lanzamiento. La escala es logarítmica: pasos iguales a lo largo de ella son múltiplos iguales.',
    Hardware: 'Equipo',
    'Energy per terahash': 'Energía por terahash',
    'What the figure is': 'Qué es la cifra',
    'Cambridge’s generic assumption': 'Supuesto genérico de Cambridge',
    'Maker’s specification': 'Especificación del fabricante',
    'Best CPU': 'Mejor CPU',
    'Best GPU': 'Mejor GPU',
    FPGA: 'FPGA',
    'Early ASICs': 'Primeros ASIC',
    // Machines keep their names.
    'Antminer S3': 'Antminer S3',
    'Antminer S9': 'Antminer S9',
    'Antminer S19 Pro': 'Antminer S19 Pro',
    'Antminer S21': 'Antminer S21',
    'Avalon A16 XP': 'Avalon A16 XP',
    '1 million J': '1 millón de J',
    '%s million J': '%s millones de J',
    ' million': ' millones de',
    'joules per terahash →': 'julios por terahash →',
    '%sbn': '%s mil M',
    '%sM': '%s M',
    '%s per terahash': '%s por terahash',
    Sources: 'Fuentes',
  },
  summary: (rows, _context, l) => {
    const { a, b, times, joules } = summaryFacts(rows);
    // "Supuesto genérico de Cambridge" mid-sentence: only its first letter lowered.
    const kind = (r: typeof a) => l.t(String(r.kind)).replace(/^./, (c) => c.toLowerCase());
    return `${l.t(String(a.hardware))} (${a.released}, ${kind(a)}): ${joules(a.j_per_th as number, l)} por terahash; ${l.t(String(b.hardware))} (${b.released}, ${kind(b)}): ${joules(b.j_per_th as number, l)}, unas ${l.fmt.int(times)} veces menos.`;
  },
});
