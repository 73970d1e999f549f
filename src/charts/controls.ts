/**
 * Calculators in the browser: reads the controls (and the URL), re-runs the chart's own spec from
 * src/charts/defs/<id>.ts (every chart is pure) with Plot, updates the outputs and writes the state into the URL
 * (?<chart-id>.<name>=value) so a scenario can be shared. Loaded only when such a figure nears the viewport.
 */
import { draw } from './draw.ts';
import { paramsLine } from './paramsLine.ts';
import type { ChartDef, Row } from './types.ts';

// Each calculator is its own chunk, loaded only when its figure asks for it. Only charts with controls
// (named <name>-calculator, see registry.ts) are bundled, so the shared chunk holds only the Plot code they use.
const defs = import.meta.glob<{ default: ChartDef }>('./defs/*-calculator.ts');

export async function attachControls(figure: HTMLElement): Promise<void> {
  if (figure.dataset.controlsReady) return;
  figure.dataset.controlsReady = 'true';
  const id = figure.dataset.figure!;
  const load = defs[`./defs/${id}.ts`];
  if (!load) throw new Error(`no src/charts/defs/${id}.ts for the controls of chart "${id}"`);
  const mod = (await load()).default;
  const rows = JSON.parse(figure.querySelector('script[data-rows]')!.textContent!) as Row[];
  const form = figure.querySelector<HTMLFormElement>('form.figure__controls')!;

  const read = () =>
    Object.fromEntries(
      (mod.controls ?? []).map((c) => {
        const input = form.elements.namedItem(c.name) as HTMLInputElement | HTMLSelectElement;
        return [c.name, c.kind === 'select' ? input.value : Number(input.value)];
      }),
    );
  const initial = read();

  // State from the URL wins over the build-time defaults.
  const url = new URL(location.href);
  for (const c of mod.controls ?? []) {
    const v = url.searchParams.get(`${id}.${c.name}`);
    const input = form.elements.namedItem(c.name) as HTMLInputElement | HTMLSelectElement | null;
    if (v !== null && input) input.value = v;
  }

  // Controls that apply only to some choices (Control.shownIf): their container is hidden while they do not apply.
  const showApplicable = (params: Record<string, number | string>) => {
    for (const c of mod.controls ?? []) {
      if (!c.shownIf) continue;
      const box = (form.elements.namedItem(c.name) as HTMLElement | null)?.closest<HTMLElement>('.control');
      if (box) box.hidden = !c.shownIf(params);
    }
  };

  const render = () => {
    const params = read();
    showApplicable(params);
    draw(figure, mod, rows, params, undefined);
    for (const c of mod.controls ?? []) {
      const out = form.querySelector(`output[data-for="${c.name}"]`);
      if (out) out.textContent = c.format ? c.format(params[c.name]) : String(params[c.name]);
    }
    const line = figure.querySelector('.figure__params');
    if (line) line.textContent = paramsLine(mod.controls ?? [], params);
    (mod.outputs?.(params, rows) ?? []).forEach((o, i) => {
      const el = figure.querySelector(`[data-output="${i}"]`);
      if (el) el.textContent = o.text;
    });
    const next = new URL(location.href);
    for (const c of mod.controls ?? []) {
      const v = String(params[c.name]);
      if (v === String(initial[c.name])) next.searchParams.delete(`${id}.${c.name}`);
      else next.searchParams.set(`${id}.${c.name}`, v);
    }
    history.replaceState(null, '', next);
  };

  form.addEventListener('input', render);
  form.addEventListener('submit', (e) => { e.preventDefault(); render(); });
  for (const el of form.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>('input, select, button')) el.disabled = false;
  if ((mod.controls ?? []).some((c) => url.searchParams.has(`${id}.${c.name}`))) render();
  else showApplicable(read());
}
