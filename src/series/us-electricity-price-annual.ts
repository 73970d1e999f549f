import { defineSeries } from './define.ts';
import { eiaTable53 } from './inputs.ts';
import { usElectricityPriceAnnual } from '../data/usElectricityPriceAnnual.ts';

const CENTS = 'US cents/kWh';

export default defineSeries({
  id: 'us-electricity-price-annual',
  title: 'U.S. average electricity price by sector, annual 2014–2023 (EIA Table 5.3)',
  description: "EIA's official annual average retail prices by sector (Electric Power Monthly Table 5.3, 'Annual Totals'), values unchanged.",
  es: {
    title: 'Precio medio de la electricidad en Estados Unidos por sector, anual 2014–2023 (tabla 5.3 de la EIA)',
    description:
      'Los precios minoristas medios anuales oficiales de la EIA por sector (Electric Power Monthly, tabla 5.3, "Annual Totals"), con los valores sin cambios.',
    // Each column's meaning, keyed by its English text (a changed English meaning has none).
    columns: {
      'Calendar year.':
        'Año calendario.',
      'Residential.':
        'Residencial.',
      'Commercial.':
        'Comercial.',
      'Industrial.':
        'Industrial.',
      'Transportation.':
        'Transporte.',
      'All sectors.':
        'Todos los sectores.',
    },
  },
  datasets: ['us-electricity-price'],
  from: () => usElectricityPriceAnnual(eiaTable53()),
  columns: {
    year: { description: 'Calendar year.', value: (a) => a.year },
    residential_cents_per_kwh: { unit: CENTS, description: 'Residential.', value: (a) => a.residential },
    commercial_cents_per_kwh: { unit: CENTS, description: 'Commercial.', value: (a) => a.commercial },
    industrial_cents_per_kwh: { unit: CENTS, description: 'Industrial.', value: (a) => a.industrial },
    transportation_cents_per_kwh: { unit: CENTS, description: 'Transportation.', value: (a) => a.transportation },
    all_sectors_cents_per_kwh: { unit: CENTS, description: 'All sectors.', value: (a) => a.allSectors },
  },
});
