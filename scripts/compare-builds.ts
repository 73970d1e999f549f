/**
 * Reproducible builds: compares two build folders byte for byte and lists every difference.
 * Usage: node scripts/compare-builds.ts <dirA> <dirB>
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const [a, b] = process.argv.slice(2);
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
const list = (dir: string) => new Set(files(dir).map((f) => relative(dir, f)));
const la = list(a);
const lb = list(b);
const problems: string[] = [];
for (const f of la) if (!lb.has(f)) problems.push(`only in ${a}: ${f}`);
for (const f of lb) if (!la.has(f)) problems.push(`only in ${b}: ${f}`);
for (const f of la) if (lb.has(f) && !readFileSync(join(a, f)).equals(readFileSync(join(b, f)))) problems.push(`differs: ${f}`);
if (problems.length) {
  console.error(`Builds differ (${problems.length}):\n  ${problems.slice(0, 40).join('\n  ')}`);
  process.exit(1);
}
console.log(`Reproducible: ${la.size} files identical in ${a} and ${b}.`);
