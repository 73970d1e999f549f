import { defineSeries } from './define.ts';
import { difficulty3day, difficultyDaily } from './inputs.ts';

/** Both difficulty files, one after the other: readers download them as the dataset btc-difficulty. */
export default defineSeries({
  id: 'btc-difficulty',
  title: 'Bitcoin mining difficulty, 2009–2026 (Blockchain.com)',
  description: 'Every third day to April 2020, then daily; the file column says which.',
  datasets: ['btc-difficulty'],
  download: false,
  from: () => [
    ...difficulty3day().map((r) => ({ date: String(r.date), difficulty: Number(r.difficulty), file: '3-day' })),
    ...difficultyDaily().map((r) => ({ date: String(r.Date), difficulty: Number(r.difficulty), file: 'daily' })),
  ],
  columns: {
    date: { description: 'Day (YYYY-MM-DD).', value: (r) => r.date },
    difficulty: { description: 'Difficulty.', value: (r) => r.difficulty },
    file: { description: '"3-day" (2009–2020 file) or "daily" (the daily file, from April 2020).', value: (r) => r.file },
  },
});
