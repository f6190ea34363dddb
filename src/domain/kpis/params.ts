/**
 * The query of `GET /api/kpis`, read and checked. `from` and `to` are each
 * either a shop calendar date (YYYY-MM-DD, read in the shop's time zone; `to`
 * includes its whole day) or an exact ISO 8601 instant with its zone
 * (2026-06-01T00:00:00Z, …+02:00; `to` includes that instant). Without them the
 * report covers the last 30 shop days, today included. Every refusal is a 400
 * naming the parameter, in `errors[param]` and in the message.
 */
import { DomainError, problem, type Problem } from '../errors';
import type { MessageParams } from '../messages';
import { addDaysToKey, parseWallClock, shopDateKey } from '../time';
import type { Id } from '../types';
import {
  addYearsToBound,
  dayBound,
  dayOf,
  instantBound,
  lastDayBefore,
  periodDays,
  type Bound,
  type Period,
} from './calendar';
import {
  COMPARISONS,
  GRANULARITIES,
  KPI_PARAMS,
  KPI_SECTIONS,
  type Comparison,
  type Granularity,
  type KpiSection,
} from './types';

export const MAX_RANGE_YEARS = 3;
export const DEFAULT_RANGE_DAYS = 30;

export interface KpiQuery {
  period: Period;
  compare: Comparison;
  granularity: Granularity;
  warehouseId: Id | null;
  /** The sections asked for by name; null means all the caller's role may see. */
  sections: KpiSection[] | null;
}

export interface KpiQueryContext {
  timeZone: string;
  now: Date;
  warehouseExists(id: Id): boolean;
}

/** Days for a daily chart, weeks up to a year, months beyond. */
export function defaultGranularity(days: number): Granularity {
  if (days <= 92) return 'day';
  return days <= 366 ? 'week' : 'month';
}

function refuse(fields: readonly string[], key: string, params: MessageParams): DomainError {
  const p: Problem = problem(key, params);
  return new DomainError(400, p, Object.fromEntries(fields.map((field) => [field, p])));
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/i;
const FIRST_YEAR = 1900;
const LAST_YEAR = 9000;

function isRealDay(dateKey: string, time = '00:00:00'): boolean {
  const year = Number(dateKey.slice(0, 4));
  return year >= FIRST_YEAR && year <= LAST_YEAR && parseWallClock(`${dateKey}T${time}`) !== null;
}

/** `from` starts at its bound; `to` ends just after its day or instant. */
function readBound(param: 'from' | 'to', text: string, timeZone: string): Bound {
  if (DATE_ONLY.test(text) && isRealDay(text))
    return dayBound(param === 'from' ? text : addDaysToKey(text, 1), timeZone);
  const m = INSTANT.exec(text);
  if (m && isRealDay(m[1]!, `${m[2]}:${m[3]}:${m[4] ?? '00'}`)) {
    const ms = Date.parse(text);
    if (Number.isFinite(ms)) return instantBound(param === 'from' ? ms : ms + 1);
  }
  throw refuse([param], 'errors.kpis.notADate', { param, value: text });
}

function readChoice<T extends string>(
  param: string,
  text: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (text === undefined) return fallback;
  if ((allowed as readonly string[]).includes(text)) return text as T;
  throw refuse([param], 'errors.kpis.notOneOf', { param, value: text, allowed: allowed.join(', ') });
}

function readWarehouse(text: string | undefined, exists: (id: Id) => boolean): Id | null {
  if (text === undefined || text === '') return null;
  const id = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(id) || id < 1 || !exists(id)) {
    throw refuse(['warehouseId'], 'errors.kpis.unknownWarehouse', { value: text });
  }
  return id;
}

function readSections(text: string | undefined): KpiSection[] | null {
  if (text === undefined) return null;
  const names = text.split(',').map((name) => name.trim());
  const unknown = names.find((name) => !(KPI_SECTIONS as readonly string[]).includes(name));
  if (unknown !== undefined) {
    throw refuse(['sections'], 'errors.kpis.notOneOf', {
      param: 'sections',
      value: unknown,
      allowed: KPI_SECTIONS.join(', '),
    });
  }
  return KPI_SECTIONS.filter((section) => names.includes(section));
}

/** Each parameter once, as text; nothing the endpoint does not know. */
function singleValues(raw: Record<string, unknown>): Partial<Record<(typeof KPI_PARAMS)[number], string>> {
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (!(KPI_PARAMS as readonly string[]).includes(name)) {
      throw refuse([name], 'errors.kpis.unknownParam', { param: name, allowed: KPI_PARAMS.join(', ') });
    }
    if (typeof value !== 'string') throw refuse([name], 'errors.kpis.singleValue', { param: name });
    values[name] = value.trim();
  }
  return values;
}

function readPeriod(
  from: string | undefined,
  to: string | undefined,
  { timeZone, now }: KpiQueryContext,
): Period {
  const end = to
    ? readBound('to', to, timeZone)
    : dayBound(addDaysToKey(shopDateKey(now, timeZone), 1), timeZone);
  const lastDay = lastDayBefore(end, timeZone);
  const start = from
    ? readBound('from', from, timeZone)
    : dayBound(addDaysToKey(lastDay, 1 - DEFAULT_RANGE_DAYS), timeZone);
  const shown = { from: from ?? dayOf(start, timeZone), to: to ?? lastDay };
  if (start.ms >= end.ms) throw refuse(['from', 'to'], 'errors.kpis.fromAfterTo', shown);
  if (end.ms > addYearsToBound(start, MAX_RANGE_YEARS, timeZone).ms) {
    throw refuse(['from', 'to'], 'errors.kpis.rangeTooLong', { ...shown, years: MAX_RANGE_YEARS });
  }
  return { start, end };
}

export function parseKpiQuery(raw: Record<string, unknown>, context: KpiQueryContext): KpiQuery {
  const values = singleValues(raw);
  const period = readPeriod(values.from || undefined, values.to || undefined, context);
  return {
    period,
    granularity: readChoice(
      'granularity',
      values.granularity || undefined,
      GRANULARITIES,
      defaultGranularity(periodDays(period, context.timeZone)),
    ),
    compare: readChoice('compare', values.compare || undefined, COMPARISONS, 'previous'),
    warehouseId: readWarehouse(values.warehouseId, (id) => context.warehouseExists(id)),
    sections: readSections(values.sections),
  };
}
