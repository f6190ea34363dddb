/**
 * Bulk actions on a selection or on everything the list's filter matches.
 * Selecting a whole page offers "select all N matching"; the bulk buttons then
 * ask `useBulkTargets()` and send the filter instead of the page's ids, so the
 * API works on every match, not only the rows loaded.
 */
import { Button } from '@mui/material';
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { BulkActionsToolbar, useListContext, useTranslate } from 'react-admin';
import type { BulkTargets } from '../providers/operations/catalog';

interface BulkScope {
  allMatching: boolean;
  setAllMatching(on: boolean): void;
}

const BulkScopeContext = createContext<BulkScope>({ allMatching: false, setAllMatching: () => undefined });

/**
 * The choice holds only for the selection and filter it was made with: changing
 * either (unticking a row, refining the filter) falls back to the ticked rows.
 */
const BulkScopeProvider = ({ children }: { children: ReactNode }) => {
  const { selectedIds, filterValues } = useListContext();
  const [chosenFor, setChosenFor] = useState<string | null>(null);
  const current = JSON.stringify([selectedIds, filterValues]);
  const allMatching = chosenFor === current;
  const scope = useMemo(
    () => ({ allMatching, setAllMatching: (on: boolean) => setChosenFor(on ? current : null) }),
    [allMatching, current],
  );
  return <BulkScopeContext.Provider value={scope}>{children}</BulkScopeContext.Provider>;
};

/** What a bulk action should work on: the ticked ids, or the list's filter. */
export function useBulkTargets(): BulkTargets & { count: number } {
  const { allMatching } = useContext(BulkScopeContext);
  const { selectedIds, filterValues, total } = useListContext();
  return allMatching
    ? { filter: filterValues as NonNullable<BulkTargets['filter']>, count: total ?? selectedIds.length }
    : { ids: selectedIds, count: selectedIds.length };
}

const SelectAllMatchingButton = () => {
  const { allMatching, setAllMatching } = useContext(BulkScopeContext);
  const { selectedIds, data = [], total = 0 } = useListContext();
  const translate = useTranslate();
  const wholePage = data.length > 0 && data.every((record) => selectedIds.includes(record.id));
  if (!wholePage || total <= selectedIds.length) return null;
  return (
    <Button size="small" onClick={() => setAllMatching(!allMatching)} sx={{ ml: 1 }}>
      {translate(allMatching ? 'kontor.selection.onlyPage' : 'kontor.selection.allMatching', {
        smart_count: allMatching ? selectedIds.length : total,
      })}
    </Button>
  );
};

const ScopedToolbar = ({ children }: { children: ReactNode }) => {
  const { allMatching } = useContext(BulkScopeContext);
  const { total } = useListContext();
  const translate = useTranslate();
  const label = allMatching
    ? translate('kontor.selection.allSelected', { smart_count: total ?? 0 })
    : 'ra.action.bulk_actions';
  return (
    <BulkActionsToolbar label={label} selectAllButton={<SelectAllMatchingButton />}>
      {children}
    </BulkActionsToolbar>
  );
};

/** A DataTable's `bulkActionsToolbar` whose buttons may act on every match of the filter. */
export const SelectAllMatchingToolbar = ({ children }: { children: ReactNode }) => (
  <BulkScopeProvider>
    <ScopedToolbar>{children}</ScopedToolbar>
  </BulkScopeProvider>
);
