/**
 * Below the orders list: the money of every order the list's filter matches
 * (not just the page), summed as the dashboard sums it, so a manager who came
 * from a figure can check it against the list behind it.
 */
import { Box, Typography } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDataProvider, useListContext, useTranslate } from 'react-admin';
import { useFormatMoney } from '../../components/MoneyField';
import type { OrderListTotals as Totals } from '../../providers/operations/orders';
import type { KontorDataProvider } from '../../providers/dataProvider';

const FIGURES = ['grossSales', 'discounts', 'discountCost', 'refunds', 'netSales'] as const;

export const OrderListTotals = () => {
  const { filterValues, filter, total } = useListContext();
  const dataProvider = useDataProvider<KontorDataProvider>();
  const translate = useTranslate();
  const money = useFormatMoney();
  const matching = { ...(filterValues as Record<string, unknown>), ...(filter as Record<string, unknown>) };
  const { data } = useQuery<Totals>({
    queryKey: ['orders', 'totals', matching],
    queryFn: () => dataProvider.getOrderTotals(matching),
    enabled: (total ?? 0) > 0,
    staleTime: 30_000,
    // The old sums stay until the new ones arrive, so the footer does not blink on each filter change.
    placeholderData: keepPreviousData,
  });
  if (!data || !total) return null;
  return (
    <Box
      component="section"
      aria-label={translate('kontor.orders.listTotals.label')}
      sx={{
        display: 'flex',
        flexWrap: 'wrap',
        columnGap: 3,
        rowGap: 0.5,
        px: 2,
        py: 1.5,
        borderTop: 1,
        borderColor: 'divider',
      }}
    >
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {translate('kontor.orders.listTotals.orders', { smart_count: data.orders })}
      </Typography>
      {FIGURES.map((figure) => (
        <Typography key={figure} variant="body2" component="span">
          {translate(`kontor.orders.listTotals.${figure}`)}:{' '}
          <Box component="span" sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}>
            {money(data[figure])}
          </Box>
        </Typography>
      ))}
    </Box>
  );
};
