/** Protocol block subsidy (BTC) at a block height: 50 BTC halved every 210,000 blocks (exact consensus rule, in satoshis). */
export function blockSubsidyAtHeight(height: number): number {
  if (!Number.isInteger(height) || height < 0) throw new RangeError(`invalid block height ${height}`);
  const halvings = Math.floor(height / 210_000);
  if (halvings >= 64) return 0;
  return Number(5_000_000_000n >> BigInt(halvings)) / 1e8;
}
