/**
 * The charts, each loaded on first use: recharts is a large download, and the
 * figures (cards, lists) are useful before it arrives.
 */
import { Skeleton } from '@mui/material';
import { lazy, Suspense } from 'react';
import { CHART_HEIGHT } from './charts/chartTheme';
import type { LeadTimeChartProps } from './charts/LeadTimeChart';
import type { RankedBarChartProps } from './charts/RankedBarChart';
import type { SalesChartProps } from './charts/SalesChart';

const SalesChartChunk = lazy(() => import('./charts/SalesChart'));
const RankedBarChartChunk = lazy(() => import('./charts/RankedBarChart'));
const LeadTimeChartChunk = lazy(() => import('./charts/LeadTimeChart'));

export const ChartSkeleton = ({ height = CHART_HEIGHT }: { height?: number }) => (
  <Skeleton variant="rounded" height={height} aria-busy="true" />
);

export const SalesChart = (props: SalesChartProps) => (
  <Suspense fallback={<ChartSkeleton />}>
    <SalesChartChunk {...props} />
  </Suspense>
);

export const RankedBarChart = (props: RankedBarChartProps) => (
  <Suspense fallback={<ChartSkeleton height={props.rows.length * 32 + 40} />}>
    <RankedBarChartChunk {...props} />
  </Suspense>
);

export const LeadTimeChart = (props: LeadTimeChartProps) => (
  <Suspense fallback={<ChartSkeleton />}>
    <LeadTimeChartChunk {...props} />
  </Suspense>
);
