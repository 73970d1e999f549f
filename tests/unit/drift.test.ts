import { describe, expect, it } from 'vitest';
import { evidence, translationDrift, versionOf } from '../../src/i18n/drift.ts';

const original = { file: 'content/articles/x.mdx', text: 'Intro [@thorn2026].\n\n<Figure chart="two-arrows" />\n\nIt used <Num id="efficiency-2016" />.\n' };
const spanish = (text: string) => ({ file: 'content/es/articles/x.mdx', text: `---\ntitle: "X"\nfollows: "${versionOf(original.text)}"\n---\n${text}` });

describe('translation drift (src/i18n/drift.ts)', () => {
  it('finds each figure, number and citation with its first line', () => {
    expect([...evidence(original.text).values()]).toEqual([
      { kind: 'citation', id: 'thorn2026', line: 1 },
      { kind: 'figure', id: 'two-arrows', line: 3 },
      { kind: 'number', id: 'efficiency-2016', line: 5 },
    ]);
  });
  it('passes a translation that follows the current original and shows the same evidence', () => {
    const tr = spanish('Introducción [@thorn2026].\n\n<Figure chart="two-arrows" />\n\nUsaba <Num id="efficiency-2016" />.\n');
    expect(translationDrift(original, tr, versionOf(original.text))).toEqual({ behind: [], mismatched: [] });
  });
  it('reports a translation whose original changed since, at its follows line', () => {
    const tr = spanish('Introducción [@thorn2026].\n\n<Figure chart="two-arrows" />\n\nUsaba <Num id="efficiency-2016" />.\n');
    const changed = { ...original, text: original.text.replace('Intro', 'An introduction') };
    const { behind, mismatched } = translationDrift(changed, tr, versionOf(original.text));
    expect(mismatched).toEqual([]);
    expect(behind).toEqual([{ file: 'content/es/articles/x.mdx', line: 3, message: expect.stringContaining(`but content/articles/x.mdx is now ${versionOf(changed.text)}`) }]);
  });
  it('reports evidence missing from the translation or added to it, with file and line', () => {
    const tr = spanish('Introducción.\n\n<Figure chart="hashrate-eras" />\n\nUsaba <Num id="efficiency-2016" />.\n');
    const { mismatched } = translationDrift(original, tr, versionOf(original.text));
    expect(mismatched.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([
      'content/es/articles/x.mdx:3: [@thorn2026] is in content/articles/x.mdx:1 but not in the translation',
      'content/es/articles/x.mdx:3: <Figure chart="two-arrows"> is in content/articles/x.mdx:3 but not in the translation',
      'content/es/articles/x.mdx:7: <Figure chart="hashrate-eras"> is not in content/articles/x.mdx: a translation shows the same evidence as its original',
    ]);
  });
});
