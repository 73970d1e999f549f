/** Copy buttons: <button data-copy="element-id"> copies that element's text and says so for a moment. */
export function wireCopyButtons(root: ParentNode = document): void {
  root.querySelectorAll<HTMLButtonElement>('button[data-copy]').forEach((button) => {
    if (button.dataset.wired) return;
    button.dataset.wired = 'true';
    button.addEventListener('click', async () => {
      const source = document.getElementById(button.dataset.copy!);
      const text = source instanceof HTMLTextAreaElement || source instanceof HTMLInputElement ? source.value : source?.textContent ?? '';
      const label = button.textContent;
      const es = document.documentElement.lang === 'es';
      try {
        await navigator.clipboard.writeText(text.trim());
        button.textContent = es ? 'Copiado' : 'Copied';
      } catch {
        button.textContent = es ? 'Selecciona y copia' : 'Select and copy';
      }
      setTimeout(() => (button.textContent = label), 2000);
    });
  });
}
