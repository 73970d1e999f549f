import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { undatedClaims } from '../../src/markdown/datedClaims.ts';

describe('every "now" over the data says when', () => {
  it('flags an undated "now" and accepts a dated one', () => {
    expect(undatedClaims('The network now runs at 800 EH/s.')).toHaveLength(1);
    expect(undatedClaims('By March 2025 the network ran at 800 EH/s; in the latest window it took two owners.')).toEqual([]);
    expect(undatedClaims('In the latest window, <Num id="edi-latest-date" />, the largest owner found a third.')).toEqual([]);
  });
  for (const file of readdirSync('content/articles')) {
    it(`holds in ${file}`, () => {
      expect(undatedClaims(readFileSync(join('content/articles', file), 'utf8')).map((c) => `${file}:${c.line}: ${c.sentence}`)).toEqual([]);
    });
  }
});
