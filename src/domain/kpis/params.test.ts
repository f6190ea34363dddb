import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { inclusiveRange } from './calendar';
import { defaultGranularity, parseKpiQuery, type KpiQueryContext } from './params';

const context: KpiQueryContext = {
  timeZone: 'Europe/Berlin',
  // 01:30 in Berlin on 16 June: still 15 June in UTC, already the 16th in the shop.
  now: new Date('2026-06-15T23:30:00Z'),
  warehouseExists: (id) => id === 1 || id === 2,
};
const parse = (raw: Record<string, unknown>) => parseKpiQuery(raw, context);
const rangeOf = (raw: Record<string, unknown>) => {
  const { period } = parse(raw);
  return inclusiveRange(period.start, period.end);
};

function refusal(raw: Record<string, unknown>): DomainError {
  try {
    parse(raw);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error(`accepted ${JSON.stringify(raw)}`);
}

describe('the period', () => {
  it('reads dates as whole shop days, `to` included', () => {
    expect(rangeOf({ from: '2026-06-01', to: '2026-06-14' })).toEqual({
      from: '2026-05-31T22:00:00.000Z',
      to: '2026-06-14T21:59:59.999Z',
    });
    expect(rangeOf({ from: '2026-01-10', to: '2026-01-10' })).toEqual({
      from: '2026-01-09T23:00:00.000Z',
      to: '2026-01-10T22:59:59.999Z',
    });
  });

  it('reads instants with a zone exactly, `to` included', () => {
    expect(rangeOf({ from: '2026-06-01T08:00:00+02:00', to: '2026-06-02T12:00:00Z' })).toEqual({
      from: '2026-06-01T06:00:00.000Z',
      to: '2026-06-02T12:00:00.000Z',
    });
  });

  it('mixes a date and an instant', () => {
    expect(rangeOf({ from: '2026-06-01', to: '2026-06-01T12:00:00.000Z' })).toEqual({
      from: '2026-05-31T22:00:00.000Z',
      to: '2026-06-01T12:00:00.000Z',
    });
  });

  it('covers the last 30 shop days, today included, by default', () => {
    expect(rangeOf({})).toEqual({ from: '2026-05-17T22:00:00.000Z', to: '2026-06-16T21:59:59.999Z' });
    expect(rangeOf({ to: '2026-03-31' }).from).toBe('2026-03-01T23:00:00.000Z');
  });

  it('allows three years exactly, and not a day more', () => {
    expect(() => parse({ from: '2023-06-16', to: '2026-06-15' })).not.toThrow();
    const tooLong = refusal({ from: '2023-06-15', to: '2026-06-15' });
    expect(tooLong.status).toBe(400);
    expect(tooLong.problem.key).toBe('errors.kpis.rangeTooLong');
    expect(Object.keys(tooLong.fields)).toEqual(['from', 'to']);
  });

  it('refuses a start after the end', () => {
    expect(refusal({ from: '2026-06-10', to: '2026-06-09' }).problem).toMatchObject({
      key: 'errors.kpis.fromAfterTo',
      params: { from: '2026-06-10', to: '2026-06-09' },
    });
    expect(refusal({ from: '2026-07-01' }).problem).toMatchObject({
      key: 'errors.kpis.fromAfterTo',
      params: { to: '2026-06-16' },
    });
  });

  it.each([
    ['from', '2026-02-30'],
    ['from', 'yesterday'],
    ['to', '2026-06-01T10:00'],
    ['to', '2026-06-01T25:00:00Z'],
    ['from', '06/01/2026'],
    ['to', '0099-01-01'],
  ])('refuses %s=%s naming the parameter', (param, value) => {
    const error = refusal({ [param]: value });
    expect(error.status).toBe(400);
    expect(error.problem).toMatchObject({ key: 'errors.kpis.notADate', params: { param, value } });
    expect(Object.keys(error.fields)).toEqual([param]);
  });
});

describe('the other parameters', () => {
  it('defaults to days, weeks or months by the length of the period', () => {
    expect(defaultGranularity(90)).toBe('day');
    expect(defaultGranularity(180)).toBe('week');
    expect(defaultGranularity(1096)).toBe('month');
    expect(parse({ from: '2026-01-01', to: '2026-06-14' }).granularity).toBe('week');
    expect(parse({ from: '2026-01-01', to: '2026-06-14', granularity: 'day' }).granularity).toBe('day');
  });

  it('compares with the previous period unless told last_year', () => {
    expect(parse({}).compare).toBe('previous');
    expect(parse({ compare: 'last_year' }).compare).toBe('last_year');
  });

  it('takes a known warehouse and sections in dashboard order', () => {
    expect(parse({ warehouseId: '2' }).warehouseId).toBe(2);
    expect(parse({}).warehouseId).toBeNull();
    expect(parse({ sections: 'promotions,sales' }).sections).toEqual(['sales', 'promotions']);
    expect(parse({}).sections).toBeNull();
  });

  it.each([
    ['granularity', 'hour', 'errors.kpis.notOneOf'],
    ['compare', 'yesterday', 'errors.kpis.notOneOf'],
    ['sections', 'sales,margins', 'errors.kpis.notOneOf'],
    ['sections', '', 'errors.kpis.notOneOf'],
    ['warehouseId', '3', 'errors.kpis.unknownWarehouse'],
    ['warehouseId', '1.5', 'errors.kpis.unknownWarehouse'],
    ['warehouseId', 'abc', 'errors.kpis.unknownWarehouse'],
    ['limit', '10', 'errors.kpis.unknownParam'],
  ])('refuses %s=%s', (param, value, key) => {
    const error = refusal({ [param]: value });
    expect(error.status).toBe(400);
    expect(error.problem.key).toBe(key);
    expect(Object.keys(error.fields)).toEqual([param]);
  });

  it('refuses a parameter given twice', () => {
    expect(refusal({ from: ['2026-06-01', '2026-06-02'] }).problem).toMatchObject({
      key: 'errors.kpis.singleValue',
      params: { param: 'from' },
    });
  });
});
