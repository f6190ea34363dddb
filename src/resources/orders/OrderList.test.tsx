import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Customer } from '../../domain/types';
import { renderWithAdmin } from '../../test/renderWithAdmin';
import { makeOrder, serveCollection, WAIT, WithResources } from '../testing';
import OrderList from './OrderList';

const customer: Customer = {
  id: 1,
  firstName: 'Grete',
  lastName: 'Berger',
  email: 'grete@example.com',
  phone: '',
  address: {
    name: 'Grete Berger',
    street: 'Hauptstr. 1',
    postalCode: '10115',
    city: 'Berlin',
    country: 'DE',
  },
  createdAt: '2025-01-02T10:00:00.000Z',
  updatedAt: '2025-01-02T10:00:00.000Z',
  version: 1,
};

const orders = [
  makeOrder({ id: 1, status: 'paid', total: 4590 }),
  makeOrder({
    id: 2,
    status: 'shipped',
    items: [
      { productId: 1, sku: 'A-1', name: 'Mug', quantity: 3, unitPrice: 900, discount: 0 },
      { productId: 2, sku: 'B-2', name: 'Plate', quantity: 1, unitPrice: 1500, discount: 100 },
    ],
  }),
];

describe('OrderList', () => {
  it('shows the customer by name, the item count and the total', async () => {
    serveCollection('orders', orders);
    serveCollection('customers', [customer]);
    renderWithAdmin(
      <WithResources>
        <OrderList />
      </WithResources>,
      { resource: 'orders' },
    );

    const row = (await screen.findByText('K-1002', {}, WAIT)).closest('tr')!;
    expect(within(row).getByText('4')).toBeInTheDocument();
    expect(within(row).getByText('Shipped')).toBeInTheDocument();
    expect(await within(row).findByText('Grete Berger', {}, WAIT)).toBeInTheDocument();
    expect(within(screen.getByText('K-1001').closest('tr')!).getByText('€45.90')).toBeInTheDocument();
  });

  it('filters by status with filter={"status":"paid"}', async () => {
    const seen = serveCollection('orders', orders);
    serveCollection('customers', [customer]);
    renderWithAdmin(
      <WithResources>
        <OrderList />
      </WithResources>,
      { resource: 'orders' },
    );
    await screen.findByText('K-1001', {}, WAIT);
    expect(seen[0]?.filterParam).toBe('{}');

    await userEvent.click(screen.getByRole('combobox', { name: 'Status' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Paid' }, WAIT));

    await waitFor(() => expect(seen.at(-1)?.filterParam).toBe('{"status":"paid"}'), WAIT);
    expect(seen.at(-1)?.range).toEqual([0, 24]);
  });
});
