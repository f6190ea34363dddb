/**
 * Range filters for lists: `<field>_gte` / `<field>_lte`, labelled through
 * `resources.<resource>.fields.<field>_gte|_lte`. Dates cover whole local days;
 * amounts are typed in euros and sent in cents.
 */
import { DateInput } from 'react-admin';
import { MoneyInput } from './MoneyInput';

function dateOnly(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

/** The first instant of the chosen local day, as ISO UTC. */
export function startOfDayIso(value: string): string | null {
  const day = dateOnly(value);
  return day ? day.toISOString() : null;
}

/** The last millisecond of the chosen local day, as ISO UTC, so "until the 31st" includes the 31st. */
export function endOfDayIso(value: string): string | null {
  const day = dateOnly(value);
  if (!day) return null;
  day.setHours(23, 59, 59, 999);
  return day.toISOString();
}

export function dateRangeFilters(field: string) {
  return [
    <DateInput key={`${field}_gte`} source={`${field}_gte`} parse={startOfDayIso} />,
    <DateInput key={`${field}_lte`} source={`${field}_lte`} parse={endOfDayIso} />,
  ];
}

export function moneyRangeFilters(field: string) {
  return [
    <MoneyInput key={`${field}_gte`} source={`${field}_gte`} filter />,
    <MoneyInput key={`${field}_lte`} source={`${field}_lte`} filter />,
  ];
}
