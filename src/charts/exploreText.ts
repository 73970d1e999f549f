/** Explore's own words, in English; a Spanish page loads its own (src/charts/es/_client.ts). */
import { tableSummary } from './tableRows.ts';

export interface ExploreText {
  reset: string;
  asTable: string;
  changeView: (title: string) => string;
  refused: (list: string) => string;
  nothing: string;
  view: (parts: string) => string;
  tableSummary: (shown: number, all: number) => string;
  sample: (n: number) => string;
  /** The first words of a calculator's assumptions line; English's are paramsLine's default. */
  drawnWith?: string;
}

export const EXPLORE_EN: ExploreText = {
  reset: 'Reset',
  asTable: 'Show as a table',
  changeView: (title) => `Change the view of: ${title}`,
  refused: (list) => `This link asked for a view the chart does not have (${list}); showing the default view instead.`,
  nothing: 'Nothing in the data matches this view; choose a wider range or more groups.',
  view: (parts) => `View: ${parts}.`,
  tableSummary,
  sample: (n) => `An even sample of the rows is shown; this view has ${n}.`,
};
