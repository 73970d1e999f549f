// Offline reading (src/offline/sw.js). A first-time reader's browser registers the worker once they start reading (a
// scroll, tap or key, so also before "Save for offline" acts), and the first screen never waits for it; once it runs,
// the browser checks for a new one on each visit by itself. Not under `npm run dev`, whose files change under it.
// Where a browser refuses workers (private modes, policies), the site simply stays online-only.
const workers = navigator.serviceWorker;
if (import.meta.env.PROD && workers && !workers.controller) {
  const events = ['scroll', 'pointerdown', 'keydown'];
  const start = async () => {
    events.forEach((e) => removeEventListener(e, start));
    try {
      await workers.register(import.meta.env.BASE_URL.replace(/\/?$/, '/') + 'sw.js');
    } catch {
      return;
    }
    // This page loaded before the worker ran: it asks the worker to keep it, with what it loaded.
    (await workers.ready).active?.postMessage({ keep: [location.href, ...performance.getEntriesByType('resource').map((e) => e.name)] });
  };
  events.forEach((e) => addEventListener(e, start, { passive: true }));
}
