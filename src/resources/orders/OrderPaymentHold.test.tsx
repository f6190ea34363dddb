import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PaymentMethod } from '../../domain/types';
import {
  FIRST_PAINT,
  makeShipment,
  PAYMENT_METHOD,
  presentOrder,
  renderOrderPage,
  serveOrderPage,
} from './orderPageTesting';

const PREPAYMENT: PaymentMethod = {
  ...PAYMENT_METHOD,
  id: 5,
  name: 'Vorkasse',
  kind: 'prepayment',
  waitsForPayment: true,
};
const PAID_AT = '2025-03-01T11:00:00.000Z';

describe('an order that waits for payment', () => {
  it('says why it is not picked or shipped, and offers marking it paid instead', async () => {
    const order = presentOrder({ id: 7, status: 'pending', paidAt: null, paymentMethodId: 5 });
    serveOrderPage(order, { paymentMethods: [PAYMENT_METHOD, PREPAYMENT] });
    renderOrderPage(order, 'admin');
    expect(
      await screen.findByText(
        /^Order K-1007 waits for payment by Vorkasse; mark it paid first, then it can be picked, packed and shipped\.$/,
        {},
        FIRST_PAINT,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Mark as paid' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Pick list' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Create shipment' })).toBeNull();
  });

  it('offers a parcel of it no packing when the payment turns out missing, only cancelling', async () => {
    const order = presentOrder({ id: 9, status: 'processing', paidAt: null, paymentMethodId: 5 });
    const parcel = makeShipment({
      id: 42,
      orderId: 9,
      status: 'pending',
      items: [{ productId: 1, quantity: 1 }],
    });
    serveOrderPage(order, { shipments: [parcel], paymentMethods: [PAYMENT_METHOD, PREPAYMENT] });
    renderOrderPage(order, 'admin');
    await screen.findByText(/waits for payment by Vorkasse/, {}, FIRST_PAINT);
    expect(await screen.findByRole('button', { name: 'Cancel shipment' }, FIRST_PAINT)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Mark packed' })).toBeNull();
  });

  it('offers the pick list and shipping once paid, and says nothing about payment', async () => {
    const order = presentOrder({ id: 8, status: 'paid', paidAt: PAID_AT, paymentMethodId: 5 });
    serveOrderPage(order, { paymentMethods: [PAYMENT_METHOD, PREPAYMENT] });
    renderOrderPage(order, 'admin');
    expect(await screen.findByRole('button', { name: 'Create shipment' }, FIRST_PAINT)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Pick list' })).toBeInTheDocument();
    expect(screen.queryByText(/waits for payment/)).toBeNull();
  });
});
