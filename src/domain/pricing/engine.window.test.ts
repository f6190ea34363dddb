/**
 * Windows are half-open instants [startsAt, endsAt), set as shop midnights in
 * Berlin. The expected UTC instants are worked out by hand: CET is UTC+1, CEST
 * UTC+2, and the switches happen at 01:00 UTC on 29 March and 25 October 2026.
 */
import { describe, expect, it } from 'vitest';
import { shopMidnightToUtc } from '../time';
import { priceCart } from './engine';
import { CATEGORIES, SHIRT, line, promo } from './fixtures';

const BERLIN = 'Europe/Berlin';
const applies = (p: ReturnType<typeof promo>, at: string) =>
  priceCart({ lines: [line(SHIRT)], shipping: 0, promotions: [p], categories: CATEGORIES, at }).applied
    .length === 1;

describe('a promotion for Sunday 29 March 2026 in Berlin (a 23-hour day)', () => {
  const sunday = promo({ id: 1, startsAt: '2026-03-28T23:00:00.000Z', endsAt: '2026-03-29T22:00:00.000Z' });

  it('matches the shop-zone midnights the time helpers compute', () => {
    expect(shopMidnightToUtc('2026-03-29', BERLIN).toISOString()).toBe(sunday.startsAt);
    expect(shopMidnightToUtc('2026-03-30', BERLIN).toISOString()).toBe(sunday.endsAt);
  });

  it('starts at Berlin midnight, not a millisecond before', () => {
    expect(applies(sunday, '2026-03-28T22:59:59.999Z')).toBe(false);
    expect(applies(sunday, '2026-03-28T23:00:00.000Z')).toBe(true);
  });

  it('runs through the skipped hour and ends at the next Berlin midnight, exclusive', () => {
    expect(applies(sunday, '2026-03-29T01:30:00.000Z')).toBe(true);
    expect(applies(sunday, '2026-03-29T21:59:59.999Z')).toBe(true);
    expect(applies(sunday, '2026-03-29T22:00:00.000Z')).toBe(false);
  });

  it('says when it starts and when it ended, in Berlin time', () => {
    const before = priceCart({
      lines: [line(SHIRT)],
      shipping: 0,
      promotions: [sunday],
      categories: CATEGORIES,
      at: '2026-03-28T12:00:00Z',
      locale: 'de',
    });
    expect(before.notApplied[0]).toMatchObject({
      reason: 'window',
      explanation: { key: 'promotions.why.notStarted' },
    });
    expect(before.notApplied[0]!.explanation.text).toContain('29.03.2026, 00:00');
    const after = priceCart({
      lines: [line(SHIRT)],
      shipping: 0,
      promotions: [sunday],
      categories: CATEGORIES,
      at: '2026-03-30T12:00:00Z',
      locale: 'de',
    });
    expect(after.notApplied[0]).toMatchObject({
      reason: 'window',
      explanation: { key: 'promotions.why.ended' },
    });
    expect(after.notApplied[0]!.explanation.text).toContain('30.03.2026, 00:00');
  });
});

describe('a promotion for Sunday 25 October 2026 in Berlin (a 25-hour day)', () => {
  const sunday = promo({ id: 1, startsAt: '2026-10-24T22:00:00.000Z', endsAt: '2026-10-25T23:00:00.000Z' });

  it('matches the shop-zone midnights the time helpers compute', () => {
    expect(shopMidnightToUtc('2026-10-25', BERLIN).toISOString()).toBe(sunday.startsAt);
    expect(shopMidnightToUtc('2026-10-26', BERLIN).toISOString()).toBe(sunday.endsAt);
  });

  it('still applies at 23:30 Berlin time, 24.5 hours after it started', () => {
    expect(applies(sunday, '2026-10-25T22:30:00.000Z')).toBe(true);
    expect(applies(sunday, '2026-10-25T23:00:00.000Z')).toBe(false);
  });

  it('applies in both passes of the repeated hour', () => {
    expect(applies(sunday, '2026-10-25T00:30:00.000Z')).toBe(true);
    expect(applies(sunday, '2026-10-25T01:30:00.000Z')).toBe(true);
  });
});

describe('open-ended promotions', () => {
  it('apply from their start on, for ever', () => {
    const open = promo({ id: 1, startsAt: '2026-01-01T00:00:00.000Z', endsAt: null });
    expect(applies(open, '2025-12-31T23:59:59.999Z')).toBe(false);
    expect(applies(open, '2099-01-01T00:00:00.000Z')).toBe(true);
  });
});
