import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithAdmin } from '../../test/renderWithAdmin';
import { makeProduct, serveCollection, WithResources } from '../testing';
import { PATIENT, makeStockLevel, makeWarehouse } from './fixtures';
import LowStockInbox from './LowStockInbox';

const low = [
  makeStockLevel({
    id: 11,
    productId: 1,
    onHand: 2,
    reserved: 1,
    reorderPoint: 5,
    unitsPerDay: 1.5,
    daysOfCover: 0.6,
    suggestedReorderQuantity: 49,
  }),
  makeStockLevel({
    id: 12,
    productId: 2,
    onHand: 0,
    reserved: 0,
    reorderPoint: 3,
    suggestedReorderQuantity: 3,
  }),
];

function renderInbox(onLocationChange?: (location: { pathname: string; search: string }) => void) {
  const requests = serveCollection('stock-levels', low);
  serveCollection('products', [
    makeProduct({ id: 1, sku: 'KT-HOSE-20', name: 'Garden hose' }),
    makeProduct({ id: 2, sku: 'KT-CAN-10', name: 'Watering can' }),
  ]);
  serveCollection('warehouses', [makeWarehouse({ id: 1, code: 'BER', name: 'Berlin' })]);
  serveCollection('categories', []);
  renderWithAdmin(
    <WithResources>
      <LowStockInbox />
    </WithResources>,
    {
      role: 'warehouse',
      resource: 'stock-levels',
      initialEntries: ['/stock-levels/low-stock'],
      onLocationChange,
    },
  );
  return requests;
}

const cell = (row: HTMLElement, source: string) => row.querySelector(`td.column-${source}`);

function rowOf(text: string): HTMLElement {
  const row = screen.getByText(text).closest('tr');
  if (!row) throw new Error(`no table row contains ${text}`);
  return row;
}

describe('LowStockInbox', () => {
  it('lists the warehouse’s low stock with sales velocity, days of cover and the suggested quantity', async () => {
    const requests = renderInbox();

    await screen.findByText('Garden hose', {}, PATIENT);
    const hose = rowOf('Garden hose');
    expect(cell(hose, 'unitsPerDay')).toHaveTextContent('1.5/day');
    expect(cell(hose, 'daysOfCover')).toHaveTextContent('0.6 days');
    expect(cell(hose, 'suggestedReorderQuantity')).toHaveTextContent('49');
    const can = rowOf('Watering can');
    expect(cell(can, 'daysOfCover')).toHaveTextContent('No sales');
    expect(cell(can, 'suggestedReorderQuantity')).toHaveTextContent('3');
    // The inbox is the low-stock filter, in the warehouse user's own warehouses, least available first.
    const list = requests.find((request) => request.range[1] > 0)!;
    expect(list.filter).toEqual({ lowStock: true, warehouseId: [1] });
    expect(list.sort).toEqual(['available', 'ASC']);
  });

  it('receives the suggested quantity from a row', async () => {
    renderInbox();
    await screen.findByText('Garden hose', {}, PATIENT);

    await userEvent.click(within(rowOf('Garden hose')).getByRole('button', { name: 'Receive' }));

    const dialog = await screen.findByRole('dialog', { name: 'Adjust stock' }, PATIENT);
    expect(within(dialog).getByRole('button', { name: 'Receipt' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(dialog).getByLabelText('Units in')).toHaveValue('49');
    expect(within(dialog).getByText('On hand after saving: 2 → 51 (+49)')).toBeInTheDocument();
  });

  it('asks another warehouse for the suggested quantity with a prefilled draft transfer', async () => {
    const visited: Array<{ pathname: string; search: string }> = [];
    renderInbox((location) => visited.push(location));
    await screen.findByText('Garden hose', {}, PATIENT);

    await userEvent.click(within(rowOf('Garden hose')).getByRole('button', { name: 'Transfer here' }));

    await waitFor(() => expect(visited.at(-1)?.pathname).toBe('/stock-transfers/create'), PATIENT);
    const draft: unknown = JSON.parse(new URLSearchParams(visited.at(-1)!.search).get('source') ?? 'null');
    expect(draft).toEqual({ toWarehouseId: 1, items: [{ productId: 1, quantity: 49 }] });
  });
});
