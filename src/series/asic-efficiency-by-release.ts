import { defineSeries } from './define.ts';
import { asicSpecsCompiled, cbeciMiners, f2poolDevices } from './inputs.ts';
import { asicEfficiencyByRelease } from '../data/asicEfficiencyByRelease.ts';

export default defineSeries({
  id: 'asic-efficiency-by-release',
  title: 'Bitcoin mining hardware efficiency by release date (J/TH), 2008–2026',
  description:
    "Mining machines' energy per terahash by release date from three sources side by side: CBECI's hardware list (J/GH × 1000), F2Pool's March 2020 list (W ÷ TH/s) and a compiled 2017–2026 spec table (stated, else W ÷ TH/s). Release dates differ between sources (announcement vs shipping); CBECI's CPU/GPU/FPGA rows are placeholder assumptions.",
  es: {
    title: 'Eficiencia de los equipos de minería de Bitcoin según su fecha de lanzamiento (J/TH), 2008–2026',
    description:
      'La energía por terahash de las máquinas de minería según su fecha de lanzamiento, de tres fuentes lado a lado: la lista de equipos del CBECI (J/GH × 1000), la lista de F2Pool de marzo de 2020 (W ÷ TH/s) y una tabla de especificaciones compilada para 2017–2026 (el valor declarado o, si no lo hay, W ÷ TH/s). Las fechas de lanzamiento difieren entre fuentes (anuncio frente a envío); las filas de CPU, GPU y FPGA del CBECI son supuestos provisionales.',
    // Each column's meaning, keyed by its English text (a changed English meaning has none).
    columns: {
      'Model name as in the source.':
        'Nombre del modelo, como en la fuente.',
      'Maker (empty for CBECI rows, whose names include it).':
        'Fabricante (vacío en las filas del CBECI, cuyos nombres ya lo incluyen).',
      'Release date at the source’s precision (YYYY-MM-DD, YYYY-MM or YYYY); empty if unknown.':
        'Fecha de lanzamiento con la precisión de la fuente (AAAA-MM-DD, AAAA-MM o AAAA); vacía si no se conoce.',
      'Energy per terahash.':
        'Energía por terahash.',
      'How the efficiency was obtained.':
        'Cómo se obtuvo la eficiencia.',
      'Nominal hashrate (not in CBECI’s list).':
        'Tasa de hash nominal (no está en la lista del CBECI).',
      'Nominal power (not in CBECI’s list).':
        'Potencia nominal (no está en la lista del CBECI).',
      'Dataset/file of the row.':
        'Conjunto de datos o archivo de la fila.',
      'true for CBECI’s generic CPU/GPU/FPGA/early-ASIC assumptions.':
        'true para los supuestos genéricos del CBECI de CPU, GPU, FPGA y primeros ASIC.',
    },
  },
  datasets: ['cbeci-miners', 'asic-specs'],
  from: () => asicEfficiencyByRelease(cbeciMiners(), f2poolDevices(), asicSpecsCompiled()),
  columns: {
    model: { description: 'Model name as in the source.', value: (a) => a.model },
    maker: { description: 'Maker (empty for CBECI rows, whose names include it).', value: (a) => a.maker },
    released: { description: 'Release date at the source’s precision (YYYY-MM-DD, YYYY-MM or YYYY); empty if unknown.', value: (a) => a.released },
    efficiency_j_per_th: { unit: 'J/TH', description: 'Energy per terahash.', value: (a) => a.efficiencyJPerTh },
    efficiency_from: { description: 'How the efficiency was obtained.', value: (a) => a.efficiencyFrom },
    hashrate_ths: { unit: 'TH/s', description: 'Nominal hashrate (not in CBECI’s list).', value: (a) => a.hashrateThs },
    power_w: { unit: 'W', description: 'Nominal power (not in CBECI’s list).', value: (a) => a.powerW },
    source: { description: 'Dataset/file of the row.', value: (a) => a.source },
    placeholder: { description: 'true for CBECI’s generic CPU/GPU/FPGA/early-ASIC assumptions.', value: (a) => a.placeholder },
  },
});
