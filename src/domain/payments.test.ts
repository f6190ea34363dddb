import { describe, expect, it } from 'vitest';
import { formatMessage } from './messages';
import { isPaid, paymentHold } from './payments';
import { nextShipmentStatuses } from './shipments';

const prepayment = { name: 'Vorkasse', waitsForPayment: true };
const invoice = { name: 'Rechnung', waitsForPayment: false };
const order = (paidAt: string | null, total = 4990) => ({
  number: 'KT-00042',
  total,
  paidAt,
  refundedTotal: 0,
});

describe('isPaid', () => {
  it('is whether the money is in; a free order has nothing to pay', () => {
    expect(isPaid(order(null))).toBe(false);
    expect(isPaid(order('2026-06-01T10:00:00Z'))).toBe(true);
    expect(isPaid(order(null, 0))).toBe(true);
  });
});

describe('paymentHold', () => {
  it('holds an unpaid order whose method waits for payment, saying what to do in English and German', () => {
    const held = paymentHold(order(null), prepayment);
    expect(held).toEqual({
      key: 'errors.waitsForPayment',
      params: { number: 'KT-00042', method: 'Vorkasse' },
    });
    expect(formatMessage('en', held!.key, held!.params)).toBe(
      'Order KT-00042 waits for payment by Vorkasse; mark it paid first, then it can be picked, packed and shipped.',
    );
    expect(formatMessage('de', held!.key, held!.params)).toMatch(
      /^Bestellung KT-00042 wartet auf Zahlung per Vorkasse; markieren Sie sie zuerst als bezahlt/,
    );
  });

  it('lets the order go once it is paid, when its method does not wait, or when it has no method', () => {
    expect(paymentHold(order('2026-06-01T10:00:00Z'), prepayment)).toBeNull();
    expect(paymentHold(order(null), invoice)).toBeNull();
    expect(paymentHold(order(null), null)).toBeNull();
    expect(paymentHold(order(null), undefined)).toBeNull();
  });

  it('does not hold a paid order after a partial refund: the money came in', () => {
    expect(paymentHold({ ...order('2026-06-01T10:00:00Z'), refundedTotal: 1000 }, prepayment)).toBeNull();
  });
});

describe('the next steps of a parcel of a held order', () => {
  it('leave out packing and shipping, as the API refuses them, and keep cancelling', () => {
    expect(nextShipmentStatuses('pending', 'processing')).toContain('packed');
    expect(nextShipmentStatuses('pending', 'processing', true)).not.toContain('packed');
    expect(nextShipmentStatuses('packed', 'processing', true)).not.toContain('shipped');
    expect(nextShipmentStatuses('pending', 'processing', true)).toContain('cancelled');
  });
});
