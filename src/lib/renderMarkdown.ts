/**
 * Renders a plain Markdown file (SOURCE.md, content/methods/*.md) for a page section: headings shifted under the
 * page's own h2, ids prefixed so they stay unique, and links to other sites given rel="noopener noreferrer".
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';

const processor = createMarkdownProcessor({ syntaxHighlight: false });

export async function renderMarkdownSection(markdown: string, idPrefix: string): Promise<string> {
  const html = (await (await processor).render(markdown)).code;
  return html
    .replace(/<(\/?)h([1-5])/g, (_, slash: string, level: string) => `<${slash}h${Math.max(3, Number(level) + 1)}`)
    .replace(/<h(\d) id="([^"]*)"/g, `<h$1 id="${idPrefix}-$2"`)
    .replace(/<a href="(https?:[^"]*)"/g, '<a href="$1" rel="noopener noreferrer"')
    // Root-relative links ("/articles/x/") follow the base path, as in the pieces (src/markdown/rehypeBaseLinks.mjs).
    .replace(/<a href="\/(?!\/)([^"]*)"/g, (_, rest: string) => `<a href="${import.meta.env.BASE_URL.replace(/\/?$/, '/')}${rest}"`);
}
