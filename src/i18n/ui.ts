/**
 * The site's own words (navigation, footer, figure furniture, page headings) in each language: one dictionary per
 * language, each typed by the English one, so a missing Spanish string is a type error (npm test runs tsc).
 * A piece's prose lives in its MDX file; a chart's strings live with the chart (src/charts/<lang>/).
 */
import type { Lang } from './lang.ts';
import { tableSummary } from '../charts/tableRows.ts';
import { SITE, writtenDataDate } from '../site.ts';

const en = {
  skip: 'Skip to content',
  /** The first words of a calculator's assumptions line. */
  drawnWith: 'Drawn with',
  updateChart: 'Update chart',
  calculatorNoJs: 'The controls of this calculator need JavaScript; without it the chart shows the assumptions listed under it.',
  navLabel: 'Main',
  nav: { '': 'Pieces', 'charts/': 'Charts', 'data/': 'Data', 'methods/': 'Methods', 'for-educators/': 'For educators', 'about/': 'About', 'search/': 'Search' },
  /** After a link to a page that exists only in the other language. */
  inOther: '',
  switchTo: 'Leer en español',
  tagline: SITE.tagline as string,
  feedTitle: 'new pieces',
  /** Around the two licence links of a chart page's footer: [before, between, after]. */
  footerChart: (because: string): [string, string, string] => ['This chart and its downloads: ', `, the licence of its data (${because}). Other text and charts: `, ', unless their data say otherwise.'],
  /** Around the licence link of every other page's footer. */
  footerSite: ['Text and charts: ', ', unless a dataset\'s own licence says otherwise (each chart names its source and licence).'] as [string, string],
  aboutSite: 'About this site',
  glossary: 'Glossary',
  changelog: 'Changelog',
  rss: 'RSS feed',
  privacy: 'No cookies, no tracking, no requests to other sites.',
  darkTheme: 'Dark theme',
  // Figures
  source: 'Source',
  /** "data as of …", from the data's date as it is written (YYYY, YYYY-MM or YYYY-MM-DD): in English, as written,
   * which is short enough for a phone's embed; in Spanish, in words, never with a day the data does not have. */
  dataAsOf: (date: string) => `data as of ${date}`,
  dataCsv: 'Data (CSV)',
  dataJson: 'Data (JSON)',
  chartPage: 'Chart page: cite, embed, download',
  notes: 'Notes on this chart',
  explore: 'Explore',
  listen: 'Listen',
  /** Before the reason Listen cannot play a chart. */
  listenUnavailable: 'Listen is not available here',
  /** A time axis Listen names when the table has no date column of its own. */
  date: 'Date',
  tableSummary,
  tableFor: (title: string) => `Data for: ${title}`,
  tableSample: (all: number) => `An even sample of the rows is shown; the CSV has all ${all}.`,
  // Pieces
  computedFrom: (datasets: string) => `computed from: ${datasets}`,
  arithmetic: 'arithmetic on cited figures',
  by: 'By',
  published: 'Published',
  updated: 'Updated',
  minRead: (n: number) => `${n} min read`,
  cite: 'Cite',
  takeaways: 'Key takeaways',
  contents: 'Contents',
  questions: 'Questions for discussion',
  /** The link to a piece's lesson pack (src/publish/lessonPack.ts): [link text, what it holds]. */
  lessonPack: ['Lesson pack (ZIP)', ': a handout to print, the figures, their data and the citation.'] as [string, string],
  lessonPackFile: 'lesson-pack',
  /** "Save for offline" on a piece (src/scripts/saveOffline.ts): the button's label as it works; %s is the size stored. */
  offline: { save: 'Save for offline', saving: 'Saving for offline…', saved: 'Saved for offline (%s)', failed: 'Could not save for offline: try again' },
  citeThis: (what: string) => `Cite this ${what}`,
  piece: 'piece',
  copy: 'Copy',
  behind: 'This translation may be behind the English version, which has changed since it was written.',
  readOriginal: 'Read the English version',
};

export type Ui = typeof en;

const es: Ui = {
  skip: 'Saltar al contenido',
  drawnWith: 'Calculado con',
  updateChart: 'Actualizar el gráfico',
  calculatorNoJs: 'Los controles de esta calculadora necesitan JavaScript; sin él, el gráfico muestra los supuestos indicados debajo.',
  navLabel: 'Principal',
  nav: { '': 'Artículos', 'charts/': 'Gráficos', 'data/': 'Datos', 'methods/': 'Métodos', 'for-educators/': 'Para docentes', 'about/': 'Acerca de', 'search/': 'Buscar' },
  inOther: ' (en inglés)',
  switchTo: 'Read in English',
  tagline: 'Cómo la minería de Bitcoin y la inteligencia artificial mueven el poder de cómputo en direcciones opuestas, con los datos para comprobarlo.',
  feedTitle: 'artículos nuevos',
  footerChart: (because) => ['Este gráfico y sus descargas: ', `, la licencia de sus datos (${because}). El resto de los textos y gráficos: `, ', salvo que sus datos indiquen otra cosa.'],
  footerSite: ['Textos y gráficos: ', ', salvo que la licencia de un conjunto de datos diga otra cosa (cada gráfico indica su fuente y su licencia).'],
  aboutSite: 'Acerca de este sitio',
  glossary: 'Glosario',
  changelog: 'Registro de cambios',
  rss: 'Feed RSS',
  privacy: 'Sin cookies, sin rastreo, sin solicitudes a otros sitios.',
  darkTheme: 'Tema oscuro',
  source: 'Fuente',
  dataAsOf: (date: string) => `datos hasta ${date.length === 10 ? 'el ' : ''}${writtenDataDate(date, 'es')}`,
  dataCsv: 'Datos (CSV)',
  dataJson: 'Datos (JSON)',
  chartPage: 'Página del gráfico: citar, insertar, descargar',
  notes: 'Notas sobre este gráfico',
  explore: 'Explorar',
  listen: 'Escuchar',
  listenUnavailable: 'No se puede escuchar este gráfico',
  date: 'Fecha',
  tableSummary: (shown: number, all: number) => `Tabla de datos${shown < all ? ` (${shown} de ${all} filas)` : ` (${all} filas)`}`,
  tableFor: (title) => `Datos de: ${title}`,
  tableSample: (all) => `Se muestra una muestra pareja de las filas; el CSV las tiene todas (${all}).`,
  computedFrom: (datasets) => `calculado a partir de: ${datasets}`,
  arithmetic: 'aritmética sobre cifras citadas',
  by: 'Por',
  published: 'Publicado el',
  updated: 'Actualizado el',
  minRead: (n) => `${n} min de lectura`,
  cite: 'Citar',
  takeaways: 'Ideas clave',
  contents: 'Contenido',
  questions: 'Preguntas para el debate',
  lessonPack: ['Material para clase (ZIP)', ': hoja para imprimir, gráficos, datos y cita.'],
  lessonPackFile: 'material-para-clase',
  offline: { save: 'Guardar para leer sin conexión', saving: 'Guardando para leer sin conexión…', saved: 'Guardado para leer sin conexión (%s)', failed: 'No se pudo guardar: vuelve a intentarlo' },
  citeThis: (what) => `Cómo citar este ${what}`,
  piece: 'artículo',
  copy: 'Copiar',
  behind: 'Esta traducción puede estar desactualizada: la versión en inglés cambió después de que se escribió.',
  readOriginal: 'Leer la versión en inglés',
};

export const UI: Record<Lang, Ui> = { en, es };
