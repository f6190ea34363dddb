import { Alert, Box, Card, CardContent, LinearProgress, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { useFormatMoney } from '../../components/MoneyField';
import { formatShopTime } from '../../components/ShopDateTimeInput';
import { useShopTimeZone } from '../../components/ShopSettingsContext';
import type { Order, Product } from '../../domain/types';
import type { PromotionRecord } from '../../providers/operations/promotions';
import { canDryRun, candidateOf, dryRunAt, type FormValues } from './candidate';
import { DryRunCart, isValidQuantity, type CartItem } from './DryRunCart';
import { candidateIdOf, DryRunExplanations } from './DryRunExplanations';
import { DryRunShipping } from './DryRunShipping';
import { fieldErrorsOf } from './queries';
import { SearchPicker } from './SearchPicker';
import { useDryRun } from './useDryRun';

/** Adds a product's units to the cart, onto its line when it has one. */
function addUnits(items: readonly CartItem[], productId: number, quantity: number): CartItem[] {
  const index = items.findIndex((item) => item.productId === productId);
  if (index < 0) return [...items, { productId, quantity }];
  return items.map((item, n) => (n === index ? { ...item, quantity: item.quantity + quantity } : item));
}

/** The server's field problems say what is wrong with the cart (a product gone, a quantity too big). */
function errorMessage(error: unknown): string {
  const problems = Object.values(fieldErrorsOf(error));
  if (problems.length > 0) return problems.join(' ');
  return error instanceof Error ? error.message : String(error);
}

/**
 * The live dry run of a promotion form: a sample cart priced with the form's
 * unsaved values and without them, line by line, with the explanations of
 * what applied and what did not. It asks the API again whenever the form or
 * the cart has been still for a moment.
 */
export const DryRun = () => {
  const translate = useTranslate();
  const money = useFormatMoney();
  const [locale] = useLocaleState();
  const timeZone = useShopTimeZone();
  const values = useWatch() as FormValues;
  const record = useRecordContext<PromotionRecord>();
  const existing = record?.id != null ? record : undefined;
  const [items, setItems] = useState<CartItem[]>([]);
  // The code "entered at checkout" follows the form's code until someone types another.
  const [codeOverride, setCodeOverride] = useState<string | null>(null);
  const code = codeOverride ?? (typeof values.code === 'string' ? values.code : '');
  // null: the server's default, the shop's first active shipping method.
  const [shippingMethodId, setShippingMethodId] = useState<number | null>(null);

  const ready = canDryRun(values, existing);
  const cartReady = items.length > 0 && items.every((item) => isValidQuantity(item.quantity));
  const at = dryRunAt(values, new Date());
  const { data, error, isUpdating } = useDryRun(
    ready && cartReady
      ? {
          items,
          code: code.trim() || null,
          at,
          shippingMethodId,
          promotion: candidateOf(values, existing?.id),
        }
      : null,
  );
  const candidateId = data ? candidateIdOf(data, existing?.id) : undefined;
  const candidateLineAmounts = data?.applied.find((p) => p.promotionId === candidateId)?.lineAmounts ?? [];

  const copyOrder = (order: Order) => {
    setItems(
      order.items.reduce<CartItem[]>((cart, line) => addUnits(cart, line.productId, line.quantity), []),
    );
    if (order.shippingMethodId !== null) setShippingMethodId(order.shippingMethodId);
  };

  return (
    <Card variant="outlined" component="section" aria-labelledby="dry-run-title">
      <CardContent sx={{ display: 'grid', gap: 2 }}>
        <Box>
          <Typography id="dry-run-title" variant="h6" component="h2">
            {translate('kontor.promotions.dryRun.title')}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {translate('kontor.promotions.dryRun.intro')}
          </Typography>
        </Box>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
          <SearchPicker<Product>
            resource="products"
            label="kontor.promotions.dryRun.addProduct"
            sort={{ field: 'name', order: 'ASC' }}
            optionLabel={(product) => `${product.sku} · ${product.name}`}
            onPick={(product) => setItems(addUnits(items, product.id, 1))}
          />
          <SearchPicker<Order>
            resource="orders"
            label="kontor.promotions.dryRun.fromOrder"
            sort={{ field: 'placedAt', order: 'DESC' }}
            optionLabel={(order) =>
              `${order.number} · ${money(order.total)} · ${translate('kontor.promotions.dryRun.itemCount', {
                smart_count: order.items.length,
              })}`
            }
            onPick={copyOrder}
          />
        </Box>
        <TextField
          size="small"
          label={translate('kontor.promotions.dryRun.code')}
          helperText={translate('kontor.promotions.dryRun.codeHint')}
          value={code}
          onChange={(event) => setCodeOverride(event.target.value)}
          slotProps={{ htmlInput: { autoCapitalize: 'characters' } }}
        />
        {!ready ? (
          <Alert severity="info">{translate('kontor.promotions.dryRun.notReady')}</Alert>
        ) : items.length === 0 ? (
          <Alert severity="info">{translate('kontor.promotions.dryRun.emptyCart')}</Alert>
        ) : (
          <Box sx={{ display: 'grid', gap: 1 }}>
            {/* Shipping matters once there is a cart to ship. */}
            <DryRunShipping
              value={shippingMethodId}
              priced={data?.shippingMethodId}
              onChange={setShippingMethodId}
            />
            <LinearProgress sx={{ visibility: isUpdating && cartReady ? 'visible' : 'hidden' }} />
            {error ? <Alert severity="error">{errorMessage(error)}</Alert> : null}
            <DryRunCart
              items={items}
              onChange={setItems}
              after={data}
              before={data?.baseline}
              candidateLineAmounts={candidateLineAmounts}
            />
            {at && (
              <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
                {translate('kontor.promotions.dryRun.pricedAt', {
                  at: formatShopTime(at, locale, true, timeZone),
                })}
              </Typography>
            )}
            {data && !isUpdating && <DryRunExplanations result={data} candidateId={candidateId} />}
          </Box>
        )}
      </CardContent>
    </Card>
  );
};
