/**
 * `npm run new -- "Title of the piece"`: scaffolds content/articles/<slug>.mdx with valid frontmatter,
 * an example figure, a glossary term, a citation and a footnote, as a draft (it builds in `npm run dev`
 * but stays off the public site until you set `draft: false`).
 *
 * Options: --date YYYY-MM-DD (publication date; default today, UTC) · --publish (draft: false)
 * Env: ARTICLES_DIR (default content/articles; tests scaffold into a copy).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const [, value] = args.splice(i, 2);
  return value;
};
const publish = args.includes('--publish');
if (publish) args.splice(args.indexOf('--publish'), 1);
const date = flag('--date') ?? new Date().toISOString().slice(0, 10);
const title = args.join(' ').trim();
const dir = process.env.ARTICLES_DIR ?? 'content/articles';

function fail(message: string): never {
  console.error(`npm run new: ${message}`);
  process.exit(1);
}
if (!title) fail('give the title in quotes, e.g.  npm run new -- "Why miners follow the rivers"');
if (title.length < 5 || title.length > 120) fail(`the title must be 5 to 120 characters long (it is ${title.length}).`);
if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) fail(`--date must be YYYY-MM-DD (got "${date}").`);

/** "Why miners follow the rivers!" -> "why-miners-follow-the-rivers" */
function slugify(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/['’]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
}
const slug = slugify(title);
if (!slug) fail('the title needs some letters or digits to make a file name from.');

mkdirSync(dir, { recursive: true });
const file = join(dir, `${slug}.mdx`);
if (existsSync(file)) fail(`${relative('.', file)} already exists: choose another title or edit that file.`);

// Next free position on the home page.
const orders = readdirSync(dir).filter((f) => f.endsWith('.mdx'))
  .map((f) => Number(readFileSync(join(dir, f), 'utf8').match(/^order:\s*(\d+)\s*$/m)?.[1] ?? -1));
const order = Math.max(0, ...orders) + 1;
const q = (s: string) => JSON.stringify(s);

const text = `---
# Frontmatter: every field is described in src/content.config.ts and WRITING.md. \`npm run check\` validates it.
title: ${q(title)}
dek: "One sentence that says what the reader will learn. Replace this before publishing."
published: ${date}
authors: ["Opposite Directions team"]
tags: [draft]
# Drafts show in \`npm run dev\` but never on the public site, in the feed or in the sitemap.
draft: ${publish ? 'false' : 'true'}
order: ${order}
summary: "Two or three sentences for the home page card and for share previews. Replace this before publishing."
takeaways:
  - "First thing the reader should remember. Replace this."
  - "Second thing the reader should remember. Replace this."
questions:
  - "A question a class could discuss after reading. Replace this."
  - "Another question for discussion. Replace this."
---

Start with a concrete example: one machine, one place, one number. Then say why it matters.

## A first section

Headings with two hashes make the table of contents. Mark a technical word so readers can see its
definition: miners compete on <Term id="hashrate">hashrate</Term>. Cite a source from content/references.bib
like this [@thorn2026], and add a note that is not a source like this.[^note]

<Figure chart="hashrate-eras" />

Say what the chart shows and what it does not. Every number in prose is computed with \`<Num id="…" />\`
or cited to a dated source.

[^note]: A footnote: an aside for readers who want more detail.
`;

writeFileSync(file, text);
console.log(`Created ${relative('.', file)} (draft: ${!publish}, order ${order}).
Next: npm run dev  →  http://127.0.0.1:4321/articles/${slug}/   (live reload while you write)
      npm run check (frontmatter, components, links) · WRITING.md explains every field and component.`);
