import { screen, within } from '@testing-library/react';
import { RecordContextProvider } from 'react-admin';
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../domain/types';
import { serveCollection, WAIT, WithResources } from '../resources/testing';
import { renderWithAdmin } from '../test/renderWithAdmin';
import { RecordHistory } from './RecordHistory';

const product = { id: 5, name: 'Garden hose' };

function entry(id: number, at: string, overrides: Partial<AuditEntry>): AuditEntry {
  return {
    id,
    at,
    userId: 2,
    username: 'mia',
    action: 'update',
    resource: 'products',
    recordId: product.id,
    changes: [],
    note: '',
    createdAt: at,
    updatedAt: at,
    version: 1,
    ...overrides,
  };
}

const history = [
  entry(2, '2025-05-02T10:00:00Z', { changes: [{ field: 'price', before: 1000, after: 1250 }] }),
  entry(1, '2025-05-01T10:00:00Z', { action: 'create', username: 'ada' }),
];

const renderHistory = (role: 'admin' | 'merchandiser') =>
  renderWithAdmin(
    <WithResources>
      <RecordContextProvider value={product}>
        <RecordHistory resource="products" />
      </RecordContextProvider>
    </WithResources>,
    { role },
  );

describe('RecordHistory', () => {
  it('lists the record’s audit entries, newest first, with changes as before → after', async () => {
    const seen = serveCollection('audit-log', history);
    renderHistory('admin');

    const heading = await screen.findByRole('heading', { name: 'History' }, WAIT);
    const card = heading.closest('aside')!;
    await within(card).findByText('mia', {}, WAIT);
    expect(seen[0]).toMatchObject({ filter: { resource: 'products', recordId: 5 }, sort: ['at', 'DESC'] });
    const labels = within(card)
      .getAllByText(/^(Updated|Created)$/)
      .map((chip) => chip.textContent);
    expect(labels).toEqual(['Updated', 'Created']);
    expect(within(card).getByText('Price')).toBeInTheDocument();
    expect(within(card).getByText('€10.00')).toBeInTheDocument();
    expect(within(card).getByText('€12.50')).toBeInTheDocument();
  });

  it('shows changes as the screens would: words for statuses, local dates, names for ids, lines as text', async () => {
    const transfer = { id: 9, number: 'TR-9' };
    const at = '2025-05-03T10:00:00Z';
    serveCollection('audit-log', [
      entry(3, at, {
        resource: 'stock-transfers',
        recordId: 9,
        changes: [
          { field: 'status', before: 'in_transit', after: 'received' },
          { field: 'receivedAt', before: null, after: '2025-05-03T10:00:00.000Z' },
          { field: 'fromWarehouseId', before: null, after: 1 },
          { field: 'lines', before: null, after: [{ productId: 5, quantity: 2 }] },
          { field: 'createdBy', before: null, after: 4 },
        ],
      }),
    ]);
    serveCollection('warehouses', [{ id: 1, code: 'BER', name: 'Berlin' }]);
    serveCollection('products', [{ id: 5, sku: 'SKU-005', name: 'Garden hose' }]);
    renderWithAdmin(
      <WithResources>
        <RecordContextProvider value={transfer}>
          <RecordHistory resource="stock-transfers" />
        </RecordContextProvider>
      </WithResources>,
      { role: 'manager' },
    );
    const card = (await screen.findByRole('heading', { name: 'History' }, WAIT)).closest('aside')!;
    // "Received" twice: the new status, and the label of the receivedAt field.
    expect(await within(card).findAllByText('Received', {}, WAIT)).toHaveLength(2);
    // The entry's own time, and the receivedAt value, both on the shop's clock (Berlin, summer time).
    expect(within(card).getAllByText('May 3, 2025, 12:00 PM')).toHaveLength(2);
    expect(within(card).getByText('In transit')).toBeInTheDocument();
    expect(await within(card).findByText('BER · Berlin', {}, WAIT)).toBeInTheDocument();
    expect(await within(card).findByText(/SKU-005 · Garden hose/, {}, WAIT)).toBeInTheDocument();
    expect(within(card).getByText(/^2 ×/)).toBeInTheDocument();
    // A name from /api/user-names (src/test/server.ts), which every role may read.
    expect(await within(card).findByText('Wanda Warehouse', {}, WAIT)).toBeInTheDocument();
    expect(within(card).queryByText(/2025-05-03T/)).toBeNull();
    expect(within(card).queryByText('—')).toBeNull();
  });

  it('renders nothing, and asks nothing, for a role that may not read the audit log', async () => {
    // No handler is registered: a request would fail the test (msw rejects unhandled requests).
    const { container } = renderHistory('merchandiser');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(container).toBeEmptyDOMElement();
  });
});
