/**
 * The embed code for a chart: a plain iframe at a sensible fixed height (works anywhere), plus an optional
 * few-line script that lets the iframe grow to fit: the embed page posts its height with postMessage.
 */
export const EMBED_MESSAGE = 'opposite-directions:height';

export function embedCode(embedUrl: string, title: string, height = 640): string {
  const origin = new URL(embedUrl).origin;
  const iframe = `<iframe src="${embedUrl}" title="${title.replace(/"/g, '&quot;')}" width="100%" height="${height}" loading="lazy" style="border:0;width:100%;max-width:760px"></iframe>`;
  const script =
    `<script>addEventListener("message",function(e){if(e.origin!=="${origin}"||!e.data||e.data.type!=="${EMBED_MESSAGE}")return;` +
    `document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source)f.style.height=e.data.height+"px"})})</script>`;
  return `${iframe}\n${script}`;
}
