import DeleteIcon from '@mui/icons-material/DeleteOutline';
import { isValidCartQuantity, MAX_CART_QUANTITY } from '../../domain/promotions';
import {
  IconButton,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useGetMany, useTranslate } from 'react-admin';
import { useFormatMoney } from '../../components/MoneyField';
import type { PriceResult } from '../../domain/pricing';
import type { Id, Product } from '../../domain/types';

export interface CartItem {
  productId: Id;
  /** 0 while the quantity typed is not a whole number from 1 up. */
  quantity: number;
}

export const isValidQuantity = isValidCartQuantity;

export interface DryRunCartProps {
  items: CartItem[];
  onChange: (items: CartItem[]) => void;
  /** The price with the form's promotion; only shown when it was computed for exactly these items. */
  after: PriceResult | undefined;
  /** The price without it. */
  before: PriceResult | undefined;
  /** The form's promotion's share of each line's discount. */
  candidateLineAmounts: readonly number[];
}

function pricedFor(result: PriceResult | undefined, items: readonly CartItem[]): PriceResult | undefined {
  if (!result || result.lines.length !== items.length) return undefined;
  const matches = result.lines.every(
    (line, n) => line.productId === items[n]!.productId && line.quantity === items[n]!.quantity,
  );
  return matches ? result : undefined;
}

const num = { textAlign: 'right', whiteSpace: 'nowrap', px: 1 } as const;

/** The sample cart: each line with its quantity to edit, and its price before and after. */
export const DryRunCart = ({ items, onChange, after, before, candidateLineAmounts }: DryRunCartProps) => {
  const translate = useTranslate();
  const money = useFormatMoney();
  const { data: products } = useGetMany<Product>('products', { ids: items.map((item) => item.productId) });
  const names = new Map((products ?? []).map((product) => [product.id, product.name]));
  const priced = pricedFor(after, items);
  const baseline = priced ? pricedFor(before, items) : undefined;
  const show = (cents: number | undefined) => (cents === undefined ? '…' : money(cents));
  const setQuantity = (index: number, text: string) => {
    const quantity = /^\d+$/.test(text) ? Number(text) : 0;
    onChange(items.map((item, n) => (n === index ? { ...item, quantity } : item)));
  };

  return (
    <Table size="small" sx={{ '& td, & th': { px: 0.5 } }}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('kontor.promotions.dryRun.product')}</TableCell>
          <TableCell sx={num}>{translate('kontor.promotions.dryRun.quantity')}</TableCell>
          <TableCell sx={num}>{translate('kontor.promotions.dryRun.before')}</TableCell>
          <TableCell sx={num}>{translate('kontor.promotions.dryRun.after')}</TableCell>
          <TableCell padding="none" />
        </TableRow>
      </TableHead>
      <TableBody>
        {items.map((item, index) => {
          const name = names.get(item.productId) ?? `#${item.productId}`;
          const ownDiscount = priced ? (candidateLineAmounts[index] ?? 0) : 0;
          return (
            <TableRow key={`${item.productId}-${index}`}>
              <TableCell sx={{ overflowWrap: 'anywhere' }}>
                <Typography variant="body2">{name}</Typography>
                {ownDiscount > 0 && (
                  <Typography variant="caption" color="success.main">
                    {translate('kontor.promotions.dryRun.lineDiscount', { amount: money(0 - ownDiscount) })}
                  </Typography>
                )}
              </TableCell>
              <TableCell sx={num}>
                <TextField
                  type="number"
                  size="small"
                  value={item.quantity === 0 ? '' : item.quantity}
                  onChange={(event) => setQuantity(index, event.target.value)}
                  error={!isValidQuantity(item.quantity)}
                  slotProps={{
                    htmlInput: {
                      min: 1,
                      max: MAX_CART_QUANTITY,
                      inputMode: 'numeric',
                      'aria-label': translate('kontor.promotions.dryRun.quantityOf', { name }),
                    },
                  }}
                  sx={{ width: 72 }}
                />
              </TableCell>
              <TableCell sx={num}>{show(baseline?.lines[index]?.total)}</TableCell>
              <TableCell sx={{ ...num, fontWeight: 600 }}>{show(priced?.lines[index]?.total)}</TableCell>
              <TableCell padding="none">
                <IconButton
                  aria-label={translate('kontor.promotions.dryRun.remove', { name })}
                  onClick={() => onChange(items.filter((_, n) => n !== index))}
                  sx={{ width: 44, height: 44 }}
                >
                  <DeleteIcon fontSize="small" />
                </IconButton>
              </TableCell>
            </TableRow>
          );
        })}
        <TotalRow
          label="kontor.promotions.dryRun.discounts"
          before={baseline && 0 - baseline.discountTotal}
          after={priced && 0 - priced.discountTotal}
        />
        <TotalRow
          label="kontor.promotions.dryRun.shipping"
          before={baseline && baseline.shipping - baseline.shippingDiscount}
          after={priced && priced.shipping - priced.shippingDiscount}
        />
        <TotalRow
          label="kontor.promotions.dryRun.total"
          before={baseline?.total}
          after={priced?.total}
          strong
        />
      </TableBody>
    </Table>
  );
};

const TotalRow = ({
  label,
  before,
  after,
  strong,
}: {
  label: string;
  before?: number;
  after?: number;
  strong?: boolean;
}) => {
  const translate = useTranslate();
  const money = useFormatMoney();
  const weight = strong ? 700 : 400;
  return (
    <TableRow>
      <TableCell colSpan={2} sx={{ fontWeight: weight }}>
        {translate(label)}
      </TableCell>
      <TableCell sx={{ ...num, fontWeight: weight }}>{before === undefined ? '…' : money(before)}</TableCell>
      <TableCell sx={{ ...num, fontWeight: weight }}>{after === undefined ? '…' : money(after)}</TableCell>
      <TableCell padding="none" />
    </TableRow>
  );
};
