import { Alert, Box, Stack, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { ReferenceField, Show, TextField, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { DetailGrid } from '../../components/DetailGrid';
import { LocalDateField } from '../../components/LocalDateField';
import { RecordHistory, withHistorySx } from '../../components/RecordHistory';
import { Section } from '../../components/Section';
import { UserField } from '../../components/UserField';
import type { StockTransfer } from '../../domain/types';
import { StatusChip } from '../../components/StatusChip';
import { TransferSteps } from './TransferSteps';

const label = (field: string) => `resources.stock-transfers.fields.${field}`;

/** What was sent and, once received, what arrived; shortfalls stand out. */
const TransferLines = () => {
  const transfer = useRecordContext<StockTransfer>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!transfer) return null;
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell>{translate(label('productId'))}</TableCell>
          <TableCell align="right">{translate(label('quantity'))}</TableCell>
          <TableCell align="right">{translate(label('receivedQuantity'))}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {transfer.items.map((item) => {
          const short = item.receivedQuantity !== null && item.receivedQuantity < item.quantity;
          return (
            <TableRow key={item.productId}>
              <TableCell>
                <ReferenceField
                  record={{ id: item.productId, ...item }}
                  source="productId"
                  reference="products"
                />
              </TableCell>
              <TableCell align="right">{item.quantity.toLocaleString(locale)}</TableCell>
              <TableCell
                align="right"
                sx={{ color: short ? 'error.main' : undefined, fontWeight: short ? 600 : undefined }}
              >
                {item.receivedQuantity === null ? '—' : item.receivedQuantity.toLocaleString(locale)}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
};

const Shortfall = () => {
  const transfer = useRecordContext<StockTransfer>();
  const translate = useTranslate();
  if (!transfer?.shortfallReason) return null;
  return (
    <Alert severity="warning">
      {translate('kontor.stock-transfers.shortfall', { reason: transfer.shortfallReason })}
    </Alert>
  );
};

/** A transfer: route, status and dates, its lines, and the steps it can take next. */
const TransferShow = () => (
  <Show actions={false} aside={<RecordHistory resource="stock-transfers" />} sx={withHistorySx}>
    <Stack spacing={3} sx={{ p: 2 }}>
      <TransferSteps />
      <DetailGrid columns={4}>
        <TextField source="number" />
        <StatusChip kind="transfer" source="status" label={label('status')} />
        <ReferenceField source="fromWarehouseId" reference="warehouses" link={false} />
        <ReferenceField source="toWarehouseId" reference="warehouses" link={false} />
        <LocalDateField source="createdAt" />
        <LocalDateField source="dispatchedAt" emptyText="—" />
        <LocalDateField source="receivedAt" emptyText="—" />
        <LocalDateField source="cancelledAt" emptyText="—" />
        <UserField source="createdBy" />
        <TextField source="note" emptyText="—" />
      </DetailGrid>
      <Shortfall />
      <Section title="kontor.stock-transfers.lines">
        <Box sx={{ overflowX: 'auto' }}>
          <TransferLines />
        </Box>
      </Section>
    </Stack>
  </Show>
);

export default TransferShow;
