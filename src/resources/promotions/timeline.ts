/**
 * The geometry of the promotions timeline: shop weeks (Monday to Monday in the
 * shop's zone, so a week with a clock change is still one column) and where a
 * promotion's window falls on them, in week units.
 */
import { addDaysToKey, isoWeekStartKey, shopDateKey, shopMidnightToUtc } from '../../domain/time';
import type { Promotion } from '../../domain/types';

export interface Week {
  /** The Monday as 'YYYY-MM-DD' on the shop's calendar. */
  key: string;
  startMs: number;
  endMs: number;
}

/** `count` weeks, the first being the one `weeksAfter` weeks from the week containing `anchor`. */
export function shopWeeks(anchor: Date, weeksAfter: number, count: number, timeZone: string): Week[] {
  const firstKey = addDaysToKey(isoWeekStartKey(shopDateKey(anchor, timeZone)), weeksAfter * 7);
  return Array.from({ length: count }, (_, index) => {
    const key = addDaysToKey(firstKey, index * 7);
    return {
      key,
      startMs: shopMidnightToUtc(key, timeZone).getTime(),
      endMs: shopMidnightToUtc(addDaysToKey(key, 7), timeZone).getTime(),
    };
  });
}

/** Where an instant falls, in weeks from the first week's start, clamped to the range. */
export function weekOffset(weeks: readonly Week[], ms: number): number {
  const first = weeks[0];
  const last = weeks[weeks.length - 1];
  if (!first || !last || ms <= first.startMs) return 0;
  if (ms >= last.endMs) return weeks.length;
  const index = weeks.findIndex((week) => ms < week.endMs);
  const week = weeks[index]!;
  return index + (ms - week.startMs) / (week.endMs - week.startMs);
}

type Window = Pick<Promotion, 'startsAt' | 'endsAt'>;

const endMsOf = (p: Window) => (p.endsAt === null ? Number.POSITIVE_INFINITY : Date.parse(p.endsAt));

export function isInRange(p: Window, weeks: readonly Week[]): boolean {
  const first = weeks[0];
  const last = weeks[weeks.length - 1];
  if (!first || !last) return false;
  return Date.parse(p.startsAt) < last.endMs && endMsOf(p) > first.startMs;
}

export interface Bar {
  /** In weeks from the first week's start. */
  start: number;
  end: number;
  /** The window goes on beyond the shown weeks on that side. */
  continuesBefore: boolean;
  continuesAfter: boolean;
}

export function barOf(p: Window, weeks: readonly Week[]): Bar | null {
  if (!isInRange(p, weeks)) return null;
  const startMs = Date.parse(p.startsAt);
  const endMs = endMsOf(p);
  return {
    start: weekOffset(weeks, startMs),
    end: weekOffset(weeks, endMs),
    continuesBefore: startMs < weeks[0]!.startMs,
    continuesAfter: endMs > weeks[weeks.length - 1]!.endMs,
  };
}

/** How many of the promotions run at some point of each week: two or more may meet there. */
export function runningPerWeek(promotions: readonly Window[], weeks: readonly Week[]): number[] {
  return weeks.map(
    (week) =>
      promotions.filter((p) => Date.parse(p.startsAt) < week.endMs && endMsOf(p) > week.startMs).length,
  );
}
