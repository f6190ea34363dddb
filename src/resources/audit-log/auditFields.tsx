import { Typography } from '@mui/material';
import type { MouseEvent } from 'react';
import {
  Link,
  useCreatePath,
  usePermissions,
  useRecordContext,
  useResourceDefinitions,
  useTranslate,
  type TranslateFunction,
} from 'react-admin';
import { ChangeList } from '../../components/ChangeList';
import { can, isRole } from '../../domain/permissions';
import type { AuditEntry } from '../../domain/types';

/** `label` is read by DataTable headers; values come from the record. */
interface RecordFieldProps {
  label?: string;
}

/**
 * A collection's name as the console shows it (the menu's plural), else the
 * domain catalogue's term (for collections without a screen, such as returns).
 */
export function areaLabel(translate: TranslateFunction, resource: string): string {
  const term = translate(`domain.collections.${resource}`, { _: resource });
  return translate(`resources.${resource}.name`, {
    smart_count: 2,
    _: term.charAt(0).toUpperCase() + term.slice(1),
  });
}

/** The collection an entry concerns, by its translated plural name. */
export const AuditResourceField = (_props: RecordFieldProps) => {
  const entry = useRecordContext<AuditEntry>();
  const translate = useTranslate();
  if (!entry?.resource) return null;
  return <span>{areaLabel(translate, entry.resource)}</span>;
};

/** The record's id, linked to its page when the console has one this role may open. */
export const AuditRecordField = (_props: RecordFieldProps) => {
  const entry = useRecordContext<AuditEntry>();
  const definitions = useResourceDefinitions();
  const createPath = useCreatePath();
  const definition = entry ? definitions[entry.resource] : undefined;
  // The role from usePermissions is cached once; a canAccess query per row would be one per entry.
  const { permissions: role } = usePermissions<unknown>();
  const type = definition?.hasShow ? 'show' : definition?.hasEdit ? 'edit' : null;
  if (entry?.recordId == null) return null;
  if (!type || !isRole(role) || !can(role, type, entry.resource)) return <span>{entry.recordId}</span>;
  return (
    <Link
      to={createPath({ resource: entry.resource, id: entry.recordId, type })}
      // The row expands on click; following the link should not also toggle it.
      onClick={(event: MouseEvent) => event.stopPropagation()}
    >
      {entry.recordId}
    </Link>
  );
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
