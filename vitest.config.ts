import { defineConfig } from 'vitest/config';
import { plotBundle } from './src/charts/plotBundle.ts';

// Unit tests run in plain Node: pure functions (data loader, derived series, chart specs).
// TZ is pinned in scripts/test.ts and here so date formatting never depends on the machine.
process.env.TZ = 'UTC';

export default defineConfig({
  // Charts render here with the browser's trimmed Plot (src/charts/plotBundle.ts), so a spec that needs a scheme or
  // projection the browser bundle left out fails here, and the SVG snapshots (drawn with the full Plot) prove the
  // trimmed one draws the same. Plot must go through Vite (inline) for the plugin to see its imports.
  plugins: [plotBundle({ always: true })],
  test: {
    server: { deps: { inline: [/@observablehq[\\/]plot/] } },
    include: ['tests/unit/**/*.test.ts', 'tests/charts/**/*.test.ts'],
    environment: 'node',
    // Some tests load the 146,148-row pool file first; on a loaded 2-core machine that can exceed the 5 s default.
    testTimeout: 30_000,
  },
});
