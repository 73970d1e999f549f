/**
 * Small helpers for the benchmark (scripts/bench.ts): child processes with timing, free ports,
 * a local static server, temporary folders that are always removed, gzip sizes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const ROOT = resolve(import.meta.dirname, '..', '..');

/** PATH with this Node (24, from the `node` package) and the project's binaries first, so `npx astro` runs on it. */
export function benchEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const path = [dirname(process.execPath), join(ROOT, 'node_modules', '.bin'), process.env.PATH].join(':');
  return { ...process.env, PATH: path, TZ: 'UTC', ASTRO_TELEMETRY_DISABLED: '1', OBSERVABLE_TELEMETRY_DISABLE: 'true', ...extra };
}

export interface RunResult {
  code: number | null;
  ms: number;
  /** The last lines of stdout + stderr, for error messages. */
  tail: string;
  timedOut: boolean;
  /** CPU seconds (user + system) of the command and everything it started, when asked for (`cpu`). */
  cpuMs?: number;
}

const children = new Set<ChildProcess>();

/** Runs a command, capturing output (echoed when `echo`), with an optional time limit. */
export function run(cmd: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number; echo?: boolean; cpu?: boolean } = {}): Promise<RunResult> {
  if (opts.cpu) {
    // bash's `times` prints the user and system time of the shell's finished children (and theirs): the build's CPU.
    args = ['-c', '"$@"; s=$?; echo; echo "@@times"; times; exit $s', 'bench', cmd, ...args];
    cmd = 'bash';
  }
  return new Promise((done) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, { cwd: opts.cwd ?? ROOT, env: opts.env ?? benchEnv(), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    children.add(child);
    let out = '';
    const keep = (b: Buffer) => {
      out = (out + b.toString()).slice(-20_000);
      if (opts.echo) process.stdout.write(b);
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    let timedOut = false;
    const timer = opts.timeoutMs ? setTimeout(() => { timedOut = true; killTree(child); }, opts.timeoutMs) : undefined;
    child.on('close', (code) => {
      clearTimeout(timer);
      children.delete(child);
      const ms = performance.now() - t0;
      let cpuMs: number | undefined;
      const t = out.split('@@times\n')[1]?.trim().split('\n')[1];
      if (opts.cpu && t) {
        cpuMs = t.trim().split(/\s+/).reduce((a, x) => {
          const m = /^(\d+)m([\d.]+)s$/.exec(x);
          return m ? a + (Number(m[1]) * 60 + Number(m[2])) * 1000 : a;
        }, 0);
        out = out.split('\n@@times')[0];
      }
      done({ code, ms, tail: out.split('\n').slice(-40).join('\n'), timedOut, cpuMs });
    });
  });
}

/** Ends a child and everything it started (it was spawned as a process-group leader). */
function killTree(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
}

/** The first port in [from, to] that nobody listens on. */
export async function freePort(from: number, to: number, taken: number[] = []): Promise<number> {
  for (let p = from; p <= to; p++) {
    if (taken.includes(p)) continue;
    const ok = await new Promise<boolean>((res) => {
      const s = createServer();
      s.once('error', () => res(false));
      s.listen(p, '127.0.0.1', () => s.close(() => res(true)));
    });
    if (ok) return p;
  }
  throw new Error(`no free port in ${from}-${to}`);
}

/** Serves a folder: the project's own server (scripts/serve.ts) for the site, or any command; resolves when it answers. */
export async function startServer(cmd: string, args: string[], url: string, cwd = ROOT): Promise<{ stop: () => void }> {
  const child = spawn(cmd, args, { cwd, env: benchEnv(), stdio: 'ignore', detached: true });
  children.add(child);
  child.on('close', () => children.delete(child));
  for (let i = 0; i < 150; i++) {
    try {
      const r = await fetch(url);
      if (r.ok) return { stop: () => killTree(child) };
    } catch { /* not yet */ }
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  killTree(child);
  throw new Error(`server ${cmd} ${args.join(' ')} did not answer at ${url}`);
}

const temps = new Set<string>();

export function tempDir(prefix: string): string {
  const d = mkdtempSync(join(tmpdir(), `bench-b1-${prefix}-`));
  temps.add(d);
  return d;
}

const PROJECT = ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json'];

/** A copy of the project in a temporary folder (its node_modules linked, not copied), for builds that change it. */
export function copyProject(prefix: string): string {
  const dir = tempDir(prefix);
  for (const f of PROJECT) cpSync(join(ROOT, f), join(dir, f), { recursive: true, filter: (p) => !p.includes('/.astro') });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

export function removeTemp(d: string): void {
  rmSync(d, { recursive: true, force: true });
  temps.delete(d);
}

/** Stops every child still running and removes every temporary folder (also on Ctrl-C). */
export function cleanup(): void {
  for (const c of children) killTree(c);
  for (const d of temps) rmSync(d, { recursive: true, force: true });
  temps.clear();
}
process.on('exit', cleanup);
process.on('SIGINT', () => { cleanup(); process.exit(130); });
process.on('SIGTERM', () => { cleanup(); process.exit(143); });

/** Bytes after gzip (zlib's default level, as a server compressing on the fly would send). */
export const gz = (b: Buffer | string): number => gzipSync(b).length;

export const kb = (bytes: number | undefined): string => (bytes === undefined ? '–' : (bytes / 1024).toFixed(1));
export const sec = (ms: number | undefined): string => (ms === undefined ? '–' : (ms / 1000).toFixed(1));
