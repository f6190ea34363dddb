/**
 * The toolbar above a list: filters with their server-stored presets, create
 * (when the resource has a create screen) and the server's full CSV export instead of react-admin's own,
 * which stops at 1,000 rows. Lists with more to offer pass their own buttons
 * as children; they come before the export.
 */
import type { ReactNode } from 'react';
import { CreateButton, TopToolbar, useFilterContext, useResourceDefinition } from 'react-admin';
import { CsvExportButton } from './CsvExportButton';
import { FilterTools } from './SavedFilterPresets';

export const ListToolbar = ({ children, create = true }: { children?: ReactNode; create?: boolean }) => {
  const filters = useFilterContext();
  const { hasCreate } = useResourceDefinition();
  return (
    <TopToolbar>
      {filters && filters.length > 0 && <FilterTools />}
      {create && hasCreate && <CreateButton />}
      {children}
      <CsvExportButton />
    </TopToolbar>
  );
};
