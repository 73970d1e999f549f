/**
 * Finds a Chromium for Playwright: Playwright's own browser if installed, else a system Chromium.
 * On Debian as root with none present, installs Debian's `chromium`; elsewhere stops with the command to run.
 * Prints the executable path (or nothing for Playwright's own) on stdout when run as a script.
 */
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { chromium } from '@playwright/test';

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** Path to a usable browser, or undefined when Playwright's bundled browser exists. Never installs. */
export function findChromium(): string | undefined {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch { /* no bundled browser */ }
  return SYSTEM_PATHS.find((p) => existsSync(p));
}

function bundledExists(): boolean {
  try { return existsSync(chromium.executablePath()); } catch { return false; }
}

/** Makes sure a browser exists, installing Debian's chromium when that is possible. */
export function ensureChromium(): void {
  if (bundledExists() || findChromium()) return;
  const isDebian = existsSync('/etc/debian_version');
  const isRoot = process.getuid?.() === 0;
  if (isDebian && isRoot) {
    console.log('No Chromium found: installing Debian\'s chromium (apt-get) ...');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
    if (findChromium()) return;
  }
  console.error(
    'No Chromium found for the browser tests. Install one, then run the tests again:\n' +
      '  Debian/Ubuntu: sudo apt-get install -y chromium\n' +
      '  anywhere else: npx playwright install chromium\n' +
      'or point CHROMIUM_PATH at an existing Chrome/Chromium executable.',
  );
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  ensureChromium();
  console.log(findChromium() ?? 'playwright-bundled');
}
