/** Minutes to read at 230 words a minute, counting prose words only (not imports, tags or expressions). */
export function readingMinutes(body: string | undefined): number {
  const text = (body ?? '')
    .replace(/^import .*$/gm, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\{[^}]*\}/g, ' ');
  const words = text.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
  return Math.max(1, Math.round(words / 230));
}
