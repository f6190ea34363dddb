import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderWithAdmin } from '../../test/renderWithAdmin';
import { server } from '../../test/server';
import { enterText, makeCategory, serveCollection, WAIT, WithResources } from '../testing';
import { LONG_FLOW, makeProductRow } from './fixtures';
import ProductCreate from './ProductCreate';
import ProductEdit from './ProductEdit';

function fieldOf(input: HTMLElement): HTMLElement {
  const wrapper = input.closest<HTMLElement>('.MuiFormControl-root');
  if (!wrapper) throw new Error('input has no form control');
  return wrapper;
}

function capturePosts() {
  const bodies: unknown[] = [];
  server.use(
    http.post('/api/products', async ({ request }) => {
      bodies.push(await request.json());
      return HttpResponse.json({ id: 99 }, { status: 201 });
    }),
  );
  return bodies;
}

async function chooseStatus(name: string) {
  await userEvent.click(screen.getByRole('combobox', { name: /^Status/ }));
  await userEvent.click(await screen.findByRole('option', { name }, WAIT));
}

describe('ProductForm validation', () => {
  it(
    'objects to a bad EAN, a negative price and an active product without category before sending',
    LONG_FLOW,
    async () => {
      const bodies = capturePosts();
      serveCollection('categories', [makeCategory({ id: 7, name: 'Garden' })]);
      renderWithAdmin(
        <WithResources>
          <ProductCreate />
        </WithResources>,
        { resource: 'products', role: 'merchandiser' },
      );

      await enterText(await screen.findByLabelText(/^SKU/, {}, WAIT), 'GARDEN-HOSE');
      await enterText(screen.getByLabelText(/^Name/), 'Garden hose');
      const barcode = screen.getByLabelText('Barcode (EAN-13)');
      await enterText(barcode, '4006381333932');
      await chooseStatus('Active');
      await userEvent.click(screen.getByRole('tab', { name: 'Pricing' }));
      const price = screen.getByLabelText('Price');
      await enterText(price, '-3');
      await userEvent.click(screen.getByRole('button', { name: 'Save' }));

      expect(await within(fieldOf(price)).findByText('Must not be negative.', {}, WAIT)).toBeInTheDocument();
      // The other errors are on the details tab, which is marked as having them.
      const details = screen.getByRole('tab', { name: 'Details' });
      expect(details).toHaveClass('error');
      await userEvent.click(details);
      expect(within(fieldOf(barcode)).getByText(/not a valid EAN-13 barcode/)).toBeInTheDocument();
      const category = screen.getByRole('combobox', { name: 'Category' });
      expect(within(fieldOf(category)).getByText('An active product needs a category.')).toBeInTheDocument();
      expect(bodies).toEqual([]);
    },
  );

  it('offers only the status transitions the domain allows', async () => {
    const draft = makeProductRow({ id: 1, status: 'draft' });
    server.use(http.get('/api/products/1', () => HttpResponse.json(draft)));
    serveCollection('categories', []);
    serveCollection('stock-levels', []);
    serveCollection('audit-log', []);
    renderWithAdmin(
      <WithResources>
        <ProductEdit id={1} />
      </WithResources>,
      { resource: 'products', role: 'merchandiser' },
    );

    await screen.findByDisplayValue('SKU-001', {}, WAIT);
    await userEvent.click(screen.getByRole('combobox', { name: /^Status/ }));
    const options = await screen.findAllByRole('option', {}, WAIT);
    expect(options.map((option) => option.textContent)).toEqual(['Draft', 'Active']);
  });
});
