/**
 * The props each MDX component accepts: one plain list (no Astro imports) shared by
 * src/components/mdx.ts (which components exist), the MDX compile-time check
 * (src/markdown/checkComponents.ts) and `npm run check`, so a misspelt component or prop
 * fails with the file and line instead of rendering an empty figure.
 */
export interface PropSpec {
  /** Props that must be given. */
  required: readonly string[];
  /** Props that may be given. */
  optional: readonly string[];
  /** Does the component wrap text (<Term id="x">text</Term>)? */
  children: boolean;
}

export const MDX_COMPONENT_PROPS = {
  Figure: { required: ['chart'], optional: ['caption'], children: false },
  Num: { required: ['id'], optional: [], children: false },
  Term: { required: ['id'], optional: [], children: true },
} as const satisfies Record<string, PropSpec>;

export type MdxComponentName = keyof typeof MDX_COMPONENT_PROPS;
