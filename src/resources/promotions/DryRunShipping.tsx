import { MenuItem, TextField } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import { useFormatMoney } from '../../components/MoneyField';
import type { ShippingMethod } from '../../domain/types';

/**
 * The shipping method the dry run's cart ships with: its price and free-shipping
 * threshold set the shipping the promotions see. Until someone picks one, it
 * shows the method the server priced with (the shop's first active one).
 */
export const DryRunShipping = ({
  value,
  priced,
  onChange,
}: {
  value: number | null;
  /** The method of the last answer, shown while nothing is picked. */
  priced: number | null | undefined;
  onChange: (id: number) => void;
}) => {
  const translate = useTranslate();
  const money = useFormatMoney();
  const { data } = useGetList<ShippingMethod>('shipping-methods', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'id', order: 'ASC' },
    filter: { active: true },
  });
  const methods = data ?? [];
  const shown = value ?? priced ?? '';
  const terms = (method: ShippingMethod) =>
    method.freeShippingFrom === null
      ? money(method.price)
      : translate('kontor.promotions.dryRun.shippingTerms', {
          price: money(method.price),
          from: money(method.freeShippingFrom),
        });
  return (
    <TextField
      select
      size="small"
      label={translate('kontor.promotions.dryRun.shippingMethod')}
      // An answer's method may not be listed yet (or no longer active): show nothing rather than a stray id.
      value={methods.some((method) => method.id === shown) ? shown : ''}
      onChange={(event) => onChange(Number(event.target.value))}
      sx={{ minWidth: 0, maxWidth: '100%' }}
    >
      {methods.map((method) => (
        <MenuItem key={method.id} value={method.id}>
          {`${method.name} · ${terms(method)}`}
        </MenuItem>
      ))}
    </TextField>
  );
};
