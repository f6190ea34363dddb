/**
 * Horizontal bars, one per named row, longest first as given: orders by
 * status, cost per promotion. Clicking a bar opens the list behind it.
 */
import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChipColor } from '../../components/statusColors';
import { useChartTheme } from './chartTheme';

export interface RankedBar {
  label: string;
  value: number;
  /** A theme colour name; the chart's main colour when absent. */
  colour?: ChipColor;
}

export interface RankedBarChartProps {
  rows: RankedBar[];
  formatValue(value: number): string;
  onSelect(index: number): void;
}

const ROW_HEIGHT = 32;
const MAX_LABEL = 16;

/** Axis labels fit a phone; the tooltip shows the whole name. */
const shorten = (label: unknown) => {
  const text = String(label);
  return text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text;
};

export default function RankedBarChart({ rows, formatValue, onSelect }: RankedBarChartProps) {
  const colours = useChartTheme();
  return (
    <BarChart
      data={rows}
      layout="vertical"
      responsive
      style={{ width: '100%', height: rows.length * ROW_HEIGHT + 40 }}
      margin={{ top: 4, right: 12, bottom: 4, left: 4 }}
    >
      <CartesianGrid strokeDasharray="3 3" stroke={colours.grid} horizontal={false} />
      <XAxis type="number" tickFormatter={formatValue} tick={colours.tick} allowDecimals={false} />
      <YAxis
        type="category"
        dataKey="label"
        tick={colours.tick}
        width={124}
        interval={0}
        tickFormatter={shorten}
      />
      <Tooltip
        {...colours.tooltip}
        cursor={{ fill: colours.grid }}
        formatter={(value) => (typeof value === 'number' ? formatValue(value) : '')}
      />
      <Bar
        dataKey="value"
        isAnimationActive={false}
        cursor="pointer"
        onClick={(_bar, index) => onSelect(index)}
      >
        {rows.map((row) => (
          <Cell key={row.label} fill={row.colour ? colours.paletteColour(row.colour) : colours.current} />
        ))}
      </Bar>
    </BarChart>
  );
}
