import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/**
 * Articles: one MDX file per piece in content/articles/<slug>.mdx.
 * The file name is the slug and the stable URL: /articles/<slug>/.
 * Unknown fields are rejected (.strict()) so a typo fails the build instead of being ignored.
 */
export const articleSchema = z
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
    authors: z.array(z.string().min(1)).min(1),
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
  })
  .strict()
  .refine((a) => !a.updated || a.updated >= a.published, {
    message: 'updated must be on or after published',
    path: ['updated'],
  });

export type ArticleData = z.infer<typeof articleSchema>;

// The articles folder can be swapped for a fixture folder in tests (see tests/unit/frontmatter.test.ts).
const articlesDir = process.env.ARTICLES_DIR ?? './content/articles';

export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: articlesDir }),
    schema: articleSchema,
  }),
};
