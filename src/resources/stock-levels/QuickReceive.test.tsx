import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../domain/messages';
import type { Product } from '../../domain/types';
import { renderWithAdmin } from '../../test/renderWithAdmin';
import { server } from '../../test/server';
import { enterText, makeProduct, serveCollection, WithResources } from '../testing';
import { PATIENT, makeWarehouse } from './fixtures';
import QuickReceive from './QuickReceive';

const catalogue = [
  makeProduct({ id: 1, sku: 'KT-HOSE-20', name: 'Garden hose', barcode: '4006381333931' }),
  makeProduct({ id: 2, sku: 'KT-CAN-10', name: 'Watering can' }),
];

/** Products by `sku` or `barcode` (any-of), as the list filters of the API match them. */
function serveProductsByCode() {
  server.use(
    http.get('/api/products', ({ request }) => {
      const filter = JSON.parse(new URL(request.url).searchParams.get('filter') ?? '{}') as Record<
        string,
        string[]
      >;
      const [field, wanted] = Object.entries(filter)[0] ?? ['sku', []];
      const found = catalogue.filter((product) => wanted.includes(String(product[field as keyof Product])));
      return HttpResponse.json(found, {
        headers: { 'Content-Range': `products 0-${found.length}/${found.length}` },
      });
    }),
  );
}

async function scan(code: string) {
  const input = screen.getByLabelText('SKU or barcode');
  await enterText(input, code);
  await userEvent.keyboard('{Enter}');
  await waitFor(() => expect(input).toHaveValue(''));
  expect(input).toHaveFocus();
}

describe('QuickReceive', () => {
  it('books scanned lines as one batch and shows the API’s objection on the line it concerns', async () => {
    serveCollection('warehouses', [makeWarehouse({ id: 1, code: 'BER', name: 'Berlin' })]);
    serveProductsByCode();
    const bodies: unknown[] = [];
    const unknown = formatMessage('en', 'errors.unknownSku', { line: 2, sku: 'NOPE-1' });
    server.use(
      http.post('/api/stock-adjustments/batch', async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json(
          { message: formatMessage('en', 'errors.invalid'), errors: { 'lines.1.sku': unknown } },
          { status: 422 },
        );
      }),
    );
    renderWithAdmin(
      <WithResources>
        <QuickReceive />
      </WithResources>,
      { role: 'warehouse', resource: 'stock-levels' },
    );

    await screen.findByRole('combobox', { name: 'Warehouse' }, PATIENT);
    await waitFor(
      () => expect(screen.getByRole('combobox', { name: 'Warehouse' })).toHaveTextContent('BER · Berlin'),
      PATIENT,
    );
    await scan('kt-hose-20');
    await scan('NOPE-1');
    await scan('KT-HOSE-20');
    await scan('4006381333931');

    const lines = screen.getByRole('list', { name: 'Lines to book' });
    const [hose, nope, byBarcode] = within(lines).getAllByRole('listitem');
    expect(within(lines).getAllByRole('listitem')).toHaveLength(3);
    expect(within(hose!).getByLabelText('Quantity of kt-hose-20')).toHaveValue('2');
    expect(await within(hose!).findByText('Garden hose', {}, PATIENT)).toBeInTheDocument();
    expect(await within(byBarcode!).findByText('Garden hose', {}, PATIENT)).toBeInTheDocument();
    expect(
      await within(nope!).findByText('No product with this SKU or barcode', {}, PATIENT),
    ).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Book 3 lines (4 units)' }));

    expect(await within(nope!).findByText(unknown, {}, PATIENT)).toBeInTheDocument();
    expect(within(hose!).queryByRole('alert')).toBeNull();
    expect(bodies).toEqual([
      {
        warehouseId: 1,
        reason: 'receipt',
        lines: [
          { sku: 'kt-hose-20', quantity: 2 },
          { sku: 'NOPE-1', quantity: 1 },
          { sku: '4006381333931', quantity: 1 },
        ],
      },
    ]);
  });
});
