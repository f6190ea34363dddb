import { Box, Tab, Tabs } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useListContext, useLocaleState, useTranslate } from 'react-admin';
import { isStatusCounted } from '../domain/contract/routes';
import type { KontorDataProvider } from '../providers/dataProvider';
import { statusLabelKey, type StatusKind } from './statusColors';

const ALL = 'all';

export interface StatusTabsProps {
  kind: StatusKind;
  statuses: readonly string[];
}

/**
 * How many records each status has under the list's other filters, in one
 * request. The key starts with the resource, as react-admin's own list keys
 * do, so whatever refreshes the list (a refresh, a mutation on the resource)
 * refreshes the counts too.
 */
function useStatusCounts(resource: string, filter: Record<string, unknown>): Map<string, number> {
  const dataProvider = useDataProvider<KontorDataProvider>();
  const { data } = useQuery({
    queryKey: [resource, 'getStatusCounts', filter],
    queryFn: ({ signal }) =>
      isStatusCounted(resource) ? dataProvider.getStatusCounts(resource, filter, signal) : null,
  });
  return new Map(data ? [[ALL, data.all], ...Object.entries(data.byStatus)] : []);
}

/**
 * One tab per status (and "All") above a list, each with its count; choosing
 * a tab sets the list's `status` filter, keeping the others. The resource's
 * messages name the tab bar and the "All" tab: `kontor.<resource>.tabs.label|all`.
 */
export const StatusTabs = ({ kind, statuses }: StatusTabsProps) => {
  const { filterValues, setFilters, displayedFilters, resource } = useListContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { status, ...others } = filterValues as Record<string, unknown>;
  const counts = useStatusCounts(resource, others);
  const current = typeof status === 'string' && statuses.includes(status) ? status : ALL;

  const select = (next: string) =>
    setFilters(next === ALL ? others : { ...others, status: next }, displayedFilters);
  const label = (value: string) => {
    const count = counts.get(value);
    const name =
      value === ALL ? translate(`kontor.${resource}.tabs.all`) : translate(statusLabelKey(kind, value));
    return (
      <span>
        {name}
        {count !== undefined && ' '}
        {count !== undefined && (
          <Box component="span" sx={{ ml: 0.5, color: 'text.secondary', fontWeight: 400 }}>
            {count.toLocaleString(locale)}
          </Box>
        )}
      </span>
    );
  };

  return (
    <Tabs
      value={current}
      onChange={(_event, next: string) => select(next)}
      variant="scrollable"
      scrollButtons="auto"
      allowScrollButtonsMobile
      aria-label={translate(`kontor.${resource}.tabs.label`)}
      // Size containment: the tab row scrolls within the list's width instead of widening the page to fit every tab.
      sx={{ borderBottom: 1, borderColor: 'divider', minHeight: 44, contain: 'inline-size' }}
    >
      {[ALL, ...statuses].map((value) => (
        <Tab key={value} value={value} label={label(value)} sx={{ minHeight: 44, textTransform: 'none' }} />
      ))}
    </Tabs>
  );
};
