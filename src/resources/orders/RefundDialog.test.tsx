import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { formatCents } from '../../domain/orders';
import { formatMessage } from '../../domain/messages';
import { enterText, WAIT } from '../testing';
import { FIRST_PAINT, presentOrder, renderOrderPage, serveOrderPage, SLOW_TESTS } from './orderPageTesting';

const order = presentOrder({
  id: 12,
  status: 'partially_returned',
  total: 10394,
  refundedTotal: 7536,
  paidAt: '2025-03-01T11:00:00.000Z',
  deliveredAt: '2025-03-03T11:00:00.000Z',
});

describe('RefundDialog', SLOW_TESTS, () => {
  it('refuses more than the balance before sending, then sends the amount in cents', async () => {
    const posts = serveOrderPage(order, {}, ({ body }) =>
      HttpResponse.json(
        { refund: { id: 1, ...body }, order: { ...order, refundedTotal: 10394 } },
        { status: 201 },
      ),
    );
    renderOrderPage(order, 'admin');
    await userEvent.click(await screen.findByRole('button', { name: 'Refund' }, FIRST_PAINT));
    const dialog = await screen.findByRole('dialog', { name: 'Refund' }, WAIT);

    const balance = order.total - order.refundedTotal;
    await enterText(within(dialog).getByRole('textbox', { name: /Amount/ }), '30');
    await enterText(within(dialog).getByRole('textbox', { name: /Reason/ }), 'Damaged in transit');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Refund' }));
    const tooMuch = formatMessage('en', 'errors.overRefund', {
      requested: formatCents(3000),
      max: formatCents(balance),
      paid: formatCents(order.total),
      refunded: formatCents(order.refundedTotal),
    });
    expect(await within(dialog).findByText(tooMuch, {}, WAIT)).toBeInTheDocument();
    expect(posts).toEqual([]);

    await enterText(within(dialog).getByRole('textbox', { name: /Amount/ }), '28,58');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Refund' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), WAIT);
    expect(posts).toEqual([
      {
        path: `/api/orders/${order.id}/refunds`,
        body: { amount: balance, reason: 'Damaged in transit', version: order.version },
      },
    ]);
  });
});
