/** Sales or orders per bucket as bars, the comparison period as a dashed line over them. */
import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'react-admin';
import type { SeriesPoint } from '../../domain/kpis/types';
import { useFormatters } from '../format';
import { CHART_HEIGHT, useChartTheme } from './chartTheme';

export type SalesMetric = 'grossSales' | 'orders';

export interface SalesChartProps {
  series: SeriesPoint[];
  metric: SalesMetric;
  /** Opens the orders of a bucket. */
  onSelect(point: SeriesPoint): void;
}

export default function SalesChart({ series, metric, onSelect }: SalesChartProps) {
  const translate = useTranslate();
  const format = useFormatters();
  const colours = useChartTheme();
  const comparisonKey = metric === 'grossSales' ? 'comparisonGrossSales' : 'comparisonOrders';
  const axisValue = metric === 'grossSales' ? format.compactMoney : format.count;
  const tooltipValue = (value: unknown) =>
    typeof value === 'number' ? (metric === 'grossSales' ? format.money(value) : format.count(value)) : '';
  return (
    <ComposedChart
      data={series}
      responsive
      style={{ width: '100%', height: CHART_HEIGHT }}
      margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
    >
      <CartesianGrid strokeDasharray="3 3" stroke={colours.grid} vertical={false} />
      <XAxis dataKey="key" tickFormatter={format.shortDate} tick={colours.tick} minTickGap={12} />
      <YAxis tickFormatter={axisValue} tick={colours.tick} width={60} allowDecimals={false} />
      <Tooltip
        {...colours.tooltip}
        labelFormatter={(label) => (typeof label === 'string' ? format.date(label) : label)}
        formatter={(value, name) => [tooltipValue(value), name]}
      />
      <Legend wrapperStyle={colours.legend} />
      <Bar
        dataKey={metric}
        name={translate('kontor.kpis.sales.current')}
        fill={colours.current}
        isAnimationActive={false}
        cursor="pointer"
        onClick={(_bar, index) => {
          const point = series[index];
          if (point) onSelect(point);
        }}
      />
      <Line
        dataKey={comparisonKey}
        name={translate('kontor.kpis.sales.comparison')}
        stroke={colours.comparison}
        strokeDasharray="5 4"
        strokeWidth={2}
        dot={false}
        isAnimationActive={false}
      />
    </ComposedChart>
  );
}
