import { it, expect } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { frameAround } from '../../src/charts/image.ts';

const draw = (svg: string) => new Resvg(svg, { background: '#ffffff' }).render().pixels;
// A chart whose content runs past its box on every side (a long label, a line beyond the axis).
const chart = (extra: string) =>
  `<svg x="20" y="30" width="100" height="60" viewBox="0 0 100 60"${extra}><rect x="-40" y="-40" width="180" height="140" fill="#c25400"/><text x="60" y="40" font-size="40">overflow</text></svg>`;

it('cuts a chart off at its box exactly as the <svg> clip does, without one', () => {
  const page = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="160" height="130"><rect width="100%" height="100%" fill="#ffffff"/>${body}</svg>`;
  const clipped = draw(page(chart('')));
  const framed = draw(page(chart(' overflow="visible"') + frameAround(20, 30, 100, 60, 160, 130, '#ffffff')));
  expect(Buffer.compare(clipped, framed)).toBe(0);
  // Without the frame the overflow shows: the comparison can fail.
  expect(Buffer.compare(clipped, draw(page(chart(' overflow="visible"'))))).not.toBe(0);
});

it('draws no empty rectangle when the box touches an edge', () => {
  expect(frameAround(0, 0, 100, 50, 100, 80, '#fff').match(/<rect/g)).toHaveLength(1);
});
