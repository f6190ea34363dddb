import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { SavedFilter } from '../domain/types';
import ShipmentList from '../resources/shipments/ShipmentList';
import { serveCollection, WAIT, WithResources } from '../resources/testing';
import { renderWithAdmin } from '../test/renderWithAdmin';
import { server } from '../test/server';

const preset: SavedFilter = {
  id: 1,
  userId: 2,
  resource: 'shipments',
  name: 'Stuck parcels',
  filter: { status: 'exception' },
  sort: ['createdAt', 'DESC'],
  createdAt: '2025-01-10T09:00:00.000Z',
  updatedAt: '2025-01-10T09:00:00.000Z',
  version: 1,
};

describe('filter tools on a list', () => {
  it('offer the server-stored presets of that list, and no second, browser-local kind', async () => {
    const presetQueries: string[] = [];
    server.use(
      http.get('/api/saved-filters', ({ request }) => {
        presetQueries.push(new URL(request.url).searchParams.get('filter') ?? '');
        return HttpResponse.json([preset], { headers: { 'Content-Range': 'saved-filters 0-0/1' } });
      }),
    );
    const shipment = {
      id: 7,
      orderId: 3,
      warehouseId: 1,
      carrier: 'DHL',
      trackingNumber: '00340434161094042557',
      status: 'exception',
      items: [{ productId: 1, quantity: 1 }],
      shippedAt: null,
      deliveredAt: null,
      createdAt: '2025-01-10T09:00:00.000Z',
      updatedAt: '2025-01-10T09:00:00.000Z',
      version: 1,
    };
    const shipmentRequests = serveCollection('shipments', [shipment]);
    serveCollection('orders', [{ id: 3, number: 'KT-3' }]);
    serveCollection('warehouses', [{ id: 1, code: 'BER', name: 'Berlin' }]);
    renderWithAdmin(
      <WithResources>
        <ShipmentList />
      </WithResources>,
      { resource: 'shipments', role: 'manager' },
    );

    await screen.findByText('DHL', {}, WAIT);
    await userEvent.click(screen.getByRole('button', { name: 'Presets' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: /Stuck parcels/ }, WAIT));
    expect(JSON.parse(presetQueries[0]!)).toEqual({ resource: 'shipments' });
    await waitFor(() => expect(shipmentRequests.at(-1)?.filter).toEqual({ status: 'exception' }), WAIT);

    await userEvent.click(screen.getByRole('button', { name: 'Add filter' }));
    await screen.findAllByRole('menuitem');
    expect(screen.queryByText(/Save current query/)).toBeNull();
  });
});
