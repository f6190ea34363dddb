/**
 * One value of a recorded change (audit history), as the record's own screens
 * would show it: statuses as words, dates in the reader's format, names for
 * ids, money in euros and lines as "2 × product".
 */
import { Box } from '@mui/material';
import { RecordContextProvider, ReferenceField, useLocaleState, useTranslate } from 'react-admin';
import { RESOURCE_SCHEMAS } from '../domain/resources';
import { formatDate } from './LocalDateField';
import { DEFAULT_CURRENCY_DISPLAY } from '../domain/shop';
import type { CurrencyDisplay } from '../domain/types';
import { formatCents } from './money';
import { useCurrencyDisplay, useShopTimeZone } from './ShopSettingsContext';
import { statusLabelKey } from './statusColors';
import { UserField } from './UserField';

/** Fields that hold cents in any collection, so their changes read as money. */
const MONEY_FIELDS = new Set([
  'price',
  'cost',
  'subtotal',
  'discountTotal',
  'shippingTotal',
  'taxTotal',
  'total',
  'refundedTotal',
  'minSubtotal',
  'budget',
  'discountGiven',
]);

/** The words for a status field's values, per collection. */
const STATUS_LABELS: Record<string, (value: string) => string> = {
  products: (value) => statusLabelKey('product', value),
  orders: (value) => statusLabelKey('order', value),
  shipments: (value) => statusLabelKey('shipment', value),
  promotions: (value) => statusLabelKey('promotion', value),
  'stock-transfers': (value) => statusLabelKey('transfer', value),
};

/** Which collection an id field points into, where its name does not say it plainly. */
const REFERENCES: Record<string, string> = {
  productId: 'products',
  warehouseId: 'warehouses',
  fromWarehouseId: 'warehouses',
  toWarehouseId: 'warehouses',
  categoryId: 'categories',
  parentId: 'categories',
  customerId: 'customers',
  orderId: 'orders',
  shipmentId: 'shipments',
  transferId: 'stock-transfers',
  promotionIds: 'promotions',
};
const USER_FIELDS = new Set([
  'createdBy',
  'updatedBy',
  'userId',
  'dispatchedBy',
  'receivedBy',
  'cancelledBy',
]);

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

export function fieldType(resource: string, field: string): string | undefined {
  const schema = (RESOURCE_SCHEMAS as Record<string, { fields: Record<string, string> } | undefined>)[
    resource
  ];
  return schema?.fields[field];
}

/** A value as plain text, for what needs no lookup; null when it needs a component. */
export function formatChangeValue(
  resource: string,
  field: string,
  value: unknown,
  locale: string,
  translate: (key: string, options?: object) => string,
  display: CurrencyDisplay = DEFAULT_CURRENCY_DISPLAY,
  timeZone?: string,
): string | null {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'number' && MONEY_FIELDS.has(field)) return formatCents(value, locale, display);
  if (USER_FIELDS.has(field) || REFERENCES[field] || Array.isArray(value)) return null;
  if (field === 'status' && typeof value === 'string' && STATUS_LABELS[resource])
    return translate(STATUS_LABELS[resource](value), { _: value });
  if (typeof value === 'string' && ISO_DATE_TIME.test(value))
    return formatDate(value, locale, true, timeZone);
  if (typeof value === 'boolean') return translate(value ? 'kontor.common.yes' : 'kontor.common.no');
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

interface Line {
  productId: unknown;
  quantity: unknown;
}
const isLine = (item: unknown): item is Line =>
  typeof item === 'object' && item !== null && 'productId' in item && 'quantity' in item;

const Reference = ({ reference, id }: { reference: string; id: unknown }) => (
  <RecordContextProvider value={{ id: 'change', ref: id }}>
    <ReferenceField source="ref" reference={reference} link={false} />
  </RecordContextProvider>
);

export interface ChangeValueProps {
  resource: string;
  field: string;
  value: unknown;
}

export const ChangeValue = ({ resource, field, value }: ChangeValueProps) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const display = useCurrencyDisplay();
  const timeZone = useShopTimeZone();
  const text = formatChangeValue(resource, field, value, locale, translate, display, timeZone);
  if (text !== null) return <span>{text}</span>;
  if (USER_FIELDS.has(field))
    return (
      <RecordContextProvider value={{ id: 'change', user: value }}>
        <UserField source="user" />
      </RecordContextProvider>
    );
  const items = Array.isArray(value) ? (value as unknown[]) : [value];
  return (
    <Box component="span" sx={{ display: 'inline-flex', flexDirection: 'column' }}>
      {items.map((item, index) =>
        isLine(item) ? (
          <span key={index}>
            {String(item.quantity)} × <Reference reference="products" id={item.productId} />
          </span>
        ) : REFERENCES[field] ? (
          <Reference key={index} reference={REFERENCES[field]} id={item} />
        ) : (
          <span key={index}>
            {formatChangeValue(resource, field, item, locale, translate, display) ?? JSON.stringify(item)}
          </span>
        ),
      )}
    </Box>
  );
};
