import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { LIGHT_PALETTE } from '../../src/charts/defaults.ts';

describe('LIGHT_PALETTE', () => {
  it('matches the light-theme colours in src/styles/charts.css', () => {
    const css = readFileSync('src/styles/charts.css', 'utf8');
    const rootBlock = css.slice(css.indexOf(':root {'), css.indexOf('}', css.indexOf(':root {')));
    for (const [name, value] of Object.entries(LIGHT_PALETTE)) {
      expect(rootBlock, name).toContain(`${name}: ${value};`);
    }
  });
});
