import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StockMovement } from '../../domain/types';
import { renderWithAdmin, testToken } from '../../test/renderWithAdmin';
import { server } from '../../test/server';
import { PATIENT, makeWarehouse } from '../stock-levels/fixtures';
import { makeProduct, serveCollection, WithResources } from '../testing';
import StockMovementList from './StockMovementList';

function movement(id: number, overrides: Partial<StockMovement> = {}): StockMovement {
  return {
    id,
    productId: 1,
    warehouseId: 1,
    delta: 4,
    reason: 'receipt',
    balanceAfter: 10 + id,
    userId: 4,
    orderId: null,
    shipmentId: null,
    transferId: null,
    reversesMovementId: null,
    note: '',
    createdAt: `2025-03-0${id}T10:00:00.000Z`,
    updatedAt: `2025-03-0${id}T10:00:00.000Z`,
    version: 1,
    ...overrides,
  };
}

afterEach(() => vi.restoreAllMocks());

/** The ledger as the API serves it, honouring the `reversesMovementId` any-of filter; returns the filters asked for. */
function serveLedger(records: StockMovement[]) {
  const filters: Array<Record<string, unknown>> = [];
  server.use(
    http.get('/api/stock-movements', ({ request }) => {
      const filter = JSON.parse(new URL(request.url).searchParams.get('filter') ?? '{}') as Record<
        string,
        unknown
      >;
      filters.push(filter);
      const wanted = filter.reversesMovementId as number[] | undefined;
      const found = wanted ? records.filter((m) => wanted.includes(m.reversesMovementId ?? -1)) : records;
      return HttpResponse.json(found, {
        headers: { 'Content-Range': `stock-movements 0-${Math.max(found.length - 1, 0)}/${found.length}` },
      });
    }),
  );
  return filters;
}

function renderLedger() {
  const ledger = serveLedger([
    movement(1),
    movement(2, { reason: 'shipment', delta: -1, userId: null }),
    movement(3, { reason: 'correction', delta: -4, reversesMovementId: 1 }),
    movement(4, { reason: 'damage', delta: -2 }),
  ]);
  serveCollection('products', [makeProduct({ id: 1, sku: 'KT-HOSE-20', name: 'Garden hose' })]);
  serveCollection('warehouses', [makeWarehouse({ id: 1, code: 'BER' })]);
  renderWithAdmin(
    <WithResources>
      <StockMovementList />
    </WithResources>,
    { role: 'warehouse', resource: 'stock-movements', initialEntries: ['/stock-movements'] },
  );
  return ledger;
}

describe('StockMovementList', () => {
  it('offers Reverse only for manual adjustments that have not been reversed yet', async () => {
    const ledger = renderLedger();
    await screen.findByText('Shipment', {}, PATIENT);
    // The receipt was reversed by the correction; the shipment and the correction are not manual adjustments to undo.
    expect(await screen.findByText('Reversed', {}, PATIENT)).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Reverse' })).toHaveLength(1);
    expect(ledger).toContainEqual({ reversesMovementId: [1, 4] });
  });

  it('exports every movement matching the filters as a CSV download, with the user’s token', async () => {
    const exports: Array<{ authorization: string | null; filter: string | null }> = [];
    server.use(
      http.get('/api/stock-movements/export.csv', ({ request }) => {
        const url = new URL(request.url);
        exports.push({
          authorization: request.headers.get('Authorization'),
          filter: url.searchParams.get('filter'),
        });
        return new HttpResponse('\uFEFFid,delta\r\n1,4\r\n2,-1\r\n', {
          headers: {
            'Content-Type': 'text/csv; charset=utf-8',
            'Content-Disposition': 'attachment; filename="stock-movements-2025-03-05.csv"',
          },
        });
      }),
    );
    const saved: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      saved.push(blob);
      return 'blob:ledger';
    });
    URL.revokeObjectURL = vi.fn();
    const clicks = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      expect(this.download).toBe('stock-movements-2025-03-05.csv');
      expect(this.href).toBe('blob:ledger');
    });
    renderLedger();
    await screen.findByText('Shipment', {}, PATIENT);

    await userEvent.click(screen.getByRole('button', { name: 'Export' }));

    await waitFor(() => expect(clicks).toHaveBeenCalledTimes(1), PATIENT);
    expect(exports).toEqual([
      { authorization: `Bearer ${testToken('warehouse')}`, filter: '{"warehouseId":[1]}' },
    ]);
    // One byte-order mark, so spreadsheet programs read umlauts right (Blob.text() would hide it).
    const bytes = await saved[0]!.arrayBuffer();
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(
      '\uFEFFid,delta\r\n1,4\r\n2,-1\r\n',
    );
  });
});
