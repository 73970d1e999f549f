/**
 * Build time only: a long outline drawn more than once in one chart (a map's borders, repeated in each panel) is
 * written once, in <defs>, and drawn again with <use>. gzip cannot see a repeat that lies more than 32 KB back, so a
 * two-panel map carried its borders twice; now the picture is the same and the page sends them once. The browser's
 * redraws (Explore) skip this step: they are never downloaded, and the chunk stays smaller.
 */
const NS = 'http://www.w3.org/2000/svg';
/** Path data shorter than this (characters) costs less inline than a <use>. */
const MIN_LENGTH = 400;

export function shareShapes(svg: Element, id: string, variant: string): void {
  const byData = new Map<string, Element[]>();
  for (const p of svg.querySelectorAll('path[d]')) {
    const d = p.getAttribute('d')!;
    if (d.length >= MIN_LENGTH && !p.firstElementChild) byData.set(d, [...(byData.get(d) ?? []), p]);
  }
  const repeated = [...byData.entries()].filter(([, paths]) => paths.length > 1);
  if (!repeated.length) return;
  const doc = svg.ownerDocument;
  const defs = doc.createElementNS(NS, 'defs');
  repeated.forEach(([d, paths], i) => {
    const shapeId = `${id}-${variant}-shape-${i + 1}`;
    const shape = doc.createElementNS(NS, 'path');
    shape.setAttribute('id', shapeId);
    shape.setAttribute('d', d);
    defs.append(shape);
    for (const p of paths) {
      // The drawing attributes stay on each <use>; the shared path has none, so it takes them from there.
      const use = doc.createElementNS(NS, 'use');
      for (const a of [...p.attributes]) if (a.name !== 'd') use.setAttribute(a.name, a.value);
      use.setAttribute('href', `#${shapeId}`);
      p.replaceWith(use);
    }
  });
  const title = svg.querySelector('title');
  if (title) title.after(defs);
  else svg.prepend(defs);
}
