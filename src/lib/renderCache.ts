/**
 * The render cache: what a build computes that the next one can read back instead. PNGs (src/charts/image.ts), SVG
 * variants (src/charts/svgCache.ts) and each chart's list of them (src/charts/chartImages.ts), citations
 * (src/lib/cite.ts), checked data files (src/datasets/load.ts) and what the build's checks read from each page
 * (scripts/pageFacts.ts). Every entry is named by a hash of everything that decides it, so a stale one is never read;
 * scripts/build.ts prunes what a build did not use, and deleting the folder is always safe.
 * Outside node_modules because `npm ci` deletes that; RENDER_CACHE_DIR moves it (the bench and tests do).
 */
import { createHash, type Hash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const RENDER_CACHE = process.env.RENDER_CACHE_DIR ?? '.cache/render';

const require = createRequire(import.meta.url);
/** An installed package's version: part of a cache key wherever the package decides the cached bytes. A package
 * whose exports leave out its package.json (d3-dsv, htmlparser2) is read from node_modules in the project folder. */
export function packageVersion(name: string): string {
  try {
    return (require(`${name}/package.json`) as { version: string }).version;
  } catch {
    return (JSON.parse(readFileSync(join('node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  }
}

/** A hash of the files' bytes and the packages' versions: the code and data that decide a kind of entry besides its own
 * input (the caller adds the rest). A change to any of them gives every entry of that kind a new key. */
export function inputsHash(files: readonly (string | URL)[], packages: readonly string[] = []): Hash {
  const h = createHash('sha256');
  for (const f of files) h.update(readFileSync(f)).update('\0');
  for (const p of packages) h.update(`${p}@${packageVersion(p)}`).update('\0');
  return h;
}

/** The file that holds the entry `key` (a hex hash), in a folder named by its first two characters. */
export const cachedFile = (key: string, ext: string): string => join(RENDER_CACHE, key.slice(0, 2), `${key}.${ext}`);

/** An entry's bytes, marked as used by this build so the prune keeps it; undefined when there is none. */
export function readCached(key: string, ext: string): Buffer | undefined {
  try {
    const bytes = readFileSync(cachedFile(key, ext));
    touchCached(key, ext);
    return bytes;
  } catch {
    return undefined;
  }
}

/** An entry written as JSON, parsed; undefined when there is none or it was cut short (the caller makes it again). */
export function readCachedJson(key: string, ext: string): unknown {
  try {
    return JSON.parse(readCached(key, ext)?.toString('utf8') ?? 'null') ?? undefined;
  } catch {
    return undefined;
  }
}

/** Marks a file of the cache as used by this build, so the prune keeps it; false when there is none. */
export function touch(file: string): boolean {
  try {
    const now = new Date();
    utimesSync(file, now, now);
    return true;
  } catch {
    return false;
  }
}

/** Marks an entry as used without reading it; false when there is none. */
export const touchCached = (key: string, ext: string): boolean => touch(cachedFile(key, ext));

/** Writes a file of the cache beside its place and renames it there, so a reader never sees half a file. */
export function writeAtomic(file: string, bytes: string | Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, file);
}

/** Stores an entry. */
export const writeCached = (key: string, ext: string, bytes: string | Uint8Array): void => writeAtomic(cachedFile(key, ext), bytes);
