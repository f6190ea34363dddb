import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { StockTransfer, TransferStatus } from '../../domain/types';
import { renderWithAdmin } from '../../test/renderWithAdmin';
import { FIRST_PAINT, SLOW_TESTS, WAREHOUSES } from '../orders/orderPageTesting';
import { serveCollection, WithResources } from '../testing';
import TransferList from './TransferList';

const stamp = { createdAt: '2025-03-01T10:00:00.000Z', updatedAt: '2025-03-02T10:00:00.000Z', version: 1 };

function makeTransfer(id: number, status: TransferStatus): StockTransfer {
  return {
    id,
    number: `TR-0000${id}`,
    fromWarehouseId: WAREHOUSES[0]!.id,
    toWarehouseId: WAREHOUSES[1]!.id,
    status,
    items: [{ productId: 1, quantity: 2, receivedQuantity: status === 'received' ? 2 : null }],
    note: '',
    shortfallReason: null,
    createdBy: 4,
    dispatchedAt: status === 'draft' ? null : '2025-03-02T10:00:00.000Z',
    receivedAt: status === 'received' ? '2025-03-03T10:00:00.000Z' : null,
    cancelledAt: status === 'cancelled' ? '2025-03-03T10:00:00.000Z' : null,
    ...stamp,
  };
}

const transfers = [
  makeTransfer(1, 'draft'),
  makeTransfer(2, 'in_transit'),
  makeTransfer(3, 'in_transit'),
  makeTransfer(4, 'received'),
];

function renderList(locale: 'en' | 'de' = 'en') {
  const seen = serveCollection('stock-transfers', transfers);
  serveCollection('warehouses', WAREHOUSES);
  renderWithAdmin(
    <WithResources>
      <TransferList />
    </WithResources>,
    { role: 'warehouse', resource: 'stock-transfers', locale },
  );
  return seen;
}

describe('TransferList', SLOW_TESTS, () => {
  it('has the shared status tabs with a count each, and a tab filters the list by status', async () => {
    const seen = renderList();
    const tabs = await screen.findByRole('tablist', { name: 'Transfers by status' }, FIRST_PAINT);
    await within(tabs).findByRole('tab', { name: 'All 4' }, FIRST_PAINT);
    expect(
      within(tabs)
        .getAllByRole('tab')
        .map((tab) => tab.textContent),
    ).toEqual(['All 4', 'Draft 1', 'In transit 2', 'Received 1', 'Cancelled 0']);

    await userEvent.click(within(tabs).getByRole('tab', { name: 'In transit 2' }));
    await waitFor(() => expect(seen.at(-1)?.filter).toEqual({ status: 'in_transit' }), FIRST_PAINT);
    expect(within(tabs).getByRole('tab', { name: 'In transit 2' })).toHaveAttribute('aria-selected', 'true');
  });

  it('labels the tabs and the status chips with the same shared words, in German too', async () => {
    renderList('de');
    const tabs = await screen.findByRole('tablist', { name: 'Umlagerungen nach Status' }, FIRST_PAINT);
    await within(tabs).findByRole('tab', { name: 'Empfangen 1' }, FIRST_PAINT);
    const row = (await screen.findByText('TR-00004', {}, FIRST_PAINT)).closest('tr')!;
    expect(within(row).getByText('Empfangen')).toBeInTheDocument();
  });
});
