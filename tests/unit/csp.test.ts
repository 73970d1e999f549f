import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { trimPolicy, inlineHashes } from '../../scripts/csp.ts';

const sha = (s: string) => createHash('sha256').update(s).digest('base64');
const RUN = 'console.log(1 < 2)';
const STYLE = 'p{color:red}';
const OTHER = 'alert(1)';
const page = (policyHashes: string[], body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${policyHashes.map((h) => `'sha256-${h}'`).join(' ')} 'wasm-unsafe-eval'; style-src 'self' 'sha256-${sha(STYLE)}'"><style>${STYLE}</style></head><body>${body}</body></html>`;

describe('each page\'s Content-Security-Policy lists only its own hashes (scripts/csp.ts)', () => {
  it('hashes the scripts a browser runs and the styles, not JSON data or external scripts', () => {
    const h = inlineHashes(page([], `<script type="module">${RUN}</script><script type="application/json">{"a":1}</script><script src="/x.js"></script>`));
    expect([...h].sort()).toEqual([sha(RUN), sha(STYLE)].sort());
  });

  it('drops the hashes of scripts that are not on the page and keeps everything else', () => {
    const out = trimPolicy(page([sha(RUN), sha(OTHER)], `<script>${RUN}</script>`), 'x.html');
    expect(out).toContain(`'sha256-${sha(RUN)}'`);
    expect(out).not.toContain(sha(OTHER));
    expect(out).toContain(`script-src 'self' 'sha256-${sha(RUN)}' 'wasm-unsafe-eval'; style-src 'self' 'sha256-${sha(STYLE)}'`);
  });

  it('stops the build, naming the page, when an inline script is not allowed', () => {
    expect(() => trimPolicy(page([sha(RUN)], `<script>${OTHER}</script>`), 'articles/x/index.html'))
      .toThrow(`articles/x/index.html: inline script or style not allowed by its Content-Security-Policy (sha256-${sha(OTHER)})`);
    expect(() => trimPolicy('<html></html>', 'a.html')).toThrow('a.html: no Content-Security-Policy meta tag');
  });
});
