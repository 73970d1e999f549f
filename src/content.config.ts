import { defineCollection } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { z } from 'astro/zod';
import { checkArticles } from './markdown/articleFiles.ts';

/**
 * Articles: one MDX file per piece in content/articles/<slug>.mdx.
 * The file name is the slug and the stable URL: /articles/<slug>/.
 * Unknown fields are rejected (.strict()) so a typo fails the build instead of being ignored.
 */
const articleFields = z
  .object({
    /** Headline, shown on the page, in lists, feeds and citations. */
    title: z.string().min(5).max(120),
    /** One-sentence standfirst under the headline; also the meta description. */
    dek: z.string().min(20).max(300),
    /** First publication date (YYYY-MM-DD). */
    published: z.coerce.date(),
    /** Date of the last substantive change (YYYY-MM-DD); omit if never updated. */
    updated: z.coerce.date().optional(),
    /** Authors, as they should appear in citations ("Given Family"). */
    /** A person as "Family, Given" (cited "Lovelace, A."); an organisation by its name, with no comma. */
    authors: z.array(z.string().regex(/^[^,]+(,[^,]+)?$/, 'a person as "Family, Given" (e.g. "Lovelace, Ada") or an organisation\'s name without a comma')).min(1),
    /** Topic tags, lower case. */
    tags: z.array(z.string().regex(/^[a-z0-9-]+$/, 'lower-case words joined by hyphens')).default([]),
    /** Drafts build in dev but are left out of the production site, feeds and sitemap. */
    draft: z.boolean().default(false),
    /** Order on the home page (lower first); the flagship is 0. */
    order: z.number().int().min(0),
    /** Two or three sentences for the home page card and share previews. */
    summary: z.string().min(20).max(600),
    /** Key takeaways, shown at the end of the piece and on the educators' page. */
    takeaways: z.array(z.string().min(10)).min(2),
    /** Questions for discussion, shown at the end of the piece and on the educators' page. */
    questions: z.array(z.string().min(10)).min(2),
    /** The chart that stands for the piece on the home page (the flagship's is drawn there in full, the others are
     * each card's picture): one of the piece's figures. Default: its first figure. */
    keyChart: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a chart id, as in <Figure chart="…">').optional(),
  });
const updatedAfterPublished: [(a: { published: Date; updated?: Date }) => boolean, { message: string; path: string[] }] = [
  (a) => !a.updated || a.updated >= a.published,
  { message: 'updated must be on or after published', path: ['updated'] },
];

export const articleSchema = articleFields.strict().refine(...updatedAfterPublished);

/**
 * A translation of a piece: content/<lang>/articles/<slug>.mdx, the same slug as its English original (its URL is
 * /<lang>/articles/<slug>/). The same fields, all in the translation's language, and which version of the original it
 * follows: `npm run check` and the build report a translation whose original has changed since (src/i18n/drift.ts).
 */
export const translationSchema = articleFields
  // A translation stands for its piece with the original's chart.
  .omit({ keyChart: true })
  .extend({
    /** The first 12 hex digits of the SHA-256 of the English file this translation follows (`npm run check` prints it). */
    follows: z.string().regex(/^[0-9a-f]{12}$/, 'the 12 hex digits `npm run check` gives for the English original'),
  })
  .strict()
  .refine(...updatedAfterPublished);

export type ArticleData = z.infer<typeof articleSchema>;

// The articles folder can be swapped for a fixture folder in tests (see tests/unit/frontmatter.test.ts).
const articlesDir = process.env.ARTICLES_DIR ?? './content/articles';
// A stray .md, a sub-folder or a capitalised name would be skipped or merged silently by the loader, and Astro's own
// frontmatter errors point at line 0: check both first, naming file and line. `npm run check` reads this file outside
// Astro (no import.meta.env) and lists the same problems itself, with everything else it finds.
if (import.meta.env) checkArticles(articlesDir, articleSchema);
// Spanish translations of the pieces (content/es/articles/<slug>.mdx).
const articlesEsDir = process.env.ARTICLES_ES_DIR ?? './content/es/articles';
if (import.meta.env) checkArticles(articlesEsDir, translationSchema);

/**
 * Glossary: every term in content/glossary/terms.yaml, a list of entries. The id is the anchor on
 * /glossary/ (/glossary/#hashrate) and what <Term id="..."> refers to in MDX.
 */
export const glossarySchema = z
  .object({
    /** Lower-case words joined by hyphens, e.g. "block-subsidy"; never change it once published (links use it). */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case words joined by hyphens'),
    /** The term as a heading shows it, e.g. "Block subsidy". */
    term: z.string().min(2).max(60),
    /** Plain-words definition: one to three sentences, no jargon that is not itself in the glossary. */
    definition: z.string().min(40).max(600),
    /** Other ids in the glossary worth reading next. */
    see: z.array(z.string()).default([]),
  })
  .strict();

/**
 * Changelog: content/changelog.yaml, newest first. Data updates, corrections and new pieces,
 * shown on /changelog/.
 */
export const changelogSchema = z
  .object({
    /** Unique id, e.g. "2026-11-25-launch". */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case words joined by hyphens'),
    /** Day of the change (YYYY-MM-DD). */
    date: z.coerce.date(),
    /** What kind of change: new data, a correction, a new or changed piece, or the site itself. */
    kind: z.enum(['data', 'correction', 'piece', 'site']),
    /** One or two sentences saying what changed and why. */
    summary: z.string().min(10).max(600),
    /** The summary in Spanish, for /es/changelog/ (every entry needs one). */
    es: z.string().min(10).max(800).optional(),
    /** Site paths affected, e.g. "/data/btc-hashrate/" or "/articles/opposite-directions/". */
    links: z.array(z.string().regex(/^\/[^\s]*$/, 'a site path starting with /')).default([]),
  })
  .strict();

// Fixture folders for tests (see tests/unit/check.test.ts).
const glossaryFile = process.env.GLOSSARY_FILE ?? './content/glossary/terms.yaml';
const changelogFile = process.env.CHANGELOG_FILE ?? './content/changelog.yaml';
// The glossary in Spanish: the same ids, terms and definitions written in Spanish.
const glossaryEsFile = process.env.GLOSSARY_ES_FILE ?? './content/es/glossary/terms.yaml';

export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: articlesDir }),
    schema: articleSchema,
  }),
  articlesEs: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: articlesEsDir }),
    schema: translationSchema,
  }),
  glossary: defineCollection({ loader: file(glossaryFile), schema: glossarySchema }),
  glossaryEs: defineCollection({ loader: file(glossaryEsFile), schema: glossarySchema }),
  changelog: defineCollection({ loader: file(changelogFile), schema: changelogSchema }),
};
