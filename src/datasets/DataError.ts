/**
 * Error thrown by the dataset loader. `message` lists every problem found (one per line), each naming the file
 * (path relative to the project root), the line, the column, the bad value and what was expected, e.g.
 *   content/data/btc-hashrate/btc_hashrate_daily.csv:17: column "Hash Rate": expected a number, got "abc"
 * `problems` holds the same lines as an array.
 */
export class DataError extends Error {
  readonly problems: readonly string[];

  constructor(problems: string | readonly string[], heading?: string) {
    const list = typeof problems === 'string' ? [problems] : [...problems];
    super(heading ? `${heading}\n${list.map((p) => `  ${p}`).join('\n')}` : list.join('\n'));
    this.name = 'DataError';
    this.problems = list;
  }
}
