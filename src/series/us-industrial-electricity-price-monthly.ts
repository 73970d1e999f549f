import { defineSeries } from './define.ts';
import { eiaMonthlyWide } from './inputs.ts';
import { usIndustrialPriceMonthly } from '../data/usIndustrialPriceMonthly.ts';

export default defineSeries({
  id: 'us-industrial-electricity-price-monthly',
  title: 'U.S. industrial electricity price, monthly 2001–2023 (EIA)',
  description: 'Average retail price of electricity to U.S. industrial customers per month, January 2001 – May 2023, from the EIA Electricity Data Browser (series ELEC.PRICE.US-IND.M), values unchanged.',
  es: {
    title: 'Precio de la electricidad para la industria en Estados Unidos, mensual 2001–2023 (EIA)',
    description:
      'Precio minorista medio de la electricidad para los clientes industriales de Estados Unidos, por mes, de enero de 2001 a mayo de 2023, del Electricity Data Browser de la EIA (serie ELEC.PRICE.US-IND.M), con los valores sin cambios.',
    // Each column's meaning, keyed by its English text (a changed English meaning has none).
    columns: {
      'YYYY-MM.':
        'AAAA-MM.',
      'Average retail price, industrial sector.':
        'Precio minorista medio, sector industrial.',
    },
  },
  datasets: ['us-electricity-price'],
  from: () => usIndustrialPriceMonthly(eiaMonthlyWide()),
  columns: {
    month: { description: 'YYYY-MM.', value: (p) => p.month },
    industrial_cents_per_kwh: { unit: 'US cents/kWh', description: 'Average retail price, industrial sector.', value: (p) => p.centsPerKwh },
  },
});
