import { defineSeries } from './define.ts';
import { owidElectricityMix } from './inputs.ts';
import { electricityMix } from '../data/electricityMix.ts';

/** Every country's mix, unrounded: readers download it as the dataset electricity-mix-owid. */
export default defineSeries({
  id: 'electricity-mix-owid',
  title: 'Share of electricity generation by source, every country and year (OWID)',
  description: 'Shares in % as published, for every entity in the file, ordered by entity, then year.',
  datasets: ['electricity-mix-owid'],
  download: false,
  from: () => {
    const rows = owidElectricityMix();
    return electricityMix(rows, [...new Set(rows.map((r) => String(r.Entity)))]);
  },
  columns: {
    entity: { description: 'Country or region (OWID name).', value: (p) => p.entity },
    year: { description: 'Calendar year.', value: (p) => p.year },
    hydroPct: { unit: '%', description: 'Hydro.', value: (p) => p.hydroPct },
    coalPct: { unit: '%', description: 'Coal.', value: (p) => p.coalPct },
    gasPct: { unit: '%', description: 'Gas.', value: (p) => p.gasPct },
    oilPct: { unit: '%', description: 'Oil.', value: (p) => p.oilPct },
    nuclearPct: { unit: '%', description: 'Nuclear.', value: (p) => p.nuclearPct },
    windPct: { unit: '%', description: 'Wind.', value: (p) => p.windPct },
    solarPct: { unit: '%', description: 'Solar.', value: (p) => p.solarPct },
    bioenergyPct: { unit: '%', description: 'Bioenergy.', value: (p) => p.bioenergyPct },
    otherRenewablesPct: { unit: '%', description: 'Other renewables, excluding bioenergy.', value: (p) => p.otherRenewablesPct },
  },
});
