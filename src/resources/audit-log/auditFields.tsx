import { Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { ChangeList } from '../../components/ChangeList';
import type { AuditEntry } from '../../domain/types';

/** `label` is read by DataTable headers; values come from the record. */
interface RecordFieldProps {
  label?: string;
}

/** The collection an entry concerns, by its translated plural name. */
export const AuditResourceField = (_props: RecordFieldProps) => {
  const entry = useRecordContext<AuditEntry>();
  const translate = useTranslate();
  if (!entry?.resource) return null;
  return <span>{translate(`resources.${entry.resource}.name`, { smart_count: 2, _: entry.resource })}</span>;
};

/** The changed fields' names, for scanning the list; the expand panel has the values. */
export const ChangedFieldsSummary = (_props: RecordFieldProps) => {
  const entry = useRecordContext<AuditEntry>();
  const translate = useTranslate();
  if (!entry || entry.changes.length === 0) return null;
  const names = entry.changes.map(({ field }) =>
    translate(`resources.${entry.resource}.fields.${field}`, { _: field }),
  );
  return (
    <Typography variant="body2" component="span" title={names.join(', ')}>
      {names.length <= 3
        ? names.join(', ')
        : translate('kontor.audit-log.fieldCount', { smart_count: names.length })}
    </Typography>
  );
};

/** Each change of the entry as field: before → after, plus its note. */
export const AuditEntryDetails = () => {
  const entry = useRecordContext<AuditEntry>();
  if (!entry) return null;
  return (
    <>
      <ChangeList resource={entry.resource} changes={entry.changes} />
      {entry.note && (
        <Typography variant="body2" sx={{ mt: 1, whiteSpace: 'pre-line' }}>
          {entry.note}
        </Typography>
      )}
    </>
  );
};
