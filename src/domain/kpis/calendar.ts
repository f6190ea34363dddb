/**
 * Period maths for reports on the shop's calendar. A period is half-open,
 * [start, end), between bounds; a bound that is a shop midnight keeps its date
 * key, so buckets and comparison periods move by calendar days (a day with a
 * daylight-saving switch has 23 or 25 hours) without asking Intl again. Shop
 * midnights are cached: a three-year report needs over a thousand of them per
 * request, and each costs several Intl calls.
 */
import {
  addDaysToKey,
  isoWeekStartKey,
  shopDateKey,
  shopMidnightToUtc,
  wallClock,
  wallClockToUtc,
} from '../time';
import type { Comparison, Granularity } from './types';

export interface Bound {
  ms: number;
  /** The shop day this bound is the midnight of; null for any other instant. */
  key: string | null;
}

export interface Period {
  start: Bound;
  /** Exclusive. */
  end: Bound;
}

const DAY_MS = 86_400_000;
const MAX_CACHED_MIDNIGHTS = 100_000;
const midnights = new Map<string, number>();

export function shopMidnightMs(dateKey: string, timeZone: string): number {
  const id = `${timeZone}|${dateKey}`;
  let ms = midnights.get(id);
  if (ms === undefined) {
    ms = shopMidnightToUtc(dateKey, timeZone).getTime();
    if (midnights.size >= MAX_CACHED_MIDNIGHTS) midnights.clear();
    midnights.set(id, ms);
  }
  return ms;
}

export const dayBound = (dateKey: string, timeZone: string): Bound => ({
  ms: shopMidnightMs(dateKey, timeZone),
  key: dateKey,
});
export const instantBound = (ms: number): Bound => ({ ms, key: null });

const keyToUtcMs = (key: string) =>
  Date.UTC(Number(key.slice(0, 4)), Number(key.slice(5, 7)) - 1, Number(key.slice(8, 10)));
const utcMsToKey = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Calendar days from one date key to another (negative when `to` is earlier). */
export function daysBetweenKeys(from: string, to: string): number {
  return Math.round((keyToUtcMs(to) - keyToUtcMs(from)) / DAY_MS);
}

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Same day `months` later; a day the target month lacks becomes its last (31 Jan + 1 month = 28/29 Feb). */
export function addMonthsToKey(dateKey: string, months: number): string {
  const year = Number(dateKey.slice(0, 4));
  const month = Number(dateKey.slice(5, 7)) - 1 + months;
  const targetYear = year + Math.floor(month / 12);
  const targetMonth = ((month % 12) + 12) % 12;
  const day = Math.min(Number(dateKey.slice(8, 10)), daysInMonth(targetYear, targetMonth + 1));
  return utcMsToKey(Date.UTC(targetYear, targetMonth, day));
}

export const addYearsToKey = (dateKey: string, years: number) => addMonthsToKey(dateKey, years * 12);

/** The same wall-clock time `years` later in the zone (29 Feb becomes 28 Feb). */
export function addShopYears(ms: number, years: number, timeZone: string): number {
  const wall = wallClock(ms, timeZone);
  const year = wall.year + years;
  return wallClockToUtc(
    { ...wall, year, day: Math.min(wall.day, daysInMonth(year, wall.month)) },
    timeZone,
  ).getTime();
}

/** The bound `years` later: a midnight stays a midnight. */
export function addYearsToBound(bound: Bound, years: number, timeZone: string): Bound {
  return bound.key !== null
    ? dayBound(addYearsToKey(bound.key, years), timeZone)
    : instantBound(addShopYears(bound.ms, years, timeZone));
}

/** The day a bucket containing `dateKey` starts on: the day, its ISO week's Monday, or the 1st of its month. */
export function bucketStartKey(dateKey: string, granularity: Granularity): string {
  if (granularity === 'day') return dateKey;
  if (granularity === 'week') return isoWeekStartKey(dateKey);
  return `${dateKey.slice(0, 7)}-01`;
}

export function nextBucketKey(startKey: string, granularity: Granularity): string {
  if (granularity === 'day') return addDaysToKey(startKey, 1);
  if (granularity === 'week') return addDaysToKey(startKey, 7);
  return addMonthsToKey(startKey, 1);
}

/** The shop day a bound falls on (for an end bound, use `lastDayOf`). */
export const dayOf = (bound: Bound, timeZone: string): string => bound.key ?? shopDateKey(bound.ms, timeZone);

/** The shop day holding the last instant before an end bound. */
export const lastDayBefore = (end: Bound, timeZone: string): string =>
  end.key !== null ? addDaysToKey(end.key, -1) : shopDateKey(end.ms - 1, timeZone);

/** Shop calendar days a period touches. */
export const periodDays = (period: Period, timeZone: string): number =>
  daysBetweenKeys(dayOf(period.start, timeZone), lastDayBefore(period.end, timeZone)) + 1;

/**
 * The bounds of the buckets covering a period: its start, every bucket start
 * strictly inside it, its end. The first and last bucket may be partial.
 */
export function bucketBounds(period: Period, granularity: Granularity, timeZone: string): Bound[] {
  const bounds = [period.start];
  let key = nextBucketKey(bucketStartKey(dayOf(period.start, timeZone), granularity), granularity);
  for (let bound = dayBound(key, timeZone); bound.ms < period.end.ms; bound = dayBound(key, timeZone)) {
    bounds.push(bound);
    key = nextBucketKey(key, granularity);
  }
  bounds.push(period.end);
  return bounds;
}

/**
 * Maps a bound of the period onto the comparison period. `previous` is the
 * same number of shop days just before (the same length in milliseconds when
 * either end is an exact instant); `last_year` is the same calendar dates a
 * year earlier. Applied to every bucket bound, it gives the comparison buckets,
 * so both series line up bucket by bucket.
 */
export function comparisonShift(period: Period, mode: Comparison, timeZone: string): (bound: Bound) => Bound {
  if (mode === 'last_year') return (bound) => addYearsToBound(bound, -1, timeZone);
  const { start, end } = period;
  if (start.key !== null && end.key !== null) {
    const days = daysBetweenKeys(start.key, end.key);
    return (bound) =>
      bound.key !== null
        ? dayBound(addDaysToKey(bound.key, -days), timeZone)
        : instantBound(bound.ms - (end.ms - start.ms));
  }
  return (bound) => instantBound(bound.ms - (end.ms - start.ms));
}

export const toIso = (ms: number) => new Date(ms).toISOString();

const digits = (text: string, from: number, to: number): number => {
  let value = 0;
  for (let i = from; i < to; i++) value = value * 10 + text.charCodeAt(i) - 48;
  return value;
};

/** Days from 1970-01-01 to a proleptic Gregorian date (month 1–12), by arithmetic alone. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * Milliseconds of a stored instant. Stored instants all read
 * 'YYYY-MM-DDTHH:mm:ss.sssZ' (toISOString), which is read digit by digit
 * several times faster than Date.parse; any other text goes to Date.parse.
 */
export function isoMs(text: string): number {
  if (text.length !== 24 || text.charCodeAt(23) !== 90 /* Z */ || text.charCodeAt(10) !== 84 /* T */)
    return Date.parse(text);
  const days = daysFromCivil(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
  return (
    ((days * 24 + digits(text, 11, 13)) * 60 + digits(text, 14, 16)) * 60_000 +
    digits(text, 17, 19) * 1000 +
    digits(text, 20, 23)
  );
}

/** A period as inclusive ISO instants, the way list filters (`_gte`, `_lte`) take it. */
export function inclusiveRange(start: Bound, end: Bound): { from: string; to: string } {
  return { from: toIso(start.ms), to: toIso(end.ms - 1) };
}

/**
 * Index of the bucket an ISO instant falls in, by binary search over the
 * buckets' bounds as ISO strings (which sort like the instants they name);
 * -1 when outside [first, last).
 */
export function bucketIndex(boundsIso: readonly string[], instantIso: string): number {
  if (instantIso < boundsIso[0]! || instantIso >= boundsIso[boundsIso.length - 1]!) return -1;
  let low = 0;
  let high = boundsIso.length - 1;
  while (high - low > 1) {
    const mid = (low + high) >> 1;
    if (boundsIso[mid]! <= instantIso) low = mid;
    else high = mid;
  }
  return low;
}
