/**
 * Which colour each status, reason or role gets as a chip. One table per kind,
 * typed against the domain's value lists so a new status cannot be forgotten;
 * labels live under `kontor.status.<kind>.<value>`.
 */
import type { Role } from '../domain/permissions';
import type { PromotionStatus } from '../domain/promotions';
import type {
  AuditAction,
  OrderStatus,
  ProductStatus,
  PromotionType,
  ShipmentStatus,
  StockReason,
  TransferStatus,
} from '../domain/types';

export type ChipColor = 'default' | 'primary' | 'secondary' | 'error' | 'info' | 'success' | 'warning';

export const STATUS_COLORS = {
  product: { draft: 'default', active: 'success', archived: 'warning' } satisfies Record<
    ProductStatus,
    ChipColor
  >,
  order: {
    pending: 'default',
    paid: 'info',
    processing: 'primary',
    partially_shipped: 'secondary',
    shipped: 'secondary',
    delivered: 'success',
    on_hold: 'warning',
    cancelled: 'error',
    partially_returned: 'warning',
    returned: 'error',
  } satisfies Record<OrderStatus, ChipColor>,
  shipment: {
    pending: 'default',
    packed: 'info',
    shipped: 'primary',
    in_transit: 'secondary',
    delivered: 'success',
    exception: 'error',
    cancelled: 'warning',
  } satisfies Record<ShipmentStatus, ChipColor>,
  promotion: {
    draft: 'default',
    paused: 'warning',
    scheduled: 'info',
    active: 'success',
    exhausted: 'secondary',
    expired: 'default',
  } satisfies Record<PromotionStatus, ChipColor>,
  transfer: {
    draft: 'default',
    in_transit: 'info',
    received: 'success',
    cancelled: 'warning',
  } satisfies Record<TransferStatus, ChipColor>,
  promotionType: {
    percent: 'primary',
    fixed: 'secondary',
    free_shipping: 'info',
    buy_x_get_y: 'success',
  } satisfies Record<PromotionType, ChipColor>,
  stockReason: {
    receipt: 'success',
    count: 'info',
    damage: 'error',
    loss: 'error',
    return: 'secondary',
    correction: 'warning',
    sale: 'primary',
    transfer_out: 'default',
    transfer_in: 'default',
    shipment: 'primary',
  } satisfies Record<StockReason, ChipColor>,
  auditAction: {
    create: 'success',
    update: 'info',
    delete: 'error',
    adjust: 'secondary',
    transition: 'primary',
    login: 'default',
    login_failed: 'warning',
    logout: 'default',
    bulk: 'secondary',
    import: 'secondary',
    data_export: 'info',
    erase: 'error',
  } satisfies Record<AuditAction, ChipColor>,
  role: { admin: 'error', manager: 'primary', merchandiser: 'secondary', warehouse: 'info' } satisfies Record<
    Role,
    ChipColor
  >,
};

export type StatusKind = keyof typeof STATUS_COLORS;

export function statusLabelKey(kind: StatusKind, value: string): string {
  // Role names belong to the shell's messages (menu, profile); the chips reuse them.
  return kind === 'role' ? `kontor.roles.${value}` : `kontor.status.${kind}.${value}`;
}

/** SelectInput choices for a kind; react-admin translates the names. */
export function statusChoices(kind: StatusKind): { id: string; name: string }[] {
  return Object.keys(STATUS_COLORS[kind]).map((value) => ({ id: value, name: statusLabelKey(kind, value) }));
}

export function statusColor(kind: StatusKind, value: string): ChipColor {
  const colors: Record<string, ChipColor> = STATUS_COLORS[kind];
  return colors[value] ?? 'default';
}
