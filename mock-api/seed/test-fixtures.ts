/** Shared by the seed's tests: one generated database per scale and process. */
import type { Database } from './database';
import { generateDatabase } from './generate';
import type { Scale } from './scales';

export const TESTED_SCALES = ['tiny', 'demo'] as const satisfies readonly Scale[];
export const TEST_SEED = 7;
/** Different anchors so the tests also see Black Week inside a short history and a summer "now". */
export const TEST_ANCHORS: Readonly<Record<(typeof TESTED_SCALES)[number], Date>> = {
  tiny: new Date('2025-12-10T00:00:00Z'),
  demo: new Date('2025-06-01T00:00:00Z'),
};

const cache = new Map<Scale, Database>();

export function seeded(scale: (typeof TESTED_SCALES)[number]): Database {
  let db = cache.get(scale);
  if (!db) {
    db = generateDatabase({ scale, seed: TEST_SEED, anchor: TEST_ANCHORS[scale] });
    cache.set(scale, db);
  }
  return db;
}

export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export const ms = (isoDate: string | null): number => (isoDate === null ? NaN : Date.parse(isoDate));
export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/**
 * Collects broken invariants over a whole collection so one assertion covers
 * thousands of records (an expect() per record is slow) and the failure
 * lists the first offenders.
 */
export class Findings {
  readonly problems: string[] = [];

  check(ok: boolean, message: string): void {
    if (!ok && this.problems.length < 10) this.problems.push(message);
  }
}
