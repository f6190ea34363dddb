/**
 * Data-protection requests (src/domain/privacy.ts): hand out everything held
 * about a customer, or erase them by anonymising. Admin-only (the contract's
 * permission), audited, and an erasure is one transaction: all or nothing.
 */
import { DomainError, problem } from '../../src/domain/errors';
import {
  anonymisedAddress,
  anonymisedCustomer,
  isErased,
  PERSONAL_FIELDS,
  type ErasureSummary,
} from '../../src/domain/privacy';
import type {
  AuditEntry,
  Customer,
  FieldChange,
  Order,
  OrderReturn,
  Refund,
  Shipment,
} from '../../src/domain/types';
import { recordAudit } from '../audit';
import type { Handler } from '../http/mount';
import { findOr404 } from '../rest/bridge';
import { rulesFor } from '../rest/rules';
import type { Database, RecordReader, StoredRecord } from '../store/database';

function ordersOf(reader: RecordReader, customerId: number): Promise<Order[]> {
  return reader.findBy<Order>('orders', 'customerId', customerId);
}

function redacted(change: FieldChange): FieldChange {
  return PERSONAL_FIELDS.includes(change.field) ? { field: change.field, before: null, after: null } : change;
}

export function privacyHandlers(db: Database): Record<'exportCustomerData' | 'eraseCustomer', Handler> {
  const customers = rulesFor('customers')!;
  return {
    exportCustomerData: ({ params, ctx }) =>
      db.transact(async (tx) => {
        const customer = (await findOr404(tx, customers, params.id)) as unknown as Customer;
        const orders = await ordersOf(tx, customer.id);
        const orderIds = new Set(orders.map((order) => order.id));
        const of = async <T extends { orderId: number }>(collection: string) =>
          (await tx.all<T>(collection)).filter((row) => orderIds.has(row.orderId));
        const history = (await tx.findBy<AuditEntry>('audit-log', 'recordId', customer.id)).filter(
          (entry) => entry.resource === 'customers',
        );
        await recordAudit(tx, ctx, { action: 'data_export', resource: 'customers', recordId: customer.id });
        return {
          exportedAt: tx.at,
          customer,
          orders,
          shipments: await of<Shipment>('shipments'),
          returns: await of<OrderReturn>('returns'),
          refunds: await of<Refund>('refunds'),
          history,
        };
      }),
    eraseCustomer: ({ params, body, ctx }) =>
      db.transact(async (tx): Promise<ErasureSummary> => {
        const customer = (await findOr404(tx, customers, params.id)) as unknown as Customer;
        if (isErased(customer)) throw new DomainError(409, problem('errors.alreadyErased'));
        if (String(body.confirmEmail).toLowerCase() !== customer.email.toLowerCase())
          throw new DomainError(422, problem('errors.erasureConfirmation'), {
            confirmEmail: problem('errors.erasureConfirmation'),
          });
        await tx.update<Customer>('customers', customer.id, anonymisedCustomer(customer));
        const orders = await ordersOf(tx, customer.id);
        for (const order of orders)
          await tx.update<Order>('orders', order.id, {
            shippingAddress: anonymisedAddress(order.shippingAddress),
          });
        let redactedEntries = 0;
        for (const entry of await tx.all<AuditEntry & StoredRecord>('audit-log')) {
          const aboutCustomer = entry.resource === 'customers' && entry.recordId === customer.id;
          const aboutTheirOrder = entry.resource === 'orders' && orders.some((o) => o.id === entry.recordId);
          if (!aboutCustomer && !aboutTheirOrder) continue;
          if (!entry.changes.some((change) => PERSONAL_FIELDS.includes(change.field))) continue;
          await tx.update<AuditEntry>('audit-log', entry.id, { changes: entry.changes.map(redacted) });
          redactedEntries += 1;
        }
        // The erasure's own entry names no personal data: only that it happened, and by whom.
        await recordAudit(tx, ctx, { action: 'erase', resource: 'customers', recordId: customer.id });
        return {
          customerId: customer.id,
          ordersAnonymised: orders.length,
          auditEntriesRedacted: redactedEntries,
        };
      }),
  };
}
