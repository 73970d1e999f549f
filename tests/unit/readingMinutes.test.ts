import { describe, it, expect } from 'vitest';
import { readingMinutes } from '../../src/lib/readingMinutes.ts';

describe('readingMinutes(body)', () => {
  it('counts 230 words a minute, rounding to the nearest minute', () => {
    expect(readingMinutes('word '.repeat(460))).toBe(2);
    expect(readingMinutes('word '.repeat(800))).toBe(3); // 3.48 -> 3
  });
  it('ignores import lines, tags and expressions', () => {
    const body = "import Figure from './x';\n" + 'word '.repeat(460) + '<Figure id="a" title="many words here" />{1 + 2}';
    expect(readingMinutes(body)).toBe(2);
  });
  it('never says zero minutes', () => {
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes(undefined)).toBe(1);
  });
});
