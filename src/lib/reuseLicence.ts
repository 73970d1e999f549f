import { SITE } from '../site.ts';

export interface ReuseLicence {
  name: string;
  url: string;
  /** The datasets whose licence it is (empty for the site's own licence). */
  because: string[];
}

/**
 * The licence a chart and its downloads can be reused under: the site's own (CC BY 4.0) unless its data carry a
 * Creative Commons NonCommercial or ShareAlike licence, which then applies to what is made from them. ShareAlike with
 * NonCommercial data gives CC BY-NC-SA (ShareAlike requires the same licence for adaptations).
 */
export function reuseLicence(credits: readonly { id: string; licence: { url?: string | null } }[]): ReuseLicence {
  const ncsa = credits.filter((c) => /\/licenses\/by-nc-sa\//.test(c.licence.url ?? ''));
  const nc = credits.filter((c) => /\/licenses\/by-nc(-sa|-nd)?\//.test(c.licence.url ?? ''));
  const sa = credits.filter((c) => /\/licenses\/by(-nc)?-sa\//.test(c.licence.url ?? ''));
  if (ncsa.length || (nc.length && sa.length)) {
    return { name: 'CC BY-NC-SA 4.0', url: 'https://creativecommons.org/licenses/by-nc-sa/4.0/', because: [...new Set([...nc, ...sa].map((c) => c.id))] };
  }
  if (nc.length) return { name: 'CC BY-NC 4.0', url: 'https://creativecommons.org/licenses/by-nc/4.0/', because: nc.map((c) => c.id) };
  if (sa.length) return { name: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/', because: sa.map((c) => c.id) };
  return { name: SITE.licence.name, url: SITE.licence.url, because: [] };
}
