import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { RecordContextProvider } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../domain/messages';
import type { StockTransfer } from '../../domain/types';
import { renderWithAdmin } from '../../test/renderWithAdmin';
import { server } from '../../test/server';
import { enterText, makeProduct, serveCollection, WithResources } from '../testing';
import { PATIENT } from '../stock-levels/fixtures';
import { TransferSteps } from './TransferSteps';

const stamp = { createdAt: '2025-03-01T10:00:00.000Z', updatedAt: '2025-03-02T10:00:00.000Z', version: 2 };

function makeTransfer(overrides: Partial<StockTransfer>): StockTransfer {
  return {
    id: 8,
    number: 'TR-00008',
    fromWarehouseId: 2,
    toWarehouseId: 1,
    status: 'in_transit',
    items: [
      { productId: 1, quantity: 3, receivedQuantity: null },
      { productId: 2, quantity: 1, receivedQuantity: null },
    ],
    note: '',
    shortfallReason: null,
    createdBy: 4,
    dispatchedAt: '2025-03-02T10:00:00.000Z',
    receivedAt: null,
    cancelledAt: null,
    ...stamp,
    ...overrides,
  };
}

function renderSteps(transfer: StockTransfer) {
  serveCollection('products', [
    makeProduct({ id: 1, name: 'Garden hose' }),
    makeProduct({ id: 2, name: 'Rake' }),
  ]);
  renderWithAdmin(
    <WithResources>
      <RecordContextProvider value={transfer}>
        <TransferSteps />
      </RecordContextProvider>
    </WithResources>,
    { role: 'warehouse', resource: 'stock-transfers' },
  );
}

describe('TransferSteps', () => {
  it('receives into my warehouse, asking why when less arrived than was sent', async () => {
    const transfer = makeTransfer({});
    const bodies: Record<string, unknown>[] = [];
    const needsReason = formatMessage('en', 'errors.shortfallNeedsReason');
    server.use(
      http.post('/api/stock-transfers/8/receive', async ({ request }) => {
        const body = (await request.json()) as Record<string, unknown>;
        bodies.push(body);
        if (!body.shortfallReason) {
          return HttpResponse.json(
            { message: formatMessage('en', 'errors.invalid'), errors: { shortfallReason: needsReason } },
            { status: 422 },
          );
        }
        return HttpResponse.json({ ...transfer, status: 'received' });
      }),
    );
    renderSteps(transfer);

    // In transit from someone else's warehouse: receiving is mine, dispatching and cancelling are not.
    await userEvent.click(await screen.findByRole('button', { name: 'Receive' }, PATIENT));
    expect(screen.queryByRole('button', { name: 'Dispatch' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Cancel transfer' })).toBeNull();
    const dialog = await screen.findByRole('dialog', { name: 'Receive TR-00008' }, PATIENT);
    const [hose] = within(dialog).getAllByLabelText('Received');
    expect(hose).toHaveValue('3');
    expect(within(dialog).queryByLabelText(/Why less arrived/)).toBeNull();

    await enterText(hose!, '2');
    // The API has the last word on the reason: sent without one, it says why it is needed.
    const reason = within(dialog).getByLabelText(/Why less arrived/);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Receive' }));
    expect(await within(dialog).findByText(needsReason, {}, PATIENT)).toBeInTheDocument();

    await enterText(reason, 'Karton beschädigt');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Receive' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), PATIENT);
    expect(bodies.at(-1)).toEqual({
      items: [
        { productId: 1, receivedQuantity: 2 },
        { productId: 2, receivedQuantity: 1 },
      ],
      shortfallReason: 'Karton beschädigt',
    });
    expect(await screen.findByText('TR-00008 received.', {}, PATIENT)).toBeInTheDocument();
  });

  it('offers a draft from my warehouse for editing, dispatch and cancellation, but no receipt', async () => {
    renderSteps(makeTransfer({ status: 'draft', fromWarehouseId: 1, toWarehouseId: 2, dispatchedAt: null }));
    expect(await screen.findByRole('button', { name: 'Dispatch' }, PATIENT)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel transfer' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Edit' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Receive' })).toBeNull();
  });
});
