/** Small statistics for reports: percentiles, shares, changes and fair splits of cents. */

/**
 * The p-quantile (0 ≤ p ≤ 1) of values sorted ascending, interpolating
 * linearly between the two nearest ranks (spreadsheets' PERCENTILE.INC);
 * null for no values.
 */
export function percentile(sortedAscending: ArrayLike<number>, p: number): number | null {
  if (p < 0 || p > 1 || Number.isNaN(p)) throw new RangeError(`A percentile is between 0 and 1, not ${p}`);
  const n = sortedAscending.length;
  if (n === 0) return null;
  const rank = (n - 1) * p;
  const lower = Math.floor(rank);
  const low = sortedAscending[lower]!;
  const high = sortedAscending[Math.min(lower + 1, n - 1)]!;
  return low + (rank - lower) * (high - low);
}

/** part ÷ whole, or null when the whole is zero (no rate rather than a made-up 0 %). */
export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

export function roundTo(value: number, decimals: number): number;
export function roundTo(value: number | null, decimals: number): number | null;
export function roundTo(value: number | null, decimals: number): number | null {
  if (value === null) return null;
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

export interface Change {
  delta: number;
  /** Relative change (0.1 is +10 %); null when there is nothing to compare with. */
  ratio: number | null;
}

/** How `current` compares with `previous`; null when either figure is missing. */
export function change(current: number | null, previous: number | null): Change | null {
  if (current === null || previous === null) return null;
  return {
    delta: current - previous,
    ratio: previous === 0 ? null : (current - previous) / Math.abs(previous),
  };
}

/**
 * Splits whole cents into `parts` shares that differ by at most one cent and
 * add up exactly; the earlier shares get the odd cents.
 */
export function splitEvenly(amount: number, parts: number): number[] {
  if (!Number.isInteger(parts) || parts < 1) throw new RangeError(`Cannot split into ${parts} parts`);
  const base = Math.trunc(amount / parts);
  const rest = amount - base * parts;
  const step = Math.sign(rest);
  return Array.from({ length: parts }, (_, i) => base + (i < Math.abs(rest) ? step : 0));
}

/** The `n` items with the highest score, ties broken by `tieBreak` ascending. */
export function topBy<T>(
  items: Iterable<T>,
  n: number,
  score: (item: T) => number,
  tieBreak: (item: T) => number,
): T[] {
  return [...items].sort((a, b) => score(b) - score(a) || tieBreak(a) - tieBreak(b)).slice(0, n);
}
