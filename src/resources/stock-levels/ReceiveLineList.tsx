import DeleteIcon from '@mui/icons-material/Delete';
import { Box, IconButton, List, ListItem, TextField, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Product } from '../../domain/types';
import type { ReceiveLine } from './receiveLines';
import { productForCode } from './useProductsByCode';

export interface ReceiveLineListProps {
  lines: readonly ReceiveLine[];
  products: Map<string, Product> | undefined;
  /** The API's messages per line index. */
  errors: Map<number, string[]>;
  onQuantityChange: (key: number, quantity: number) => void;
  onRemove: (key: number) => void;
}

/** The lines to book with the product each code names; the API's objections sit on their line. */
export const ReceiveLineList = ({
  lines,
  products,
  errors,
  onQuantityChange,
  onRemove,
}: ReceiveLineListProps) => {
  const translate = useTranslate();
  return (
    <List disablePadding aria-label={translate('kontor.stock-levels.receive.lines')}>
      {lines.map((line, index) => {
        const product = productForCode(products, line.code);
        const messages = errors.get(index) ?? [];
        const unknown = products !== undefined && !product;
        return (
          <ListItem
            key={line.key}
            divider
            disableGutters
            aria-invalid={messages.length > 0 || undefined}
            sx={{
              display: 'grid',
              gridTemplateColumns: 'minmax(0, 1fr) 88px 44px',
              gap: 1,
              alignItems: 'center',
              bgcolor: messages.length > 0 ? 'action.hover' : undefined,
            }}
          >
            <Box sx={{ minWidth: 0 }}>
              <Typography variant="body2" sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>
                {index + 1}. {line.code}
              </Typography>
              <Typography
                variant="body2"
                color={unknown ? 'warning.main' : 'text.secondary'}
                sx={{ overflowWrap: 'anywhere' }}
              >
                {product ? product.name : unknown ? translate('kontor.stock-levels.receive.unknown') : '…'}
              </Typography>
              {messages.map((message) => (
                <Typography key={message} variant="body2" color="error" role="alert">
                  {message}
                </Typography>
              ))}
            </Box>
            <TextField
              size="small"
              value={line.quantity}
              onChange={(event) => {
                const quantity = Number(event.target.value);
                if (Number.isInteger(quantity) && quantity >= 0) onQuantityChange(line.key, quantity);
              }}
              slotProps={{
                htmlInput: {
                  inputMode: 'numeric',
                  'aria-label': translate('kontor.stock-levels.receive.quantityOf', { code: line.code }),
                },
              }}
            />
            <IconButton
              onClick={() => onRemove(line.key)}
              aria-label={translate('kontor.stock-levels.receive.remove', { code: line.code })}
              sx={{ width: 44, height: 44 }}
            >
              <DeleteIcon />
            </IconButton>
          </ListItem>
        );
      })}
    </List>
  );
};
