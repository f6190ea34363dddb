/**
 * Calendar arithmetic in the shop's time zone, with nothing but Intl. Stored
 * instants are UTC; people think in shop days ("Monday in Berlin"), and a shop
 * day is not always 24 hours: Berlin's 2026-03-29 has 23, its 2026-10-25 has 25.
 * Date keys ('YYYY-MM-DD') name shop calendar days; instants are returned as Dates.
 */
export const DEFAULT_TIME_ZONE = 'Europe/Berlin';

export type Instant = Date | string | number;

/** The wall clock in a zone: what a clock on the shop's wall shows. Month is 1–12. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

export function toMs(instant: Instant): number {
  const ms =
    instant instanceof Date ? instant.getTime() : typeof instant === 'number' ? instant : Date.parse(instant);
  if (Number.isNaN(ms)) throw new RangeError(`Not an instant: ${String(instant)}`);
  return ms;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** An IANA zone name (`Europe/Berlin`, `UTC`), never an offset. */
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/;

/**
 * The runtime's spelling of an IANA time zone name (`europe/berlin` →
 * `Europe/Berlin`), or null for a name it does not know or an offset (`+01:00`).
 */
export function canonicalTimeZone(timeZone: string): string | null {
  if (!ZONE_NAME.test(timeZone) || !isValidTimeZone(timeZone)) return null;
  return new Intl.DateTimeFormat('en', { timeZone }).resolvedOptions().timeZone;
}

function readWallClock(ms: number, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(ms)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

const wallAsUtcMs = (w: WallClock) => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
const exactOffsetMs = (ms: number, timeZone: string) =>
  wallAsUtcMs(readWallClock(ms, timeZone)) - Math.floor(ms / 1000) * 1000;

/**
 * Intl is slow (reports bucket thousands of orders by shop day), but a zone's
 * offset changes only at rare transitions: an hour whose first and last
 * millisecond share an offset has that offset throughout, so it is cached; the
 * hours holding a transition are computed exactly every time.
 */
const HOUR_MS = 3_600_000;
const offsetsByHour = new Map<string, Map<number, number>>();

function offsetMs(ms: number, timeZone: string): number {
  let cache = offsetsByHour.get(timeZone);
  if (!cache) {
    cache = new Map();
    offsetsByHour.set(timeZone, cache);
  }
  const hour = Math.floor(ms / HOUR_MS);
  let offset = cache.get(hour);
  if (offset === undefined) {
    const first = exactOffsetMs(hour * HOUR_MS, timeZone);
    offset = first === exactOffsetMs(hour * HOUR_MS + HOUR_MS - 1, timeZone) ? first : Number.NaN;
    cache.set(hour, offset);
  }
  return Number.isNaN(offset) ? exactOffsetMs(ms, timeZone) : offset;
}

export function wallClock(instant: Instant, timeZone: string): WallClock {
  const shifted = new Date(toMs(instant) + offsetMs(toMs(instant), timeZone));
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  };
}

/** Minutes the zone's wall clock is ahead of UTC at an instant: 60 for CET, 120 for CEST. */
export function zoneOffsetMinutes(instant: Instant, timeZone: string): number {
  return Math.round(offsetMs(toMs(instant), timeZone) / 60_000);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function shopDateKey(instant: Instant, timeZone: string): string {
  const w = wallClock(instant, timeZone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

const DATE_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** Reads 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:mm[:ss]' (no zone) as a wall clock; null if it is no real date. */
export function parseWallClock(text: string): WallClock | null {
  const m = LOCAL_DATE_TIME.exec(text.trim());
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map((v) => Number(v ?? 0)) as number[];
  const wall = { year: year!, month: month!, day: day!, hour: hour!, minute: minute!, second: second! };
  const check = new Date(wallAsUtcMs(wall));
  const real =
    check.getUTCFullYear() === wall.year &&
    check.getUTCMonth() + 1 === wall.month &&
    check.getUTCDate() === wall.day &&
    wall.hour < 24 &&
    wall.minute < 60 &&
    wall.second < 60;
  return real ? wall : null;
}

function parseDateKey(key: string): WallClock {
  const wall = DATE_KEY.test(key) ? parseWallClock(key) : null;
  if (!wall) throw new RangeError(`Not a date key (YYYY-MM-DD): ${key}`);
  return wall;
}

const sameWall = (a: WallClock, b: WallClock) => wallAsUtcMs(a) === wallAsUtcMs(b);

/**
 * The instant a wall-clock time happens in a zone. A time that happens twice
 * (the hour repeated in autumn) resolves to the first; one that never happens
 * (the hour skipped in spring) moves forward by the gap, as clocks do.
 */
export function wallClockToUtc(wall: WallClock, timeZone: string): Date {
  const asUtc = wallAsUtcMs(wall);
  // Real zones change offset at most once within two days, so the offsets a day either side cover both readings.
  const before = asUtc - offsetMs(asUtc - DAY_MS, timeZone);
  const after = asUtc - offsetMs(asUtc + DAY_MS, timeZone);
  const valid = [before, after].filter((ms) => sameWall(wallClock(ms, timeZone), wall));
  return new Date(valid.length > 0 ? Math.min(...valid) : before);
}

/** 'YYYY-MM-DDTHH:mm' as typed in a datetime-local input, read in the shop's zone. */
export function shopLocalToUtc(text: string, timeZone: string): Date {
  const wall = parseWallClock(text);
  if (!wall) throw new RangeError(`Not a local date and time: ${text}`);
  return wallClockToUtc(wall, timeZone);
}

export function shopMidnightToUtc(dateKey: string, timeZone: string): Date {
  return wallClockToUtc(parseDateKey(dateKey), timeZone);
}

/** Calendar arithmetic on date keys; no zone is involved. */
export function addDaysToKey(dateKey: string, days: number): string {
  const { year, month, day } = parseDateKey(dateKey);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

export function startOfShopDay(instant: Instant, timeZone: string): Date {
  return shopMidnightToUtc(shopDateKey(instant, timeZone), timeZone);
}

/** The same wall-clock time `days` calendar days later (or earlier) in the zone. */
export function addShopDays(instant: Instant, days: number, timeZone: string): Date {
  const wall = wallClock(instant, timeZone);
  const moved = new Date(Date.UTC(wall.year, wall.month - 1, wall.day + days));
  return wallClockToUtc(
    { ...wall, year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() },
    timeZone,
  );
}

/** Hours from one shop midnight to the next: 24, or 23/25 on daylight-saving switches. */
export function hoursInShopDay(dateKey: string, timeZone: string): number {
  const start = shopMidnightToUtc(dateKey, timeZone).getTime();
  const end = shopMidnightToUtc(addDaysToKey(dateKey, 1), timeZone).getTime();
  return (end - start) / 3_600_000;
}

/** Monday of the ISO week containing the date key. */
export function isoWeekStartKey(dateKey: string): string {
  const { year, month, day } = parseDateKey(dateKey);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return addDaysToKey(dateKey, -((weekday + 6) % 7));
}

/** Midnight starting the ISO week (Monday) that contains the instant, in the zone. */
export function startOfShopWeek(instant: Instant, timeZone: string): Date {
  return shopMidnightToUtc(isoWeekStartKey(shopDateKey(instant, timeZone)), timeZone);
}

export function startOfShopMonth(instant: Instant, timeZone: string): Date {
  return shopMidnightToUtc(`${shopDateKey(instant, timeZone).slice(0, 7)}-01`, timeZone);
}

/** The instant written in the zone's local time with its offset: '2026-03-29T03:00:00+02:00'. */
export function toShopIso(instant: Instant, timeZone: string): string {
  const ms = toMs(instant);
  const w = wallClock(ms, timeZone);
  const offset = zoneOffsetMinutes(ms, timeZone);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return (
    `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/** 'YYYY-MM-DDTHH:mm' for a datetime-local input showing the instant in the shop's zone. */
export function toShopLocalInput(instant: Instant, timeZone: string): string {
  return toShopIso(instant, timeZone).slice(0, 16);
}
