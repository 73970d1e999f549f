/**
 * What prose must never carry, because the site promises readers a page that runs nothing but its own code and loads
 * nothing from elsewhere: raw <script>, <style>, <iframe> and the like; inline event handlers (onclick=…);
 * `javascript:`, `vbscript:` or `data:` links; and images from another site. Used by the MDX compile (the build stops,
 * naming file and line) and by `npm run check` (every problem at once), like the components check beside it.
 */
import { remarkFailOn, type ComponentProblem } from './checkComponents.ts';

interface Node {
  type: string;
  name?: string | null;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number; column: number } };
}

/** Elements that run code, restyle the page or pull in another document. */
const FORBIDDEN_ELEMENTS = new Set(['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'link', 'meta', 'base', 'form']);
/** Attributes that hold a URL to an image (or other media) the browser fetches by itself. */
const MEDIA_ATTRS = new Set(['src', 'srcset', 'poster', 'data']);
/** Attributes that hold a URL the reader follows or submits to. */
const LINK_ATTRS = new Set(['href', 'xlink:href', 'action', 'formaction', 'cite']);

/** A URL's scheme as a browser reads it (it ignores tabs, newlines and leading spaces or control characters). */
function scheme(url: string): string {
  const m = /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020]/g, ''));
  return m ? m[1]!.toLowerCase() : '';
}

function badLink(url: string): string | null {
  const s = scheme(url);
  if (s === 'javascript' || s === 'vbscript' || s === 'data') {
    return `a "${s}:" link runs code or hides content in the address; link to a page (https://… or /articles/…) instead`;
  }
  return null;
}

function badMedia(url: string): string | null {
  const first = url.trim().split(/[\s,]+/)[0] ?? '';
  const s = scheme(first);
  if (s === 'javascript' || s === 'vbscript') return `a "${s}:" address in an image runs code; use an image file`;
  if (s === 'http' || s === 'https' || first.startsWith('//')) {
    return `an image from another site (${first}): pages load nothing from other origins; copy the file into public/images/ (with its licence) and write /images/<name>`;
  }
  return null;
}

/** Every safety problem in one parsed MDX tree (remark-mdx). */
export function checkSafetyTree(tree: Node): ComponentProblem[] {
  const problems: ComponentProblem[] = [];
  const visit = (n: Node) => {
    const at = n.position?.start ?? { line: 0, column: 0 };
    const add = (message: string) => problems.push({ line: at.line, column: at.column, message });
    if ((n.type === 'link' || n.type === 'definition') && n.url) {
      const p = badLink(n.url);
      if (p) add(`link to ${JSON.stringify(n.url)}: ${p}.`);
    }
    if (n.type === 'image' && n.url) {
      const p = badMedia(n.url);
      if (p) add(`image ${JSON.stringify(n.url)}: ${p}.`);
    }
    if ((n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && n.name && /^[a-z]/.test(n.name)) {
      const el = n.name.toLowerCase();
      if (FORBIDDEN_ELEMENTS.has(el)) {
        add(`raw <${n.name}> in prose: pieces carry no scripts, styles, frames or embedded documents (the page's security policy blocks them and readers without JavaScript lose them); use a component from WRITING.md.`);
      }
      for (const a of n.attributes ?? []) {
        if (a.type !== 'mdxJsxAttribute' || !a.name) continue;
        const name = a.name.toLowerCase();
        if (/^on/.test(name)) {
          add(`<${n.name} ${a.name}=…>: inline event handlers run code the page's security policy blocks; remove it.`);
          continue;
        }
        if (typeof a.value !== 'string') continue;
        const p = MEDIA_ATTRS.has(name) && el !== 'a' ? badMedia(a.value) : LINK_ATTRS.has(name) ? badLink(a.value) : null;
        if (p) add(`<${n.name} ${a.name}=${JSON.stringify(a.value)}>: ${p}.`);
      }
    }
    n.children?.forEach(visit);
  };
  visit(tree);
  return problems;
}

/** Remark plugin: unsafe content stops the MDX compile. */
export default remarkFailOn<Node>('Unsafe content', checkSafetyTree);
