/**
 * The stock dialogs (adjust/count, edit reorder point and bin) are opened from
 * table rows, phone cards, the scanner search and the show page; one provider
 * per screen holds them, so each screen renders them once.
 */
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { StockLevel } from '../../domain/types';
import { useStockPermissions, type StockPermissions } from './access';
import { AdjustStockDialog, type AdjustTarget } from './AdjustStockDialog';
import { EditStockLevelDialog } from './EditStockLevelDialog';

export interface StockActions extends StockPermissions {
  adjust: (target: AdjustTarget) => void;
  edit: (level: StockLevel) => void;
}

const StockActionsContext = createContext<StockActions | null>(null);

export function useStockActions(): StockActions {
  const actions = useContext(StockActionsContext);
  if (!actions) throw new Error('useStockActions needs a <StockActionsProvider> around it');
  return actions;
}

export const StockActionsProvider = ({ children }: { children: ReactNode }) => {
  const permissions = useStockPermissions();
  const [adjusting, setAdjusting] = useState<AdjustTarget | null>(null);
  const [editing, setEditing] = useState<StockLevel | null>(null);
  const actions = useMemo(() => ({ ...permissions, adjust: setAdjusting, edit: setEditing }), [permissions]);
  return (
    <StockActionsContext.Provider value={actions}>
      {children}
      {adjusting && <AdjustStockDialog target={adjusting} onClose={() => setAdjusting(null)} />}
      {editing && <EditStockLevelDialog level={editing} onClose={() => setEditing(null)} />}
    </StockActionsContext.Provider>
  );
};
