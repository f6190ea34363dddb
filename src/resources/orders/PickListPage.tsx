import PrintIcon from '@mui/icons-material/Print';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Fragment } from 'react';
import { Link, Loading, Title, useCreatePath, useDataProvider, useTranslate } from 'react-admin';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { readRefusal } from '../../components/useServerAction';
import type { KontorDataProvider } from '../../providers/dataProvider';
import type { PickLine, PickList, PickListQuery, PickWarehouse } from '../../providers/operations/orders';
import { PrintStyles } from '../shipments/PrintStyles';
import { useCurrentUser } from './currentUser';
import { pickListPath, pickListQueryOf } from './pickListPath';
import { defaultWarehouse, useWorkableWarehouses, warehouseLabel } from './WarehouseSelect';

/** On phones the orders go under the product, so three columns fit 360 px. */
const wideOnly = { display: { xs: 'none', sm: 'table-cell' } };
const phoneOnly = { display: { xs: 'block', sm: 'none' } };

const OrderRefs = ({ line }: { line: PickLine }) => {
  const createPath = useCreatePath();
  return line.orders.map((ref) => (
    <Box key={ref.orderId} sx={{ whiteSpace: 'nowrap' }}>
      <Link to={createPath({ resource: 'orders', id: ref.orderId, type: 'show' })}>{ref.number}</Link> ×{' '}
      {ref.quantity}
    </Box>
  ));
};

const WarehousePicks = ({ warehouse }: { warehouse: PickWarehouse }) => {
  const translate = useTranslate();
  const label = (key: string) => translate(`kontor.orders.pick.${key}`);
  return (
    <Box component="section" sx={{ breakInside: 'avoid-page' }}>
      <Typography variant="h6" component="h2" gutterBottom>
        {warehouseLabel(warehouse)}
      </Typography>
      <Table
        size="small"
        aria-label={warehouseLabel(warehouse)}
        sx={{ '& .MuiTableCell-root': { px: { xs: 1, sm: 2 } } }}
      >
        <TableHead>
          <TableRow>
            <TableCell>{label('bin')}</TableCell>
            <TableCell>{label('product')}</TableCell>
            <TableCell align="right">{label('quantity')}</TableCell>
            <TableCell sx={wideOnly}>{label('orders')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {warehouse.bins.map((bin) => (
            <Fragment key={bin.binLocation}>
              {bin.lines.map((line, index) => (
                <TableRow key={line.productId} sx={{ breakInside: 'avoid' }}>
                  <TableCell sx={{ fontFamily: 'monospace', fontWeight: 600, whiteSpace: 'nowrap' }}>
                    {index === 0 ? bin.binLocation || label('noBin') : ''}
                  </TableCell>
                  <TableCell sx={{ overflowWrap: 'anywhere' }}>
                    <Box sx={{ fontFamily: 'monospace' }}>{line.sku}</Box>
                    {line.name}
                    <Box sx={{ ...phoneOnly, mt: 0.5 }}>
                      <OrderRefs line={line} />
                    </Box>
                  </TableCell>
                  <TableCell align="right" sx={{ fontSize: '1.1rem', fontWeight: 600 }}>
                    {line.quantity}
                  </TableCell>
                  <TableCell sx={wideOnly}>
                    <OrderRefs line={line} />
                  </TableCell>
                </TableRow>
              ))}
            </Fragment>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};

/** Chooses the warehouse whose open orders to pick, when the page was not opened for a batch. */
const WarehouseChooser = ({ current }: { current: number | null }) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const { warehouses } = useWorkableWarehouses();
  return (
    <TextField
      select
      size="small"
      label={translate('kontor.orders.pick.warehouse')}
      value={current ?? ''}
      onChange={(event) => navigate(pickListPath({ warehouseId: Number(event.target.value) }))}
      fullWidth={false}
      sx={{ minWidth: 240, m: 0 }}
    >
      {warehouses.map((warehouse) => (
        <MenuItem key={warehouse.id} value={warehouse.id}>
          {warehouseLabel(warehouse)}
        </MenuItem>
      ))}
    </TextField>
  );
};

function usePickList(query: PickListQuery | null) {
  const dataProvider = useDataProvider<KontorDataProvider>();
  return useQuery<PickList>({
    queryKey: ['pick-list', query],
    queryFn: () => dataProvider.getPickList(query!),
    enabled: query !== null,
    // A refusal (orders with nothing to pick) will not change by asking again.
    retry: false,
  });
}

/** Without a query, the user's first warehouse; a batch of orders or a warehouse otherwise. */
function usePageQuery(): PickListQuery | null {
  const [search] = useSearchParams();
  const user = useCurrentUser();
  const { warehouses } = useWorkableWarehouses();
  const given = pickListQueryOf(search);
  if (given) return given;
  const first = defaultWarehouse(warehouses, user.warehouseIds[0] ?? 0);
  return first === null ? null : { warehouseId: first };
}

/**
 * What to take off the shelves for a batch of orders (or all open orders of a
 * warehouse), grouped by warehouse and bin in walking order. Prints without
 * the console around it.
 */
const PickListPage = () => {
  const translate = useTranslate();
  const query = usePageQuery();
  const { data, error, isPending } = usePickList(query);
  const byWarehouse = query && 'warehouseId' in query ? query.warehouseId : null;
  return (
    <Card sx={{ mt: { xs: 1, sm: 2 } }}>
      <PrintStyles />
      <Title title="kontor.orders.pick.title" />
      <CardContent sx={{ contain: 'inline-size' }}>
        <Stack
          direction="row"
          data-print="hide"
          sx={{ mb: 2, gap: 2, flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between' }}
        >
          {query === null || byWarehouse !== null ? <WarehouseChooser current={byWarehouse} /> : <span />}
          <Button
            variant="contained"
            startIcon={<PrintIcon />}
            onClick={() => window.print()}
            sx={{ minHeight: 44 }}
          >
            {translate('kontor.orders.pick.print')}
          </Button>
        </Stack>
        <Typography variant="h5" component="h2" gutterBottom>
          {translate('kontor.orders.pick.title')}
        </Typography>
        {error ? (
          <Alert severity="error">{readRefusal(error).message}</Alert>
        ) : isPending && query !== null ? (
          <Loading />
        ) : data && data.orderCount > 0 ? (
          <Stack spacing={3}>
            <Typography variant="body2" color="text.secondary">
              {translate('kontor.orders.pick.summary', { smart_count: data.orderCount })}
            </Typography>
            {data.warehouses.map((warehouse) => (
              <WarehousePicks key={warehouse.warehouseId} warehouse={warehouse} />
            ))}
          </Stack>
        ) : (
          <Typography color="text.secondary">{translate('kontor.orders.pick.empty')}</Typography>
        )}
      </CardContent>
    </Card>
  );
};

export default PickListPage;
