// @ts-check
import { defineConfig } from 'astro/config';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import mdx from '@astrojs/mdx';
import remarkGfm from 'remark-gfm';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeBaseLinks from './src/markdown/rehypeBaseLinks.mjs';
import rehypeCitation from 'rehype-citation';
import sitemap from '@astrojs/sitemap';
import remarkCheckComponents from './src/markdown/checkComponents.ts';
import remarkCheckSafety from './src/markdown/checkSafety.ts';
import { remarkCheckCitations, rehypeReferencesSection, BIBLIOGRAPHY } from './src/markdown/citations.ts';
import { rehypeLanguage } from './src/markdown/rehypeLanguage.ts';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import { plotBundle } from './src/charts/plotBundle.ts';
import { pageText } from './src/charts/pageText.ts';

// Site URL and base path come from the environment so the same build deploys anywhere
// (GitHub Pages under /repo/, a CDN at the root, a test build under /sub/).
const site = process.env.SITE_URL ?? 'https://opposite-directions.example';
const base = process.env.BASE_PATH ?? '/';

// The one inline script (theme before first paint, so no flash) is allowed by its hash,
// so the CSP never needs 'unsafe-inline'.
const themeInit = readFileSync(new URL('./src/scripts/theme-init.js', import.meta.url), 'utf8');
const themeHash = 'sha256-' + createHash('sha256').update(themeInit).digest('base64');

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // scripts/build.ts builds into a temporary folder and swaps it in only on success,
  // so a failed build never leaves a half-written dist/.
  outDir: process.env.ASTRO_OUT_DIR ?? 'dist',
  // Beside the render cache in .cache/, which hosts keep between builds (not node_modules/, which `npm ci` deletes).
  // Separate caches let two builds run side by side (e.g. a base-path build in the tests).
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './.cache/astro',
  // Pages are built side by side, one per core: the PNG endpoints rasterise off the main thread (src/charts/image.ts),
  // so a cold build uses every core.
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: availableParallelism() },
  // One Markdown pipeline for .md and .mdx (MDX inherits it): GFM tables and footnotes,
  // heading ids from Astro's slugger (so the contents list matches), then visible anchors.
  markdown: {
    // Shiki writes inline styles, which a strict CSP blocks; the pieces have no code blocks to highlight.
    syntaxHighlight: false,
    processor: unified({
      // Unknown MDX components, props or citation keys, and unsafe content (raw <script>, javascript: links, images
      // from other sites), stop the build with file and line (WRITING.md).
      remarkPlugins: [remarkGfm, remarkCheckComponents, remarkCheckSafety, [remarkCheckCitations, { bibliography: BIBLIOGRAPHY }]],
      rehypePlugins: [
        // [@key] citations from content/references.bib, APA author-date, with a reference list at the end.
        [rehypeCitation, { bibliography: BIBLIOGRAPHY, path: process.cwd(), csl: 'apa', lang: 'en-US', linkCitations: true }],
        rehypeReferencesSection,
        // A translation's reference and footnote headings in its language.
        rehypeLanguage,
        rehypeHeadingIds,
        [rehypeAutolinkHeadings, {
          behavior: 'append',
          properties: { className: ['heading-anchor'], ariaHidden: 'true', tabIndex: -1 },
          content: { type: 'text', value: '#' },
        }],
        // Links to other sites never get a handle on this page or a referrer.
        [rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] }],
        // "/articles/x/" in prose works under a base path too, and every link prints its address on a handout.
        [rehypeBaseLinks, { base, site }],
      ],
    }),
  },
  // Drafts are never built in production, so the sitemap lists exactly the published pages.
  // The sitemap lists each page's counterpart in the other language (hreflang alternates) where it has one.
  integrations: [mdx(), sitemap({
    filter: (page) => !/\/(embed|404)\b/.test(new URL(page).pathname),
    i18n: { defaultLocale: 'en', locales: { en: 'en', es: 'es' } },
  })],
  security: {
    csp: {
      scriptDirective: { hashes: [/** @type {any} */ (themeHash)] },
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
    },
  },
  vite: {
    // The browser's Plot leaves out the colour schemes and projections no chart uses (src/charts/plotBundle.ts), and
    // its chart files leave out the text already on the page (src/charts/pageText.ts).
    plugins: [plotBundle(), pageText()],
    build: {
      rollupOptions: {
        // Astro's own MDX output carries a "use astro:head-inject" directive that the bundler warns about for every
        // piece (~80 lines a build); it is Astro's to handle, and the noise hid real errors from writers.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
  // A rebuild reuses a chart's pages and files from the last build (kept in cacheDir) when the code they import, the
  // config, the lockfile and their cache key (src/charts/pageKey.ts: the chart's rows, the content files) are
  // unchanged: one changed data file re-renders the charts that plot it, not every chart.
  experimental: { incrementalBuild: true },
  devToolbar: { enabled: false },
  prefetch: false,
});
