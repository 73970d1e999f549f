/** Assumed electricity price for the daily cost-per-coin series: CBECI's headline assumption, USD per kWh. */
export const COST_SERIES_PRICE_PER_KWH = 0.05;
