/**
 * The embed code for a chart: a plain iframe at a sensible fixed height (works anywhere, even where a platform strips
 * scripts: the embed page fits itself to the frame), plus an optional few-line script that sizes the iframe to the
 * chart's natural height: the embed page posts it with postMessage whenever it changes.
 */
export const EMBED_MESSAGE = 'opposite-directions:height';

/**
 * Frame height (px) without the script: room for a chart at full size above its text on a desktop (measured: the
 * charts need 640–760 px at 760 px wide, 640–930 px at phone width), more for a calculator's controls.
 */
export function embedHeight(hasControls: boolean): number {
  return hasControls ? 1000 : 720;
}

export function embedCode(embedUrl: string, title: string, height: number): string {
  const origin = new URL(embedUrl).origin;
  const iframe = `<iframe src="${embedUrl}" title="${title.replace(/"/g, '&quot;')}" width="100%" height="${height}" loading="lazy" style="border:0;width:100%;max-width:760px"></iframe>`;
  const script =
    `<script>addEventListener("message",function(e){if(e.origin!=="${origin}"||!e.data||e.data.type!=="${EMBED_MESSAGE}")return;` +
    `document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source)f.style.height=e.data.height+"px"})})</script>`;
  return `${iframe}\n${script}`;
}
