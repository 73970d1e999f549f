/**
 * The tips of glossary terms (<Term>) and of numbers computed from the data (<Num>): shown on hover, keyboard focus
 * and tap, kept while the pointer is over them, dismissed with Esc (WCAG 1.4.13). Without JavaScript, hover and focus
 * still show them (src/styles/reader.css). Loaded once by the piece's page (src/components/ArticlePage.astro).
 */
// Esc dismisses an open tip; a first tap on a touch screen opens it instead of following the link (a number has
// no link: each tap opens or closes it).
const terms = document.querySelectorAll<HTMLElement>('.term');
const closeAll = (except?: HTMLElement) => terms.forEach((t) => t !== except && t.removeAttribute('data-open'));
terms.forEach((t) => {
  const reset = () => t.removeAttribute('data-dismissed');
  // A new hover is a new request to see it. Leaving is not: when Esc hides the definition under the pointer,
  // the browser reports the pointer leaving, and that must not bring the definition back.
  t.addEventListener('pointerenter', reset);
  t.addEventListener('focusout', () => { reset(); t.removeAttribute('data-open'); });
  const trigger = t.querySelector<HTMLElement>('.term__word, .num')!;
  trigger.addEventListener('click', (e) => {
    const touch = (e as PointerEvent).pointerType === 'touch';
    if (touch && t.hasAttribute('data-open') && !(trigger instanceof HTMLAnchorElement)) {
      t.removeAttribute('data-open');
      t.setAttribute('data-dismissed', '');
    } else if (touch && !t.hasAttribute('data-open')) {
      e.preventDefault();
      closeAll(t);
      t.setAttribute('data-open', '');
      t.removeAttribute('data-dismissed');
    }
  });
});
document.addEventListener('keydown', (e) => {
  if (e.key !== 'Escape') return;
  terms.forEach((t) => {
    if (t.matches(':hover, :focus-within, [data-open]')) { t.setAttribute('data-dismissed', ''); t.removeAttribute('data-open'); }
  });
});
document.addEventListener('click', (e) => { if (!(e.target as Element).closest?.('.term')) closeAll(); });
