/**
 * `npm run check`: the fast checks a writer runs before pushing, each problem as file:line: message.
 *   1 types        tsc --noEmit (incremental; .astro files are checked by the build; astro sync first on a fresh clone)
 *   2 content      frontmatter of every piece (articleSchema), the glossary and the changelog
 *   3 components   MDX: unknown components or props, unknown chart / term / number ids, unknown citation keys
 *   4 charts       every chart file: registry checks, its series and datasets, the rows it would publish
 *   5 data         node scripts/validate-data.ts (every dataset against its dataset.json)
 *   6 links        internal links and anchors of the last build in dist/ (or rebuild first with --build)
 * Options: --build (build into dist/ first, so links reflect the current content) · --skip types,charts,data,links
 * Env: ARTICLES_DIR, GLOSSARY_FILE, CHANGELOG_FILE, BIBLIOGRAPHY (fixtures in tests/unit/check.test.ts).
 */
import { registerHooks } from 'node:module';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import yaml from 'js-yaml';
import { frontmatterProblems, issueProblems, splitFrontmatter } from '../src/markdown/frontmatter.ts';
import { articleFileProblems } from '../src/markdown/articleFiles.ts';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';

// Content schemas live in src/content.config.ts, which imports Astro's virtual module "astro:content";
// outside Astro a stand-in for defineCollection is enough to read the schemas.
registerHooks({
  resolve(specifier, context, next) {
    if (specifier === 'astro:content') return { url: 'data:text/javascript,export const defineCollection = (c) => c;', shortCircuit: true };
    return next(specifier, context);
  },
});
const { articleSchema, translationSchema, glossarySchema, changelogSchema } = await import('../src/content.config.ts');
const { fileDrift } = await import('../src/i18n/drift.ts');
const { methodsDrift } = await import('../src/methods/sections.ts');
const { checkComponentTree } = await import('../src/markdown/checkComponents.ts');
const { checkSafetyTree } = await import('../src/markdown/checkSafety.ts');
const { undatedClaims, UNDATED } = await import('../src/markdown/datedClaims.ts');
const { bibKeys, citedKeys, BIBLIOGRAPHY } = await import('../src/markdown/citations.ts');

const args = process.argv.slice(2);
const skip = new Set((args.find((a) => a.startsWith('--skip'))?.split('=')[1] ?? (args.includes('--skip') ? args[args.indexOf('--skip') + 1] : '') ?? '').split(',').filter(Boolean));
const rebuild = args.includes('--build');
const articlesDir = process.env.ARTICLES_DIR ?? 'content/articles';
// Spanish translations of the pieces; with a fixture folder of pieces, only when given one of translations too.
const articlesEsDir = process.env.ARTICLES_ES_DIR ?? (process.env.ARTICLES_DIR ? undefined : 'content/es/articles');
const glossaryFile = process.env.GLOSSARY_FILE ?? 'content/glossary/terms.yaml';
const changelogFile = process.env.CHANGELOG_FILE ?? 'content/changelog.yaml';
const bibliography = process.env.BIBLIOGRAPHY ?? BIBLIOGRAPHY;

// The slow checks run as separate processes, all at once, while the content is checked here.
interface Ran { status: number | null; out: string }
function run(cmd: string, argv: string[]): Promise<Ran> {
  return new Promise((done) => {
    const child = spawn(cmd, argv, { env: process.env });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (status) => done({ status, out }));
  });
}
const node = process.execPath;
const started = {
  // On a fresh clone the content collections' types do not exist yet: generate them first (astro sync), or tsc fails.
  types: skip.has('types') ? undefined
    : (async () => {
        if (!existsSync('.astro/types.d.ts')) await run('npx', ['astro', 'sync']);
        return run('npx', ['tsc', '--noEmit', '-p', '.', '--incremental', '--tsBuildInfoFile', 'node_modules/.cache/check.tsbuildinfo', '--pretty', 'false']);
      })(),
  // Chart files: the registry's checks (id, title, alt, datasets), their series and datasets, and the rows they would
  // publish (a column no row has, NaN). These need Vite's import.meta.glob, so they run as their unit tests.
  charts: skip.has('charts') ? undefined
    : run('npx', ['vitest', 'run', 'tests/unit/chartRows.test.ts', 'tests/unit/series.test.ts', '--reporter=dot']),
  data: skip.has('data') || !existsSync('scripts/validate-data.ts') ? undefined : run(node, ['scripts/validate-data.ts']),
  links: skip.has('links') ? undefined : (async (): Promise<Ran & { built?: Ran }> => {
    let built: Ran | undefined;
    if (rebuild) {
      built = await run(node, ['scripts/build.ts', 'dist']);
      if (built.status !== 0) return { status: null, out: '', built };
    }
    if (!existsSync('dist/index.html')) return { status: 0, out: '', built };
    return { ...(await run(node, ['scripts/check-links.ts', 'dist'])), built };
  })(),
};

const problems: string[] = [];
const notes: string[] = [];
const report = (file: string, line: number | undefined, message: string) =>
  problems.push(`${relative('.', file)}${line ? `:${line}` : ''}: ${message}`);

const PARALLEL = new Set(['types', 'charts', 'data', 'links']);
const T0 = performance.now();
async function step(name: string, fn: () => void | Promise<void>) {
  if (skip.has(name)) { console.log(`- ${name}: skipped (--skip)`); return; }
  const before = problems.length;
  const t0 = performance.now();
  try { await fn(); } catch (e) { problems.push(`${name}: ${(e as Error).message}`); }
  const n = problems.length - before;
  console.log(`${n ? '✗' : '✓'} ${name}${n ? `: ${n} problem${n > 1 ? 's' : ''}` : ''} (${((performance.now() - t0) / 1000).toFixed(1)} s${PARALLEL.has(name) ? ' more, running alongside' : ''})`);
}

interface Issue { path: (string | number)[]; message: string; code?: string; keys?: string[] }
function reportIssues(file: string, text: string, firstLine: number, issues: Issue[], prefix = '') {
  for (const p of issueProblems(text, firstLine, issues, prefix)) report(file, p.line, p.message);
}

// ---- 1 types -------------------------------------------------------------------------------------------------
await step('types', async () => {
  const r = (await started.types)!;
  if (r.status === 0) return;
  let found = 0;
  for (const l of r.out.split('\n')) {
    const m = l.match(/^(.+?)\((\d+),\d+\): error (TS\d+: .*)$/);
    if (m) { report(m[1], Number(m[2]), m[3]); found++; }
  }
  if (!found) problems.push(`types: tsc failed (exit ${r.status}): ${r.out.trim().slice(0, 2000)}`);
});

// ---- 2 content -----------------------------------------------------------------------------------------------
const articleFiles = existsSync(articlesDir)
  ? readdirSync(articlesDir, { recursive: true }).map(String).filter((f) => f.endsWith('.mdx')).sort().map((f) => join(articlesDir, f))
  : [];
const translationFiles = articlesEsDir && existsSync(articlesEsDir)
  ? readdirSync(articlesEsDir).filter((f) => f.endsWith('.mdx')).sort().map((f) => join(articlesEsDir, f))
  : [];
const frontmatter = (file: string) => splitFrontmatter(readFileSync(file, 'utf8'));

function yamlList(file: string, schema: { safeParse(x: unknown): { success: boolean; error?: { issues: readonly unknown[] } } }, what: string): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (!existsSync(file)) { report(file, undefined, `missing: the ${what} file`); return out; }
  const text = readFileSync(file, 'utf8');
  let data: unknown;
  try { data = yaml.load(text); } catch (e) {
    const err = e as { mark?: { line: number }; reason?: string };
    report(file, (err.mark?.line ?? 0) + 1, `not valid YAML: ${err.reason ?? (e as Error).message}`);
    return out;
  }
  if (!Array.isArray(data)) { report(file, 1, `must be a list of entries ("- id: …")`); return out; }
  const starts = text.split('\n').flatMap((l, i) => (/^-\s/.test(l) ? [i] : []));
  data.forEach((entry, n) => {
    const first = starts[n] ?? 0;
    const block = text.split('\n').slice(first, starts[n + 1] ?? undefined).join('\n').replace(/^-/, ' ');
    const id = (entry as { id?: string })?.id;
    const r = schema.safeParse(entry);
    if (!r.success) reportIssues(file, block, first + 1, r.error!.issues as Issue[], `${what} entry ${id ? `"${id}"` : n + 1}: `);
    if (id) {
      if (out.has(id)) report(file, first + 1, `${what} id "${id}" is used twice`);
      out.set(id, entry);
    }
  });
  return out;
}

let terms = new Set<string>();
await step('content', () => {
  if (!articleFiles.length) report(articlesDir, undefined, 'no .mdx pieces found');
  // Files the collection would skip or merge (a .md, a sub-folder, a capitalised name): the build stops on these too.
  problems.push(...articleFileProblems(articlesDir));
  for (const file of articleFiles) {
    for (const p of frontmatterProblems(file, articleSchema)) report(file, p.line, p.message);
  }
  const glossary = yamlList(glossaryFile, glossarySchema, 'glossary');
  terms = new Set(glossary.keys());
  for (const [id, entry] of glossary) {
    for (const s of (entry as { see?: string[] }).see ?? []) if (!terms.has(s)) report(glossaryFile, undefined, `glossary entry "${id}": see "${s}" is not a term`);
  }
  yamlList(changelogFile, changelogSchema, 'changelog');
  // Translations: the same checks on their files and frontmatter, then whether each still follows its original
  // (src/i18n/drift.ts): behind the English, or showing other figures, numbers or citations.
  if (articlesEsDir && existsSync(articlesEsDir)) {
    problems.push(...articleFileProblems(articlesEsDir));
    for (const file of translationFiles) {
      const name = basename(file);
      for (const p of frontmatterProblems(file, translationSchema)) report(file, p.line, p.message);
      const original = join(articlesDir, name);
      if (!existsSync(original)) { report(file, 1, `no English piece ${original} to translate (a translation has its original's file name)`); continue; }
      const follows = (yaml.load(frontmatter(file).text) as { follows?: unknown } | undefined)?.follows;
      const drift = fileDrift(original, file, typeof follows === 'string' ? follows : undefined);
      for (const p of [...drift.behind, ...drift.mismatched]) report(p.file, p.line, p.message);
    }
    // The methods page in Spanish (content/es/methods.mdx and content/es/methods/*.md) against its English.
    if (existsSync('content/es/methods.mdx')) {
      const drift = methodsDrift('es');
      for (const p of [...drift.behind, ...drift.mismatched]) report(p.file, p.line, p.message);
    }
  }
});

// ---- 3 components --------------------------------------------------------------------------------------------
await step('components', async () => {
  const charts = new Set(readdirSync('src/charts/defs').filter((f) => f.endsWith('.ts')).map((f) => basename(f, '.ts')));
  const keys = bibKeys(bibliography);
  // Number ids (<Num id>): the keys of src/numbers/*.ts (each exports a record of numbers).
  let numberIds: Set<string> | undefined = new Set();
  for (const f of readdirSync('src/numbers').filter((f) => f.endsWith('.ts') && !/^(types|registry)\.ts$/.test(f))) {
    try {
      const mod = await import(`../src/numbers/${f}`);
      Object.keys(mod.default ?? {}).forEach((k) => numberIds!.add(k));
    } catch {
      numberIds = undefined; // a number module needs the build to load: leave <Num> ids to the build
      notes.push(`components: <Num> ids not checked (src/numbers/${f} does not load outside the build)`);
      break;
    }
  }
  const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
  for (const file of [...articleFiles, ...translationFiles]) {
    // The undated-claim check reads English ("now", "currently"); a translation's dates follow its original's.
    if (!translationFiles.includes(file)) for (const c of undatedClaims(readFileSync(file, 'utf8'))) report(file, c.line, `"${c.sentence.slice(0, 80)}${c.sentence.length > 80 ? '…' : ''}" ${UNDATED}`);
    const { body } = frontmatter(file);
    let tree;
    try { tree = parser.parse(body); } catch (e) {
      const err = e as { line?: number; place?: { line?: number; start?: { line: number } }; reason?: string };
      report(file, err.line ?? err.place?.line ?? err.place?.start?.line, `MDX syntax: ${err.reason ?? (e as Error).message}`);
      continue;
    }
    for (const p of checkComponentTree(tree as never, { chart: charts, term: terms, num: numberIds })) report(file, p.line, p.message);
    for (const p of checkSafetyTree(tree as never)) report(file, p.line, p.message);
    const walk = (n: { type: string; value?: string; children?: unknown[]; position?: { start: { line: number } } }) => {
      if (n.type === 'text' && n.value) {
        for (const k of citedKeys(n.value)) if (!keys.has(k)) report(file, n.position?.start.line, `unknown citation key "@${k}": add it to ${bibliography}`);
      }
      (n.children as typeof n[] | undefined)?.forEach(walk);
    };
    walk(tree as never);
  }
});

// ---- 4 charts -------------------------------------------------------------------------------------------------
await step('charts', async () => {
  if (!started.charts) return;
  const r = await started.charts;
  if (r.status === 0) return;
  // The error lines name the chart file (and line) and what was expected.
  const lines = r.out.split('\n').map((l) => l.replace(/\x1b\[[0-9;]*m/g, '').trim()).filter((l) => /^(Error|AssertionError|Chart "|src\/charts\/defs\/|src\/series\/)/.test(l));
  problems.push(...(lines.length ? [...new Set(lines)] : [r.out.trim().slice(-1500)]).map((l) => `charts: ${l}`));
});

// ---- 5 data --------------------------------------------------------------------------------------------------
await step('data', async () => {
  if (!started.data) { notes.push('data: scripts/validate-data.ts not found, skipped'); return; }
  const r = await started.data;
  if (r.status !== 0) {
    const lines = r.out.split('\n').filter((l) => l.trim() && !/^ok\b/.test(l.trim()) && !/npm warn/.test(l));
    problems.push(...lines.map((l) => `data: ${l.trim()}`));
  }
});

// ---- 6 links -------------------------------------------------------------------------------------------------
await step('links', async () => {
  const r = (await started.links)!;
  if (r.built && r.built.status !== 0) {
    problems.push(`links: the build failed, so links were not checked. The build said:\n${r.built.out.trim().split('\n').slice(-30).join('\n')}`);
    return;
  }
  if (!existsSync('dist/index.html')) {
    notes.push('links: skipped: there is no build in dist/ yet (run `npm run check -- --build` to build and check links)');
    return;
  }
  const built = statSync('dist/index.html').mtime.toISOString().slice(0, 16).replace('T', ' ');
  notes.push(rebuild ? 'links: checked a fresh build in dist/' : `links: checked the existing build in dist/ (built ${built} UTC), which may predate your edits; \`npm run check -- --build\` rebuilds first`);
  if (r.status !== 0) problems.push(...r.out.split('\n').filter((l) => l.trim() && !/npm warn/.test(l)).map((l) => `links: ${l.trim()}`));
});

for (const n of notes) console.log(`  note: ${n}`);
if (problems.length) {
  // file:line order, so problems in one file read top to bottom.
  const key = (p: string) => { const m = p.match(/^(.*?):(\d+):/); return m ? [m[1], Number(m[2])] as const : [p, 0] as const; };
  problems.sort((a, b) => { const [fa, la] = key(a); const [fb, lb] = key(b); return fa === fb ? la - lb : 0; });
  console.error(`\n${problems.length} problem${problems.length > 1 ? 's' : ''}:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`\nAll checks passed (${((performance.now() - T0) / 1000).toFixed(1)} s).`);
