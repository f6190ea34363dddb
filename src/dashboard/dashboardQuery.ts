/**
 * What the dashboard shows, as it lives in the URL (`#/?range=90d&compare=last_year&warehouse=2`),
 * so a view can be bookmarked and shared; and the period a preset means on a
 * given shop day. Anything unreadable in the URL falls back to the default.
 */
import { COMPARISONS, type Comparison, type KpiSection } from '../domain/kpis/types';
import { addDaysToKey, parseWallClock } from '../domain/time';

export const RANGE_PRESETS = ['today', '7d', '30d', '90d', 'ytd', 'custom'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

export interface DashboardState {
  range: RangePreset;
  /** Shop dates (YYYY-MM-DD) of a custom range. */
  from: string | null;
  to: string | null;
  compare: Comparison;
  warehouseId: number | null;
}

export const DEFAULT_STATE: DashboardState = {
  range: '30d',
  from: null,
  to: null,
  compare: 'previous',
  warehouseId: null,
};

const PRESET_DAYS: Partial<Record<RangePreset, number>> = { today: 1, '7d': 7, '30d': 30, '90d': 90 };

const isDate = (text: string | null): text is string =>
  text !== null && /^\d{4}-\d{2}-\d{2}$/.test(text) && parseWallClock(text) !== null;

const oneOf = <T extends string>(values: readonly T[], text: string | null, fallback: T): T =>
  text !== null && (values as readonly string[]).includes(text) ? (text as T) : fallback;

export function readState(search: string): DashboardState {
  const params = new URLSearchParams(search);
  const warehouse = Number(params.get('warehouse'));
  const from = params.get('from');
  const to = params.get('to');
  const range = oneOf(RANGE_PRESETS, params.get('range'), DEFAULT_STATE.range);
  const custom = range === 'custom' && isDate(from) && isDate(to) && from <= to;
  return {
    range: range === 'custom' && !custom ? DEFAULT_STATE.range : range,
    from: custom ? from : null,
    to: custom ? to : null,
    compare: oneOf(COMPARISONS, params.get('compare'), DEFAULT_STATE.compare),
    warehouseId: Number.isInteger(warehouse) && warehouse > 0 ? warehouse : null,
  };
}

/** The URL's search part for a state; defaults are left out to keep links short. */
export function writeState(state: DashboardState): string {
  const params = new URLSearchParams();
  if (state.range !== DEFAULT_STATE.range) params.set('range', state.range);
  if (state.range === 'custom' && state.from && state.to) {
    params.set('from', state.from);
    params.set('to', state.to);
  }
  if (state.compare !== DEFAULT_STATE.compare) params.set('compare', state.compare);
  if (state.warehouseId !== null) params.set('warehouse', String(state.warehouseId));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The shop dates a state covers when `today` is the shop's current date. */
export function periodOf(state: DashboardState, today: string): { from: string; to: string } {
  if (state.range === 'custom' && state.from && state.to) return { from: state.from, to: state.to };
  if (state.range === 'ytd') return { from: `${today.slice(0, 4)}-01-01`, to: today };
  const days = PRESET_DAYS[state.range] ?? 30;
  return { from: addDaysToKey(today, 1 - days), to: today };
}

export interface KpiRequest {
  from: string;
  to: string;
  compare: Comparison;
  warehouseId: number | null;
  sections: readonly KpiSection[];
}

export function requestFor(
  state: DashboardState,
  today: string,
  sections: readonly KpiSection[],
): KpiRequest {
  return { ...periodOf(state, today), compare: state.compare, warehouseId: state.warehouseId, sections };
}

/** `from=…&to=…&compare=…[&warehouseId=…]&sections=…` for GET /api/kpis. */
export function kpiSearch(request: KpiRequest): string {
  const params = new URLSearchParams({ from: request.from, to: request.to, compare: request.compare });
  if (request.warehouseId !== null) params.set('warehouseId', String(request.warehouseId));
  params.set('sections', request.sections.join(','));
  return params.toString();
}
