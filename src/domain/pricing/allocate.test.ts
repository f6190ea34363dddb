import { describe, expect, it } from 'vitest';
import { allocate } from './allocate';

describe('allocate', () => {
  it('splits in proportion when the shares are whole', () => {
    expect(allocate(500, [4000, 1000])).toEqual([400, 100]);
  });

  it('gives the missing cents to the largest remainders so the shares add up exactly', () => {
    // 100 over 1000:2000 is 33.33 and 66.67: the second has the larger remainder.
    expect(allocate(100, [1000, 2000])).toEqual([33, 67]);
    // 32 over three equal weights is 10.67 each: two of them get the extra cent, earliest first.
    expect(allocate(32, [105, 105, 105])).toEqual([11, 11, 10]);
  });

  it('never gives a weight more than itself, and nothing to a zero weight', () => {
    expect(allocate(7, [1, 0, 6])).toEqual([1, 0, 6]);
    expect(allocate(0, [3, 4])).toEqual([0, 0]);
  });

  it('stays exact where amount × weight passes 2^53', () => {
    const weights = [3_000_000_001, 6_000_000_002, 1];
    const shares = allocate(9_000_000_000, weights);
    expect(shares.reduce((a, b) => a + b, 0)).toBe(9_000_000_000);
    shares.forEach((share, i) => expect(share).toBeLessThanOrEqual(weights[i]!));
  });

  it('refuses amounts it cannot place', () => {
    expect(() => allocate(11, [5, 5])).toThrow(RangeError);
    expect(() => allocate(1.5, [5])).toThrow(RangeError);
    expect(() => allocate(-1, [5])).toThrow(RangeError);
  });
});
