import { Box, Skeleton, Stack, Typography } from '@mui/material';
import { lazy, Suspense, useMemo } from 'react';
import { Link, ListBase, Pagination, useGetList, useLocaleState, useTranslate } from 'react-admin';
import { Responsive } from '../../components/ResponsiveList';
import { Section } from '../../components/Section';
import type { StockMovement } from '../../domain/types';
import type { BalancePoint } from './BalanceChart';
import { MovementSimpleList, MovementTable } from './MovementTable';

const BalanceChart = lazy(() => import('./BalanceChart'));

/** How many of the latest movements the chart draws. */
const CHART_MOVEMENTS = 200;
const CHART_HEIGHT = 220;

const NEWEST_FIRST = { field: 'createdAt', order: 'DESC' } as const;

function balancePoints(newestFirst: readonly StockMovement[]): BalancePoint[] {
  return [...newestFirst]
    .reverse()
    .map((movement) => ({ at: Date.parse(movement.createdAt), balance: movement.balanceAfter }));
}

const RunningBalance = ({ productId, warehouseId }: { productId: number; warehouseId: number }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data, isPending } = useGetList<StockMovement>('stock-movements', {
    filter: { productId, warehouseId },
    sort: NEWEST_FIRST,
    pagination: { page: 1, perPage: CHART_MOVEMENTS },
  });
  const points = useMemo(() => balancePoints(data ?? []), [data]);
  const skeleton = <Skeleton variant="rounded" height={CHART_HEIGHT} />;
  if (isPending) return skeleton;
  if (points.length === 0) {
    return (
      <Typography color="text.secondary">{translate('kontor.stock-movements.history.empty')}</Typography>
    );
  }
  const first = points[0]!;
  const last = points[points.length - 1]!;
  return (
    <Box
      role="img"
      aria-label={translate('kontor.stock-movements.history.chartSummary', {
        count: points.length,
        from: first.balance.toLocaleString(locale),
        to: last.balance.toLocaleString(locale),
      })}
      sx={{ height: CHART_HEIGHT }}
    >
      <Suspense fallback={skeleton}>
        <BalanceChart points={points} />
      </Suspense>
    </Box>
  );
};

/**
 * A product's movements in one warehouse: on hand over time as a chart and
 * the ledger entries below it, newest first, each reversible if it was a
 * manual adjustment.
 */
export const MovementHistory = ({ productId, warehouseId }: { productId: number; warehouseId: number }) => {
  const translate = useTranslate();
  const filter = { productId, warehouseId };
  return (
    <Stack spacing={3}>
      <Section title="kontor.stock-movements.history.chart">
        <RunningBalance productId={productId} warehouseId={warehouseId} />
      </Section>
      <Section title="kontor.stock-movements.history.title">
        <ListBase
          resource="stock-movements"
          filter={filter}
          sort={NEWEST_FIRST}
          perPage={10}
          disableSyncWithLocation
          storeKey={false}
        >
          <Box sx={{ overflowX: 'auto' }}>
            <Responsive wide={<MovementTable />} small={<MovementSimpleList />} />
          </Box>
          <Pagination rowsPerPageOptions={[]} />
        </ListBase>
        <Link to={`/stock-movements?filter=${encodeURIComponent(JSON.stringify(filter))}`}>
          {translate('kontor.stock-movements.history.openLedger')}
        </Link>
      </Section>
    </Stack>
  );
};
