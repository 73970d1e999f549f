import { describe, it, expect } from 'vitest';
import { parseHTML } from 'linkedom';
import * as Plot from '@observablehq/plot';
import { KEEP, importsFrom, pureTables, standIn, unusedStandIn } from '../../src/charts/plotBundle.ts';

// vitest.config.ts runs Plot through the same plugin as the browser build, so these draw with the trimmed Plot.
const doc = () => parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
const dots = (color: Plot.ScaleOptions) =>
  Plot.plot({ document: doc(), color, marks: [Plot.dot(['a', 'b', 'c'], { x: (d: string) => d, fill: (d: string) => d })] });

describe('the browser Plot (src/charts/plotBundle.ts)', () => {
  it('draws with the schemes it keeps, including the default one', () => {
    expect(dots({}).outerHTML).toContain('fill="#4269d0"'); // observable10, Plot's default for categories
    expect(dots({ type: 'ordinal' }).outerHTML).toMatch(/fill="rgb\(/); // turbo, its default for ordered ones
    expect(dots({ scheme: 'blues' }).outerHTML).toMatch(/fill="#/);
  });

  it('a scheme it left out fails with its name and where to add it, never draws something else', () => {
    expect(() => dots({ scheme: 'paired' })).toThrow(/schemePaired is not in the browser bundle: add it to KEEP in src\/charts\/plotBundle\.ts/);
    expect(() => Plot.plot({ document: doc(), projection: 'mercator', marks: [Plot.sphere()] })).toThrow(/geoMercator is not in the browser bundle/);
  });

  it("Plot's tip mark, pointer and HTML legends are left out, and fail if a chart asks for them", () => {
    expect(() => Plot.plot({ document: doc(), marks: [Plot.dot([1, 2], { x: (d: number) => d, tip: true })] })).toThrow(/Plot's pointer \(\.\/interactions\/pointer\.js\) is not in the browser bundle: the charts draw their own tooltips/);
    expect(() => dots({ legend: true })).toThrow(/Plot's legendSwatches \(\.\/legends\/swatches\.js\) is not in the browser bundle/);
    expect(() => dots({ type: 'linear', legend: true })).toThrow(/legendRamp/);
    // Without them, a plot draws as before.
    expect(dots({ legend: false }).outerHTML).toContain('fill="#4269d0"');
    expect(unusedStandIn(importsFrom('import {pointer, pointerX} from "./interactions/pointer.js";', './interactions/pointer.js'), './interactions/pointer.js'))
      .toContain('export const pointerX = dropped("pointerX");');
  });

  it('the stand-in exports every name the file imports, kept or not', () => {
    const names = importsFrom('import {\n  schemeBlues,\n  schemePaired\n} from "d3";\nimport {x} from "./y.js";');
    expect(names).toEqual(['schemeBlues', 'schemePaired']);
    const code = standIn(names, 'plot/src/scales/schemes.js');
    expect(code).toContain("export { schemeBlues } from 'd3';");
    expect(code).toContain('export const schemePaired = dropped("schemePaired");');
    expect(KEEP.has('schemePaired')).toBe(false);
  });

  it('marks only top-level tables pure, so an unused one can be dropped and a used one is built as before', () => {
    const out = pureTables('function colors(s) { return [s]; }\nvar a = colors("x");\nvar b = 1;\nexport { a };\n');
    expect(out).toContain('var a = /* @__PURE__ */ (() => (colors("x")))();');
    expect(out).toContain('var b = 1;');
    expect(new Function(`${out.replace('export { a };', '')} return a;`)()).toEqual(['x']);
  });
});
