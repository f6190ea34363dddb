/**
 * Sales by shipping and by payment method (in the sales section) and late
 * orders by shipping method (in fulfilment: late is now, not the period's):
 * compact tables whose every figure opens the orders behind it (the orders
 * list filtered by the method, whose footer sums to the same figure). Three
 * columns at most, so German headers fit a phone.
 */
import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { Link, useTranslate } from 'react-admin';
import { lateMethodOrders, listPath, methodOrders } from '../domain/kpis/drilldown';
import type { KpiReport, MethodSales } from '../domain/kpis/types';
import { useFormatters } from './format';
import { EmptyNote, Panel, PanelGrid } from './layout';

type MethodField = 'shippingMethodId' | 'paymentMethodId';

// Narrower cells on a phone, so three columns with German headers ("Bestellungen") fit 360 px.
const cellSx = { '& td, & th': { px: { xs: 0.5, sm: 1 } } } as const;

/** A figure that opens its list; orders without a method have no list filter, so theirs is plain. */
const Drill = ({ to, children }: { to: string | null; children: string }) =>
  to ? <Link to={to}>{children}</Link> : <>{children}</>;

const MethodName = ({ name }: { name: string | null }) => {
  const translate = useTranslate();
  return <>{name ?? translate('kontor.kpis.methods.none')}</>;
};

const MethodSalesTable = ({
  report,
  title,
  field,
  rows,
}: {
  report: KpiReport;
  title: string;
  field: MethodField;
  rows: MethodSales[];
}) => {
  const translate = useTranslate();
  const format = useFormatters();
  // Methods nothing was sold with say nothing here.
  const shown = rows.filter((row) => row.orders > 0);
  return (
    <Panel title={title}>
      {shown.length === 0 ? (
        <EmptyNote message="kontor.kpis.sales.empty" />
      ) : (
        <Table size="small" sx={cellSx}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('kontor.kpis.methods.method')}</TableCell>
              <TableCell align="right">{translate('kontor.kpis.sales.netSales')}</TableCell>
              <TableCell align="right">{translate('kontor.kpis.sales.orders')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {shown.map((row) => {
              const orders =
                row.methodId === null ? null : listPath(methodOrders(report, field, row.methodId));
              return (
                <TableRow key={row.methodId ?? 'none'}>
                  <TableCell sx={{ overflowWrap: 'anywhere' }}>
                    <MethodName name={row.name} />
                  </TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    <Drill to={orders}>{format.money(row.netSales)}</Drill>
                  </TableCell>
                  <TableCell align="right">
                    <Drill to={orders}>{format.count(row.orders)}</Drill>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </Panel>
  );
};

/** In the sales section: both breakdowns side by side on a wide screen. */
export const SalesByMethod = ({ report }: { report: KpiReport }) => {
  const { sales } = report;
  if (!sales) return null;
  return (
    <PanelGrid>
      <MethodSalesTable
        report={report}
        title="kontor.kpis.methods.byShippingMethod"
        field="shippingMethodId"
        rows={sales.byShippingMethod}
      />
      <MethodSalesTable
        report={report}
        title="kontor.kpis.methods.byPaymentMethod"
        field="paymentMethodId"
        rows={sales.byPaymentMethod}
      />
    </PanelGrid>
  );
};

/** In the fulfilment section: where the late open orders are, by the method they were sold with. */
export const LateByMethod = ({ report }: { report: KpiReport }) => {
  const translate = useTranslate();
  const format = useFormatters();
  const rows = (report.fulfilment?.lateByShippingMethod ?? []).filter((row) => row.lateOpenOrders > 0);
  if (rows.length === 0) return null;
  return (
    <Panel title="kontor.kpis.methods.lateByShippingMethod">
      <Table size="small" sx={cellSx}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('kontor.kpis.methods.method')}</TableCell>
            <TableCell align="right">{translate('kontor.kpis.methods.late')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.methodId ?? 'none'}>
              <TableCell sx={{ overflowWrap: 'anywhere' }}>
                <MethodName name={row.name} />
              </TableCell>
              <TableCell align="right">
                <Drill to={row.methodId === null ? null : listPath(lateMethodOrders(report, row.methodId))}>
                  {format.count(row.lateOpenOrders)}
                </Drill>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Panel>
  );
};
