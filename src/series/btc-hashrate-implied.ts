import { defineSeries } from './define.ts';
import { difficultyDaily } from './inputs.ts';
import { impliedHashrate } from '../data/impliedHashrate.ts';
import { roundSigOrNull as sig } from '../data/roundSig.ts';

/** Carries the hashrate charts past the end of the Coin Metrics estimate (btc-hashrate), to the last difficulty. */
export default defineSeries({
  id: 'btc-hashrate-implied',
  title: 'Bitcoin hashrate implied by difficulty, in EH/s, with a 30-day mean',
  description:
    'Daily Blockchain.com difficulty × 2^32 ÷ 600 s ÷ 1e18: the hashrate that holds ten-minute blocks at that difficulty. Trailing 30-calendar-day mean, empty where fewer than 20 of the 30 days have a value. 4 significant digits.',
  es: {
    title: 'Tasa de hash de Bitcoin implícita en la dificultad, en EH/s, con una media de 30 días',
    description:
      'Dificultad diaria de Blockchain.com × 2^32 ÷ 600 s ÷ 1e18: la tasa de hash que mantiene bloques de diez minutos con esa dificultad. Media de los últimos 30 días naturales, vacía donde menos de 20 de los 30 días tienen valor. 4 cifras significativas.',
    // Each column's meaning, keyed by its English text (a changed English meaning has none).
    columns: {
      'UTC day (YYYY-MM-DD).':
        'Día UTC (AAAA-MM-DD).',
      'Difficulty × 2^32 ÷ 600 s, in EH/s.':
        'Dificultad × 2^32 ÷ 600 s, en EH/s.',
      'Mean of the days in the 30 ending on this date (at least 20).':
        'Media de los días con valor entre los 30 que terminan en esta fecha (al menos 20).',
    },
  },
  datasets: ['btc-difficulty'],
  from: () => impliedHashrate(difficultyDaily().map((r) => ({ date: String(r.Date), difficulty: Number(r.difficulty) }))),
  columns: {
    date: { description: 'UTC day (YYYY-MM-DD).', value: (p) => p.date },
    implied_ehs: { unit: 'EH/s', description: 'Difficulty × 2^32 ÷ 600 s, in EH/s.', value: (p) => sig(p.ehs) },
    mean_30d_ehs: { unit: 'EH/s', description: 'Mean of the days in the 30 ending on this date (at least 20).', value: (p) => sig(p.mean30dEhs) },
  },
});
