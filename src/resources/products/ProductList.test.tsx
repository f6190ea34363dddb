import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithAdmin } from '../../test/renderWithAdmin';
import { makeCategory, serveCollection, WAIT, WithResources } from '../testing';
import { makeProductRow } from './fixtures';
import ProductList from './ProductList';

const garden = makeCategory({ id: 7, name: 'Garden' });
const products = Array.from({ length: 30 }, (_, index) =>
  makeProductRow({
    id: index + 1,
    categoryId: garden.id,
    categoryName: garden.name,
    price: 129900 + index * 100,
    cost: 64950,
  }),
);
products[0] = { ...products[0]!, status: 'archived', available: 0, stockState: 'out' };

function rowOf(text: string): HTMLElement {
  const row = screen.getByText(text).closest('tr');
  if (!row) throw new Error(`no table row contains ${text}`);
  return row;
}

describe('ProductList', () => {
  it('shows the first page formatted: EUR amounts, margin, category, stock state and translated status', async () => {
    const seen = serveCollection('products', products);
    renderWithAdmin(
      <WithResources>
        <ProductList />
      </WithResources>,
      { resource: 'products' },
    );

    await screen.findByText('SKU-001', {}, WAIT);
    const row = rowOf('SKU-001');
    expect(within(row).getByText('€1,299.00')).toBeInTheDocument();
    // Cost is a column the user can show; it starts hidden.
    expect(within(row).queryByText('€649.50')).not.toBeInTheDocument();
    expect(within(row).getByText('50%')).toBeInTheDocument();
    expect(within(row).getByText('Archived')).toBeInTheDocument();
    expect(within(row).getByText('Garden')).toBeInTheDocument();
    expect(within(row).getByText('Out of stock')).toBeInTheDocument();
    expect(within(rowOf('SKU-002')).getByText('Active')).toBeInTheDocument();
    expect(within(rowOf('SKU-002')).getByText('12')).toBeInTheDocument();
    expect(within(rowOf('SKU-002')).queryByText('Out of stock')).not.toBeInTheDocument();
    expect(seen[0]).toMatchObject({ range: [0, 24], sort: ['name', 'ASC'] });
  });

  it('requests the next range when paginating and shows those rows', async () => {
    const seen = serveCollection('products', products);
    renderWithAdmin(
      <WithResources>
        <ProductList />
      </WithResources>,
      { resource: 'products' },
    );
    await screen.findByText('SKU-025', {}, WAIT);

    await userEvent.click(screen.getByRole('button', { name: 'Go to next page' }));

    expect(await screen.findByText('SKU-026', {}, WAIT)).toBeInTheDocument();
    expect(screen.getByText('SKU-030')).toBeInTheDocument();
    expect(screen.queryByText('SKU-001')).not.toBeInTheDocument();
    expect(seen.at(-1)?.range).toEqual([25, 49]);
  });

  it('speaks German: amounts and status follow the locale', async () => {
    serveCollection('products', products.slice(0, 1));
    renderWithAdmin(
      <WithResources>
        <ProductList />
      </WithResources>,
      { resource: 'products', locale: 'de' },
    );
    await screen.findByText('SKU-001', {}, WAIT);
    const row = rowOf('SKU-001');
    expect(within(row).getByText('1.299,00 €')).toBeInTheDocument();
    expect(within(row).getByText('Archiviert')).toBeInTheDocument();
  });

  it.each([
    ['merchandiser', true],
    ['warehouse', false],
  ] as const)(
    'offers create, import and bulk edits only to roles that may write products (%s)',
    async (role, canWrite) => {
      serveCollection('products', products.slice(0, 3));
      renderWithAdmin(
        <WithResources>
          <ProductList />
        </WithResources>,
        { resource: 'products', role },
      );
      await screen.findByText('SKU-001', {}, WAIT);
      // The list settles its access checks before rendering its actions; the export button shows it is done.
      await screen.findByRole('button', { name: 'Export' }, WAIT);
      if (canWrite) await screen.findByRole('link', { name: 'Import' }, WAIT);
      expect(!!screen.queryByRole('link', { name: 'Create' })).toBe(canWrite);
      expect(!!screen.queryByRole('link', { name: 'Import' })).toBe(canWrite);
      expect(!!screen.queryByRole('checkbox', { name: 'Select all' })).toBe(canWrite);
    },
  );
});
