import { translation } from '../translation.ts';
import { utc } from '../defaults.ts';
import chart from '../defs/one-machine-share.ts';

export default translation<typeof chart>({
  strings: {
    'One machine’s share of the network': 'Cuánto de la red aporta una sola máquina',
    'Hashrate of one flagship mining machine as a share of the whole network’s hashrate (30-day mean) in the month it was released, millionths':
      'Tasa de hash de una máquina de minería insignia como porción de la tasa de hash de toda la red (media de 30 días) en el mes de su lanzamiento, en millonésimas',
    'Bar chart: one flagship mining machine supplied a tiny and shrinking share of the network at each release, from the Antminer S9 in 2017 to the Antminer S21 in 2023, even though each machine was several times faster than the last.':
      'Gráfico de barras: en cada lanzamiento, una máquina de minería insignia aportó una porción diminuta y cada vez menor de la red, desde la Antminer S9 en 2017 hasta la Antminer S21 en 2023, aunque cada máquina era varias veces más rápida que la anterior.',
    'One machine’s hashrate divided by the network’s, in parts per million. Machines got faster, but the network grew faster still, so the share a single machine can supply keeps falling: mining at any scale now means many machines. Release months and hashrates are those of the compiled spec table (for the S9, the 13.5 TH/s version available from February 2017; Cambridge’s list dates the first, 11.5 TH/s S9 to June 2016).':
      'La tasa de hash de una máquina dividida por la de la red, en partes por millón. Las máquinas se volvieron más rápidas, pero la red creció todavía más rápido, así que la porción que puede aportar una sola máquina no deja de caer: hoy, minar a cualquier escala significa tener muchas máquinas. Los meses de lanzamiento y las tasas de hash son los de la tabla de especificaciones compilada (para la S9, la versión de 13,5 TH/s disponible desde febrero de 2017; la lista de Cambridge fecha la primera S9, de 11,5 TH/s, en junio de 2016).',
    Released: 'Lanzamiento',
    'Machine hashrate': 'Tasa de hash de la máquina',
    'Network hashrate (30-day mean)': 'Tasa de hash de la red (media de 30 días)',
    'Network value on': 'Valor de la red al',
    'Share of network': 'Porción de la red',
    millionths: 'millonésimas',
    'millionths of the network’s hashrate →': 'millonésimas de la tasa de hash de la red →',
    '%s TH/s of %s EH/s': '%s TH/s de %s EH/s',
    '= %s millionths': '= %s millonésimas',
    Machines: 'Máquinas',
  },
  summary: (rows, _context, { fmt }) => {
    const a = rows[0]!;
    const b = rows.at(-1)!;
    return `Una ${a.machine} (${fmt.sig3(a.machine_ths)} TH/s) aportaba ${fmt.num2(a.ppm)} millonésimas de la red en ${fmt.month(utc(a.released))}; una ${b.machine} (${fmt.sig3(b.machine_ths)} TH/s) aportaba ${fmt.num2(b.ppm)} millonésimas en ${fmt.month(utc(b.released))}.`;
  },
});
