// "Save for offline" on a piece: the service worker (src/offline/sw.js) stores the files its offline.json lists.
// Shown only where it can work: with JavaScript, a service worker and the Cache API, on the built site.
const box = document.querySelector<HTMLElement>('[data-offline]');
if (box && import.meta.env.PROD && 'serviceWorker' in navigator && 'caches' in window) {
  const { offline: list, saving, saved, failed } = box.dataset as Record<string, string>;
  const button = box.querySelector('button')!;
  const status = box.querySelector('[role=status]')!;
  const mb = (bytes: number) => (bytes / 1e6).toLocaleString(document.documentElement.lang, { maximumFractionDigits: 1 }) + ' MB';
  box.hidden = false;
  caches.match(list).then((kept) => { if (kept) status.textContent = saved.replace(' (%s)', ''); });
  button.addEventListener('click', async () => {
    button.disabled = true;
    status.textContent = saving;
    const channel = new MessageChannel();
    channel.port1.onmessage = ({ data }) => {
      button.disabled = false;
      status.textContent = data.ok ? saved.replace('%s', mb(data.bytes)) : failed;
    };
    (await navigator.serviceWorker.ready).active!.postMessage({ save: list }, [channel.port2]);
  });
}
