/**
 * Renders a plain Markdown file (a dataset's SOURCE.md, content/methods/*.md) as one section of a page, with
 * Astro's own Markdown pipeline (@astrojs/markdown-remark) and the site's settings: GFM, links to other sites with
 * rel="noopener noreferrer", root-relative links under the base path, visible heading anchors.
 *
 * - The file's first heading becomes the section title (returned, not rendered), unless `keepTitle`.
 * - The remaining headings are shifted so the file's top level sits one below the section (h3 under the page's h2).
 * - Every id in the output (headings, footnotes) gets `idPrefix` + '-', so several files on one page never clash;
 *   links and aria references to those ids follow.
 */
import { createMarkdownProcessor, rehypeHeadingIds } from '@astrojs/markdown-remark';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeExternalLinks from 'rehype-external-links';
import { visit } from 'unist-util-visit';
import rehypeBaseLinks from '../markdown/rehypeBaseLinks.mjs';

export interface RenderedSection {
  /** Text of the file's first heading (null if it has none or `keepTitle`). */
  title: string | null;
  html: string;
}

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
  value?: string;
}

/** Shift headings so the shallowest one becomes `top`; never deeper than h6. */
function rehypeShiftHeadings({ top }: { top: number }) {
  return (tree: HastNode) => {
    let min = 7;
    visit(tree as never, 'element', (n: HastNode) => {
      const m = /^h([1-6])$/.exec(n.tagName ?? '');
      if (m) min = Math.min(min, Number(m[1]));
    });
    if (min === 7) return;
    visit(tree as never, 'element', (n: HastNode) => {
      const m = /^h([1-6])$/.exec(n.tagName ?? '');
      if (m) n.tagName = `h${Math.min(6, Number(m[1]) - min + top)}`;
    });
  };
}

/** Prefix every id, and every in-page reference to one (href="#…", aria-describedby, aria-labelledby). */
function rehypePrefixIds({ prefix }: { prefix: string }) {
  return (tree: HastNode) => {
    const ids = new Set<string>();
    visit(tree as never, 'element', (n: HastNode) => {
      const id = n.properties?.id;
      if (typeof id === 'string' && id) ids.add(id);
    });
    const fix = (id: string) => (ids.has(id) ? `${prefix}-${id}` : id);
    visit(tree as never, 'element', (n: HastNode) => {
      const p = n.properties;
      if (!p) return;
      if (typeof p.id === 'string' && p.id) p.id = fix(p.id);
      if (typeof p.href === 'string' && p.href.startsWith('#')) p.href = `#${fix(decodeURIComponent(p.href.slice(1)))}`;
      for (const k of ['ariaDescribedBy', 'ariaLabelledBy']) {
        const v = p[k];
        if (Array.isArray(v)) p[k] = v.map((x) => fix(String(x)));
        else if (typeof v === 'string') p[k] = v.split(/\s+/).map(fix).join(' ');
      }
    });
  };
}

/**
 * Tables scroll inside a focusable, labelled region (like the site's chart tables), and header cells get a scope:
 * <section class="table-scroll" tabindex="0" aria-label="<label>, table <n>: column1, column2, …"> (unique on the page).
 */
function rehypeScrollTables({ label }: { label: string }) {
  const text = (n: HastNode): string => (n.type === 'text' ? n.value ?? '' : (n.children ?? []).map(text).join(''));
  return (tree: HastNode) => {
    let count = 0;
    const visitParents = (parent: HastNode) => {
      const kids = parent.children ?? [];
      for (let i = 0; i < kids.length; i++) {
        const n = kids[i]!;
        if (n.type === 'element' && n.tagName === 'table') {
          const heads: string[] = [];
          visit(n as never, 'element', (c: HastNode) => {
            if (c.tagName === 'th') {
              c.properties = { ...c.properties, scope: 'col' };
              heads.push(text(c).trim());
            }
          });
          kids[i] = {
            type: 'element',
            tagName: 'section',
            properties: { className: ['table-scroll'], tabIndex: 0, ariaLabel: `${label}, table ${++count}: ${heads.filter(Boolean).join(', ') || 'no header'}` },
            children: [n],
          };
        } else if (n.children) visitParents(n);
      }
    };
    visitParents(tree);
  };
}

/** The first ATX heading of a Markdown text (any level) and the text without it. */
export function splitTitle(markdown: string): { title: string | null; body: string } {
  const m = /^#{1,6}[ \t]+(.+?)[ \t#]*$/m.exec(markdown);
  if (!m) return { title: null, body: markdown };
  return { title: m[1]!.trim(), body: markdown.slice(0, m.index) + markdown.slice(m.index + m[0].length) };
}

const base = (import.meta.env?.BASE_URL as string | undefined) ?? '/';

export async function renderMarkdownSection(
  markdown: string,
  idPrefix: string,
  { keepTitle = false, top = 3, tableLabel }: { keepTitle?: boolean; top?: number; tableLabel?: string } = {},
): Promise<RenderedSection> {
  const { title, body } = keepTitle ? { title: null, body: markdown } : splitTitle(markdown);
  const processor = await createMarkdownProcessor({
    syntaxHighlight: false,
    remarkRehype: { clobberPrefix: '' },
    rehypePlugins: [
      [rehypeShiftHeadings, { top }],
      [rehypeScrollTables, { label: tableLabel ?? (title ? `“${title}”` : idPrefix) }],
      rehypeHeadingIds,
      [rehypePrefixIds, { prefix: idPrefix }],
      [
        rehypeAutolinkHeadings,
        {
          behavior: 'append',
          properties: { className: ['heading-anchor'], ariaHidden: 'true', tabIndex: -1 },
          content: { type: 'text', value: '#' },
        },
      ],
      [rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] }],
      [rehypeBaseLinks, { base }],
    ],
  });
  const html = (await processor.render(body)).code;
  return { title, html };
}
