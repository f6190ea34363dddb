import MoveToInboxIcon from '@mui/icons-material/MoveToInbox';
import NotificationsActiveIcon from '@mui/icons-material/NotificationsActive';
import { Badge, Button as MuiButton } from '@mui/material';
import { Button, Link, useCanAccess, useTranslate } from 'react-admin';
import { useLowStockCount } from './useLowStockCount';

/** Links to the low-stock inbox (with its count) and the quick receive page. */
export const StockShortcuts = ({ inbox = true }: { inbox?: boolean }) => {
  const lowStock = useLowStockCount();
  const translate = useTranslate();
  const { canAccess: canReceive } = useCanAccess({ resource: 'stock-adjustments', action: 'create' });
  return (
    <>
      {inbox && (
        // MUI's button rather than react-admin's, which would name it "Low stock" by aria-label
        // while it shows "65 Low stock" (WCAG 2.5.3); named by its content, the count is read out too.
        <MuiButton
          component={Link}
          to="/stock-levels/low-stock"
          size="small"
          startIcon={
            <Badge badgeContent={lowStock} color="warning" max={999}>
              <NotificationsActiveIcon />
            </Badge>
          }
        >
          {translate('kontor.stock-levels.lowStock.title')}
        </MuiButton>
      )}
      {canReceive && (
        <Button component={Link} to="/stock-levels/receive" label="kontor.stock-levels.receive.title">
          <MoveToInboxIcon />
        </Button>
      )}
    </>
  );
};
