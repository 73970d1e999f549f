/**
 * Listen: the chart as sound, for readers who cannot see it (chart2music). Opt-in: loaded only when a reader presses
 * "Listen", never plays by itself. It works beside the build-time SVG: the chart takes keyboard focus, the arrow keys
 * step through the points (each a tone, its pitch the value), and the values are spoken in a live caption. It follows
 * the view a reader chose under Explore.
 */
import { c2mChart } from 'chart2music';
import { fmt, utc } from './defaults.ts';
import { columnHeading, type Column, type Row } from './types.ts';

/** What Listen needs of a chart: its title, columns and tooltip fields (from the page and the chart's data.json); on a
 * page in another language, that language, its formats and the axes' names as the page's table gives them. */
export interface Sound {
  title: string; columns: Pick<Column, 'key' | 'label' | 'unit'>[]; x: string; y: string; group?: string;
  lang?: string; formats?: typeof fmt; labels?: { x?: string; y?: string };
}

const DATE = /^\d{4}(-\d{2}){0,2}$/;

/** Attaches (or re-attaches, after a redraw) the sonification to the figure's visible SVG. Returns an error, if any. */
export function listen(figure: HTMLElement, chart: Sound, rows: Row[]): string | undefined {
  const { x, y, group: groupKey } = chart;
  const svg = [...figure.querySelectorAll<SVGSVGElement>('svg.plot')].find((s) => s.getBoundingClientRect().width > 0);
  const cc = figure.querySelector<HTMLElement>('.figure__listen');
  if (!svg || !cc) return 'no chart to play';
  const sample = rows.find((r) => r[x] != null)?.[x];
  const dated = typeof sample === 'string' && DATE.test(sample);
  const toX = (v: unknown) => (dated ? utc(String(v)).getTime() : Number(v));
  const points = (rs: Row[]) =>
    rs.filter((r) => r[x] != null && r[y] != null && Number.isFinite(toX(r[x])) && Number.isFinite(Number(r[y])))
      .map((r) => ({ x: toX(r[x]), y: Number(r[y]) }));
  const groups = groupKey ? [...new Set(rows.map((r) => String(r[groupKey])))] : [];
  // In another language a voice is named as that language names it ("Estados Unidos"); other names stay as they are.
  const voiceName = (g: string) => (chart.formats ? chart.formats.country(g) : g);
  const voices = groups.map((g) => [voiceName(g), points(rows.filter((r) => String(r[groupKey!]) === g))] as const).filter(([, p]) => p.length);
  const data = voices.length > 1 ? Object.fromEntries(voices) : points(rows);
  if (!Array.isArray(data) ? false : !data.length) return 'no points to play in this view';
  const column = (key: string) => chart.columns.find((c) => c.key === key);
  const label = (key: string) => (column(key) ? columnHeading(column(key)!) : key);
  const f = chart.formats ?? fmt;
  const { err } = c2mChart({
    type: dated ? 'line' : 'scatter',
    element: svg,
    cc,
    title: chart.title,
    lang: (chart.lang ?? 'en') as 'en',
    data,
    axes: {
      // Dates as precise as the data: a year, a month or a day.
      x: { label: chart.labels?.x ?? label(x), format: dated ? (v: number) => (String(sample).length === 4 ? f.year : String(sample).length === 7 ? f.month : f.date)(new Date(v)) : (v: number) => (chart.formats ? f.sig3(v) : String(v)) },
      y: { label: chart.labels?.y ?? label(y), format: (v: number) => f.sig3(v) },
    },
  });
  if (err) return String(err);
  svg.focus();
  return undefined;
}

/** Starts Listen on a figure: the rows of the view shown (Explore's, else the chart's data.json), then on every redraw. */
export async function startListening(figure: HTMLElement): Promise<void> {
  const status = figure.querySelector<HTMLElement>('.figure__listen')!;
  // The chart's full rows (view.json, for a chart with views) or its table's (data.json), with its columns.
  const data = await (await fetch(figure.dataset.listenSrc!)).json();
  const title = figure.querySelector('.figure__title')?.textContent ?? '';
  const { listenLang: lang, listenX, listenY } = figure.dataset;
  // Another language's formats load with Listen, only on its pages.
  const formats = lang === 'es' ? (await import('./formatsEs.ts')).fmt : undefined;
  const chart: Sound = { title, columns: data.columns, x: figure.dataset.tipX!, y: figure.dataset.tipY!, group: figure.dataset.listenGroup, lang, formats, labels: { x: listenX, y: listenY } };
  const play = () => {
    const rows = (figure as HTMLElement & { explorer?: { current(): { rows: Row[] } } }).explorer?.current().rows ?? data.rows;
    const err = listen(figure, chart, rows);
    if (err) status.textContent = `${figure.dataset.listenUnavailable ?? 'Listen is not available here'}: ${err}.`;
  };
  play();
  figure.addEventListener('viewchange', play); // Explore redrew the chart: play the new view
}
