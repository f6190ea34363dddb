import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithAdmin } from '../../test/renderWithAdmin';
import { enterText, makeProduct, serveCollection, WithResources } from '../testing';
import { PATIENT, makeStockLevel, makeWarehouse } from './fixtures';
import StockLevelList from './StockLevelList';

const levels = [
  makeStockLevel({ id: 21, productId: 1, onHand: 7, reserved: 0, inTransitIn: 5 }),
  makeStockLevel({ id: 22, productId: 2, onHand: 3, reserved: 1 }),
];

function renderList(role: 'warehouse' | 'manager') {
  const requests = serveCollection('stock-levels', levels);
  serveCollection('products', [
    makeProduct({ id: 1, sku: 'KT-HOSE-20', name: 'Garden hose' }),
    makeProduct({ id: 2, sku: 'KT-HOSE-25', name: 'Garden hose, long' }),
  ]);
  serveCollection('warehouses', [makeWarehouse({ id: 1, code: 'BER', name: 'Berlin' })]);
  renderWithAdmin(
    <WithResources>
      <StockLevelList />
    </WithResources>,
    { role, resource: 'stock-levels', initialEntries: ['/stock-levels'] },
  );
  return requests;
}

describe('StockLevelList', () => {
  it('starts with the warehouse user’s own warehouses and the search box focused for the scanner', async () => {
    const requests = renderList('warehouse');
    await screen.findByText('KT-HOSE-20', {}, PATIENT);
    expect(
      requests.some((request) => request.range[1] > 0 && request.filter.warehouseId?.toString() === '1'),
    ).toBe(true);
    expect(screen.getByRole('textbox', { name: /Scan or type SKU/ })).toHaveFocus();
    const row = screen.getByText('KT-HOSE-20').closest('tr')!;
    expect(within(row).getByText('+5 incoming')).toBeInTheDocument();
  });

  it('opens the count dialog when Enter follows an exact SKU, not a partial one', async () => {
    const requests = renderList('warehouse');
    await screen.findByText('KT-HOSE-20', {}, PATIENT);
    const search = screen.getByRole('textbox', { name: /Scan or type SKU/ });

    await enterText(search, 'KT-HOSE');
    await userEvent.keyboard('{Enter}');
    await waitFor(
      () => expect(requests.some((request) => request.filter.q === 'KT-HOSE')).toBe(true),
      PATIENT,
    );
    expect(screen.queryByRole('dialog')).toBeNull();

    await enterText(search, 'kt-hose-25');
    await userEvent.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Count stock' }, PATIENT);
    expect(within(dialog).getByText('KT-HOSE-25 · Garden hose, long')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Stock count' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('offers no stock changes to a role that may only read stock', async () => {
    renderList('manager');
    await screen.findByText('KT-HOSE-20', {}, PATIENT);
    await screen.findByRole('link', { name: /Low stock/ }, PATIENT);
    expect(screen.queryByRole('button', { name: 'Count' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Edit' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Receive goods' })).toBeNull();
  });
});
