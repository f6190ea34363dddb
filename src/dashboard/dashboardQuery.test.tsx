import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, kpiSearch, periodOf, readState, requestFor, writeState } from './dashboardQuery';

describe('the dashboard state in the URL', () => {
  it('reads what it wrote', () => {
    const state = {
      range: 'custom',
      from: '2026-02-01',
      to: '2026-02-28',
      compare: 'last_year',
      warehouseId: 3,
    } as const;
    expect(writeState(state)).toBe(
      '?range=custom&from=2026-02-01&to=2026-02-28&compare=last_year&warehouse=3',
    );
    expect(readState(writeState(state))).toEqual(state);
  });

  it('leaves the defaults out', () => {
    expect(writeState(DEFAULT_STATE)).toBe('');
    expect(readState('')).toEqual(DEFAULT_STATE);
  });

  it('falls back to the default for anything it cannot read', () => {
    expect(readState('?range=fortnight&compare=tomorrow&warehouse=abc')).toEqual(DEFAULT_STATE);
    expect(readState('?range=custom&from=2026-02-30&to=2026-03-01')).toEqual(DEFAULT_STATE);
    expect(readState('?range=custom&from=2026-03-10&to=2026-03-01')).toEqual(DEFAULT_STATE);
    expect(readState('?warehouse=-2').warehouseId).toBeNull();
  });
});

describe('periods of the presets', () => {
  const on = (range: (typeof DEFAULT_STATE)['range']) => periodOf({ ...DEFAULT_STATE, range }, '2026-03-05');

  it('end today and count today in', () => {
    expect(on('today')).toEqual({ from: '2026-03-05', to: '2026-03-05' });
    expect(on('7d')).toEqual({ from: '2026-02-27', to: '2026-03-05' });
    expect(on('30d')).toEqual({ from: '2026-02-04', to: '2026-03-05' });
    expect(on('90d')).toEqual({ from: '2025-12-06', to: '2026-03-05' });
    expect(on('ytd')).toEqual({ from: '2026-01-01', to: '2026-03-05' });
  });

  it('take a custom range as given', () => {
    expect(
      periodOf({ ...DEFAULT_STATE, range: 'custom', from: '2025-11-01', to: '2025-11-30' }, '2026-03-05'),
    ).toEqual({ from: '2025-11-01', to: '2025-11-30' });
  });
});

describe('the KPI request', () => {
  it('names the period, the comparison, the warehouse and the sections', () => {
    const request = requestFor({ ...DEFAULT_STATE, range: '7d', warehouseId: 2 }, '2026-03-05', [
      'stock',
      'fulfilment',
    ]);
    expect(Object.fromEntries(new URLSearchParams(kpiSearch(request)))).toEqual({
      from: '2026-02-27',
      to: '2026-03-05',
      compare: 'previous',
      warehouseId: '2',
      sections: 'stock,fulfilment',
    });
  });
});
