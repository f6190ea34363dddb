import PlaylistAddCheckIcon from '@mui/icons-material/PlaylistAddCheck';
import type { SxProps } from '@mui/material';
import {
  Link,
  BooleanInput,
  Button,
  DataTable,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectInput,
  SimpleList,
  TopToolbar,
  useCanAccess,
  useListContext,
  useRedirect,
} from 'react-admin';
import { CsvExportButton } from '../../components/CsvExportButton';
import { FilterTools } from '../../components/SavedFilterPresets';
import { LocalDateField } from '../../components/LocalDateField';
import { MoneyField } from '../../components/MoneyField';
import { dateRangeFilters, moneyRangeFilters } from '../../components/rangeFilters';
import { ResponsiveList } from '../../components/ResponsiveList';
import { StatusChip } from '../../components/StatusChip';
import { StatusTabs } from '../../components/StatusTabs';
import { WarehouseCodeField } from '../../components/WarehouseCodeField';
import { ORDER_STATUSES } from '../../domain/types';
import type { PresentedOrder } from '../../providers/operations/orders';
import { LateChip, OrderNumberField } from './LateChip';
import { ItemCountField } from './orderMath';
import { OrderListTotals } from './OrderListTotals';
import { pickListPath } from './pickListPath';

/** A switch that filters late orders only; off removes the filter rather than asking for on-time orders. */
const lateOnly = (checked: unknown) => (checked === true ? true : undefined);

const PROMOTION_USE = [
  { id: 'yes', name: 'kontor.orders.promotionUse.yes' },
  { id: 'no', name: 'kontor.orders.promotionUse.no' },
];

function useOrderFilters() {
  const { canAccess: seesPromotions } = useCanAccess({ resource: 'promotions', action: 'list' });
  return [
    <SearchInput key="q" source="q" alwaysOn />,
    <BooleanInput
      key="late"
      source="late"
      label="kontor.orders.lateOnly"
      parse={lateOnly}
      alwaysOn
      sx={{ ml: 1 }}
    />,
    <ReferenceInput key="customerId" source="customerId" reference="customers" />,
    <ReferenceInput key="warehouseId" source="warehouseId" reference="warehouses" />,
    <ReferenceInput key="shippingMethodId" source="shippingMethodId" reference="shipping-methods" />,
    <ReferenceInput key="paymentMethodId" source="paymentMethodId" reference="payment-methods" />,
    ...dateRangeFilters('placedAt'),
    ...moneyRangeFilters('total'),
    ...(seesPromotions
      ? [
          <SelectInput
            key="withPromotion"
            source="withPromotion"
            choices={PROMOTION_USE}
            parse={(value: string) => (value === 'yes' ? true : value === 'no' ? false : undefined)}
            format={(value: unknown) => (value === true ? 'yes' : value === false ? 'no' : '')}
          />,
          <ReferenceInput key="promotionIds" source="promotionIds" reference="promotions" />,
        ]
      : []),
  ];
}

/** Opens the pick list for the selected orders. */
const PickListBulkButton = () => {
  const { selectedIds } = useListContext();
  const redirect = useRedirect();
  return (
    <Button
      label="kontor.orders.actions.pickList"
      onClick={() => redirect(pickListPath({ orderIds: selectedIds as number[] }))}
    >
      <PlaylistAddCheckIcon />
    </Button>
  );
};

const OrderListActions = () => (
  <TopToolbar>
    <FilterTools />
    {/* component={Link}: on phones react-admin's icon button otherwise renders an <a> without href. */}
    <Button component={Link} label="kontor.orders.actions.pickList" to={pickListPath()}>
      <PlaylistAddCheckIcon />
    </Button>
    <CsvExportButton />
    <CsvExportButton rows="orderLines" label="kontor.orders.actions.exportLines" />
  </TopToolbar>
);

/** Late orders get a warning-coloured edge, so they stand out in a long list. */
const lateRowSx = (order: PresentedOrder): SxProps =>
  order.late ? { '& > td:first-of-type': { borderLeft: '4px solid', borderLeftColor: 'warning.main' } } : {};

const OrderList = () => {
  const filters = useOrderFilters();
  return (
    <ResponsiveList
      filters={filters}
      actions={<OrderListActions />}
      table={
        <>
          <StatusTabs kind="order" statuses={ORDER_STATUSES} />
          <DataTable<PresentedOrder>
            rowSx={lateRowSx}
            bulkActionButtons={
              <>
                <PickListBulkButton />
                <CsvExportButton selectedOnly />
              </>
            }
          >
            <DataTable.Col source="number">
              <OrderNumberField />
            </DataTable.Col>
            <DataTable.Col source="placedAt">
              <LocalDateField source="placedAt" />
            </DataTable.Col>
            <DataTable.Col source="customerId">
              <ReferenceField source="customerId" reference="customers" link="show" />
            </DataTable.Col>
            <DataTable.Col source="warehouseId">
              <WarehouseCodeField />
            </DataTable.Col>
            <DataTable.Col source="status">
              <StatusChip kind="order" source="status" />
            </DataTable.Col>
            <DataTable.Col source="itemCount" align="right" disableSort>
              <ItemCountField />
            </DataTable.Col>
            <DataTable.Col source="total" align="right">
              <MoneyField source="total" />
            </DataTable.Col>
          </DataTable>
          <OrderListTotals />
        </>
      }
      small={
        <>
          <StatusTabs kind="order" statuses={ORDER_STATUSES} />
          <SimpleList<PresentedOrder>
            primaryText={(record) => record.number}
            secondaryText={() => (
              <>
                <ReferenceField source="customerId" reference="customers" link={false} /> ·{' '}
                <MoneyField source="total" />
              </>
            )}
            tertiaryText={() => (
              <span style={{ display: 'inline-flex', gap: 4, flexWrap: 'wrap', justifyContent: 'flex-end' }}>
                <StatusChip kind="order" source="status" />
                <LateChip />
              </span>
            )}
          />
          <OrderListTotals />
        </>
      }
    />
  );
};

export default OrderList;
