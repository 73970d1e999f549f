/** The halvings a chart's rows reach, labelled with the new subsidy: "halving → 25 BTC", "→ 12.5 BTC" (just "25" on phones). */
import { HALVINGS } from '../data/blockSubsidy.ts';
import { utc } from './defaults.ts';
import { EN, asWritten, type Locale } from './locale.ts';

export const halvingLabels = (from: string, narrow: boolean, l: Locale = EN) =>
  HALVINGS.filter((h) => h.date >= from).map((h, i) => {
    const btc = asWritten(h.subsidyBtc, l);
    return { date: utc(h.date), label: narrow ? btc : i === 0 ? l.t('halving → %s BTC', btc) : `→ ${btc} BTC` };
  });
