import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  FormControlLabel,
  LinearProgress,
  Radio,
  RadioGroup,
  Stack,
  Typography,
} from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, Title, useDataProvider, useNotify, useTranslate } from 'react-admin';
import { apiFailureOf } from '../../../components/apiError';
import { CsvFilePicker, type LoadedFile } from '../../../components/CsvFilePicker';
import type { KontorDataProvider } from '../../../providers/dataProvider';
import type { ImportMode } from '../../../providers/operations/catalog';
import { ImportReportView } from './ImportReportView';

type ApplyMode = Exclude<ImportMode, 'dry-run'>;
const APPLY_MODES: readonly ApplyMode[] = ['strict', 'partial'];

/** The API's field message for the file itself (no sku column, too many lines), else its message. */
function importErrorText(error: unknown): string {
  const { fields, message } = apiFailureOf(error);
  return fields.csv ?? message ?? '';
}

/**
 * `#/products/import`: choose a CSV file, see what a dry run would create,
 * update, leave unchanged and reject (with line numbers and reasons), then
 * apply it all-or-nothing or only the valid lines. Mounted behind access
 * guards for creating and editing products (see ../index.ts).
 */
const ProductImportPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<KontorDataProvider>();
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [mode, setMode] = useState<ApplyMode>('strict');

  const run = (importMode: ImportMode) => (csv: string) => dataProvider.importProducts(csv, importMode);
  const dryRun = useMutation({ mutationFn: run('dry-run') });
  const applied = useMutation({
    mutationFn: ({ csv, applyMode }: { csv: string; applyMode: ApplyMode }) => run(applyMode)(csv),
    onSuccess: (report) =>
      report.applied &&
      notify('kontor.products.import.done', {
        type: 'success',
        messageArgs: { created: report.created, updated: report.updated },
      }),
  });

  const choose = (loaded: LoadedFile) => {
    setFile(loaded);
    applied.reset();
    dryRun.mutate(loaded.text);
  };
  const busy = dryRun.isPending || applied.isPending;
  const check = dryRun.data;
  const failure = dryRun.error ?? applied.error;

  return (
    <Box sx={{ mt: { xs: 1, sm: 2 }, maxWidth: 960 }}>
      <Title title={translate('kontor.products.import.title')} />
      <Card>
        <CardContent>
          <Stack spacing={3}>
            <Box>
              <Typography variant="h6" component="h2" gutterBottom>
                {translate('kontor.products.import.title')}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {translate('kontor.products.import.intro')}
              </Typography>
            </Box>
            <CsvFilePicker onLoaded={choose} disabled={busy} current={file} />
            {busy && (
              <Box>
                <Typography variant="body2" color="text.secondary">
                  {translate(
                    dryRun.isPending ? 'kontor.products.import.checking' : 'kontor.products.import.applying',
                  )}
                </Typography>
                <LinearProgress aria-label={translate('kontor.products.import.working')} />
              </Box>
            )}
            {failure && <Alert severity="error">{importErrorText(failure)}</Alert>}
            {check && !applied.data && <ImportReportView report={check} />}
            {check && file && !applied.data && (
              <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
                <Typography component="legend" variant="subtitle2" sx={{ mb: 1 }}>
                  {translate('kontor.products.import.modeQuestion')}
                </Typography>
                <RadioGroup value={mode} onChange={(event) => setMode(event.target.value as ApplyMode)}>
                  {APPLY_MODES.map((candidate) => (
                    <FormControlLabel
                      key={candidate}
                      value={candidate}
                      control={<Radio />}
                      label={translate(`kontor.products.import.modes.${candidate}`)}
                      sx={{ minHeight: 44 }}
                    />
                  ))}
                </RadioGroup>
                <Button
                  variant="contained"
                  sx={{ mt: 1, minHeight: 44 }}
                  disabled={busy}
                  onClick={() => applied.mutate({ csv: file.text, applyMode: mode })}
                >
                  {translate('kontor.products.import.apply')}
                </Button>
              </Box>
            )}
            {applied.data && <ImportReportView report={applied.data} />}
            {applied.data && (
              <Box>
                <Button component={Link} to="/products" variant="outlined" sx={{ minHeight: 44 }}>
                  {translate('kontor.products.import.backToList')}
                </Button>
              </Box>
            )}
          </Stack>
        </CardContent>
      </Card>
    </Box>
  );
};

export default ProductImportPage;
