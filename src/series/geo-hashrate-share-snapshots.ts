import { defineSeries } from './define.ts';
import { geoHashrateSnapshots } from './inputs.ts';

/** Typed view of the snapshot file: readers download it as the dataset geo-hashrate-snapshots. */
export default defineSeries({
  id: 'geo-hashrate-share-snapshots',
  title: 'Country shares of Bitcoin’s hashrate, by estimator and period',
  description: 'One row per estimator, period and country: the share of hashrate that estimator gave the country.',
  datasets: ['geo-hashrate-snapshots'],
  download: false,
  from: geoHashrateSnapshots,
  columns: {
    estimator: { description: 'Who made the estimate.', value: (r) => String(r.estimator) },
    period: { description: 'The period it describes, as the source words it.', value: (r) => String(r.period) },
    country: { description: 'Country.', value: (r) => String(r.country) },
    share_pct: { unit: '%', description: 'Share of hashrate.', value: (r) => Number(r.share_pct) },
  },
});
