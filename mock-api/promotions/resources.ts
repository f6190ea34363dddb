/**
 * Promotions and their generated codes as REST resources. A promotion's
 * status is derived (never stored): every response carries it, and lists
 * filter on it with the virtual filter `status` (one value or a list).
 */
import {
  hasEnded,
  isPromotionStatus,
  promotionStatus,
  PROMOTION_STATUSES,
  type PromotionCode,
} from '../../src/domain/promotions';
import type { Promotion } from '../../src/domain/types';
import {
  PROMOTION_DEFAULTS,
  validatePromotion,
  type PromotionLookup,
} from '../../src/domain/validation/records';
import { lookupFor } from '../lookups';
import { badQuery } from '../rest/query';
import { defineResource } from '../rest/rules';
import type { StoredRecord, WriteTransaction } from '../store/database';

const asPromotion = (record: StoredRecord) => record as unknown as Promotion;

/** Codes are unique among promotions that have not expired — their own codes and their generated ones. */
export async function promotionLookup(tx: WriteTransaction): Promise<PromotionLookup> {
  const base = await lookupFor(tx, ['promotions', 'categories', 'products']);
  const codes = await tx.all<PromotionCode & StoredRecord>('promotion-codes');
  const promotions = new Map(
    (await tx.all<Promotion & StoredRecord>('promotions')).map((promotion) => [promotion.id, promotion]),
  );
  const batchCodeInUse = (code: string, exceptId: number | null) => {
    const wanted = code.trim().toLowerCase();
    for (const c of codes) {
      if (c.promotionId === exceptId || c.code.toLowerCase() !== wanted) continue;
      const owner = promotions.get(c.promotionId);
      if (owner && !hasEnded(owner, tx.at)) return true;
    }
    return false;
  };
  return {
    ...base,
    codeInUse: (code, exceptId) => base.codeInUse(code, exceptId) || batchCodeInUse(code, exceptId),
  };
}

function statusFilter(value: unknown): (now: Date) => (row: StoredRecord) => boolean {
  const wanted = Array.isArray(value) ? value : [value];
  const bad = wanted.find((v) => !isPromotionStatus(v));
  if (bad !== undefined || wanted.length === 0) {
    throw badQuery('filter', 'query.oneOf', { key: 'status', allowed: PROMOTION_STATUSES.join(', ') });
  }
  const statuses = new Set(wanted);
  return (now) => (row) => statuses.has(promotionStatus(asPromotion(row), now));
}

export const promotionRules = defineResource({
  name: 'promotions',

  defaults: { ...PROMOTION_DEFAULTS },
  validate: async (input, existing, tx) =>
    validatePromotion(input, existing ? asPromotion(existing) : null, await promotionLookup(tx)),
  derive: (next, existing) => ({
    code: typeof next.code === 'string' && next.code ? next.code.toUpperCase() : null,
    // Only percentages and fixed amounts have a value; the other types keep 0 so reports can sum values safely.
    value: next.type === 'percent' || next.type === 'fixed' ? next.value : 0,
    // Usage comes from orders and the status is derived: whatever a client echoed back is not stored.
    usageCount: existing?.usageCount ?? 0,
    discountGiven: existing?.discountGiven ?? 0,
    status: undefined,
  }),
  referencedBy: [
    {
      collection: 'orders',
      field: (row, promotion) => (row.promotionIds as number[]).includes(promotion.id),
    },
    { collection: 'promotion-codes', field: 'promotionId' },
  ],
  virtualFilters: {
    status: (value, _ctx, db) => statusFilter(value)(db.now()),
  },
  present: (records, _ctx, db) => {
    const now = db.now();
    return records.map((record) => ({ ...record, status: promotionStatus(asPromotion(record), now) }));
  },
  statusOf: async (db) => {
    const now = db.now();
    return (record) => promotionStatus(asPromotion(record), now);
  },
});

export const promotionCodeRules = defineResource({
  name: 'promotion-codes',
});
