import { translation } from '../translation.ts';
import chart, { PANELS } from '../defs/country-shares-snapshots.ts';

export default translation<typeof chart>({
  strings: {
    'Where the hashrate is, according to whom': 'Dónde está la tasa de hash, según quién la mide',
    'Share of Bitcoin’s hashrate by country, per cent: five separate snapshots, each labelled with who made it and when':
      'Porción de la tasa de hash de Bitcoin por país, en porcentaje: cinco fotografías separadas, cada una con quién la hizo y cuándo',
    'Five panels of horizontal bars. Cambridge’s pool-based map puts China far ahead in September 2019 to April 2020, with the United States, Russia, Kazakhstan, Malaysia and Iran far behind; by January 2022 the same map puts the United States first and China second. Hashrate Index’s 2025 model puts the United States first, then Russia and China, with Paraguay, the United Arab Emirates, Oman and Canada at a few per cent each. Cambridge’s 2025 survey gives the United States three quarters of the hashrate its respondents reported. A separate panel shows Ethiopia at 2.5 %, a claim reported by the press.':
      'Cinco paneles de barras horizontales. El mapa de Cambridge, basado en los pools, pone a China muy por delante entre septiembre de 2019 y abril de 2020, con Estados Unidos, Rusia, Kazajistán, Malasia e Irán muy atrás; en enero de 2022, el mismo mapa pone primero a Estados Unidos y segunda a China. El modelo de Hashrate Index para 2025 pone primero a Estados Unidos, luego a Rusia y a China, con Paraguay, Emiratos Árabes Unidos, Omán y Canadá en unos pocos puntos porcentuales cada uno. La encuesta de Cambridge de 2025 da a Estados Unidos tres cuartas partes de la tasa de hash que declararon quienes respondieron. Un panel aparte muestra a Etiopía con 2,5 %, una afirmación difundida por la prensa.',
    'Compare within a panel, and across panels only with care: the Cambridge map located the connections of a few pools that shared data; Hashrate Index’s model is its own; *the 2025 survey counts only the hashrate of the firms that answered (about half the network), not the whole network; Ethiopia’s figure is a claim, not a measurement. A country missing from a panel was not reported in it, which does not mean zero.':
      'Compara dentro de cada panel, y entre paneles solo con cuidado: el mapa de Cambridge localizaba las conexiones de unos pocos pools que compartían sus datos; el modelo de Hashrate Index es propio; *la encuesta de 2025 cuenta solo la tasa de hash de las empresas que respondieron (cerca de la mitad de la red), no la de toda la red; la cifra de Etiopía es una afirmación, no una medición. Si un país no aparece en un panel, es que no se informó en él, no que su porción sea cero.',
    // The five panels, as headings, table values and Explore choices
    'Cambridge map (pool connections), Sep 2019–Apr 2020 average': 'Mapa de Cambridge (conexiones a pools), promedio sep. 2019–abr. 2020',
    'Cambridge map, Sep 2019–Apr 2020': 'Mapa de Cambridge, sep. 2019–abr. 2020',
    'Cambridge map (pool connections), January 2022': 'Mapa de Cambridge (conexiones a pools), enero de 2022',
    'Cambridge map, Jan 2022': 'Mapa de Cambridge, ene. 2022',
    'Hashrate Index (own model), start of Q3 2025': 'Hashrate Index (modelo propio), inicio del tercer trimestre de 2025',
    'Hashrate Index, start of Q3 2025': 'Hashrate Index, inicio del 3.er trim. 2025',
    'Cambridge survey of 49 firms, 2025: share of the hashrate they reported': 'Encuesta de Cambridge a 49 empresas, 2025: porción de la tasa de hash que declararon',
    'Cambridge survey of 49 firms, 2025*': 'Encuesta de Cambridge a 49 empresas, 2025*',
    'Claim by a local miner and the utility, reported Dec 2024': 'Afirmación de un minero local y de la empresa eléctrica, difundida en dic. 2024',
    'Claim reported Dec 2024 (not an estimate)': 'Afirmación de dic. 2024 (no es una estimación)',
    Snapshot: 'Fotografía',
    'Share of hashrate': 'Porción de la tasa de hash',
    'Estimator (as in the dataset)': 'Estimador (como figura en los datos)',
    'Period (as stated by the source)': 'Período (como lo indica la fuente)',
    'share of hashrate (%) →': 'porción de la tasa de hash (%) →',
    UAE: 'EAU',
    Estimates: 'Estimaciones',
  },
  summary: (rows, _context, { fmt, t }) => {
    const lead = (i: number) => rows.find((r) => r.snapshot === PANELS[i]!.label);
    const [a, b, c] = [0, 1, 2].map(lead);
    if (!a || !b || !c) {
      return `${PANELS.map((p) => rows.find((r) => r.snapshot === p.label)).flatMap((r) => (r ? [`${t(r.snapshot)}: ${fmt.country(r.country)} primero, con ${fmt.num1(r.share_pct)} %`] : [])).join('; ')}.`;
    }
    return `En el primer mapa de Cambridge, ${fmt.country(a.country)} encabezaba con ${fmt.num1(a.share_pct)} %; en su mapa de enero de 2022, ${fmt.country(b.country)} encabezaba con ${fmt.num1(b.share_pct)} %; el modelo de Hashrate Index ponía primero a ${fmt.country(c.country)} al inicio del tercer trimestre de 2025, con ${fmt.num1(c.share_pct)} %.`;
  },
});
