import MoveToInboxIcon from '@mui/icons-material/MoveToInbox';
import NotificationsActiveIcon from '@mui/icons-material/NotificationsActive';
import { Badge } from '@mui/material';
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
        <Button
          component={Link}
          to="/stock-levels/low-stock"
          label="kontor.stock-levels.lowStock.title"
          // The count goes in the button's description, and the badge is hidden from assistive
          // technology: the name must contain the text the button shows (WCAG 2.5.3).
          title={
            lowStock ? translate('kontor.stock-levels.lowStock.count', { smart_count: lowStock }) : undefined
          }
        >
          <Badge
            badgeContent={lowStock}
            color="warning"
            max={999}
            slotProps={{ badge: { 'aria-hidden': true } }}
          >
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
