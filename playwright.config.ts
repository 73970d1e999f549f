import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/browser.ts';

// Browser tests run against the built site (dist/) served locally, once with JavaScript
// and once without. The browser is Playwright's own if installed, else a system Chromium.
const executablePath = findChromium();
const PORT = Number(process.env.TEST_PORT ?? 4322);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    // The site's service worker (offline reading) is tested on its own, in tests/e2e/offline.spec.ts; elsewhere each
    // test sees the network as a first-time reader does.
    serviceWorkers: 'block',
    baseURL: `http://127.0.0.1:${PORT}`,
    timezoneId: 'UTC',
    locale: 'en-GB',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [
    { name: 'js', use: { javaScriptEnabled: true } },
    // Tests tagged @once check what JavaScript plays no part in (files, headers, markup): one run is enough.
    // Tests tagged @js check what only exists with JavaScript (Explore on every chart); their no-JS side is tested apart.
    { name: 'nojs', use: { javaScriptEnabled: false }, grepInvert: /@once|@js/ },
  ],
  webServer: {
    command: `node scripts/serve.ts ${process.env.ASTRO_OUT_DIR ?? 'dist'} ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
