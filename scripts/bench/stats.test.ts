import { describe, expect, it } from 'vitest';
import { percentile, summarize } from './stats';

describe('percentile (nearest rank)', () => {
  const oneToHundred = Array.from({ length: 100 }, (_, index) => index + 1);

  it('picks the sample at rank ceil(p·n)', () => {
    expect(percentile(oneToHundred, 50)).toBe(50);
    expect(percentile(oneToHundred, 99)).toBe(99);
    expect(percentile(oneToHundred, 100)).toBe(100);
    expect(percentile([10, 20, 30], 50)).toBe(20);
    expect(percentile([10, 20, 30], 99)).toBe(30);
  });

  it('refuses an empty sample', () => {
    expect(() => percentile([], 50)).toThrow();
  });
});

describe('summarize', () => {
  it('sorts before ranking, so one slow outlier sets p99 and max but not p50', () => {
    const samples = [...Array.from({ length: 199 }, () => 2), 400];
    const summary = summarize(samples.reverse());
    expect(summary).toMatchObject({ count: 200, p50: 2, p99: 2, max: 400 });
    expect(summary.mean).toBeCloseTo((199 * 2 + 400) / 200);
  });

  it('lets the slowest 1 % through p99 once there are fewer than 100 samples', () => {
    expect(summarize([5, 1, 3, 9]).p99).toBe(9);
  });
});
