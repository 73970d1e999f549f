import { it, expect } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { badValues } from '../../scripts/pageValues.ts';

it('a built page that shows NaN, undefined, Infinity or [object Object] is named with its line; scripts are not text', () => {
  const dir = mkdtempSync(join(tmpdir(), 'values-'));
  try {
    mkdirSync(join(dir, 'methods'));
    writeFileSync(join(dir, 'methods', 'index.html'), '<p>The median was 1.8 %.</p>\n<p>The estimate was NaN % above.</p>\n<p aria-label="undefined">x</p>\n');
    writeFileSync(join(dir, 'ok.html'), '<p>Fine.</p><script>let a = undefined; if (isNaN(a)) a = Infinity;</script>\n<p>[object Object]</p>');
    const found = badValues(dir);
    expect(found.map((p) => p.where)).toEqual(['methods/index.html:2', 'methods/index.html:3', 'ok.html:2']);
    expect(found[0]!.message).toContain('"NaN" where a value belongs: …<p>The estimate was NaN % above.</p>…');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
