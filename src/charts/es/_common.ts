/** Spanish for the strings that charts share: the view controls of src/charts/view.ts. */
export default {
  From: 'Desde',
  To: 'Hasta',
  Scale: 'Escala',
  'Logarithmic (each step ×10)': 'Logarítmica (cada paso ×10)',
  Linear: 'Lineal',
  'All others': 'Todos los demás',
} satisfies Record<string, string>;
