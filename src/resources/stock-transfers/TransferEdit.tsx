import { Alert } from '@mui/material';
import { Edit, useRecordContext, useTranslate } from 'react-admin';
import type { StockTransfer } from '../../domain/types';
import { TransferForm } from './TransferForm';

/** Only drafts change; once dispatched the transfer moves on through its steps. */
const DraftOnly = () => {
  const transfer = useRecordContext<StockTransfer>();
  const translate = useTranslate();
  if (!transfer) return null;
  if (transfer.status !== 'draft') {
    return (
      <Alert severity="info" sx={{ m: 2 }}>
        {translate('kontor.stock-transfers.onlyDraft')}
      </Alert>
    );
  }
  return <TransferForm />;
};

const TransferEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <DraftOnly />
  </Edit>
);

export default TransferEdit;
