/**
 * Citations in MDX: `[@key]` (or `[@a; @b]`, `[see @key, p. 4]`) cites an entry of content/references.bib.
 * rehype-citation (citation-js + CSL, APA author-date) renders them and appends the reference list;
 * the two small plugins here make it strict and accessible:
 * - remarkCheckCitations: an unknown key fails the build with file and line (rehype-citation would
 *   silently print "[@key]" as text);
 * - rehypeReferencesSection: puts the list under a "References" heading with an anchor.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { didYouMean } from './checkComponents.ts';

export const BIBLIOGRAPHY = 'content/references.bib';

/** The keys of a BibTeX file (@type{key, ...}). */
export function bibKeys(path = process.env.BIBLIOGRAPHY ?? BIBLIOGRAPHY): Set<string> {
  const text = readFileSync(path, 'utf8');
  return new Set([...text.matchAll(/^\s*@\w+\s*\{\s*([^,\s]+)\s*,/gm)].map((m) => m[1]));
}

/** Citation keys in a piece of text: `[@a]`, `[@a; @b]`, `[see @a, p. 3]`, `[-@a]`. */
export function citedKeys(text: string): string[] {
  const keys: string[] = [];
  for (const group of text.matchAll(/\[([^\[\]]*?-?@[^\[\]]*)\]/g)) {
    for (const k of group[1].matchAll(/(?:^|[\s;])-?@([A-Za-z0-9_](?:[\w:.#$%&+?<>~/-]*[A-Za-z0-9_])?)/g)) keys.push(k[1]);
  }
  return keys;
}

interface MdNode { type: string; value?: string; children?: MdNode[]; position?: { start: { line: number; column: number } } }

export function remarkCheckCitations(options: { bibliography?: string } = {}) {
  const known = bibKeys(options.bibliography);
  return (tree: MdNode, file: { path?: string }) => {
    const problems: string[] = [];
    const name = file.path ? relative(process.cwd(), file.path) : 'an MDX file';
    const walk = (n: MdNode) => {
      if (n.type === 'text' && n.value) {
        for (const key of citedKeys(n.value)) {
          if (!known.has(key)) {
            const at = n.position?.start;
            problems.push(`  ${name}:${at?.line ?? '?'}:${at?.column ?? '?'} unknown citation key "@${key}".${didYouMean(key, known)} Add it to ${BIBLIOGRAPHY}.`);
          }
        }
      }
      n.children?.forEach(walk);
    };
    walk(tree);
    if (problems.length) throw new Error(`Citation error in ${name}:\n${problems.join('\n')}`);
  };
}

interface HNode { type: string; tagName?: string; properties?: Record<string, unknown>; children?: HNode[]; value?: string }

const URL_RE = /https?:\/\/[^\s<]+[^\s<.,;)]/g;

/** Text with its URLs turned into links (rehype-citation prints them as plain text). */
function linkify(node: HNode): HNode[] {
  if (node.type !== 'text' || !node.value) return [node];
  const out: HNode[] = [];
  let last = 0;
  for (const m of node.value.matchAll(URL_RE)) {
    if (m.index! > last) out.push({ type: 'text', value: node.value.slice(last, m.index) });
    out.push({ type: 'element', tagName: 'a', properties: { href: m[0] }, children: [{ type: 'text', value: m[0] }] });
    last = m.index! + m[0].length;
  }
  if (last < node.value.length) out.push({ type: 'text', value: node.value.slice(last) });
  return out;
}

/** The reference list as a real list under a "References" heading, with linked URLs; tidy citation spans. */
export function rehypeReferencesSection() {
  return (tree: HNode) => {
    const tidy = (n: HNode) => {
      if (n.type === 'element' && String(n.properties?.id ?? '').startsWith('citation--') && !(n.properties?.className as string[] | undefined)?.length) {
        delete n.properties!.className;
      }
      n.children?.forEach(tidy);
    };
    tidy(tree);
    const list = tree.children ?? [];
    const i = list.findIndex((n) => n.type === 'element' && n.properties?.id === 'refs');
    if (i < 0) return;
    const refs = list[i];
    const entries = (refs.children ?? []).filter((e) => e.type === 'element');
    list[i] = {
      type: 'element',
      tagName: 'section',
      properties: { className: ['references-section'], ariaLabelledBy: 'references' },
      children: [
        { type: 'element', tagName: 'h2', properties: { id: 'references' }, children: [{ type: 'text', value: 'References' }] },
        {
          type: 'element',
          tagName: 'ul',
          properties: { id: 'refs', className: ['references', 'csl-bib-body'] },
          children: entries.map((e) => ({
            type: 'element',
            tagName: 'li',
            properties: { id: e.properties?.id, className: ['csl-entry'] },
            children: (e.children ?? []).flatMap(linkify),
          })),
        },
      ],
    };
  };
}
