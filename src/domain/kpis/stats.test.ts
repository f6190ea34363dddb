import { describe, expect, it } from 'vitest';
import { change, percentile, ratio, roundTo, splitEvenly, topBy } from './stats';

describe('percentile', () => {
  it('interpolates between the nearest ranks', () => {
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(percentile([10, 20, 30, 40, 50], 0.5)).toBe(30);
    // rank (5 − 1) × 0.9 = 3.6: 40 + 0.6 × (50 − 40)
    expect(percentile([10, 20, 30, 40, 50], 0.9)).toBeCloseTo(46, 10);
    expect(percentile([10, 20, 30, 40, 50], 0)).toBe(10);
    expect(percentile([10, 20, 30, 40, 50], 1)).toBe(50);
  });

  it('is the only value of a single value, and null of none', () => {
    expect(percentile([7], 0.9)).toBe(7);
    expect(percentile([], 0.5)).toBeNull();
  });

  it('reads typed arrays too', () => {
    expect(percentile(Float64Array.from([3, 1, 2]).sort(), 0.5)).toBe(2);
  });

  it('refuses a p outside 0–1', () => {
    expect(() => percentile([1], 1.5)).toThrow(RangeError);
    expect(() => percentile([1], -0.1)).toThrow(RangeError);
  });
});

describe('ratio, roundTo and change', () => {
  it('has no rate for a zero whole', () => {
    expect(ratio(1, 4)).toBe(0.25);
    expect(ratio(0, 0)).toBeNull();
  });

  it('rounds to decimals and passes null through', () => {
    expect(roundTo(1.23456, 2)).toBe(1.23);
    expect(roundTo(0.8963, 2)).toBe(0.9);
    expect(roundTo(null, 2)).toBeNull();
  });

  it('measures a change relative to the magnitude of the previous figure', () => {
    expect(change(110, 100)).toEqual({ delta: 10, ratio: 0.1 });
    expect(change(50, 100)).toEqual({ delta: -50, ratio: -0.5 });
    expect(change(-50, -100)).toEqual({ delta: 50, ratio: 0.5 });
  });

  it('has a delta but no ratio after zero, and nothing when a figure is missing', () => {
    expect(change(5, 0)).toEqual({ delta: 5, ratio: null });
    expect(change(null, 3)).toBeNull();
    expect(change(3, null)).toBeNull();
  });
});

describe('splitEvenly', () => {
  it('adds up exactly, with shares at most a cent apart, odd cents first', () => {
    expect(splitEvenly(100, 3)).toEqual([34, 33, 33]);
    expect(splitEvenly(101, 2)).toEqual([51, 50]);
    expect(splitEvenly(0, 2)).toEqual([0, 0]);
    expect(splitEvenly(-5, 2)).toEqual([-3, -2]);
    for (const [amount, parts] of [
      [997, 7],
      [1, 4],
      [123_456, 11],
    ] as const) {
      const shares = splitEvenly(amount, parts);
      expect(shares.reduce((a, b) => a + b, 0)).toBe(amount);
      expect(Math.max(...shares) - Math.min(...shares)).toBeLessThanOrEqual(1);
    }
  });

  it('refuses no parts', () => {
    expect(() => splitEvenly(10, 0)).toThrow(RangeError);
  });
});

describe('topBy', () => {
  it('keeps the highest scores, ties in tie-break order', () => {
    const items = [
      { id: 3, score: 5 },
      { id: 1, score: 9 },
      { id: 2, score: 5 },
      { id: 4, score: 1 },
    ];
    expect(
      topBy(
        items,
        3,
        (i) => i.score,
        (i) => i.id,
      ).map((i) => i.id),
    ).toEqual([1, 2, 3]);
    expect(
      topBy(
        items,
        10,
        (i) => i.score,
        (i) => i.id,
      ),
    ).toHaveLength(4);
  });
});
