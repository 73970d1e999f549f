import { readFileSync } from 'node:fs';
import { composition } from './scripts/bench/composition.ts';
import { parseHTML } from 'linkedom';
import { gz } from './scripts/bench/util.ts';
for (const p of process.argv.slice(2)) {
  const html = readFileSync(`dist/articles/${p}/index.html`, 'utf8');
  const c = composition(html);
  console.log(p, (c.total / 1024).toFixed(1), c.parts.map((x) => `${x.name} ${(x.gz / 1024).toFixed(1)}`).join('; '), 'rest', (c.rest / 1024).toFixed(1));
  const { document } = parseHTML(html);
  for (const f of document.querySelectorAll('figure[data-figure]')) console.log('  ', f.getAttribute('data-figure'), (gz(f.outerHTML) / 1024).toFixed(1), 'w', (gz(f.querySelector('svg.plot--wide')?.outerHTML ?? '') / 1024).toFixed(1), 'n', (gz(f.querySelector('svg.plot--narrow')?.outerHTML ?? '') / 1024).toFixed(1), 'table', (gz(f.querySelector('details.figure__table')?.outerHTML ?? '') / 1024).toFixed(1));
}
