/**
 * Strict UTF-8 reading: a file saved in another encoding (Latin-1, Windows-1252) would otherwise turn "é" into "�"
 * silently on the page. Returns the text, or the 1-based line of the first byte that is not UTF-8.
 */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { badLine: number } {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    let line = 1;
    let start = 0;
    for (let i = 0; i <= bytes.length; i++) {
      if (i === bytes.length || bytes[i] === 0x0a) {
        try { decoder.decode(bytes.subarray(start, i)); } catch { return { badLine: line }; }
        line++;
        start = i + 1;
      }
    }
    return { badLine: line };
  }
}

export const NOT_UTF8 = 'the file is not UTF-8 text (re-save it with the UTF-8 encoding; a spreadsheet calls it "CSV UTF-8")';
