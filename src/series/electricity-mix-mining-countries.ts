import { defineSeries } from './define.ts';
import { owidElectricityMix } from './inputs.ts';
import { electricityMix, type ElectricityMixPoint } from '../data/electricityMix.ts';
import { roundTo } from '../data/roundTo.ts';

/** The countries of the mining story, and the World for comparison (OWID names). */
const MINING_COUNTRIES = ['Paraguay', 'Ethiopia', 'United States', 'China', 'Kazakhstan', 'Russia', 'Canada', 'Malaysia', 'Iran', 'World'];

/** A share-of-generation column, in % with 2 decimals. */
const share = (source: string, key: keyof ElectricityMixPoint) => ({
  unit: '%',
  description: `Share of generation from ${source}.`,
  value: (p: ElectricityMixPoint) => (p[key] === null ? null : roundTo(p[key] as number, 2)),
});

export default defineSeries({
  id: 'electricity-mix-mining-countries',
  title: 'Electricity mix of Bitcoin-mining countries (share of generation by source), 1985–2024',
  description:
    'Share of electricity generation by source (%, OWID) for countries that appear in the mining story — Paraguay, Ethiopia, United States, China, Kazakhstan, Russia, Canada, Malaysia, Iran — and the World. 2 decimals.',
  es: {
    title: 'Matriz eléctrica de los países mineros de Bitcoin (porción de la generación por fuente), 1985–2024',
    description:
      'Porción de la generación eléctrica por fuente (%, OWID) en los países que aparecen en la historia de la minería (Paraguay, Etiopía, Estados Unidos, China, Kazajistán, Rusia, Canadá, Malasia, Irán) y en el mundo. 2 decimales.',
    // Each column's meaning, keyed by its English text (a changed English meaning has none).
    columns: {
      'Country or World (OWID name).':
        'País o World, el mundo (nombre de OWID).',
      'Calendar year.':
        'Año calendario.',
      'Share of generation from hydro.':
        'Porción de la generación que viene de la hidroelectricidad.',
      'Share of generation from coal.':
        'Porción de la generación que viene del carbón.',
      'Share of generation from gas.':
        'Porción de la generación que viene del gas.',
      'Share of generation from oil.':
        'Porción de la generación que viene del petróleo.',
      'Share of generation from nuclear.':
        'Porción de la generación que viene de la energía nuclear.',
      'Share of generation from wind.':
        'Porción de la generación que viene de la energía eólica.',
      'Share of generation from solar.':
        'Porción de la generación que viene de la energía solar.',
      'Share of generation from bioenergy.':
        'Porción de la generación que viene de la bioenergía.',
      'Share of generation from other renewables (excluding bioenergy).':
        'Porción de la generación que viene de otras renovables (sin la bioenergía).',
    },
  },
  datasets: ['electricity-mix-owid'],
  from: () => electricityMix(owidElectricityMix(), MINING_COUNTRIES),
  columns: {
    entity: { description: 'Country or World (OWID name).', value: (p) => p.entity },
    year: { description: 'Calendar year.', value: (p) => p.year },
    hydro_pct: share('hydro', 'hydroPct'),
    coal_pct: share('coal', 'coalPct'),
    gas_pct: share('gas', 'gasPct'),
    oil_pct: share('oil', 'oilPct'),
    nuclear_pct: share('nuclear', 'nuclearPct'),
    wind_pct: share('wind', 'windPct'),
    solar_pct: share('solar', 'solarPct'),
    bioenergy_pct: share('bioenergy', 'bioenergyPct'),
    other_renewables_pct: share('other renewables (excluding bioenergy)', 'otherRenewablesPct'),
  },
});
