/**
 * A claim is exactly as strong as its data: "now", "today", "currently" or "the latest" over a dataset must say when
 * (a year, a month, or a computed date). Finds sentences in a piece's prose (and its dek, summary and takeaways) that
 * use one of those words with no date in the same sentence. Used by `npm run check` and a unit test over every piece.
 * A sentence about the present in general, not about data, is written without those words.
 */
const NOW = /\b(now|today|today's|currently|at present|these days|latest|so far)\b/i;
const DATED = /\b(1[89]\d\d|20\d\d)s?\b|<Num id="[^"]*(date|year|since|month)[^"]*"|\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/;

export function undatedClaims(mdx: string): { line: number; sentence: string }[] {
  const found: { line: number; sentence: string }[] = [];
  let inFrontmatter = false;
  mdx.split('\n').forEach((text, i) => {
    if (text === '---') { inFrontmatter = !inFrontmatter; return; }
    if (inFrontmatter && !/^\s*(summary|dek|- )/.test(text)) return; // only prose fields of the frontmatter
    if (/^(import |<Figure|\[\^[^\]]+\]:)/.test(text)) return; // imports, figures, footnote definitions (sources)
    for (const sentence of text.split(/(?<=[.!?])\s+(?=[A-Z<*"“])/)) {
      if (NOW.test(sentence) && !DATED.test(sentence)) found.push({ line: i + 1, sentence: sentence.trim() });
    }
  });
  return found;
}

export const UNDATED = 'says "now", "today" or "latest" with no date in the sentence: say when (e.g. "as of March 2025", or a <Num> date)';
