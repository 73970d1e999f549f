/**
 * What the build's checks need from each built page, read in one streaming parse (htmlparser2): the hashes of its
 * inline scripts and styles (scripts/csp.ts), its links and ids (scripts/links.ts), and any value no reader should see
 * (scripts/pageValues.ts). scripts/build.ts reads every page once and keeps these facts in the render cache by a hash of
 * the page's bytes and of this file, so a page that did not change since the last build (most of them, with Astro's
 * incremental build) is not parsed again; a changed page, or a change here, has a new key.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Parser } from 'htmlparser2';
import { inputsHash, writeAtomic } from '../src/lib/renderCache.ts';

export interface Link { attr: string; raw: string; rel: string; tag: string }
export interface PageFacts {
  /** sha256 (base64) of each inline script the browser runs and each <style>. */
  inline: string[];
  /** Links in document order, their attribute's value with entities decoded. */
  links: Link[];
  /** The ids (and `<a name>`s) a #fragment can point to. */
  ids: string[];
  /** "NaN", "undefined", … in the page's text or attributes, by line. */
  bad: { line: number; message: string }[];
}
export interface BuiltPage {
  /** Path under the site's folder, with forward slashes. */
  file: string;
  html: string;
  facts: PageFacts;
}

/** The attribute that holds each checked element's link. */
const LINK_ATTR: Record<string, string> = { a: 'href', link: 'href', img: 'src', script: 'src', iframe: 'src', source: 'srcset' };
// Scripts the browser runs (a JSON <script> is data, outside the policy).
const RUNS = (type: string | undefined) => !type || type === 'module' || /javascript|ecmascript/.test(type);
const BAD = /\b(NaN|undefined|-?Infinity)\b|\[object Object\]/;

/** A value no reader should see, line by line; scripts and styles are blanked first (the words in a JSON payload are not text). */
function badValues(html: string): PageFacts['bad'] {
  const bad: PageFacts['bad'] = [];
  html.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, (m) => m.replace(/[^\n]/g, ' ')).split('\n').forEach((line, i) => {
    const m = line.match(BAD);
    if (!m) return;
    const at = m.index!;
    bad.push({ line: i + 1, message: `"${m[0]}" where a value belongs: …${line.slice(Math.max(0, at - 60), at + 30).trim()}…` });
  });
  return bad;
}

/** One parse of one page. Script and style text is never entity-decoded by the parser, so its hash is the browser's. */
export function readFacts(html: string): PageFacts {
  const facts: PageFacts = { inline: [], links: [], ids: [], bad: badValues(html) };
  const ids = new Set<string>();
  const inline = new Set<string>();
  let text: string | undefined;
  const parser = new Parser({
    onopentag(tag, attrs) {
      if (attrs.id !== undefined) ids.add(attrs.id);
      if (tag === 'a' && attrs.name !== undefined) ids.add(attrs.name);
      const attr = LINK_ATTR[tag];
      if (attr && attrs[attr] !== undefined) facts.links.push({ attr, raw: attrs[attr], rel: attrs.rel ?? '', tag });
      if ((tag === 'script' && !('src' in attrs) && RUNS(attrs.type)) || tag === 'style') text = '';
    },
    ontext(t) { if (text !== undefined) text += t; },
    onclosetag(tag) {
      if ((tag === 'script' || tag === 'style') && text !== undefined) {
        inline.add(createHash('sha256').update(text).digest('base64'));
        text = undefined;
      }
    },
  }, { decodeEntities: true });
  parser.end(html);
  facts.ids = [...ids];
  facts.inline = [...inline];
  return facts;
}

/** This file and the parser decide the facts: a change to either starts the cache afresh. */
const VERSION = inputsHash([new URL(import.meta.url)], ['htmlparser2']).digest('hex');
/** Facts from the last build (loadFacts), and those this build used (saveFacts keeps only these). */
let previous = new Map<string, PageFacts>();
const used = new Map<string, PageFacts>();

export function factsOf(html: string): PageFacts {
  const key = createHash('sha256').update(html).digest('base64');
  const facts = used.get(key) ?? previous.get(key) ?? readFacts(html);
  used.set(key, facts);
  return facts;
}

/** Every .html page under `root`, read once, in path order. */
export function readPages(root: string): BuiltPage[] {
  return readdirSync(root, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(root, join(e.parentPath, e.name)).replace(/\\/g, '/'))
    .sort()
    .map((file) => {
      const html = readFileSync(join(root, file), 'utf8');
      return { file, html, facts: factsOf(html) };
    });
}

/** Takes the facts a previous build saved in `file`, if that build ran this same code. */
export function loadFacts(file: string): void {
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { version: string; pages: Record<string, PageFacts> };
    if (saved.version === VERSION) previous = new Map(Object.entries(saved.pages));
  } catch {
    // none yet, or unreadable: every page is parsed
  }
}

/** Saves the facts of this build's pages. */
export function saveFacts(file: string): void {
  writeAtomic(file, JSON.stringify({ version: VERSION, pages: Object.fromEntries(used) }));
}
