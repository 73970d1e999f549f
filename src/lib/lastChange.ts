import { SITE } from '../site.ts';

/**
 * The day a page last changed in substance: the newest changelog entry that links it or one of the pages it is made
 * from (a chart's datasets), else the site's launch. Cited as the date of a chart, so a citation moves only when the
 * chart does.
 */
export function lastChange(paths: readonly string[], entries: readonly { date: Date; links: readonly string[] }[]): string {
  const dates = entries.filter((e) => e.links.some((l) => paths.includes(l))).map((e) => e.date.toISOString().slice(0, 10));
  return [SITE.launched, ...dates].sort().at(-1)!;
}
