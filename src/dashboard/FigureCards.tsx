/** Cards for figures the report gives for both periods: the current value with its change. */
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { useFormatters } from './format';
import { KpiCard } from './KpiCard';

export type FigureKind = 'money' | 'count' | 'hours' | 'percent';

export interface Figure<T> {
  key: keyof T & string;
  /** Translation key of the name. */
  label: string;
  kind: FigureKind;
  upIsGood: boolean;
  /** The list behind the figure. */
  to?: string;
  hint?: ReactNode;
}

/** Formats a figure of a kind in the reader's language; null stays null (shown as a dash). */
export function useFigureFormat(): (kind: FigureKind, value: number | null) => string | null {
  const format = useFormatters();
  const translate = useTranslate();
  return (kind, value) => {
    if (value === null) return null;
    if (kind === 'money') return format.money(value);
    if (kind === 'percent') return format.percent(value);
    if (kind === 'hours') return translate('kontor.kpis.fulfilment.hours', { hours: format.decimal(value) });
    return format.count(value);
  };
}

export function FigureCards<T extends object>({
  figures,
  current,
  previous,
}: {
  figures: Figure<T>[];
  current: T;
  previous: T;
}) {
  const formatFigure = useFigureFormat();
  const valueOf = (totals: T, key: keyof T): number | null => {
    const value = totals[key];
    return typeof value === 'number' ? value : null;
  };
  return (
    <>
      {figures.map(({ key, label, kind, upIsGood, to, hint }) => (
        <KpiCard
          key={key}
          label={label}
          value={formatFigure(kind, valueOf(current, key))}
          comparison={{ current: valueOf(current, key), previous: valueOf(previous, key), upIsGood }}
          to={to}
          hint={hint}
        />
      ))}
    </>
  );
}
