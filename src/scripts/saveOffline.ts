// "Save for offline" on a piece: the service worker (src/offline/sw.js) stores the files its offline.json lists. The
// button says what it did (its label, and a status line for screen readers); shown where the browser can keep pages.
const box = document.querySelector<HTMLElement>('[data-offline]');
// Not under `npm run dev`, where no worker runs.
if (box && !import.meta.env.PROD) box.remove();
else if (box && 'serviceWorker' in navigator) {
  const { offline: list, saving, saved, failed } = box.dataset as Record<string, string>;
  const button = box.querySelector('button')!;
  const status = box.querySelector('[role=status]')!;
  const mb = (bytes: number) => (bytes / 1e6).toLocaleString(document.documentElement.lang, { maximumFractionDigits: 1 }) + ' MB';
  const say = (text: string, busy = false) => { button.textContent = status.textContent = text; button.disabled = busy; };
  // A piece saved on an earlier visit says so.
  globalThis.caches?.match(list).then((kept) => { if (kept) button.textContent = saved.replace(' (%s)', ''); }, () => {});
  button.addEventListener('click', async () => {
    say(saving, true);
    // The worker may still be starting (this tap can be the reader's first: src/scripts/registerOffline.ts), or the
    // browser may refuse it, at once or by never starting it.
    const ready = await Promise.race([navigator.serviceWorker.ready, new Promise<void>((r) => setTimeout(r, 8000))]);
    if (!ready || !ready.active) return say(failed);
    const channel = new MessageChannel();
    channel.port1.onmessage = ({ data }) => say(data.ok ? saved.replace('%s', mb(data.bytes)) : failed);
    ready.active.postMessage({ save: list }, [channel.port2]);
  });
}
