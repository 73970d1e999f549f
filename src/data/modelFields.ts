/** The columns every Epoch chart keeps for a model (names already trimmed by modelTrainingTable). */
export const modelFields = (r: { model: string; organization: string | null; date: string }) => ({
  model: r.model,
  organization: r.organization,
  date: r.date,
});
