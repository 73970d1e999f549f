/**
 * The components every MDX piece can use without importing them (see WRITING.md).
 * One list, so the scaffold, the guide and `npm run check` agree on what exists.
 */
import Figure from './Figure.astro';
import Num from './Num.astro';

export const mdxComponents = { Figure, Num };
