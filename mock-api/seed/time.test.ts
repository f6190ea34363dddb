import { describe, expect, it } from 'vitest';
import { Random } from './random';
import { addUtcMonths, blackFriday, iso, startOfUtcDay } from './time';

describe('iso', () => {
  it('matches Date.toISOString truncated to whole seconds', () => {
    const rng = Random.seeded(4);
    const moments = [
      0,
      999,
      1000,
      86_399_999,
      Date.UTC(2024, 1, 29, 23, 59, 59, 999),
      Date.UTC(1999, 11, 31, 23, 59, 59),
    ];
    for (let i = 0; i < 2_000; i++) moments.push(rng.float(Date.UTC(2015, 0, 1), Date.UTC(2035, 0, 1)));
    const mismatches = moments.filter(
      (ms) => iso(ms) !== new Date(Math.floor(ms / 1000) * 1000).toISOString(),
    );
    expect(mismatches).toEqual([]);
    expect(iso(Date.UTC(2024, 1, 29, 23, 59, 59, 999))).toBe('2024-02-29T23:59:59.000Z');
  });
});

describe('calendar helpers', () => {
  it('finds Black Friday the day after the fourth Thursday of November', () => {
    expect(new Date(blackFriday(2024)).toISOString()).toBe('2024-11-29T00:00:00.000Z');
    expect(new Date(blackFriday(2025)).toISOString()).toBe('2025-11-28T00:00:00.000Z');
    expect(new Date(blackFriday(2026)).toISOString()).toBe('2026-11-27T00:00:00.000Z');
    // November starting on a Thursday: the fourth Friday and Black Friday coincide.
    expect(new Date(blackFriday(2029)).toISOString()).toBe('2029-11-23T00:00:00.000Z');
  });

  it('goes back whole months and to the start of a UTC day', () => {
    expect(new Date(addUtcMonths(Date.UTC(2025, 5, 1), -18)).toISOString()).toBe('2023-12-01T00:00:00.000Z');
    expect(startOfUtcDay(new Date('2025-03-04T17:18:19.123Z')).toISOString()).toBe(
      '2025-03-04T00:00:00.000Z',
    );
  });
});
