import { visit } from 'unist-util-visit';

/**
 * Links in Markdown and MDX, made to work under a base path and on paper:
 * - root-relative links ("/articles/slug/") get the configured base ("/sub/articles/slug/");
 * - with `site`, every link to another page gets `data-print-url`, the address a printed handout shows after the link
 *   text (print CSS): the full URL for the site's own pages, the address for other sites, and nothing when the text
 *   already is the address (a reference list) or the link stays on the page (#anchor).
 */
/** The text a reader sees in a hast element. */
const text = (n) => (n.type === 'text' ? n.value : (n.children ?? []).map(text).join(''));

export default function rehypeBaseLinks({ base = '/', site } = {}) {
  const prefix = base.replace(/\/?$/, '/');
  const same = (a, b) => a.replace(/\/$/, '') === b.replace(/\/$/, '');
  return (tree) => {
    visit(tree, 'element', (node) => {
      let href = node.tagName === 'a' ? node.properties?.href : undefined;
      if (typeof href !== 'string') return;
      const rootRelative = href.startsWith('/') && !href.startsWith('//');
      if (rootRelative && prefix !== '/' && !href.startsWith(prefix)) node.properties.href = href = prefix + href.slice(1);
      if (!site) return;
      const address = rootRelative ? new URL(href, site).href : /^https?:\/\//.test(href) ? href : null;
      if (address && !same(text(node).trim(), address)) node.properties.dataPrintUrl = address;
    });
  };
}
