import MoveToInboxIcon from '@mui/icons-material/MoveToInbox';
import NotificationsActiveIcon from '@mui/icons-material/NotificationsActive';
import { Badge } from '@mui/material';
import { Button, Link, useCanAccess } from 'react-admin';
import { useLowStockCount } from './useLowStockCount';

/** Links to the low-stock inbox (with its count) and the quick receive page. */
export const StockShortcuts = ({ inbox = true }: { inbox?: boolean }) => {
  const lowStock = useLowStockCount();
  const { canAccess: canReceive } = useCanAccess({ resource: 'stock-adjustments', action: 'create' });
  return (
    <>
      {inbox && (
        <Button component={Link} to="/stock-levels/low-stock" label="kontor.stock-levels.lowStock.title">
          <Badge badgeContent={lowStock} color="warning" max={999}>
            <NotificationsActiveIcon />
          </Badge>
        </Button>
      )}
      {canReceive && (
        <Button component={Link} to="/stock-levels/receive" label="kontor.stock-levels.receive.title">
          <MoveToInboxIcon />
        </Button>
      )}
    </>
  );
};
