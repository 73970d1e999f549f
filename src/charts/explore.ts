/**
 * Explore: a chart's own controls in the browser, for every chart that has any: view options (ChartDef.view), shown
 * when a reader presses "Explore", and a calculator's controls, laid out at build time and switched on here. Loaded
 * only when needed: fetches the chart's build-time rows (/charts/<id>/view.json) and its chart file, and redraws in
 * place with the same spec the build used. Summary, accessible name, table, a calculator's results and its assumptions
 * line follow; the state lives in the URL (?<chart-id>.<name>=value), checked: a value that does not fit falls back to
 * the default with a visible note.
 */
import { draw } from './draw.ts';
import { parseControl, viewDefaults, viewOf } from './view.ts';
import { paramsLine } from './paramsLine.ts';
import { tableCell, tableRows } from './tableRows.ts';
import { EXPLORE_EN, type ExploreText } from './exploreText.ts';
import type { ChartDef, Control, Params, Row } from './types.ts';

// One chunk per chart file, loaded only for the chart being explored; Plot is shared between them.
const defs = import.meta.glob<{ default: ChartDef }>('./defs/*.ts');

/** The view's values that differ from the default, as URL parameters of this figure. */
function viewQuery(id: string, controls: Control[], params: Params, defaults: Params): [string, string][] {
  return controls.filter((c) => String(params[c.name]) !== String(defaults[c.name])).map((c) => [`${id}.${c.name}`, String(params[c.name])]);
}

/** "From 2015 · To 2025 · Scale: Linear": the view in words, for the accessible name and the note beside a link. */
function describe(controls: Control[], params: Params, defaults: Params, T: ExploreText = EXPLORE_EN): string {
  const parts = controls
    .filter((c) => String(params[c.name]) !== String(defaults[c.name]))
    .map((c) => {
      const v = String(params[c.name]);
      const label = (x: string) => c.options?.find((o) => o.value === x)?.label ?? x;
      return `${c.label}: ${c.kind === 'checks' ? v.split(',').map(label).join(', ') : c.format ? c.format(params[c.name]) : label(v)}`;
    });
  return parts.length ? T.view(parts.join('; ')) : '';
}

function controlElement(figureId: string, c: Control, value: number | string): HTMLElement {
  const box = document.createElement(c.kind === 'checks' ? 'fieldset' : 'div');
  box.className = 'control';
  const inputId = `${figureId}-view-${c.name}`;
  if (c.kind === 'checks') {
    const legend = document.createElement('legend');
    legend.textContent = c.label;
    box.append(legend);
    const chosen = new Set(String(value).split(','));
    for (const o of c.options ?? []) {
      const label = document.createElement('label');
      const input = document.createElement('input');
      input.type = 'checkbox';
      input.name = c.name;
      input.value = o.value;
      input.checked = chosen.has(o.value);
      label.append(input, ` ${o.label}`);
      box.append(label);
    }
    return box;
  }
  const label = document.createElement('label');
  label.htmlFor = inputId;
  label.textContent = c.label + (c.unit ? ` (${c.unit})` : '');
  let input: HTMLInputElement | HTMLSelectElement;
  if (c.kind === 'select') {
    input = document.createElement('select');
    for (const o of c.options ?? []) input.append(new Option(o.label, o.value, false, o.value === String(value)));
  } else {
    input = document.createElement('input');
    input.type = c.kind;
    if (c.min !== undefined) input.min = String(c.min);
    if (c.max !== undefined) input.max = String(c.max);
    if (c.step !== undefined) input.step = String(c.step);
  }
  input.id = inputId;
  input.name = c.name;
  input.value = String(value);
  const output = document.createElement('output');
  output.htmlFor.add(inputId);
  output.dataset.for = c.name;
  output.textContent = c.format ? c.format(value) : String(value);
  box.append(label, input, output);
  return box;
}

function fillTable(figure: HTMLElement, def: ChartDef, rows: Row[], T: ExploreText): void {
  const body = figure.querySelector('.figure__table tbody');
  if (!body) return;
  const shown = tableRows(rows);
  body.replaceChildren(...shown.map((r) => {
    const tr = document.createElement('tr');
    for (const c of def.columns) {
      const td = document.createElement('td');
      if (typeof r[c.key] === 'number') td.className = 'num';
      // As built (ChartTable.astro): names of models and machines are not for a browser's translator.
      if (c.names) td.translate = false;
      td.textContent = tableCell(c, r[c.key]);
      tr.append(td);
    }
    return tr;
  }));
  figure.querySelector('.figure__table > summary')!.textContent = T.tableSummary(shown.length, rows.length);
  const note = figure.querySelector<HTMLElement>('[data-table-note]');
  if (note) {
    note.hidden = shown.length === rows.length;
    note.textContent = T.sample(rows.length);
  }
}

export interface Explorer {
  def: ChartDef;
  /** The rows and values of the view shown now (for "Download this view's data" and "Copy link"). */
  current(): { rows: Row[]; params: Params; query: [string, string][]; description: string };
}

export async function explore(figure: HTMLElement): Promise<Explorer | undefined> {
  const existing = (figure as HTMLElement & { explorer?: Explorer }).explorer;
  if (existing) return existing;
  const id = figure.dataset.figure!;
  const button = figure.querySelector<HTMLButtonElement>('[data-explore]');
  const panel = figure.querySelector<HTMLElement>('.figure__view');
  const src = panel?.dataset.src ?? figure.querySelector<HTMLElement>('[data-view-src]')!.dataset.viewSrc!;
  button?.setAttribute('aria-busy', 'true');
  let def: ChartDef;
  let data: { rows: Row[]; context: unknown };
  // A page in Spanish draws, describes and labels the chart in Spanish, with the words it loads for that.
  let T = EXPLORE_EN;
  try {
    const load = defs[`./defs/${id}.ts`];
    if (!load) throw new Error(`no chart file for "${id}"`);
    [def, data] = await Promise.all([load().then((m) => m.default), fetch(src).then((r) => r.json())]);
    if (document.documentElement.lang === 'es') {
      const es = await import('./es/_client.ts');
      [def, T] = [await es.localized(def), es.text];
    }
  } catch {
    button?.removeAttribute('aria-busy'); // offline: the chart stays as drawn; pressing again retries
    return undefined;
  }
  const { rows, context } = data;
  const view = viewOf(def, rows, context)!;
  const defaults = viewDefaults(view.controls);

  // The view from the URL, each value checked against its control.
  const url = new URL(location.href);
  const params: Params = { ...defaults };
  const refused: string[] = [];
  for (const c of view.controls) {
    const text = url.searchParams.get(`${id}.${c.name}`);
    if (text === null) continue;
    const v = parseControl(c, text);
    if (v === null) refused.push(`${c.label.toLowerCase()} "${text}"`);
    else params[c.name] = v;
  }

  // A calculator's form is in the page from the first paint (laid out, disabled); a view's is made here.
  const built = figure.querySelector<HTMLFormElement>('form.figure__controls');
  const form = built ?? document.createElement('form');
  const note = document.createElement('p');
  note.className = 'figure__view-note';
  note.setAttribute('role', 'status');
  if (refused.length) note.textContent = T.refused(refused.join(', '));
  if (built) {
    for (const c of view.controls) {
      const input = form.elements.namedItem(c.name) as HTMLInputElement | HTMLSelectElement | null;
      if (input) input.value = String(params[c.name]);
    }
    for (const el of form.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>('input, select, button')) el.disabled = false;
    form.after(note);
  } else {
    form.className = 'figure__controls figure__controls--view';
    form.setAttribute('aria-label', T.changeView(figure.querySelector('.figure__title')?.textContent ?? id));
    form.append(...view.controls.map((c) => controlElement(id, c, params[c.name]!)));
    const reset = document.createElement('button');
    reset.type = 'reset';
    reset.className = 'copy';
    reset.textContent = T.reset;
    // Chart or table: the same view as rows and columns, for reading values or a screen reader.
    const asTable = document.createElement('button');
    asTable.type = 'button';
    asTable.className = 'copy';
    asTable.textContent = T.asTable;
    asTable.setAttribute('aria-pressed', 'false');
    asTable.addEventListener('click', () => {
      const on = figure.classList.toggle('figure--as-table');
      asTable.setAttribute('aria-pressed', String(on));
      const table = figure.querySelector<HTMLDetailsElement>('.figure__table');
      if (table) table.open = on || table.open;
    });
    const buttons = document.createElement('div');
    buttons.className = 'figure__view-buttons';
    buttons.append(reset, asTable);
    form.append(buttons);
    panel!.replaceChildren(form, note);
  }

  const summary = figure.querySelector<HTMLElement>('.figure__summary');
  summary?.setAttribute('aria-live', 'polite');

  const read = (): Params => {
    const out: Params = {};
    for (const c of view.controls) {
      if (c.kind === 'checks') {
        out[c.name] = [...form.querySelectorAll<HTMLInputElement>(`input[name="${c.name}"]:checked`)].map((i) => i.value).join(',');
      } else {
        const input = form.elements.namedItem(c.name) as HTMLInputElement | HTMLSelectElement;
        out[c.name] = c.kind === 'select' ? input.value : Number(input.value);
      }
    }
    return out;
  };

  let shown = rows;
  let now = params;
  const render = (p: Params) => {
    const picked = view.rows ? view.rows(rows, p) : rows;
    if (!picked.length) {
      note.textContent = T.nothing;
      return;
    }
    if (!refused.length || p !== params) note.textContent = '';
    shown = picked;
    now = p;
    const description = describe(view.controls, p, defaults, T);
    draw(figure, def, picked, p, context, description);
    if (summary) summary.textContent = def.summary(picked, context as never);
    fillTable(figure, def, picked, T);
    for (const c of view.controls) {
      const out = form.querySelector(`output[data-for="${c.name}"]`);
      if (out) out.textContent = c.format ? c.format(p[c.name]) : String(p[c.name]);
      // A control that applies only to some choices (Control.shownIf) hides while it does not.
      if (c.shownIf) {
        const box = (form.elements.namedItem(c.name) as HTMLElement | null)?.closest<HTMLElement>('.control');
        if (box) box.hidden = !c.shownIf(p);
      }
    }
    // A calculator's assumptions line and results.
    const line = figure.querySelector('.figure__params');
    if (line && def.controls) line.textContent = paramsLine(def.controls, p, T.drawnWith);
    (def.outputs?.(p, picked) ?? []).forEach((o, i) => {
      const el = figure.querySelector(`[data-output="${i}"]`);
      if (el) el.textContent = o.text;
    });
    const next = new URL(location.href);
    for (const c of view.controls) next.searchParams.delete(`${id}.${c.name}`);
    for (const [k, v] of viewQuery(id, view.controls, p, defaults)) next.searchParams.set(k, v);
    // Commas stay commas ("paraguay,ethiopia"): allowed in a query and easier to read than %2C.
    history.replaceState(history.state, '', next.href.replace(/%2C/gi, ','));
    figure.dispatchEvent(new CustomEvent('viewchange', { bubbles: true }));
  };

  form.addEventListener('input', () => render(read()));
  form.addEventListener('submit', (e) => { e.preventDefault(); render(read()); });
  form.addEventListener('reset', () => {
    // After the browser resets the inputs to their initial values, put the defaults back instead.
    setTimeout(() => {
      for (const c of view.controls) {
        if (c.kind === 'checks') {
          const chosen = new Set(String(defaults[c.name]).split(','));
          form.querySelectorAll<HTMLInputElement>(`input[name="${c.name}"]`).forEach((i) => (i.checked = chosen.has(i.value)));
        } else (form.elements.namedItem(c.name) as HTMLInputElement).value = String(defaults[c.name]);
      }
      render(read());
    });
  });

  if (panel) panel.hidden = false;
  button?.removeAttribute('aria-busy');
  button?.setAttribute('aria-expanded', 'true');

  const explorer: Explorer = {
    def,
    current: () => ({ rows: shown, params: now, query: viewQuery(id, view.controls, now, defaults), description: describe(view.controls, now, defaults, T) }),
  };
  (figure as HTMLElement & { explorer?: Explorer }).explorer = explorer;
  // The page already shows the default view as built; redraw only for a view from the URL.
  if (view.controls.some((c) => String(params[c.name]) !== String(defaults[c.name])) || refused.length) render(params);
  return explorer;
}
