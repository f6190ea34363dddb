import { describe, expect, it } from 'vitest';
import {
  addDaysToKey,
  addShopDays,
  hoursInShopDay,
  isValidTimeZone,
  isoWeekStartKey,
  parseWallClock,
  shopDateKey,
  shopLocalToUtc,
  shopMidnightToUtc,
  startOfShopDay,
  startOfShopMonth,
  startOfShopWeek,
  toShopIso,
  toShopLocalInput,
  zoneOffsetMinutes,
} from './time';

const BERLIN = 'Europe/Berlin';
const NEW_YORK = 'America/New_York';
const iso = (d: Date) => d.toISOString();

describe('zone offsets', () => {
  it('is one hour in Berlin winter, two in summer, switching at 01:00 UTC on the last Sundays', () => {
    expect(zoneOffsetMinutes('2026-01-15T12:00:00Z', BERLIN)).toBe(60);
    expect(zoneOffsetMinutes('2026-07-15T12:00:00Z', BERLIN)).toBe(120);
    expect(zoneOffsetMinutes('2026-03-29T00:59:59Z', BERLIN)).toBe(60);
    expect(zoneOffsetMinutes('2026-03-29T01:00:00Z', BERLIN)).toBe(120);
    expect(zoneOffsetMinutes('2026-10-25T00:59:59Z', BERLIN)).toBe(120);
    expect(zoneOffsetMinutes('2026-10-25T01:00:00Z', BERLIN)).toBe(60);
  });

  it('is negative west of Greenwich and zero in UTC', () => {
    expect(zoneOffsetMinutes('2026-01-15T12:00:00Z', NEW_YORK)).toBe(-300);
    expect(zoneOffsetMinutes('2026-07-15T12:00:00Z', NEW_YORK)).toBe(-240);
    expect(zoneOffsetMinutes('2026-07-15T12:00:00Z', 'UTC')).toBe(0);
  });

  it('tells real zones from made-up ones', () => {
    expect(isValidTimeZone(BERLIN)).toBe(true);
    expect(isValidTimeZone('Europe/Atlantis')).toBe(false);
  });
});

describe('shop days', () => {
  it('dates an instant by the shop wall clock, not by UTC', () => {
    // 23:30 UTC on 31 Jan is already 00:30 on 1 Feb in Berlin.
    expect(shopDateKey('2026-01-31T23:30:00Z', BERLIN)).toBe('2026-02-01');
    expect(shopDateKey('2026-01-31T22:59:59Z', BERLIN)).toBe('2026-01-31');
    expect(shopDateKey('2026-01-31T23:30:00Z', 'UTC')).toBe('2026-01-31');
  });

  it('finds shop midnight in UTC on both sides of the spring switch', () => {
    expect(iso(shopMidnightToUtc('2026-03-29', BERLIN))).toBe('2026-03-28T23:00:00.000Z');
    expect(iso(shopMidnightToUtc('2026-03-30', BERLIN))).toBe('2026-03-29T22:00:00.000Z');
  });

  it('finds shop midnight in UTC on both sides of the autumn switch', () => {
    expect(iso(shopMidnightToUtc('2026-10-25', BERLIN))).toBe('2026-10-24T22:00:00.000Z');
    expect(iso(shopMidnightToUtc('2026-10-26', BERLIN))).toBe('2026-10-25T23:00:00.000Z');
  });

  it('knows the switch days are 23 and 25 hours long', () => {
    expect(hoursInShopDay('2026-03-29', BERLIN)).toBe(23);
    expect(hoursInShopDay('2026-10-25', BERLIN)).toBe(25);
    expect(hoursInShopDay('2026-06-01', BERLIN)).toBe(24);
    expect(hoursInShopDay('2026-03-08', NEW_YORK)).toBe(23);
  });

  it('starts the shop day at local midnight, including late evening UTC instants', () => {
    expect(iso(startOfShopDay('2026-03-29T21:59:00Z', BERLIN))).toBe('2026-03-28T23:00:00.000Z');
    expect(iso(startOfShopDay('2026-03-29T22:00:00Z', BERLIN))).toBe('2026-03-29T22:00:00.000Z');
    expect(iso(startOfShopDay('2026-10-25T22:30:00Z', BERLIN))).toBe('2026-10-24T22:00:00.000Z');
    expect(iso(startOfShopDay('2026-10-25T23:00:00Z', BERLIN))).toBe('2026-10-25T23:00:00.000Z');
  });

  it('refuses date keys that are no calendar day', () => {
    expect(() => shopMidnightToUtc('2026-02-30', BERLIN)).toThrow(RangeError);
    expect(() => shopMidnightToUtc('29.03.2026', BERLIN)).toThrow(RangeError);
    expect(parseWallClock('2026-03-29T24:00')).toBeNull();
  });
});

describe('calendar arithmetic', () => {
  it('adds days to keys across month and year ends and leap days', () => {
    expect(addDaysToKey('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDaysToKey('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDaysToKey('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('keeps the wall-clock time when adding shop days over a switch', () => {
    // Noon CET on Saturday → noon CEST on Sunday: only 23 hours later.
    expect(iso(addShopDays('2026-03-28T11:00:00Z', 1, BERLIN))).toBe('2026-03-29T10:00:00.000Z');
    // Noon CEST on Saturday → noon CET on Sunday: 25 hours later.
    expect(iso(addShopDays('2026-10-24T10:00:00Z', 1, BERLIN))).toBe('2026-10-25T11:00:00.000Z');
    expect(iso(addShopDays('2026-03-30T10:00:00Z', -2, BERLIN))).toBe('2026-03-28T11:00:00.000Z');
  });

  it('starts ISO weeks on Monday in the shop zone', () => {
    expect(isoWeekStartKey('2026-03-29')).toBe('2026-03-23');
    expect(isoWeekStartKey('2026-03-23')).toBe('2026-03-23');
    // Sunday 29 March, 23:30 Berlin, is still in the week of Monday 23 March (CET midnight).
    expect(iso(startOfShopWeek('2026-03-29T21:30:00Z', BERLIN))).toBe('2026-03-22T23:00:00.000Z');
    // Ten minutes later it is Monday 30 March in Berlin: the new week began at CEST midnight.
    expect(iso(startOfShopWeek('2026-03-29T22:10:00Z', BERLIN))).toBe('2026-03-29T22:00:00.000Z');
  });

  it('starts months at shop midnight of the first', () => {
    expect(iso(startOfShopMonth('2026-04-15T12:00:00Z', BERLIN))).toBe('2026-03-31T22:00:00.000Z');
    expect(iso(startOfShopMonth('2026-10-31T23:30:00Z', BERLIN))).toBe('2026-10-31T23:00:00.000Z');
    expect(iso(startOfShopMonth('2026-11-01T00:30:00Z', 'UTC'))).toBe('2026-11-01T00:00:00.000Z');
  });
});

describe('local times as people type and read them', () => {
  it('reads a datetime-local value in the shop zone', () => {
    expect(iso(shopLocalToUtc('2026-07-01T09:30', BERLIN))).toBe('2026-07-01T07:30:00.000Z');
    expect(iso(shopLocalToUtc('2026-01-01T09:30', NEW_YORK))).toBe('2026-01-01T14:30:00.000Z');
  });

  it('moves a time in the skipped spring hour forward, and takes the first of a repeated autumn hour', () => {
    // 02:30 does not exist in Berlin on 29 March 2026; clocks read 03:30 CEST one hour after 01:30 CET.
    expect(iso(shopLocalToUtc('2026-03-29T02:30', BERLIN))).toBe('2026-03-29T01:30:00.000Z');
    // 02:30 happens twice on 25 October 2026: first in CEST (00:30 UTC), then in CET (01:30 UTC).
    expect(iso(shopLocalToUtc('2026-10-25T02:30', BERLIN))).toBe('2026-10-25T00:30:00.000Z');
  });

  it('writes instants with the offset in force at that moment', () => {
    expect(toShopIso('2026-03-29T00:30:00Z', BERLIN)).toBe('2026-03-29T01:30:00+01:00');
    expect(toShopIso('2026-03-29T01:00:00Z', BERLIN)).toBe('2026-03-29T03:00:00+02:00');
    expect(toShopIso('2026-01-01T05:00:00Z', NEW_YORK)).toBe('2026-01-01T00:00:00-05:00');
    expect(toShopLocalInput('2026-10-25T01:30:00Z', BERLIN)).toBe('2026-10-25T02:30');
  });
});
