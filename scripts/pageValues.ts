/**
 * A value no reader should see: "NaN", "undefined", "Infinity" or "[object Object]" in a built page's text or
 * attributes (a misspelt column or a failed computation, e.g. on the methods page, which no chart check covers).
 * Scripts and styles are left out; the words inside a JSON payload are not text. Found as the page is read
 * (scripts/pageFacts.ts).
 */
import { readPages, type BuiltPage } from './pageFacts.ts';

export const badValues = (dir: string, pages: BuiltPage[] = readPages(dir)): { where: string; message: string }[] =>
  pages.flatMap((p) => p.facts.bad.map((b) => ({ where: `${p.file}:${b.line}`, message: b.message })));
