import EditIcon from '@mui/icons-material/Edit';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import TuneIcon from '@mui/icons-material/Tune';
import { Button, IconButton, Stack, Tooltip } from '@mui/material';
import type { MouseEvent, ReactElement, ReactNode } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import type { StockLevel } from '../../domain/types';
import { useStockActions } from './StockActions';

/** Inside a clickable row, a button press must not also open the row. */
const withoutRowClick = (work: () => void) => (event: MouseEvent) => {
  event.stopPropagation();
  work();
};

export interface RowActionProps {
  /** `compact`: an icon with a tooltip, for table rows; `large`: a labelled 44 px button, for cards and pages. */
  size: 'compact' | 'large';
  icon: ReactElement;
  label: string;
  onClick: () => void;
  primary?: boolean;
}

export const RowAction = ({ size, icon, label, onClick, primary = false }: RowActionProps) => {
  const translate = useTranslate();
  const text = translate(label);
  if (size === 'compact') {
    return (
      <Tooltip title={text}>
        <IconButton aria-label={text} color="primary" size="small" onClick={withoutRowClick(onClick)}>
          {icon}
        </IconButton>
      </Tooltip>
    );
  }
  return (
    <Button
      variant={primary ? 'contained' : 'outlined'}
      startIcon={icon}
      onClick={withoutRowClick(onClick)}
      sx={{ minHeight: 44, whiteSpace: 'nowrap' }}
    >
      {text}
    </Button>
  );
};

export const RowActions = ({ size, children }: { size: 'compact' | 'large'; children: ReactNode }) => (
  <Stack
    direction="row"
    spacing={size === 'large' ? 1 : 0}
    useFlexGap
    sx={{
      flexWrap: size === 'large' ? 'wrap' : 'nowrap',
      justifyContent: size === 'large' ? 'flex-start' : 'flex-end',
    }}
  >
    {children}
  </Stack>
);

export interface StockRowActionsProps {
  size?: 'compact' | 'large';
}

/** Count, adjust and edit buttons for the stock level in context, as far as the user may use them. */
export const StockRowActions = ({ size = 'compact' }: StockRowActionsProps) => {
  const level = useRecordContext<StockLevel>();
  const actions = useStockActions();
  if (!level) return null;
  const canAdjust = actions.canAdjust(level.warehouseId);
  return (
    <RowActions size={size}>
      {canAdjust && (
        <RowAction
          size={size}
          primary
          icon={<FactCheckIcon />}
          label="kontor.stock-levels.actions.count"
          onClick={() => actions.adjust({ level, reason: 'count' })}
        />
      )}
      {canAdjust && (
        <RowAction
          size={size}
          icon={<TuneIcon />}
          label="kontor.stock-levels.actions.adjust"
          onClick={() => actions.adjust({ level })}
        />
      )}
      {actions.canEdit(level.warehouseId) && (
        <RowAction
          size={size}
          icon={<EditIcon />}
          label="kontor.stock-levels.actions.edit"
          onClick={() => actions.edit(level)}
        />
      )}
    </RowActions>
  );
};
