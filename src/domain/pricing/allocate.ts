/**
 * Splits a whole-cent amount over weights in proportion, in whole cents that
 * add up exactly (largest remainder; ties go to the earlier weight). No share
 * exceeds its weight when the amount does not exceed the weights' sum, so a
 * line is never discounted below zero. Exact integer arithmetic: amount × weight
 * can pass 2^53 on large orders.
 */
export function allocate(amount: number, weights: readonly number[]): number[] {
  if (!Number.isInteger(amount) || amount < 0)
    throw new RangeError(`allocate: amount must be whole cents ≥ 0, got ${amount}`);
  if (!weights.every((w) => Number.isInteger(w) && w >= 0))
    throw new RangeError('allocate: weights must be whole numbers ≥ 0');
  const total = weights.reduce((sum, w) => sum + w, 0);
  if (amount > total) throw new RangeError(`allocate: ${amount} exceeds the weights' sum ${total}`);
  if (amount === 0) return weights.map(() => 0);
  const big = BigInt(amount);
  const bigTotal = BigInt(total);
  const parts = weights.map((w, index) => {
    const product = big * BigInt(w);
    return { index, share: Number(product / bigTotal), remainder: product % bigTotal };
  });
  let missing = amount - parts.reduce((sum, p) => sum + p.share, 0);
  const byRemainder = [...parts].sort((a, b) =>
    a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
  );
  for (const part of byRemainder) {
    if (missing === 0) break;
    part.share += 1;
    missing -= 1;
  }
  return parts.map((p) => p.share);
}
