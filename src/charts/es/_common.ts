/** Spanish for the strings that charts share: the view controls of src/charts/view.ts and common column labels. */
export default {
  From: 'Desde',
  To: 'Hasta',
  Scale: 'Escala',
  'Logarithmic (each step ×10)': 'Logarítmica (cada paso ×10)',
  Linear: 'Lineal',
  'All others': 'Todos los demás',
  Date: 'Fecha',
  Year: 'Año',
  Source: 'Fuente',
  Country: 'País',
  Machine: 'Máquina',
  // Units: symbols stay as they are.
  'EH/s': 'EH/s',
  'TH/s': 'TH/s',
  'J/TH': 'J/TH',
  '%': '%',
  USD: 'USD',
  'TWh/yr': 'TWh/año',
} satisfies Record<string, string>;
