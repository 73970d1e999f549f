/**
 * The embed code for a chart: a plain iframe at a sensible fixed height (works anywhere, even where a platform strips
 * scripts: the embed page fits itself to the frame), plus an optional few-line script that sizes the iframe to the
 * chart's natural height: the embed page posts it with postMessage whenever it changes.
 */
export const EMBED_MESSAGE = 'opposite-directions:height';

/**
 * Frame height (px) without the script: room for a chart at full size above its text on a desktop, and for all of it
 * at phone width with the chart scaled down (measured over every chart at 374 and 760 px: 565–1,013 px of natural height;
 * calculators 1,157–1,627 px with their controls).
 */
export function embedHeight(hasControls: boolean): number {
  return hasControls ? 1300 : 800;
}

export function embedCode(embedUrl: string, title: string, height: number): string {
  const origin = new URL(embedUrl).origin;
  const iframe = `<iframe src="${embedUrl}" title="${title.replace(/"/g, '&quot;')}" width="100%" height="${height}" loading="lazy" style="border:0;width:100%;max-width:760px"></iframe>`;
  const script =
    `<script>addEventListener("message",function(e){if(e.origin!=="${origin}"||!e.data||e.data.type!=="${EMBED_MESSAGE}")return;` +
    `document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source)f.style.height=e.data.height+"px"})})</script>`;
  return `${iframe}\n${script}`;
}
