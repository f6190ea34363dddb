import { describe, expect, it } from 'vitest';
import { shopDateKey, shopMidnightToUtc } from '../time';
import {
  addMonthsToKey,
  addShopYears,
  addYearsToKey,
  bucketBounds,
  bucketIndex,
  comparisonShift,
  dayBound,
  daysBetweenKeys,
  inclusiveRange,
  instantBound,
  isoMs,
  periodDays,
  shopMidnightMs,
  toIso,
  type Period,
} from './calendar';

const BERLIN = 'Europe/Berlin';
const HOUR = 3_600_000;
const nextDay = (key: string) =>
  new Date(Date.parse(`${key}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
/** Whole shop days, both ends included. */
const days = (from: string, toInclusive: string): Period => ({
  start: dayBound(from, BERLIN),
  end: dayBound(nextDay(toInclusive), BERLIN),
});
const lengthsInHours = (bounds: { ms: number }[]) =>
  bounds.slice(1).map((b, i) => (b.ms - bounds[i]!.ms) / HOUR);

describe('shop midnights', () => {
  it('are the time module’s, cached', () => {
    for (const key of ['2026-03-29', '2026-03-30', '2026-10-25', '2026-06-15']) {
      expect(shopMidnightMs(key, BERLIN)).toBe(shopMidnightToUtc(key, BERLIN).getTime());
      expect(shopMidnightMs(key, 'America/New_York')).toBe(
        shopMidnightToUtc(key, 'America/New_York').getTime(),
      );
    }
  });
});

describe('date key arithmetic', () => {
  it('counts calendar days', () => {
    expect(daysBetweenKeys('2026-03-01', '2026-03-31')).toBe(30);
    expect(daysBetweenKeys('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetweenKeys('2026-06-15', '2026-06-14')).toBe(-1);
  });

  it('moves months and years, keeping to the last day of a shorter month', () => {
    expect(addMonthsToKey('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonthsToKey('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonthsToKey('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonthsToKey('2026-01-15', -1)).toBe('2025-12-15');
    expect(addYearsToKey('2024-02-29', -1)).toBe('2023-02-28');
    expect(addYearsToKey('2023-06-16', 3)).toBe('2026-06-16');
  });

  it('moves an instant a year on the shop’s wall clock', () => {
    // 10:00 in Berlin summer (CEST) a year later is again 10:00 CEST.
    expect(toIso(addShopYears(Date.parse('2026-07-01T08:00:00Z'), -1, BERLIN))).toBe(
      '2025-07-01T08:00:00.000Z',
    );
    expect(toIso(addShopYears(Date.parse('2024-02-29T11:00:00Z'), 1, BERLIN))).toBe(
      '2025-02-28T11:00:00.000Z',
    );
  });
});

describe('buckets', () => {
  it('are shop days of 24, 23 and 25 hours around the daylight-saving switches', () => {
    const spring = bucketBounds(days('2026-03-28', '2026-03-30'), 'day', BERLIN);
    expect(spring.map((b) => b.key)).toEqual(['2026-03-28', '2026-03-29', '2026-03-30', '2026-03-31']);
    expect(lengthsInHours(spring)).toEqual([24, 23, 24]);
    const autumn = bucketBounds(days('2026-10-24', '2026-10-26'), 'day', BERLIN);
    expect(lengthsInHours(autumn)).toEqual([24, 25, 24]);
  });

  it('start weeks on Monday and months on the 1st, clipping the ends to the period', () => {
    // 2026-06-03 is a Wednesday.
    const weeks = bucketBounds(days('2026-06-03', '2026-06-16'), 'week', BERLIN);
    expect(weeks.map((b) => shopDateKey(b.ms, BERLIN))).toEqual([
      '2026-06-03',
      '2026-06-08',
      '2026-06-15',
      '2026-06-17',
    ]);
    const months = bucketBounds(days('2026-01-20', '2026-03-05'), 'month', BERLIN);
    expect(months.map((b) => shopDateKey(b.ms, BERLIN))).toEqual([
      '2026-01-20',
      '2026-02-01',
      '2026-03-01',
      '2026-03-06',
    ]);
  });

  it('start a period that begins at an exact instant there, then follow shop midnights', () => {
    const start = instantBound(Date.parse('2026-06-03T10:30:00Z'));
    const bounds = bucketBounds({ start, end: dayBound('2026-06-05', BERLIN) }, 'day', BERLIN);
    expect(bounds.map((b) => toIso(b.ms))).toEqual([
      '2026-06-03T10:30:00.000Z',
      '2026-06-03T22:00:00.000Z',
      '2026-06-04T22:00:00.000Z',
    ]);
  });

  it('find the bucket of an instant, and none outside the period', () => {
    const bounds = ['2026-01-01T00:00:00.000Z', '2026-01-02T00:00:00.000Z', '2026-01-03T00:00:00.000Z'];
    expect(bucketIndex(bounds, '2026-01-01T00:00:00.000Z')).toBe(0);
    expect(bucketIndex(bounds, '2026-01-01T23:59:59.999Z')).toBe(0);
    expect(bucketIndex(bounds, '2026-01-02T00:00:00.000Z')).toBe(1);
    expect(bucketIndex(bounds, '2026-01-03T00:00:00.000Z')).toBe(-1);
    expect(bucketIndex(bounds, '2025-12-31T23:59:59.999Z')).toBe(-1);
  });

  it('skip an empty bucket (two equal bounds) when searching', () => {
    const bounds = [
      '2026-01-01T00:00:00.000Z',
      '2026-01-02T00:00:00.000Z',
      '2026-01-02T00:00:00.000Z',
      '2026-01-03T00:00:00.000Z',
    ];
    expect(bucketIndex(bounds, '2026-01-02T05:00:00.000Z')).toBe(2);
  });
});

describe('comparison periods', () => {
  it('go back as many shop days as the period has, whatever the hours', () => {
    const period = days('2026-03-29', '2026-04-04');
    const shift = comparisonShift(period, 'previous', BERLIN);
    const previous = { start: shift(period.start), end: shift(period.end) };
    expect(previous.start.key).toBe('2026-03-22');
    expect(previous.end.key).toBe('2026-03-29');
    expect(inclusiveRange(previous.start, previous.end)).toEqual({
      from: '2026-03-21T23:00:00.000Z',
      to: '2026-03-28T22:59:59.999Z',
    });
  });

  it('go back the same length for a period between exact instants', () => {
    const period = {
      start: instantBound(Date.parse('2026-06-01T10:00:00Z')),
      end: instantBound(Date.parse('2026-06-03T10:00:00Z')),
    };
    const shift = comparisonShift(period, 'previous', BERLIN);
    expect(toIso(shift(period.start).ms)).toBe('2026-05-30T10:00:00.000Z');
    expect(shift(period.end).ms).toBe(period.start.ms);
  });

  it('take the same dates a year earlier for last_year', () => {
    const period = days('2024-02-28', '2024-03-01');
    const shift = comparisonShift(period, 'last_year', BERLIN);
    const bounds = bucketBounds(period, 'day', BERLIN).map(shift);
    expect(bounds.map((b) => b.key)).toEqual(['2023-02-28', '2023-02-28', '2023-03-01', '2023-03-02']);
  });

  it('counts the shop days a period touches', () => {
    expect(periodDays(days('2026-03-01', '2026-03-31'), BERLIN)).toBe(31);
    expect(
      periodDays(
        {
          start: instantBound(Date.parse('2026-06-01T21:30:00Z')),
          end: instantBound(Date.parse('2026-06-01T22:30:00Z')),
        },
        BERLIN,
      ),
    ).toBe(2);
  });
});

describe('isoMs', () => {
  it('reads stored instants exactly like Date.parse', () => {
    const start = Date.parse('1999-12-31T23:59:59.999Z');
    for (let i = 0; i < 2000; i++) {
      const ms = start + Math.floor(((i * 7919) % 2000) * 86_400_000 * 3.7 + i * 1234.567);
      const text = new Date(ms).toISOString();
      expect(isoMs(text)).toBe(ms);
    }
    expect(isoMs('2024-02-29T12:00:00.000Z')).toBe(Date.parse('2024-02-29T12:00:00.000Z'));
  });

  it('falls back to Date.parse for other spellings', () => {
    expect(isoMs('2026-06-01T00:00:00+02:00')).toBe(Date.parse('2026-05-31T22:00:00Z'));
    expect(isoMs('2026-06-01T00:00:00Z')).toBe(Date.parse('2026-06-01T00:00:00Z'));
  });
});
