import { translation } from '../translation.ts';
import chart, { nameIn, summaryFacts } from '../defs/npu-tops-by-chip.ts';
import { asWritten } from '../locale.ts';

export default translation<typeof chart>({
  strings: {
    'The AI chips in phones and laptops, by their makers’ numbers': 'Los chips de IA de teléfonos y laptops, según las cifras de sus fabricantes',
    'Claimed peak trillions of operations per second (TOPS) of the neural processing unit, by chip and year announced':
      'Billones de operaciones por segundo (TOPS) máximos anunciados para la unidad de procesamiento neuronal, por chip y año de anuncio',
    'Horizontal bar chart: claimed NPU performance rises from 0.6 TOPS in Apple’s A11 phone chip of 2017 to 35 TOPS in the A17 Pro of 2023, and laptop chips announced in 2024 claim 38 to 50 TOPS, around Microsoft’s 40 TOPS minimum for Copilot+ PCs.':
      'Gráfico de barras horizontales: el rendimiento anunciado de las NPU sube de 0,6 TOPS en el chip A11 de Apple para teléfonos, de 2017, a 35 TOPS en el A17 Pro de 2023, y los chips para laptops anunciados en 2024 declaran entre 38 y 50 TOPS, alrededor del mínimo de 40 TOPS que Microsoft exige para las Copilot+ PC.',
    'TOPS are the makers’ marketing peaks. The sources do not say at what numeric precision they were counted, and that differs between makers and generations, so part of a jump such as Apple’s A16 to A17 Pro may be a change in counting. TOPS also says little about how fast a language model runs on the chip: generating text is mostly limited by how fast the device can read its memory. The AMD Ryzen 7000/8000 bar shows the quoted range of 12–16 TOPS. Years are as given by the sources (announcement or launch).':
      'Los TOPS son máximos publicitarios de los fabricantes. Las fuentes no dicen con qué precisión numérica se contaron, y eso cambia entre fabricantes y generaciones, así que parte de un salto como el de Apple del A16 al A17 Pro puede ser un cambio en la forma de contar. Los TOPS dicen además poco sobre la velocidad de un modelo de lenguaje en el chip: generar texto depende sobre todo de lo rápido que el dispositivo puede leer su memoria. La barra de AMD Ryzen 7000/8000 muestra el rango citado de 12–16 TOPS. Los años son los que dan las fuentes (anuncio o lanzamiento).',
    Chip: 'Chip',
    'Used in': 'Se usa en',
    Announced: 'Anuncio',
    'Claimed TOPS (low)': 'TOPS anunciados (mínimo)',
    'Claimed TOPS (high)': 'TOPS anunciados (máximo)',
    TOPS: 'TOPS',
    'Read on': 'Fuente',
    // Kinds of device, and the names that have words in them
    phone: 'teléfono',
    'laptop, tablet or desktop': 'laptop, tableta o computadora de escritorio',
    'requirement (not a chip)': 'requisito (no es un chip)',
    'laptop etc.': 'laptop, etc.',
    'Intel Lunar Lake (announced)': 'Intel Lunar Lake (anunciado)',
    'AMD next-gen Ryzen (announced)': 'AMD Ryzen de próxima generación (anunciado)',
    'next Ryzen*': 'próx. Ryzen*',
    'Copilot+ PC minimum (Microsoft)': 'Mínimo para Copilot+ PC (Microsoft)',
    '* announced': '* anunciado',
    'Claimed TOPS →': 'TOPS anunciados →',
    'Copilot+ PC minimum: %s TOPS': 'Mínimo para Copilot+ PC: %s TOPS',
    '%s TOPS claimed': '%s TOPS anunciados',
    'Read on: %s': 'Fuente: %s',
    'Chip makers': 'Fabricantes de chips',
  },
  summary: (rows, _context, l) => {
    const { fmt } = l;
    const { chips, need, above, top, phones, aboveAllLaptopsFrom } = summaryFacts(rows);
    const tops = (v: number) => asWritten(v, l);
    if (!phones) return `${chips.length} chips en pantalla; el mayor anuncio es de ${tops(top.tops_high)} TOPS (${nameIn(top.name, l)}, ${top.year}); ${above.length} declaran al menos los ${need} TOPS que Microsoft exige para las Copilot+ PC.`;
    const { first, top: best } = phones;
    return `Los chips de Apple para teléfonos pasaron de ${tops(first.tops_high)} TOPS anunciados (${nameIn(first.name, l)}, ${first.year}) a ${tops(best.tops_high)} (${nameIn(best.name, l)}, ${best.year}), unas ${fmt.int(best.tops_high / first.tops_high)} veces más. ${above.length} de los ${chips.length} chips declaran al menos los ${need} TOPS que Microsoft exige para las Copilot+ PC${aboveAllLaptopsFrom ? `, todos ellos para laptops, tabletas o computadoras de escritorio, desde ${aboveAllLaptopsFrom}` : ''}. La tabla enumera los ${chips.length} chips y, en su última fila, el requisito mismo.`;
  },
});
