import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { BulkChange } from '../../providers/operations/catalog';
import { renderWithAdmin } from '../../test/renderWithAdmin';
import { server } from '../../test/server';
import { enterText, serveCollection, WAIT, WithResources } from '../testing';
import { LONG_FLOW, makeProductRow } from './fixtures';
import ProductList from './ProductList';

const products = Array.from({ length: 30 }, (_, index) =>
  makeProductRow({ id: index + 1, price: 1299 + index * 100 }),
);

/** Answers POST /api/products/bulk with `answer(body)` and records every body sent. */
function serveBulk(answer: (body: Record<string, unknown>) => Response) {
  const bodies: Record<string, unknown>[] = [];
  server.use(
    http.post('/api/products/bulk', async ({ request }) => {
      const body = (await request.json()) as Record<string, unknown>;
      bodies.push(body);
      return answer(body);
    }),
  );
  return bodies;
}

function renderList(rows = products) {
  serveCollection('products', rows);
  renderWithAdmin(
    <WithResources>
      <ProductList />
    </WithResources>,
    { resource: 'products', role: 'merchandiser' },
  );
}

const change = (id: number, before: object, after: object): BulkChange => ({
  id,
  sku: products[id - 1]!.sku,
  name: products[id - 1]!.name,
  before,
  after,
});

describe('Product bulk edits', () => {
  it(
    'previews old → new prices and applies the previewed change to the ticked products',
    LONG_FLOW,
    async () => {
      const changes = [
        change(1, { price: 1299 }, { price: 1429 }),
        change(2, { price: 1399 }, { price: 1549 }),
      ];
      const bodies = serveBulk((body) => HttpResponse.json({ applied: !body.preview, changes, refusals: 0 }));
      renderList(products.slice(0, 3));
      const rows = await screen.findAllByLabelText('Select this row', {}, WAIT);
      await userEvent.click(rows[0]!);
      await userEvent.click(rows[1]!);

      await userEvent.click(await screen.findByRole('button', { name: 'Change price' }, WAIT));
      const dialog = await screen.findByRole('dialog', {}, WAIT);
      await enterText(within(dialog).getByLabelText(/Change in percent/), '10');
      await userEvent.click(within(dialog).getByRole('combobox', { name: 'Rounding' }));
      await userEvent.click(await screen.findByRole('option', { name: 'End in .99' }, WAIT));
      await userEvent.click(within(dialog).getByRole('button', { name: 'Preview' }));

      const preview = await within(dialog).findByRole('list', { name: 'Changes, old → new' }, WAIT);
      const first = within(preview).getByText('SKU-001 · Product 1').closest('li')!;
      expect(first).toHaveTextContent('€12.99 → €14.29');
      const second = within(preview).getByText('SKU-002 · Product 2').closest('li')!;
      expect(second).toHaveTextContent('€13.99 → €15.49');
      expect(bodies[0]).toEqual({
        ids: [1, 2],
        action: 'price',
        price: { mode: 'percent', value: 10, rounding: '99' },
        preview: true,
      });

      await userEvent.click(within(dialog).getByRole('button', { name: 'Apply to 2 products' }));
      expect(await screen.findByText('2 products changed.', {}, WAIT)).toBeInTheDocument();
      expect(bodies[1]).toEqual({
        ids: [1, 2],
        action: 'price',
        price: { mode: 'percent', value: 10, rounding: '99' },
      });
    },
  );

  it(
    'works on every match of the filter, lists refusals per product and can skip them',
    LONG_FLOW,
    async () => {
      const changes = [1, 2, 3].map((id) => change(id, { status: 'active' }, { status: 'archived' }));
      const reason = 'SKU-003: A product cannot go from draft to archived. Allowed next: active.';
      const bodies = serveBulk((body) => {
        if (body.preview) return HttpResponse.json({ applied: false, changes, refusals: 1 });
        if (body.filter) {
          return HttpResponse.json(
            {
              message: '1 of the selected products cannot be changed, so nothing was changed.',
              errors: { '3': reason },
            },
            { status: 422 },
          );
        }
        return HttpResponse.json({ applied: true, changes: changes.slice(0, 2), refusals: 0 });
      });
      renderList();
      await userEvent.click(await screen.findByRole('checkbox', { name: 'Select all' }, WAIT));
      await userEvent.click(await screen.findByRole('button', { name: 'Select all 30 matches' }, WAIT));
      expect(await screen.findByText('All 30 matches selected', {}, WAIT)).toBeInTheDocument();

      await userEvent.click(screen.getByRole('button', { name: 'Archive' }));
      const dialog = await screen.findByRole('dialog', { name: 'Archive 30 products' }, WAIT);
      expect(await within(dialog).findByText(/1 of them cannot be changed/, {}, WAIT)).toBeInTheDocument();
      expect(bodies[0]).toEqual({ filter: {}, action: 'archive', preview: true });

      await userEvent.click(within(dialog).getByRole('button', { name: 'Apply to 3 products' }));
      expect(await within(dialog).findByText(reason, {}, WAIT)).toBeInTheDocument();
      expect(bodies[1]).toEqual({ filter: {}, action: 'archive' });

      await userEvent.click(within(dialog).getByRole('button', { name: 'Apply to the other 2 products' }));
      expect(await screen.findByText('2 products changed.', {}, WAIT)).toBeInTheDocument();
      await waitFor(() => expect(bodies[2]).toEqual({ ids: [1, 2], action: 'archive' }));
    },
  );
});
