/** Sales: the figures with their change, the chart over time, orders by status, top products and categories. */
import {
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  ToggleButton,
  ToggleButtonGroup,
} from '@mui/material';
import { useState } from 'react';
import { Link, useNavigate, useTranslate } from 'react-admin';
import { statusColor, statusLabelKey } from '../components/statusColors';
import {
  categoryProducts,
  countedOrders,
  listPath,
  ordersWithStatus,
  refundedOrders,
} from '../domain/kpis/drilldown';
import type { KpiReport, SalesSection, SalesTotals } from '../domain/kpis/types';
import type { SalesMetric } from './charts/SalesChart';
import { FigureCards, type Figure } from './FigureCards';
import { useFormatters } from './format';
import { CardGrid, CardGridSkeleton, EmptyNote, Panel, PanelGrid, WidgetSection } from './layout';
import { ChartSkeleton, RankedBarChart, SalesChart } from './lazyCharts';
import { SalesByMethod } from './MethodWidgets';

function salesFigures(report: KpiReport): Figure<SalesTotals>[] {
  const orders = listPath(countedOrders(report));
  const figure = (
    key: keyof SalesTotals,
    kind: 'money' | 'count',
    upIsGood: boolean,
    to = orders,
  ): Figure<SalesTotals> => ({
    key,
    label: `kontor.kpis.sales.${key}`,
    kind,
    upIsGood,
    to,
  });
  return [
    figure('grossSales', 'money', true),
    figure('orders', 'count', true),
    figure('averageOrderValue', 'money', true),
    figure('unitsSold', 'count', true),
    figure('discounts', 'money', false),
    figure('refunds', 'money', false, listPath(refundedOrders(report))),
    figure('netSales', 'money', true),
  ];
}

const SalesOverTime = ({ report, sales }: { report: KpiReport; sales: SalesSection }) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const [metric, setMetric] = useState<SalesMetric>('grossSales');
  const nothing = sales.current.orders === 0 && sales.previous.orders === 0;
  const toggle = (
    <ToggleButtonGroup
      size="small"
      exclusive
      value={metric}
      onChange={(_e, next: SalesMetric | null) => next && setMetric(next)}
    >
      {(['grossSales', 'orders'] as const).map((m) => (
        <ToggleButton key={m} value={m}>
          {translate(`kontor.kpis.sales.metric.${m}`)}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
  return (
    <Panel title="kontor.kpis.sales.chart" action={nothing ? null : toggle}>
      {nothing ? (
        <EmptyNote message="kontor.kpis.sales.empty" />
      ) : (
        <SalesChart
          series={sales.series}
          metric={metric}
          onSelect={(point) => navigate(listPath(countedOrders(report, point)))}
        />
      )}
    </Panel>
  );
};

const OrdersByStatus = ({ report, sales }: { report: KpiReport; sales: SalesSection }) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const format = useFormatters();
  const slices = [...sales.ordersByStatus].sort((a, b) => b.orders - a.orders);
  const open = (index: number) => {
    const slice = slices[index];
    if (slice) navigate(listPath(ordersWithStatus(report, slice.status)));
  };
  return (
    <Panel title="kontor.kpis.sales.byStatus">
      {slices.length === 0 ? (
        <EmptyNote message="kontor.kpis.sales.empty" />
      ) : (
        <>
          <RankedBarChart
            rows={slices.map((s) => ({
              label: translate(statusLabelKey('order', s.status)),
              value: s.orders,
              colour: statusColor('order', s.status),
            }))}
            formatValue={format.count}
            onSelect={open}
          />
          <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap" sx={{ mt: 1 }}>
            {slices.map((s) => (
              <Chip
                key={s.status}
                component={Link}
                to={listPath(ordersWithStatus(report, s.status))}
                clickable
                size="small"
                variant="outlined"
                color={statusColor('order', s.status)}
                label={`${translate(statusLabelKey('order', s.status))}: ${format.count(s.orders)}`}
              />
            ))}
          </Stack>
        </>
      )}
    </Panel>
  );
};

interface RankedRow {
  key: string;
  name: string;
  to: string | null;
  sales: number;
  units: number;
}

const RankedTable = ({ title, nameLabel, rows }: { title: string; nameLabel: string; rows: RankedRow[] }) => {
  const translate = useTranslate();
  const format = useFormatters();
  return (
    <Panel title={title}>
      {rows.length === 0 ? (
        <EmptyNote message="kontor.kpis.sales.empty" />
      ) : (
        <Table size="small" sx={{ '& td, & th': { px: 1 } }}>
          <TableHead>
            <TableRow>
              <TableCell>{translate(nameLabel)}</TableCell>
              <TableCell align="right">{translate('kontor.kpis.sales.revenue')}</TableCell>
              <TableCell align="right">{translate('kontor.kpis.sales.units')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.key}>
                <TableCell sx={{ overflowWrap: 'anywhere' }}>
                  {row.to ? <Link to={row.to}>{row.name}</Link> : row.name}
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {format.money(row.sales)}
                </TableCell>
                <TableCell align="right">{format.count(row.units)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Panel>
  );
};

export const SalesWidgets = ({ report }: { report: KpiReport | undefined }) => {
  const translate = useTranslate();
  const sales = report?.sales;
  if (!report || !sales) {
    return (
      <WidgetSection title="kontor.kpis.sales.title">
        <CardGridSkeleton count={7} />
        <ChartSkeleton />
      </WidgetSection>
    );
  }
  return (
    <WidgetSection title="kontor.kpis.sales.title">
      <CardGrid>
        <FigureCards figures={salesFigures(report)} current={sales.current} previous={sales.previous} />
      </CardGrid>
      <SalesOverTime report={report} sales={sales} />
      <PanelGrid>
        <OrdersByStatus report={report} sales={sales} />
        <RankedTable
          title="kontor.kpis.sales.topProducts"
          nameLabel="kontor.kpis.sales.product"
          rows={sales.topProducts.map((p) => ({
            key: String(p.productId),
            name: p.name,
            to: `/products/${p.productId}/show`,
            sales: p.sales,
            units: p.units,
          }))}
        />
        <RankedTable
          title="kontor.kpis.sales.topCategories"
          nameLabel="kontor.kpis.sales.category"
          rows={sales.topCategories.map((c) => ({
            key: String(c.categoryId),
            name: c.name ?? translate('kontor.kpis.sales.uncategorised'),
            to: c.categoryId === null ? null : listPath(categoryProducts(c.categoryId)),
            sales: c.sales,
            units: c.units,
          }))}
        />
      </PanelGrid>
      <SalesByMethod report={report} />
    </WidgetSection>
  );
};
