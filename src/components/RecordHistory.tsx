import { Box, Card, CardContent, Divider, Stack, Typography } from '@mui/material';
import {
  Link,
  RecordContextProvider,
  useCanAccess,
  useGetList,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { AuditEntry, Id } from '../domain/types';
import { ChangeList } from './ChangeList';
import { LocalDateField } from './LocalDateField';
import { StatusChip } from './StatusChip';

const SHOWN = 20;

export interface RecordHistoryProps {
  /** The collection of the record in context, e.g. "products". */
  resource: string;
}

/**
 * The audit entries of the record in context, newest first. Renders nothing
 * for roles that may not read the audit log, so it can sit on any page.
 */
export const RecordHistory = ({ resource }: RecordHistoryProps) => {
  const record = useRecordContext();
  const { canAccess } = useCanAccess({ resource: 'audit-log', action: 'list' });
  if (!canAccess || record?.id == null) return null;
  return <HistoryCard resource={resource} recordId={Number(record.id)} />;
};

/** Lays a page's main card and its history side by side on wide screens, stacked on phones. */
export const withHistorySx = {
  '& .RaShow-main, & .RaEdit-main': {
    flexDirection: { xs: 'column', md: 'row' },
    // Stacked, the form card must span the width rather than shrink to its content.
    alignItems: { xs: 'stretch', md: 'flex-start' },
    gap: 2,
  },
  // Beside the history, the main card takes the room left and no more: without minWidth 0 a flex
  // item is as wide as its widest table, and the page grew wider than the window.
  '& .RaShow-card, & .RaEdit-card': { minWidth: 0, flex: 1 },
} as const;

const HistoryCard = ({ resource, recordId }: { resource: string; recordId: Id }) => {
  const translate = useTranslate();
  const filter = { resource, recordId };
  const { data, total, isPending, error } = useGetList<AuditEntry>('audit-log', {
    filter,
    sort: { field: 'at', order: 'DESC' },
    pagination: { page: 1, perPage: SHOWN },
  });
  return (
    <Card component="aside" sx={{ width: { xs: '100%', md: 340 }, flexShrink: 0, alignSelf: 'flex-start' }}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('kontor.history.title')}
        </Typography>
        {error ? (
          <Typography color="error">{translate('kontor.history.error')}</Typography>
        ) : isPending ? null : data.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {translate('kontor.history.empty')}
          </Typography>
        ) : (
          <Stack divider={<Divider flexItem />} spacing={1.5}>
            {data.map((entry) => (
              <RecordContextProvider key={entry.id} value={entry}>
                <Box>
                  <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 0.5 }}>
                    <StatusChip kind="auditAction" source="action" />
                    <LocalDateField source="at" variant="caption" />
                  </Stack>
                  <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 0.5 }}>
                    {entry.username || translate('kontor.common.system')}
                  </Typography>
                  {entry.changes.length > 0 && <ChangeList resource={resource} changes={entry.changes} />}
                </Box>
              </RecordContextProvider>
            ))}
          </Stack>
        )}
        {(total ?? 0) > SHOWN && (
          <Link
            to={`/audit-log?filter=${encodeURIComponent(JSON.stringify(filter))}`}
            sx={{ display: 'inline-block', mt: 2 }}
          >
            {translate('kontor.history.seeAll', { count: total ?? 0 })}
          </Link>
        )}
      </CardContent>
    </Card>
  );
};
