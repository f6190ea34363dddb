import ScheduleIcon from '@mui/icons-material/Schedule';
import { Chip, Tooltip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { PresentedOrder } from '../../providers/operations/orders';

/**
 * "Late" when the API says the order was paid longer ago than the service
 * level and is still not fully shipped; nothing otherwise.
 */
// `label` is read by DataTable headers; the value comes from the record.
export const LateChip = (_props: { label?: string }) => {
  const order = useRecordContext<PresentedOrder>();
  const translate = useTranslate();
  if (!order?.late) return null;
  return (
    <Tooltip title={translate('kontor.orders.lateHelp')}>
      <Chip
        size="small"
        color="warning"
        icon={<ScheduleIcon />}
        label={translate('kontor.orders.late')}
        sx={{ width: 'fit-content' }}
      />
    </Tooltip>
  );
};

/** The order number with its late flag, for lists and references. */
export const OrderNumberField = (_props: { label?: string }) => {
  const order = useRecordContext<PresentedOrder>();
  if (!order) return null;
  return (
    <span style={{ display: 'inline-flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
      <span style={{ whiteSpace: 'nowrap' }}>{order.number}</span>
      <LateChip />
    </span>
  );
};
