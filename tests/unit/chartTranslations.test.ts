import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { buildChart } from '../../src/charts/build.ts';
import { translatedCharts, translationOf } from '../../src/charts/translations.ts';
import { localize } from '../../src/charts/translation.ts';
import { chartLocale } from '../../src/charts/translations.ts';
import { getChart } from '../../src/charts/registry.ts';
import { viewOf } from '../../src/charts/view.ts';
import { columnHeading } from '../../src/charts/types.ts';
import { tableCell } from '../../src/charts/tableRows.ts';
import { paramsLine } from '../../src/charts/paramsLine.ts';
import { ENGLISH_DECIMAL, ENGLISH_THOUSANDS, asPublished } from '../spanishNumbers.ts';
import { renderChart } from '../../src/charts/render.ts';

/** The visible text of an SVG: its <text> and <title>. */
function svgText(svg: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  // A label on several lines is a <text> of <tspan>s: one line each, read as words apart.
  const lines = (t: Element) => (t.querySelector('tspan') ? [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' ') : t.textContent);
  return [...document.querySelectorAll('text, title')].map(lines).join('\n');
}

/** A string as a pattern: whole words only (so "Model" is not found in "Modelo", nor "electricity" in the id
 * "btc-electricity-cost-per-coin"), any value within one line where it has %s. */
const asWords = (s: string) =>
  new RegExp(`(?<![\\p{L}-])${s.trim().replace(/\s+/g, ' ').split('%s').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^\\n]+?')}(?![\\p{L}-])`, 'u');

const ENGLISH_MONTH = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December)\b/;

describe.each(translatedCharts('es'))('the Spanish chart %s', (id) => {
  const b = buildChart(id, 'a test', 'es');
  const en = buildChart(id, 'a test');
  const tr = translationOf(id, 'es')!;
  const view = viewOf(b.def, b.rows, b.context);
  const cells = b.rows.flatMap((r) => b.def.columns.map((c) => tableCell(c, r[c.key])));
  // A calculator shows more than its first state: each control's unit and formatted choices, and the assumptions line
  // and results for every combination of its choices.
  const controls = view?.controls ?? [];
  const start = Object.fromEntries(controls.map((c) => [c.name, c.default]));
  const combos = b.def.controls
    ? controls.filter((c) => c.options).reduce((all, c) => all.flatMap((p) => c.options!.map((o) => ({ ...p, [c.name]: o.value }))), [start])
    : [];
  const states = combos.flatMap((p) => [paramsLine(b.def.controls!, p), ...(b.def.outputs?.(p, b.rows) ?? []).flatMap((o) => [o.label, o.text])]);
  const formatted = controls.flatMap((c) => [c.unit, ...(c.format ? [c.default, ...(c.options ?? []).map((o) => o.value)].map((v) => c.format!(v)) : [])]);
  // A view's choice that redraws the chart differently (a select, such as blocks or shares) shows that drawing too.
  const redrawn = b.def.view
    ? controls.filter((c) => c.kind === 'select').flatMap((c) => (c.options ?? []).map((o) => svgText(renderChart(b.def, b.rows, 'wide', b.context, { ...start, [c.name]: o.value }).svg)))
    : [];
  // Names (of models, chips, organisations) are written as they are in every language: "Segment Anything Model" and
  // "Gemini 1.0 Ultra" are neither English words nor English numbers. Only columns marked `names` count.
  const names = [...new Set(b.rows.flatMap((r) => b.def.columns.filter((c) => c.names).map((c) => String(r[c.key] ?? ''))))]
    .filter((n) => n.length > 1).sort((x, y) => y.length - x.length);
  // A label that shortens a name ("Granite 4.0 H Micro 3B" for "… 3B Instruct") is a name too.
  const unnamed = (text: string) => names.reduce((t, n) => t.split(n).join('·'), text.split('\n').filter((line) => line.length < 4 || !names.some((n) => n.startsWith(line))).join('\n'));
  const shownWithNames = [
    b.def.title, b.def.subtitle, b.def.alt, b.def.caption, b.summary,
    ...b.def.columns.map(columnHeading), ...cells,
    svgText(b.wide.svg), svgText(b.narrow.svg),
    ...b.wide.points.map((p) => p[2]), ...b.narrow.points.map((p) => p[2]),
    ...(view?.controls.flatMap((c) => [c.label, ...(c.options ?? []).map((o) => o.label)]) ?? []),
    ...formatted, ...states, ...redrawn,
  ].filter(Boolean).map((x) => String(x).replace(/\s+/g, ' ')).join('\n'); // one line per text: a %s never spans two
  const shown = unnamed(shownWithNames);

  it('shows none of the English chart strings', () => {
    const english = [en.def.title, en.def.subtitle, en.def.alt, en.def.caption, en.summary, ...Object.keys(tr.strings)]
      .filter((s): s is string => !!s && tr.strings[s] !== s && s.length > 3);
    for (const s of english) expect(shown, `English "${s}" in the Spanish chart`).not.toMatch(asWords(s));
    expect(svgText(b.wide.svg) + svgText(b.narrow.svg)).not.toMatch(ENGLISH_MONTH);
    expect(b.summary).not.toMatch(ENGLISH_MONTH);
  });

  it('writes numbers the Spanish way (no 1,234 or 17.6)', () => {
    // A table cell of a value with decimals is a decimal however it looks: 3,125 is 3.125, not three thousand.
    const decimals = b.rows.flatMap((r) => b.def.columns.flatMap((c) => (typeof r[c.key] === 'number' && !Number.isInteger(r[c.key]) ? [tableCell(c, r[c.key])] : [])));
    for (const text of [b.summary, svgText(b.wide.svg), ...b.wide.points.map((p) => p[2]), ...cells].map((x) => asPublished(unnamed(String(x))))) {
      // 1,234 (English thousands); 0,093 is a Spanish decimal.
      if (!decimals.includes(text)) expect(text).not.toMatch(ENGLISH_THOUSANDS);
      // 17.6 (an English decimal); names such as Qwen2.5 or 1.5B are not numbers in prose.
      expect(text).not.toMatch(ENGLISH_DECIMAL);
    }
  });

  it('uses every string of its translation (none left from an older English text)', () => {
    for (const [english, spanish] of Object.entries(tr.strings)) expect(shownWithNames, `"${english}" is translated but not shown`).toMatch(asWords(spanish));
  });
});

describe('chart translations', () => {
  it('a missing Spanish string stops the build, naming the file and the English', () => {
    const def = getChart('hashrate-eras');
    const changed = { ...def, title: 'A title the translation has not caught up with' };
    expect(() => localize(changed, chartLocale('hashrate-eras', 'es'), translationOf('hashrate-eras', 'es'))).toThrow(
      'src/charts/es/hashrate-eras.ts: no es text for "A title the translation has not caught up with"',
    );
  });
  it('a chart without a translation cannot be drawn in Spanish', () => {
    const untranslated = ['blocks-by-pool-2016-2018'].filter((id) => !translationOf(id, 'es'));
    for (const id of untranslated) expect(() => buildChart(id, 'a test', 'es')).toThrow(`add src/charts/es/${id}.ts`);
  });
});
