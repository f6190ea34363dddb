import { useMediaQuery, type Theme } from '@mui/material';
import type { ReactNode } from 'react';
import { List, ListActions, useResourceContext, type ListProps, type SortPayload } from 'react-admin';
import { isCollectionName, RESOURCE_SCHEMAS } from '../domain/resources';
import { EmptyState } from './EmptyState';
import { FilterTools } from './SavedFilterPresets';

/** Phones get compact lists and stacked layouts; the breakpoint is MUI's `sm`. */
export const useIsSmall = () => useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));

export const PER_PAGE = 25;

/** The collection's own default order, so the first page matches what the API would pick. */
export function defaultSortOf(resource: string | undefined): SortPayload | undefined {
  if (!isCollectionName(resource)) return undefined;
  const [field, order] = RESOURCE_SCHEMAS[resource].defaultSort;
  return { field, order };
}

/** Renders `small` below the `sm` breakpoint and `wide` above it. */
export const Responsive = ({ wide, small }: { wide: ReactNode; small: ReactNode }) =>
  useIsSmall() ? small : wide;

export interface ResponsiveListProps extends Omit<ListProps, 'children'> {
  /** The table for wider screens (a DataTable). */
  table: ReactNode;
  /** The compact variant below the `sm` breakpoint (a SimpleList). */
  small: ReactNode;
}

/** react-admin's list actions (create, export) with Kontor's filter tools: server-stored presets. */
const listActions = <ListActions filters={<FilterTools />} />;

/** A server-paginated list that swaps its table for a compact list on phones. */
export const ResponsiveList = ({ table, small, ...props }: ResponsiveListProps) => {
  const resource = useResourceContext(props);
  return (
    <List
      perPage={PER_PAGE}
      sort={defaultSortOf(resource)}
      empty={<EmptyState />}
      actions={listActions}
      {...props}
    >
      <Responsive wide={table} small={small} />
    </List>
  );
};
