import { describe, expect, it } from 'vitest';
import { barOf, runningPerWeek, shopWeeks, weekOffset } from './timeline';

const BERLIN = 'Europe/Berlin';
const HOUR = 3_600_000;
// A Wednesday; Berlin leaves summer time on Sunday 25 October 2026.
const anchor = new Date('2026-10-28T12:00:00Z');
const weeks = shopWeeks(anchor, -1, 3, BERLIN);

describe('shopWeeks', () => {
  it('runs Monday to Monday on the shop’s calendar, starting the asked number of weeks away', () => {
    expect(weeks.map((week) => week.key)).toEqual(['2026-10-19', '2026-10-26', '2026-11-02']);
    // Midnight in Berlin: 22:00 UTC in summer time, 23:00 UTC in winter time.
    expect(new Date(weeks[0]!.startMs).toISOString()).toBe('2026-10-18T22:00:00.000Z');
    expect(new Date(weeks[1]!.startMs).toISOString()).toBe('2026-10-25T23:00:00.000Z');
  });

  it('gives the week with the clock change its extra hour, and the weeks no gaps', () => {
    expect((weeks[0]!.endMs - weeks[0]!.startMs) / HOUR).toBe(169);
    expect((weeks[1]!.endMs - weeks[1]!.startMs) / HOUR).toBe(168);
    expect(weeks[0]!.endMs).toBe(weeks[1]!.startMs);
  });
});

describe('weekOffset', () => {
  it('places instants in week units, each week one unit whatever its hours, clamped to the range', () => {
    expect(weekOffset(weeks, weeks[1]!.startMs)).toBe(1);
    expect(weekOffset(weeks, weeks[0]!.startMs + 169 * HOUR * 0.5)).toBe(0.5);
    expect(weekOffset(weeks, weeks[2]!.startMs + 42 * HOUR)).toBe(2.25);
    expect(weekOffset(weeks, weeks[0]!.startMs - HOUR)).toBe(0);
    expect(weekOffset(weeks, weeks[2]!.endMs + HOUR)).toBe(3);
  });
});

describe('barOf', () => {
  const iso = (ms: number) => new Date(ms).toISOString();

  it('spans a promotion’s window, marking the sides it runs on beyond', () => {
    expect(barOf({ startsAt: iso(weeks[1]!.startMs), endsAt: iso(weeks[2]!.startMs) }, weeks)).toEqual({
      start: 1,
      end: 2,
      continuesBefore: false,
      continuesAfter: false,
    });
    expect(barOf({ startsAt: '2025-01-01T00:00:00Z', endsAt: null }, weeks)).toEqual({
      start: 0,
      end: 3,
      continuesBefore: true,
      continuesAfter: true,
    });
  });

  it('has no bar for a promotion outside the weeks; its end is excluded, like the pricing engine’s', () => {
    expect(barOf({ startsAt: '2026-01-01T00:00:00Z', endsAt: iso(weeks[0]!.startMs) }, weeks)).toBeNull();
    expect(barOf({ startsAt: iso(weeks[2]!.endMs), endsAt: null }, weeks)).toBeNull();
  });
});

describe('runningPerWeek', () => {
  it('counts the promotions whose window touches each week', () => {
    const iso = (ms: number) => new Date(ms).toISOString();
    const promotions = [
      { startsAt: '2025-01-01T00:00:00Z', endsAt: null },
      { startsAt: iso(weeks[0]!.startMs + HOUR), endsAt: iso(weeks[1]!.startMs) },
      { startsAt: iso(weeks[1]!.endMs - HOUR), endsAt: iso(weeks[2]!.startMs + HOUR) },
    ];
    expect(runningPerWeek(promotions, weeks)).toEqual([2, 2, 2]);
    expect(runningPerWeek(promotions.slice(1), weeks)).toEqual([1, 1, 1]);
    expect(runningPerWeek(promotions.slice(2), weeks)).toEqual([0, 1, 1]);
  });
});
