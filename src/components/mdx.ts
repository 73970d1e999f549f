/**
 * The components every MDX piece can use without importing them (see WRITING.md).
 * One list, so the scaffold, the guide and `npm run check` agree on what exists;
 * their props are listed in ./mdxProps.ts (checked when MDX compiles).
 */
import Figure from './Figure.astro';
import Num from './Num.astro';
import Term from './Term.astro';
import type { MdxComponentName } from './mdxProps.ts';

export const mdxComponents = { Figure, Num, Term } satisfies Record<MdxComponentName, unknown>;
