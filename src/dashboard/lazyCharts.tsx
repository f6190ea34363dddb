/**
 * The dashboard's charts. They used to load on first use, after the figures;
 * now recharts downloads alongside the dashboard (one chunk group, preloaded
 * as soon as the address names the dashboard), so waiting for a second
 * download would only hold the charts back.
 */
import { Skeleton } from '@mui/material';
import { CHART_HEIGHT } from './charts/chartTheme';

export { default as LeadTimeChart } from './charts/LeadTimeChart';
export { default as RankedBarChart } from './charts/RankedBarChart';
export { default as SalesChart } from './charts/SalesChart';

/** Stands in for a chart while its report loads. */
export const ChartSkeleton = ({ height = CHART_HEIGHT }: { height?: number }) => (
  <Skeleton variant="rounded" height={height} aria-busy="true" />
);
