/** Times inside the generator are epoch milliseconds; records get ISO strings. */
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

const dayPrefixes = new Map<number, string>();
const twoDigits = (value: number) => (value < 10 ? `0${value}` : String(value));

/**
 * Date.toISOString() truncated to whole seconds (records never show
 * milliseconds). Formatting the time of day by hand and the date once per
 * day matters at large scale, where millions of timestamps are written.
 */
export function iso(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  const day = Math.floor(seconds / 86_400);
  let prefix = dayPrefixes.get(day);
  if (prefix === undefined) {
    prefix = new Date(day * DAY).toISOString().slice(0, 11);
    dayPrefixes.set(day, prefix);
  }
  const rest = seconds - day * 86_400;
  return `${prefix}${twoDigits(Math.floor(rest / 3600))}:${twoDigits(Math.floor(rest / 60) % 60)}:${twoDigits(rest % 60)}.000Z`;
}

export function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export function addUtcMonths(ms: number, months: number): number {
  const date = new Date(ms);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.getTime();
}

/** Black Friday: the day after the fourth Thursday of November (UTC midnight). */
export function blackFriday(year: number): number {
  const firstOfNovember = new Date(Date.UTC(year, 10, 1));
  const firstThursday = 1 + ((4 - firstOfNovember.getUTCDay() + 7) % 7);
  return Date.UTC(year, 10, firstThursday + 21 + 1);
}

/** The generation window: history runs from `start` up to (not including) `anchor`. */
export interface Span {
  start: number;
  anchor: number;
}
