/**
 * What "numbers written the Spanish way" means in the tests (unit and browser alike): no English thousands (1,234)
 * and no English decimals (17.6), once the text that legitimately looks otherwise is set aside.
 */
export const ENGLISH_THOUSANDS = /(?<![\d.,])[1-9]\d{0,2}(,\d{3})+(?![\d,])/;
export const ENGLISH_DECIMAL = /(?<![\w.,])\d+\.\d{1,2}(?![\w.])/;

/** The text without what is written as published or is not a number in prose: quotes ("sometimes exceeding
 * $100,000"), a table's number ("tabla 5.3"), a bitcoin amount with three decimals ("3,125 BTC", the subsidy since
 * 2024, not three thousand) and names of models and chips ("Granite 4.0 H Micro"), longest first. */
export function asPublished(text: string, names: readonly string[] = []): string {
  const unnamed = [...names].sort((a, b) => b.length - a.length).reduce((t, n) => t.split(n).join('·'), text);
  return unnamed.replace(/"[^"\n]*"|“[^”\n]*”/g, '·').replace(/\btabla \d+\.\d+/g, '·').replace(/\b\d,\d{3} BTC\b/g, '·');
}
