import { describe, expect, it } from 'vitest';
import { lastChange } from '../../src/lib/lastChange.ts';
import { SITE } from '../../src/site.ts';

const entry = (date: string, links: string[]) => ({ date: new Date(`${date}T00:00:00Z`), links });

describe("a chart's citation date", () => {
  const entries = [entry('2026-12-06', ['/charts/a/']), entry('2026-12-01', ['/data/x/']), entry('2026-12-09', ['/articles/p/'])];
  it('is the newest change that links the chart or one of its datasets', () => {
    expect(lastChange(['/charts/a/', '/data/x/'], entries)).toBe('2026-12-06');
    expect(lastChange(['/charts/b/', '/data/x/'], entries)).toBe('2026-12-01');
  });
  it('is the launch date when no change links it (a change to another page does not move it)', () => {
    expect(lastChange(['/charts/c/', '/data/y/'], entries)).toBe(SITE.launched);
  });
});
