/** Median and 90th-percentile hours from payment to shipping, this period beside the comparison, against the service level. */
import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'react-admin';
import type { FulfilmentSection } from '../../domain/kpis/types';
import { useFormatters } from '../format';
import { CHART_HEIGHT, useChartTheme } from './chartTheme';

export interface LeadTimeChartProps {
  fulfilment: FulfilmentSection;
  /** Opens the orders shipped in the period. */
  onSelect(): void;
}

export default function LeadTimeChart({ fulfilment, onSelect }: LeadTimeChartProps) {
  const translate = useTranslate();
  const format = useFormatters();
  const colours = useChartTheme();
  const hours = (value: unknown) =>
    typeof value === 'number'
      ? translate('kontor.kpis.fulfilment.hours', { hours: format.decimal(value) })
      : '';
  const rows = [
    {
      label: translate('kontor.kpis.fulfilment.median'),
      current: fulfilment.current.medianHours,
      previous: fulfilment.previous.medianHours,
    },
    {
      label: translate('kontor.kpis.fulfilment.p90'),
      current: fulfilment.current.p90Hours,
      previous: fulfilment.previous.p90Hours,
    },
  ];
  return (
    <BarChart
      data={rows}
      responsive
      style={{ width: '100%', height: CHART_HEIGHT }}
      margin={{ top: 16, right: 8, bottom: 0, left: 0 }}
    >
      <CartesianGrid strokeDasharray="3 3" stroke={colours.grid} vertical={false} />
      <XAxis dataKey="label" tick={colours.tick} />
      <YAxis tick={colours.tick} width={40} />
      <Tooltip
        {...colours.tooltip}
        cursor={{ fill: colours.grid }}
        formatter={(value, name) => [hours(value), name]}
      />
      <Legend wrapperStyle={colours.legend} />
      <ReferenceLine
        y={fulfilment.serviceLevelHours}
        stroke={colours.paletteColour('warning')}
        strokeDasharray="4 4"
        label={{
          value: hours(fulfilment.serviceLevelHours),
          position: 'insideTopRight',
          fill: colours.tick.fill,
          fontSize: 12,
        }}
      />
      <Bar
        dataKey="current"
        name={translate('kontor.kpis.sales.current')}
        fill={colours.current}
        isAnimationActive={false}
        cursor="pointer"
        onClick={() => onSelect()}
      />
      <Bar
        dataKey="previous"
        name={translate('kontor.kpis.sales.comparison')}
        fill={colours.comparison}
        isAnimationActive={false}
      />
    </BarChart>
  );
}
