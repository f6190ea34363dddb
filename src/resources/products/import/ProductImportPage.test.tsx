import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../providers/operations/catalog';
import { renderWithAdmin } from '../../../test/renderWithAdmin';
import { server } from '../../../test/server';
import { WAIT, WithResources } from '../../testing';
import { LONG_FLOW } from '../fixtures';
import { products } from '..';
import ProductImportPage from './ProductImportPage';

/** The page as the products resource mounts it, behind its access guards. */
const GuardedImportPage = products.routes![0]!.component;

const csv = 'sku,name,price\nKT-1,Rake,12.99\nKT-2,Spade,twelve\nKT-3,,4.50\n';

const dryRun: ImportReport = {
  mode: 'dry-run',
  applied: false,
  created: 1,
  updated: 0,
  unchanged: 0,
  rejected: [
    { line: 3, sku: 'KT-2', errors: { price: { key: 'errors.money' } } },
    { line: 4, sku: 'KT-3', errors: { name: { key: 'errors.required' } } },
  ],
};

function serveImport() {
  const bodies: { csv: string; mode: string }[] = [];
  server.use(
    http.post('/api/products/import', async ({ request }) => {
      const body = (await request.json()) as { csv: string; mode: ImportReport['mode'] };
      bodies.push(body);
      if (body.mode === 'dry-run') return HttpResponse.json(dryRun);
      return HttpResponse.json({ ...dryRun, mode: body.mode, applied: body.mode === 'partial' });
    }),
  );
  return bodies;
}

async function chooseFile() {
  renderWithAdmin(
    <WithResources>
      <ProductImportPage />
    </WithResources>,
    { resource: 'products', role: 'merchandiser' },
  );
  const input = await screen.findByLabelText('Choose CSV file', {}, WAIT);
  await userEvent.upload(input, new File([csv], 'garden.csv', { type: 'text/csv' }));
}

describe('ProductImportPage', () => {
  it('dry-runs the chosen file and lists the rejected lines with their reasons', LONG_FLOW, async () => {
    const bodies = serveImport();
    await chooseFile();

    const table = await screen.findByRole('table', { name: 'Rejected lines' }, WAIT);
    const [, first, second] = within(table).getAllByRole('row');
    expect(first).toHaveTextContent('3KT-2Price: Enter an amount such as 12.99 or 12,99.');
    expect(second).toHaveTextContent('4KT-3Name: This field is required.');
    expect(screen.getByText('Check result (nothing changed yet)')).toBeInTheDocument();
    expect(screen.getByText('2 lines cannot be imported as they are.')).toBeInTheDocument();
    expect(bodies).toEqual([{ csv, mode: 'dry-run' }]);
  });

  it('applies only the valid lines when the user picks partial', LONG_FLOW, async () => {
    const bodies = serveImport();
    await chooseFile();
    await screen.findByRole('table', { name: 'Rejected lines' }, WAIT);

    await userEvent.click(screen.getByRole('radio', { name: /Only the valid lines/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Apply import' }));

    expect(await screen.findByText('Import applied', {}, WAIT)).toBeInTheDocument();
    expect(await screen.findByText('Import applied: 1 new, 0 updated.', {}, WAIT)).toBeInTheDocument();
    expect(bodies.map((body) => body.mode)).toEqual(['dry-run', 'partial']);
    expect(bodies[1]?.csv).toBe(csv);
  });

  it('is closed to roles that may not write products', async () => {
    renderWithAdmin(
      <WithResources>
        <Routes>
          <Route path="/products/import" element={<GuardedImportPage />} />
          <Route path="/access-denied" element={<p>Access denied page</p>} />
        </Routes>
      </WithResources>,
      { resource: 'products', role: 'manager', initialEntries: ['/products/import'] },
    );
    expect(await screen.findByText('Access denied page', {}, WAIT)).toBeInTheDocument();
    expect(screen.queryByLabelText('Choose CSV file')).not.toBeInTheDocument();
  });
});
