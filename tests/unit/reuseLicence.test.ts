import { describe, expect, it } from 'vitest';
import { reuseLicence } from '../../src/lib/reuseLicence.ts';
import { charts } from '../../src/charts/registry.ts';
import { credits } from '../../src/charts/credits.ts';

const cc = (id: string, kind: string) => ({ id, licence: { url: `https://creativecommons.org/licenses/${kind}/4.0/` } });

describe('the licence a chart is reused under', () => {
  it('is the site licence for open data, and the data licence for NonCommercial or ShareAlike data', () => {
    expect(reuseLicence([cc('a', 'by'), { id: 'b', licence: { url: null } }])).toMatchObject({ name: 'CC BY 4.0', because: [] });
    expect(reuseLicence([cc('a', 'by'), cc('h', 'by-nc')])).toMatchObject({ name: 'CC BY-NC 4.0', because: ['h'] });
    expect(reuseLicence([cc('h', 'by-nc'), cc('c', 'by-nc-sa')])).toMatchObject({ name: 'CC BY-NC-SA 4.0', because: ['h', 'c'] });
    expect(reuseLicence([cc('h', 'by-nc'), cc('s', 'by-sa')])).toMatchObject({ name: 'CC BY-NC-SA 4.0' });
  });
  it('is CC BY-NC-SA for every chart drawn from CBECI data', () => {
    const cbeci = charts.filter((c) => c.datasets.some((d) => d.startsWith('cbeci-')));
    expect(cbeci.length).toBeGreaterThan(0);
    for (const c of cbeci) expect(reuseLicence(credits(c.datasets, c.id)).name, c.id).toBe('CC BY-NC-SA 4.0');
  });
});
