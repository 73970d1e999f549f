import { translation } from '../translation.ts';
import chart, { summaryFacts } from '../defs/us-industrial-price-vs-hydro-tariffs.ts';

export default translation<typeof chart>({
  strings: {
    'What American industry pays for power, and what miners are offered elsewhere': 'Lo que paga la industria de Estados Unidos por la electricidad, y lo que se ofrece a los mineros en otros lugares',
    'US average retail electricity price to industrial customers, monthly, January 2001 – May 2023, against prices reported for Paraguay and Ethiopia; US cents per kilowatt-hour':
      'Precio minorista medio de la electricidad para clientes industriales en Estados Unidos, mensual, de enero de 2001 a mayo de 2023, frente a los precios informados para Paraguay y Etiopía; centavos de dólar por kilovatio hora',
    'Line chart: the average US industrial electricity price rises from under 5 cents per kilowatt-hour in 2001 to around 7 cents for most of the 2010s, peaks above 9 cents in August 2022, and eases to under 8 cents by May 2023. Dashed lines mark about 5 cents, the business price reported for Paraguay, and 3.2 cents, the tariff reported for miners in Ethiopia.':
      'Gráfico de líneas: el precio medio de la electricidad industrial en Estados Unidos sube de menos de 5 centavos de dólar por kilovatio hora en 2001 a unos 7 centavos durante la mayor parte de la década de 2010, llega a su máximo, por encima de 9 centavos, en agosto de 2022 y baja a menos de 8 centavos en mayo de 2023. Dos líneas discontinuas marcan unos 5 centavos, el precio para empresas informado en Paraguay, y 3,2 centavos, la tarifa informada para los mineros en Etiopía.',
    'Not like for like: the US line is the average price all industrial customers paid, and a large miner in the United States can negotiate a contract of its own. The Paraguay figure is a general business price quoted by bitnewsbot.com (citing Hashrate Index and GlobalPetrolPrices, undated); the Ethiopia figure is a tariff for miners reported by Wu Blockchain and The Africa Report in late 2024. The monthly US series shows seasonal swings.':
      'No es una comparación entre iguales: la línea de Estados Unidos es el precio medio que pagaron todos los clientes industriales, y un minero grande en ese país puede negociar un contrato propio. La cifra de Paraguay es un precio general para empresas que cita bitnewsbot.com (con datos de Hashrate Index y GlobalPetrolPrices, sin fecha); la de Etiopía es una tarifa para mineros que informaron Wu Blockchain y The Africa Report a fines de 2024. La serie mensual de Estados Unidos muestra variaciones estacionales.',
    // Series and dates of the data shown as text
    'United States, industrial average (EIA, monthly)': 'Estados Unidos, promedio industrial (EIA, mensual)',
    'Paraguay, business electricity (reported, undated)': 'Paraguay, electricidad para empresas (informada, sin fecha)',
    'Ethiopia, tariff for miners (reported, late 2024)': 'Etiopía, tarifa para mineros (informada, fines de 2024)',
    'Paraguay, business price (reported)': 'Paraguay, precio para empresas (informado)',
    'Ethiopia, miners’ tariff (reported)': 'Etiopía, tarifa para mineros (informada)',
    undated: 'sin fecha',
    'late 2024': 'fines de 2024',
    Series: 'Serie',
    Month: 'Mes',
    'Refers to': 'Se refiere a',
    Price: 'Precio',
    'US cents/kWh': 'centavos de US$/kWh',
    '↑ US cents per kWh': '↑ centavos de dólar por kWh',
    'United States, industrial average (monthly)': 'Estados Unidos, promedio industrial (mensual)',
    'US industrial average': 'Industria de EE. UU.',
    '%s ¢/kWh, US industrial': '%s ¢/kWh, industria de EE. UU.',
  },
  summary: (rows, _context, { fmt }) => {
    const { first, peak, last, paraguay, ethiopia } = summaryFacts(rows);
    return `El promedio industrial de Estados Unidos pasó de ${fmt.num2(first.cents)} ¢/kWh en ${fmt.month(first.month)} a un máximo de ${fmt.num2(peak.cents)} ¢ en ${fmt.month(peak.month)} y a ${fmt.num2(last.cents)} ¢ en ${fmt.month(last.month)}; los precios informados son de ${fmt.num1(paraguay)} ¢ en Paraguay y ${fmt.num1(ethiopia)} ¢ para los mineros en Etiopía.`;
  },
});
