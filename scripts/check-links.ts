/**
 * Checks every internal link and #anchor in a built site (scripts/links.ts); the build runs the same check before it
 * replaces dist/. Usage: node scripts/check-links.ts [dist] [basePath]
 */
import { brokenLinks } from './links.ts';

const root = process.argv[2] ?? 'dist';
const base = process.argv[3] ?? process.env.BASE_PATH ?? '/';
const { problems, checked, pages } = brokenLinks(root, base);
if (problems.length) {
  console.error(`Broken internal links (${problems.length}):\n` + problems.map((p) => `  ${p.where}: ${p.message}`).join('\n'));
  process.exit(1);
}
console.log(`Links: ${checked} internal links and anchors on ${pages} pages, all resolve.`);
