import DownloadIcon from '@mui/icons-material/Download';
import { useState } from 'react';
import { Button, useCanAccess, useDataProvider, useListContext, useNotify } from 'react-admin';
import { apiFailureOf } from '../../components/apiError';
import { saveFile } from '../../components/download';
import type { KontorDataProvider } from '../../providers/dataProvider';

/**
 * Downloads every movement matching the list's filters as CSV, straight from
 * the API's export (not capped at a page, unlike react-admin's own export).
 */
export const ExportLedgerButton = () => {
  const { filterValues, filter, total } = useListContext();
  const { canAccess } = useCanAccess({ resource: 'stock-movements', action: 'export' });
  const dataProvider = useDataProvider<KontorDataProvider>();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  if (!canAccess) return null;

  const exportAll = async () => {
    setBusy(true);
    try {
      const { blob, fileName } = await dataProvider.exportStockMovements({ ...filterValues, ...filter });
      saveFile(blob, fileName);
    } catch (error) {
      notify(apiFailureOf(error).message ?? 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button label="ra.action.export" onClick={exportAll} disabled={busy || total === 0}>
      <DownloadIcon />
    </Button>
  );
};
