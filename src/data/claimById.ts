/** The claim with this id from the framing-claims series, or an error naming it (a renamed claim fails the build). */
export function claimById<T extends { claim_id: string }>(claims: readonly T[], id: string): T {
  const c = claims.find((r) => r.claim_id === id);
  if (!c) throw new Error(`framing-claims has no claim "${id}"`);
  return c;
}
