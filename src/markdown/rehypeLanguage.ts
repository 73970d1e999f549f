/**
 * The words the Markdown pipeline writes itself (the reference list's heading, the footnotes' heading and back links)
 * in the language of the piece: a translation lives in content/<lang>/articles/, so its path says which.
 */
import type { VFile } from 'vfile';

interface HNode { type: string; tagName?: string; value?: string; properties?: Record<string, unknown>; children?: HNode[] }

const WORDS: Record<string, { references: string; footnotes: string; back: (n: string) => string }> = {
  es: { references: 'Referencias', footnotes: 'Notas', back: (n) => `Volver a la referencia ${n}` },
};

/** The language of a content file from its path: content/es/... is Spanish; anything else English. */
export function contentLang(path: string | undefined): string {
  return path?.replace(/\\/g, '/').match(/\/content\/([a-z]{2})\//)?.[1] ?? 'en';
}

export function rehypeLanguage() {
  return (tree: HNode, file: VFile) => {
    const words = WORDS[contentLang(file.path ?? file.history[0])];
    if (!words) return;
    const walk = (n: HNode) => {
      if (n.type === 'element' && n.tagName === 'h2' && (n.properties?.id === 'references' || n.properties?.id === 'footnote-label')) {
        n.children = [{ type: 'text', value: n.properties.id === 'references' ? words.references : words.footnotes }];
      }
      if (n.type === 'element' && n.tagName === 'a' && 'dataFootnoteBackref' in (n.properties ?? {})) {
        const label = String(n.properties!.ariaLabel ?? '');
        n.properties!.ariaLabel = words.back(label.replace(/^\D*/, ''));
      }
      n.children?.forEach(walk);
    };
    walk(tree);
  };
}
