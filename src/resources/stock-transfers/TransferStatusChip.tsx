import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { ChipColor } from '../../components/statusColors';
import type { StockTransfer, TransferStatus } from '../../domain/types';

export const TRANSFER_STATUS_COLORS: Record<TransferStatus, ChipColor> = {
  draft: 'default',
  in_transit: 'info',
  received: 'success',
  cancelled: 'warning',
};

/** A transfer's status as a coloured chip. */
export const TransferStatusChip = (_props: { label?: string }) => {
  const transfer = useRecordContext<StockTransfer>();
  const translate = useTranslate();
  if (!transfer) return null;
  return (
    <Chip
      size="small"
      sx={{ width: 'fit-content' }}
      color={TRANSFER_STATUS_COLORS[transfer.status]}
      label={translate(`kontor.stock-transfers.status.${transfer.status}`)}
    />
  );
};
