import { defineConfig } from 'vitest/config';

// Unit tests run in plain Node: pure functions (data loader, derived series, chart specs).
// TZ is pinned in scripts/test.ts and here so date formatting never depends on the machine.
process.env.TZ = 'UTC';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/charts/**/*.test.ts'],
    environment: 'node',
    // Some tests load the 146,148-row pool file first; on a loaded 2-core machine that can exceed the 5 s default.
    testTimeout: 30_000,
  },
});
