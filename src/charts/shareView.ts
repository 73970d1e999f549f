/**
 * The chart page's "share this view": once a reader changes the view, a link to it, its data as CSV and an embed code
 * that opens on it. Loaded on the first view change only.
 */
import { toCsv } from '../publish/csv.ts';
import { columnHeading } from './types.ts';
import type { Explorer } from './explore.ts';

export function shareView(figure: HTMLElement): void {
  const explorer = (figure as HTMLElement & { explorer?: Explorer }).explorer;
  const box = document.querySelector<HTMLElement>('[data-view-share]');
  if (!explorer || !box) return;
  const { def } = explorer;
  const { rows, query, description } = explorer.current();
  const search = new URLSearchParams(query).toString().replace(/%2C/gi, ',');
  box.hidden = !search;
  box.querySelector('[data-view-desc]')!.textContent = description;
  const link = new URL(location.href);
  link.hash = '';
  box.querySelector<HTMLAnchorElement>('[data-view-link]')!.href = link.href;
  // The CSV of the rows this view shows, headed as the table is.
  const csv = toCsv(def.columns.map(columnHeading), rows.map((r) => Object.fromEntries(def.columns.map((c) => [columnHeading(c), r[c.key]]))));
  const download = box.querySelector<HTMLAnchorElement>('[data-view-csv]')!;
  if (download.href.startsWith('blob:')) URL.revokeObjectURL(download.href);
  download.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
  download.download = `${def.id}-view.csv`;
  // The embed code opens the embed page on the same view.
  const code = document.querySelector<HTMLTextAreaElement>('#embed-code');
  if (code) {
    code.dataset.base ??= code.value;
    code.value = search ? code.dataset.base.replace(/(\/embed\/[^/"]+\/)"/, `$1?${search.replace(/&/g, '&amp;')}"`) : code.dataset.base;
  }
}
