/**
 * The tooltip layer over a build-time SVG (a few KB instead of re-rendering with Plot in the browser).
 * Pointer, touch and keyboard: hover or tap shows the nearest point; with the chart focused, arrow keys
 * step through points, Home/End jump, Esc hides. The tooltip is HTML, styled by the site's theme.
 */
type Point = [number, number, string];

export async function attach(container: HTMLElement): Promise<void> {
  if (container.dataset.attaching) return;
  container.dataset.attaching = 'true';
  // The build-time points come from the chart's points.json (kept out of the HTML); a calculator that
  // re-renders the chart writes its new points into this script's text, which then wins.
  const script = container.querySelector<HTMLScriptElement>('script[data-points]')!;
  let built: Record<string, Point[]>;
  try {
    built = await (await fetch(script.dataset.src!)).json();
  } catch {
    delete container.dataset.attaching; // offline or navigated away: the chart stays as drawn, a later visit retries
    return;
  }
  let raw = '';
  let data: Record<string, Point[]> = {};
  const pointsFor = (variant: string) => {
    if (!script.textContent) return built[variant] ?? [];
    if (script.textContent !== raw) { raw = script.textContent; data = JSON.parse(raw); }
    return data[variant] ?? [];
  };
  const mode = container.dataset.tipMode === 'xy' ? 'xy' : 'x';
  const tip = document.createElement('div');
  tip.className = 'chart-tip';
  tip.setAttribute('role', 'status');
  tip.hidden = true;
  container.append(tip);
  container.tabIndex = 0;
  container.setAttribute('aria-label', 'Chart: hover, tap, or use the arrow keys to read values');
  let index = -1;
  let marker: SVGCircleElement | null = null;

  /** The variant the reader sees (the other is display:none) and its points. */
  const current = () => {
    const svg = [...container.querySelectorAll<SVGSVGElement>('svg.plot')].find((s) => s.getBoundingClientRect().width > 0)!;
    const variant = svg.classList.contains('plot--narrow') ? 'narrow' : 'wide';
    return { svg, points: pointsFor(variant) };
  };

  const show = (i: number) => {
    const { svg, points } = current();
    if (!points.length) return;
    index = Math.max(0, Math.min(points.length - 1, i));
    const [x, y, label] = points[index];
    if (!marker || marker.ownerSVGElement !== svg) {
      marker?.remove();
      marker = document.createElementNS('http://www.w3.org/2000/svg', 'circle');
      marker.setAttribute('r', '4.5');
      marker.setAttribute('class', 'chart-marker');
      svg.append(marker);
    }
    marker.setAttribute('cx', String(x));
    marker.setAttribute('cy', String(y));
    tip.textContent = label;
    tip.hidden = false;
    // Place the tooltip in CSS pixels next to the point, kept inside the figure.
    const box = svg.getBoundingClientRect();
    const outer = container.getBoundingClientRect();
    const vb = svg.viewBox.baseVal;
    const px = box.left - outer.left + (x / vb.width) * box.width;
    const py = box.top - outer.top + (y / vb.height) * box.height;
    const left = Math.min(Math.max(0, px - tip.offsetWidth / 2), outer.width - tip.offsetWidth);
    const top = py - tip.offsetHeight - 12 < 0 ? py + 14 : py - tip.offsetHeight - 12;
    tip.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
  };

  const hide = () => {
    tip.hidden = true;
    marker?.remove();
    marker = null;
  };

  const nearest = (ev: PointerEvent) => {
    const { svg, points } = current();
    const box = svg.getBoundingClientRect();
    const vb = svg.viewBox.baseVal;
    const x = ((ev.clientX - box.left) / box.width) * vb.width;
    const y = ((ev.clientY - box.top) / box.height) * vb.height;
    let best = -1;
    let bestD = Infinity;
    for (let i = 0; i < points.length; i++) {
      const dx = points[i][0] - x;
      const dy = mode === 'xy' ? points[i][1] - y : (points[i][1] - y) / 50;
      const d = dx * dx + dy * dy;
      if (d < bestD) { bestD = d; best = i; }
    }
    return best;
  };

  container.addEventListener('pointermove', (ev) => { if (ev.pointerType === 'mouse') show(nearest(ev)); });
  container.addEventListener('pointerdown', (ev) => show(nearest(ev)));
  container.addEventListener('pointerleave', (ev) => { if (ev.pointerType === 'mouse') hide(); });
  container.addEventListener('blur', hide);
  container.addEventListener('keydown', (ev) => {
    const n = current().points.length;
    const step = ev.shiftKey ? Math.max(1, Math.round(n / 20)) : 1;
    const keys: Record<string, () => void> = {
      ArrowRight: () => show(index < 0 ? 0 : index + step),
      ArrowUp: () => show(index < 0 ? 0 : index + step),
      ArrowLeft: () => show(index < 0 ? n - 1 : index - step),
      ArrowDown: () => show(index < 0 ? n - 1 : index - step),
      Home: () => show(0),
      End: () => show(n - 1),
      Escape: hide,
    };
    const act = keys[ev.key];
    if (act) { ev.preventDefault(); act(); }
  });
  document.addEventListener('keydown', (ev) => { if (ev.key === 'Escape') hide(); });
  container.dataset.interactive = 'true';
}
