import { visit } from 'unist-util-visit';

/**
 * Writers link pages as "/articles/slug/"; under a base path (e.g. /sub/) such links must become "/sub/articles/slug/".
 * This rehype plugin prefixes root-relative links in Markdown and MDX with the configured base.
 */
export default function rehypeBaseLinks({ base = '/' } = {}) {
  const prefix = base.replace(/\/?$/, '/');
  return (tree) => {
    if (prefix === '/') return;
    visit(tree, 'element', (node) => {
      const href = node.tagName === 'a' ? node.properties?.href : undefined;
      if (typeof href === 'string' && href.startsWith('/') && !href.startsWith('//') && !href.startsWith(prefix)) {
        node.properties.href = prefix + href.slice(1);
      }
    });
  };
}
