import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

// The writers' guides must be finished: no placeholder left for someone to fill in.
describe('writer documentation', () => {
  for (const file of ['WRITING.md', 'README.md', 'BAD-INPUT.md', 'content/data/README.md']) {
    it(`${file} has no unfilled placeholder`, () => {
      const text = readFileSync(file, 'utf8');
      expect(text).not.toMatch(/<!--\s*(LEAD|TODO|FIXME)\b|\b(TODO|FIXME|TBD)\b|\(The lead documents/);
    });
  }
});
