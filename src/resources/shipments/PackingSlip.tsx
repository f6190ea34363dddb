import PrintIcon from '@mui/icons-material/Print';
import {
  Box,
  Button,
  Card,
  CardContent,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import type { ReactNode } from 'react';
import { Loading, RecordContextProvider, Title, useGetOne, useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import { AddressField } from '../../components/AddressField';
import { useFormatDate } from '../../components/LocalDateField';
import { useShopSettings } from '../../components/ShopSettingsContext';
import { addressLines } from '../../domain/shop';
import type { Order, Shipment, Warehouse } from '../../domain/types';
import { PrintStyles } from './PrintStyles';

const Block = ({ title, children }: { title: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ minWidth: 0 }}>
      <Typography variant="overline" component="h2" color="text.secondary">
        {translate(title)}
      </Typography>
      {children}
    </Box>
  );
};

const SlipContent = ({
  shipment,
  order,
  warehouse,
}: {
  shipment: Shipment;
  order: Order;
  warehouse?: Warehouse;
}) => {
  const translate = useTranslate();
  const formatDate = useFormatDate();
  const shop = useShopSettings();
  const label = (key: string) => translate(`kontor.shipments.slip.${key}`);
  const lineOf = (productId: number) => order.items.find((item) => item.productId === productId);
  return (
    <Stack spacing={3}>
      <Box>
        <Typography variant="h5" component="h2">
          {label('title')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate('kontor.shipments.slip.reference', {
            number: order.number,
            id: shipment.id,
            date: formatDate(order.placedAt, false),
          })}
        </Typography>
      </Box>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr 1fr' }, gap: 2 }}>
        <Block title="kontor.shipments.slip.shipTo">
          <RecordContextProvider value={order}>
            <AddressField source="shippingAddress" />
          </RecordContextProvider>
        </Block>
        <Block title="kontor.shipments.slip.from">
          {/* The sender is the shop (Settings → Shop); the warehouse says where the parcel left from. */}
          {[shop.name, ...addressLines(shop)].map((line, index) => (
            <Typography key={index} variant="body2" sx={{ fontWeight: index === 0 ? 500 : undefined }}>
              {line}
            </Typography>
          ))}
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {warehouse ? `${warehouse.name} (${warehouse.code}), ${warehouse.city}` : ''}
          </Typography>
        </Block>
        <Block title="kontor.shipments.slip.carrier">
          <Typography variant="body2">{shipment.carrier}</Typography>
          <Typography variant="body2" sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>
            {shipment.trackingNumber}
          </Typography>
        </Block>
      </Box>
      <Table size="small" aria-label={label('items')}>
        <TableHead>
          <TableRow>
            <TableCell>{label('sku')}</TableCell>
            <TableCell>{label('product')}</TableCell>
            <TableCell align="right">{label('quantity')}</TableCell>
            <TableCell align="center">{label('packed')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {shipment.items.map((item) => (
            <TableRow key={item.productId}>
              <TableCell sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
                {lineOf(item.productId)?.sku}
              </TableCell>
              <TableCell>{lineOf(item.productId)?.name}</TableCell>
              <TableCell align="right" sx={{ fontWeight: 600 }}>
                {item.quantity}
              </TableCell>
              <TableCell align="center" aria-hidden>
                ☐
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Typography variant="body2" color="text.secondary">
        {label('thanks')}
      </Typography>
    </Stack>
  );
};

/** A shipment's packing slip: what goes in the parcel and where it goes; printable on its own. */
const PackingSlip = () => {
  const translate = useTranslate();
  const { id } = useParams<{ id: string }>();
  const shipment = useGetOne<Shipment>('shipments', { id: Number(id) });
  const orderId = shipment.data?.orderId;
  const warehouseId = shipment.data?.warehouseId;
  const order = useGetOne<Order>('orders', { id: orderId ?? 0 }, { enabled: orderId !== undefined });
  const warehouse = useGetOne<Warehouse>(
    'warehouses',
    { id: warehouseId ?? 0 },
    { enabled: warehouseId !== undefined },
  );
  return (
    <Card sx={{ mt: { xs: 1, sm: 2 }, maxWidth: 900 }}>
      <PrintStyles />
      <Title title="kontor.shipments.slip.title" />
      <CardContent>
        <Box data-print="hide" sx={{ mb: 2, display: 'flex', justifyContent: 'flex-end' }}>
          <Button
            variant="contained"
            startIcon={<PrintIcon />}
            onClick={() => window.print()}
            sx={{ minHeight: 44 }}
          >
            {translate('kontor.shipments.slip.print')}
          </Button>
        </Box>
        {shipment.error || order.error ? (
          <Typography color="error">{translate('kontor.shipments.slip.error')}</Typography>
        ) : shipment.data && order.data ? (
          <SlipContent shipment={shipment.data} order={order.data} warehouse={warehouse.data} />
        ) : (
          <Loading />
        )}
      </CardContent>
    </Card>
  );
};

export default PackingSlip;
