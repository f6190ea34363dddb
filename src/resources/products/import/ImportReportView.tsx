import { Alert, Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { useFormatProblem } from '../../../components/problems';
import type { ImportReport, RejectedLine } from '../../../providers/operations/catalog';

/** A long list of rejected lines shows this many; the rest are counted. */
export const REJECTED_SHOWN = 200;

const COUNTS = ['created', 'updated', 'unchanged'] as const;

const Count = ({ label, value, color }: { label: string; value: number; color?: string }) => {
  const [locale] = useLocaleState();
  return (
    <Box sx={{ px: 2, py: 1, borderRadius: 1, bgcolor: 'action.hover', minWidth: 96 }}>
      <Typography variant="h6" component="p" sx={{ color }}>
        {value.toLocaleString(locale)}
      </Typography>
      <Typography variant="caption" color="text.secondary">
        {label}
      </Typography>
    </Box>
  );
};

const Problems = ({ line }: { line: RejectedLine }) => {
  const translate = useTranslate();
  const formatProblem = useFormatProblem();
  return (
    <>
      {Object.entries(line.errors).map(([field, problem]) => (
        <Box key={field} component="span" sx={{ display: 'block' }}>
          <strong>{translate(`resources.products.fields.${field}`, { _: field })}:</strong>{' '}
          {formatProblem(problem)}
        </Box>
      ))}
    </>
  );
};

/** What an import did or would do: counts, and every rejected line with its reasons. */
export const ImportReportView = ({ report }: { report: ImportReport }) => {
  const translate = useTranslate();
  const shown = report.rejected.slice(0, REJECTED_SHOWN);
  const heading =
    report.mode === 'dry-run' ? 'dryRunTitle' : report.applied ? 'appliedTitle' : 'notAppliedTitle';
  return (
    <Box sx={{ minWidth: 0 }}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>
        {translate(`kontor.products.import.${heading}`)}
      </Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mb: 2 }}>
        {COUNTS.map((count) => (
          <Count
            key={count}
            label={translate(`kontor.products.import.counts.${count}`)}
            value={report[count]}
          />
        ))}
        <Count
          label={translate('kontor.products.import.counts.rejected')}
          value={report.rejected.length}
          color={report.rejected.length > 0 ? 'error.main' : undefined}
        />
      </Box>
      {report.rejected.length > 0 && (
        <>
          <Alert severity="warning" sx={{ mb: 1 }}>
            {translate('kontor.products.import.rejectedHint', { smart_count: report.rejected.length })}
          </Alert>
          <Box sx={{ overflowX: 'auto' }}>
            <Table size="small" aria-label={translate('kontor.products.import.rejectedTable')}>
              <TableHead>
                <TableRow>
                  <TableCell>{translate('kontor.products.import.line')}</TableCell>
                  <TableCell>{translate('resources.products.fields.sku')}</TableCell>
                  <TableCell>{translate('kontor.products.import.reasons')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {shown.map((line) => (
                  <TableRow key={line.line}>
                    <TableCell>{line.line}</TableCell>
                    <TableCell sx={{ overflowWrap: 'anywhere' }}>{line.sku || '—'}</TableCell>
                    <TableCell>
                      <Problems line={line} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
          {report.rejected.length > shown.length && (
            <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
              {translate('kontor.products.import.moreRejected', {
                smart_count: report.rejected.length - shown.length,
              })}
            </Typography>
          )}
        </>
      )}
    </Box>
  );
};
