/**
 * Exports every record matching the list's filter, in the list's order, as the
 * API's CSV (react-admin's ExportButton stops at 1,000 rows and formats on the
 * client). The file is fetched with the bearer token and handed to the browser
 * as a download, since a plain link could not send the token.
 */
import DownloadIcon from '@mui/icons-material/Download';
import { CircularProgress } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import {
  Button,
  useCanAccess,
  useDataProvider,
  useListContext,
  useNotify,
  useResourceContext,
} from 'react-admin';
import type { KontorDataProvider } from '../providers/dataProvider';
import { saveFile } from './download';

export const CsvExportButton = ({ label = 'ra.action.export' }: { label?: string }) => {
  const resource = useResourceContext() ?? '';
  const { filterValues, sort, total } = useListContext();
  const { canAccess } = useCanAccess({ resource, action: 'export' });
  const dataProvider = useDataProvider<KontorDataProvider>();
  const notify = useNotify();
  const { mutate, isPending } = useMutation({
    mutationFn: () =>
      dataProvider.exportCsv(resource, {
        filter: filterValues as Record<string, unknown>,
        sort: [sort.field, sort.order],
      }),
    onSuccess: (file) => {
      saveFile(new Blob([file.text], { type: 'text/csv;charset=utf-8' }), file.filename);
      notify('kontor.export.done', { type: 'info', messageArgs: { smart_count: file.rows ?? 0 } });
    },
    onError: (error: Error) => notify(error.message || 'ra.notification.http_error', { type: 'error' }),
  });
  if (!canAccess) return null;
  return (
    <Button label={label} onClick={() => mutate()} disabled={isPending || total === 0}>
      {isPending ? <CircularProgress size={18} color="inherit" /> : <DownloadIcon />}
    </Button>
  );
};
