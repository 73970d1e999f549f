/**
 * A piece's lesson pack: one ZIP a teacher downloads instead of collecting the parts one by one. In the piece's
 * language: a printable handout (HTML, no requests elsewhere), every figure as SVG and PNG, every figure's data as CSV
 * (the chart page's download, byte for byte) with a data dictionary, the citation (APA and BibTeX), the takeaways and
 * discussion questions, and a README. Built at build time with fflate; every entry carries the piece's own date, so
 * the same content gives the same bytes in every build.
 */
import { zipSync, strToU8 } from 'fflate';
import { createHash } from 'node:crypto';
import { buildChart, chartKey, type BuiltChart } from '../charts/build.ts';
import { contentDigest } from '../charts/pageKey.ts';
import { downloadPng, downloadSvg } from '../charts/chartImages.ts';
import { columnHeading } from '../charts/types.ts';
import { toCsv } from './csv.ts';
import { chartCsv } from './chartCsv.ts';
import { cite } from '../lib/cite.ts';
import { figuresOf } from '../lib/keyChart.ts';
import { absolute, formatDate, isoDate, url, SITE } from '../site.ts';
import { inLang, type Lang } from '../i18n/lang.ts';

export interface PackPiece {
  id: string;
  /** The piece's MDX (its figures are read from it: a translation shows its original's). */
  body: string;
  data: { title: string; dek: string; published: Date; updated?: Date; authors: string[]; takeaways: string[]; questions: string[] };
}

const TEXT = {
  en: {
    pack: 'Lesson pack',
    readme: (title: string, url: string) => `Lesson pack: ${title}\n\nThe piece, with its figures and their data, for a lesson. Read online: ${url}`,
    contents: 'CONTENTS',
    files: {
      handout: 'handout.html: the piece in brief, to print (takeaways, figures with what they show, questions, citation)',
      figures: 'figures/: every figure as SVG (scales to any size) and PNG (1,440 pixels wide)',
      data: 'data/: every figure\'s data as CSV, exactly as on its chart page, and dictionary.csv, what each column means',
      discussion: 'discussion.txt: the key takeaways and the questions for discussion',
      cite: 'citation.txt and citation.bib: how to cite the piece (APA and BibTeX)',
    },
    licences: 'LICENCES',
    licenceText: 'The text and charts are CC BY 4.0 unless a dataset says otherwise. Each figure\'s data keeps its own licence; credit it as stated:',
    takeaways: 'Key takeaways', questions: 'Questions for discussion', figures: 'Figures', source: 'Source', cite: 'Cite this piece',
    read: 'Read the whole piece online', published: 'Published', updated: 'Updated',
    dictionary: ['figure', 'column', 'meaning', 'unit', 'source', 'licence'],
  },
  es: {
    pack: 'Material para clase',
    readme: (title: string, url: string) => `Material para clase: ${title}\n\nEl artículo, con sus gráficos y sus datos, para una clase. Léelo en línea: ${url}`,
    contents: 'CONTENIDO',
    files: {
      handout: 'handout.html: el artículo en breve, para imprimir (ideas clave, gráficos con lo que muestran, preguntas, cita)',
      figures: 'figures/: cada gráfico en SVG (se adapta a cualquier tamaño) y en PNG (1.440 píxeles de ancho)',
      data: 'data/: los datos de cada gráfico en CSV, idénticos a los de su página, y dictionary.csv, qué significa cada columna',
      discussion: 'discussion.txt: las ideas clave y las preguntas para conversar',
      cite: 'citation.txt y citation.bib: cómo citar el artículo (APA y BibTeX)',
    },
    licences: 'LICENCIAS',
    licenceText: 'Los textos y gráficos son CC BY 4.0, salvo que un conjunto de datos indique otra cosa. Los datos de cada gráfico conservan su propia licencia; dales crédito como se indica:',
    takeaways: 'Ideas clave', questions: 'Preguntas para conversar', figures: 'Gráficos', source: 'Fuente', cite: 'Cómo citar este artículo',
    read: 'Lee el artículo completo en línea', published: 'Publicado', updated: 'Actualizado',
    dictionary: ['gráfico', 'columna', 'significado', 'unidad', 'fuente', 'licencia'],
  },
};

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const creditLine = (b: BuiltChart) => b.credits.map((c) => `${c.source.name} (${c.licence.name})`).join('; ');

/**
 * The key with which a rebuild copies the pack from the last build (src/charts/pageKey.ts): the content files (the
 * piece, its translation, the changelog that dates it, the datasets' descriptions) and the key of every chart it
 * holds, in its language and in English (its CSV files); none when one of its charts has none.
 */
export function lessonPackKey(piece: PackPiece, lang: Lang): string | undefined {
  const keys = figuresOf(piece.body).flatMap((id) => [chartKey(id, lang), chartKey(id)]);
  if (keys.some((k) => k === undefined)) return undefined;
  return createHash('sha256').update(contentDigest()).update(`\0${lang}/${piece.id}\0`).update(keys.join('\0')).digest('hex');
}

/** Every file of the pack, by path in the ZIP. */
export async function lessonPackFiles(piece: PackPiece, lang: Lang, site: URL | string | undefined): Promise<Record<string, Uint8Array>> {
  const t = TEXT[lang];
  const pageUrl = absolute(url(inLang(lang, `articles/${piece.id}/`)), site);
  const citation = cite({ id: `od-${piece.id}${lang === 'en' ? '' : `-${lang}`}`, title: piece.data.title, url: pageUrl, issued: isoDate(piece.data.published), authors: piece.data.authors, lang: lang === 'en' ? undefined : lang });
  const charts = figuresOf(piece.body).map((id) => buildChart(id, undefined, lang));
  const files: Record<string, Uint8Array> = {};
  const dictionary: Record<string, unknown>[] = [];
  for (const b of charts) {
    const id = b.def.id;
    files[`figures/${id}.svg`] = strToU8(downloadSvg(id, lang, site));
    files[`figures/${id}.png`] = new Uint8Array(await downloadPng(id, lang, site));
    // The download of the chart page (English headings, machine-readable values), whatever the pack's language.
    const en = buildChart(id);
    files[`data/${id}.csv`] = strToU8(chartCsv(en));
    en.def.columns.forEach((c, i) => {
      const shown = b.def.columns[i]!;
      dictionary.push(Object.fromEntries(t.dictionary.map((h, j) => [h, [id, columnHeading(c), shown.label, shown.unit ?? '', b.credits.map((x) => x.source.name).join('; '), b.credits.map((x) => x.licence.name).join('; ')][j]])));
    });
  }
  files['data/dictionary.csv'] = strToU8(toCsv(t.dictionary, dictionary));
  files['citation.txt'] = strToU8(`${citation.apa}\n`);
  files['citation.bib'] = strToU8(`${citation.bibtex}\n`);
  const list = (items: string[]) => items.map((s, i) => `${i + 1}. ${s}`).join('\n');
  files['discussion.txt'] = strToU8(`${piece.data.title}\n\n${t.takeaways}\n\n${list(piece.data.takeaways)}\n\n${t.questions}\n\n${list(piece.data.questions)}\n`);
  files['handout.html'] = strToU8(handout(piece, lang, charts, citation.apa, pageUrl));
  const licences = [...new Set(charts.flatMap((b) => b.credits.map((c) => `- ${c.source.name}: ${c.licence.name}${c.licence.url ? ` <${c.licence.url}>` : ''}`)))];
  files['README.txt'] = strToU8([
    t.readme(piece.data.title, pageUrl), '', t.contents, '', ...Object.values(t.files).map((f) => `- ${f}`), '',
    t.licences, '', t.licenceText, ...licences, '', `${SITE.name}`, '',
  ].join('\n'));
  return files;
}

/** The pack itself: the files in a fixed order, each dated with the piece's last change. */
export async function lessonPack(piece: PackPiece, lang: Lang, site: URL | string | undefined): Promise<Uint8Array> {
  const files = await lessonPackFiles(piece, lang, site);
  const mtime = piece.data.updated ?? piece.data.published;
  return zipSync(Object.fromEntries(Object.keys(files).sort().map((p) => [p, [files[p]!, { mtime, level: p.endsWith('.png') ? 0 : 9 }]])));
}

/** The handout: one HTML file that reads and prints well, with the figures beside it in figures/. */
function handout(piece: PackPiece, lang: Lang, charts: BuiltChart[], apa: string, pageUrl: string): string {
  const t = TEXT[lang];
  const d = piece.data;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(d.title)} · ${esc(t.pack)}</title>
<style>
body { font: 1rem/1.5 Georgia, 'Times New Roman', serif; max-width: 44rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; background: #fff; }
h1 { font: 700 1.8rem/1.2 system-ui, sans-serif; margin: 0 0 0.5rem; }
h2 { font: 700 1.2rem/1.3 system-ui, sans-serif; margin: 2rem 0 0.5rem; border-top: 2px solid #b35c00; padding-top: 0.5rem; }
h3 { font: 700 1rem/1.3 system-ui, sans-serif; margin: 1.5rem 0 0.25rem; }
.dek { font-size: 1.15rem; color: #444; }
.meta, figcaption, .credit { font: 0.85rem/1.4 system-ui, sans-serif; color: #555; }
figure { margin: 1rem 0 1.5rem; break-inside: avoid; }
img { width: 100%; height: auto; border: 1px solid #ddd; }
a { color: #1a55a0; }
@media print { body { margin: 0; max-width: none; } a { color: inherit; } a[href^="http"]::after { content: " <" attr(href) ">"; font-size: 0.8em; } h2 { break-after: avoid; } }
</style>
</head>
<body>
<h1>${esc(d.title)}</h1>
<p class="dek">${esc(d.dek)}</p>
<p class="meta">${esc(d.authors.join(', '))} · ${t.published} ${esc(formatDate(d.published, lang))}${d.updated ? ` · ${t.updated} ${esc(formatDate(d.updated, lang))}` : ''} · <a href="${esc(pageUrl)}">${esc(t.read)}</a></p>
<h2>${esc(t.takeaways)}</h2>
<ol>${d.takeaways.map((s) => `<li>${esc(s)}</li>`).join('')}</ol>
<h2>${esc(t.figures)}</h2>
${charts.map((b) => `<figure>
<h3>${esc(b.def.title)}</h3>
<img src="figures/${b.def.id}.svg" alt="${esc(b.def.alt)}">
<figcaption>${esc(b.summary)}</figcaption>
<p class="credit">${esc(t.source)}: ${esc(creditLine(b))}.</p>
</figure>`).join('\n')}
<h2>${esc(t.questions)}</h2>
<ol>${d.questions.map((s) => `<li>${esc(s)}</li>`).join('')}</ol>
<h2>${esc(t.cite)}</h2>
<p>${esc(apa)}</p>
</body>
</html>
`;
}
