import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SavedFilter } from '../../domain/types';
import { renderWithAdmin } from '../../test/renderWithAdmin';
import { server } from '../../test/server';
import { enterText, serveCollection, WAIT, WithResources } from '../testing';
import { makeProductRow } from './fixtures';
import ProductList from './ProductList';

const products = [
  makeProductRow({ id: 1, name: 'Garden hose', barcode: '4006381333931' }),
  makeProductRow({ id: 2, name: 'Hose reel' }),
  makeProductRow({ id: 3, name: 'Watering can' }),
];

/** Serves products as the API filters them by `q` (name or barcode, ignoring case). */
function serveSearchableProducts() {
  const filters: Record<string, unknown>[] = [];
  server.use(
    http.get('/api/products', ({ request }) => {
      const filter = JSON.parse(new URL(request.url).searchParams.get('filter') ?? '{}') as { q?: string };
      filters.push(filter);
      const q = filter.q?.toLowerCase() ?? '';
      const rows = products.filter((p) => p.name.toLowerCase().includes(q) || (p.barcode ?? '').includes(q));
      return HttpResponse.json(rows, {
        headers: { 'Content-Range': `products 0-${rows.length - 1}/${rows.length}` },
      });
    }),
  );
  return filters;
}

function renderList(onPath?: (path: string) => void) {
  return renderWithAdmin(
    <WithResources>
      <ProductList />
    </WithResources>,
    {
      resource: 'products',
      role: 'merchandiser',
      onLocationChange: (location) => onPath?.(location.pathname),
    },
  );
}

/**
 * The list's search box, once the page has settled. The column chooser mounts
 * its own (hidden, autofocused) search box shortly after the list; the test DOM lets
 * it take the focus, so typing waits until it has.
 */
async function searchBox(): Promise<HTMLElement> {
  await screen.findByPlaceholderText('Search columns', {}, WAIT);
  return screen.getByPlaceholderText('Search');
}

afterEach(() => vi.restoreAllMocks());

describe('ProductList search', () => {
  it('opens the product when Enter finds exactly one match, as after a barcode scan', async () => {
    serveSearchableProducts();
    const paths: string[] = [];
    renderList((path) => paths.push(path));
    const search = await searchBox();

    await enterText(search, '4006381333931');
    await userEvent.keyboard('{Enter}');

    await waitFor(() => expect(paths).toContain('/products/1/show'), WAIT);
  });

  it('stays on the list when Enter finds several matches', async () => {
    const filters = serveSearchableProducts();
    const paths: string[] = [];
    renderList((path) => paths.push(path));
    const search = await searchBox();

    await enterText(search, 'hose');
    await userEvent.keyboard('{Enter}');

    await waitFor(() => expect(filters.filter((f) => f.q === 'hose').length).toBeGreaterThanOrEqual(2), WAIT);
    expect(await screen.findByText('Hose reel', {}, WAIT)).toBeInTheDocument();
    expect(screen.queryByText('Watering can')).not.toBeInTheDocument();
    expect(paths.some((path) => path.endsWith('/show'))).toBe(false);
  });
});

describe('ProductList presets', () => {
  it('applies a saved preset’s filter and sort, and saves the current filter under a name', async () => {
    const seen = serveCollection('products', products);
    const preset: SavedFilter = {
      id: 4,
      userId: 3,
      resource: 'products',
      name: 'Low stock',
      filter: { stockState: 'low' },
      sort: ['available', 'ASC'],
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
      version: 1,
    };
    const presetRequests = serveCollection('saved-filters', [preset]);
    const saved: unknown[] = [];
    server.use(
      http.post('/api/saved-filters', async ({ request }) => {
        const body = (await request.json()) as object;
        saved.push(body);
        return HttpResponse.json({ ...preset, ...body, id: 5 }, { status: 201 });
      }),
    );
    renderList();
    await screen.findByText('Garden hose', {}, WAIT);

    await userEvent.click(screen.getByRole('button', { name: 'Presets' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: /Low stock/ }, WAIT));

    await waitFor(
      () => expect(seen.at(-1)).toMatchObject({ filter: { stockState: 'low' }, sort: ['available', 'ASC'] }),
      WAIT,
    );
    expect(presetRequests[0]?.filter).toEqual({ resource: 'products' });

    await userEvent.click(screen.getByRole('button', { name: 'Presets' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Save current filters…' }, WAIT));
    const dialog = await screen.findByRole('dialog', {}, WAIT);
    await enterText(within(dialog).getByLabelText('Preset name'), 'Running low');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(saved).toHaveLength(1), WAIT);
    expect(saved[0]).toEqual({
      resource: 'products',
      name: 'Running low',
      filter: { stockState: 'low' },
      sort: ['available', 'ASC'],
    });
    expect(await screen.findByText('Preset “Running low” saved.', {}, WAIT)).toBeInTheDocument();
  });
});

describe('ProductList export', () => {
  it('downloads the API’s CSV of everything matching the filter, in the list’s order', async () => {
    serveSearchableProducts();
    const requested: URL[] = [];
    const csv = 'sku,name\nSKU-001,Garden hose\nSKU-002,Hose reel\n';
    server.use(
      http.get('/api/products/export.csv', ({ request }) => {
        requested.push(new URL(request.url));
        return new HttpResponse(csv, {
          headers: {
            'Content-Type': 'text/csv; charset=utf-8',
            'Content-Disposition': 'attachment; filename="products-2025-03-01.csv"',
            'X-Total-Count': '2',
          },
        });
      }),
    );
    const files: Blob[] = [];
    const names: string[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      files.push(blob);
      return 'blob:export';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    renderList();
    await enterText(await searchBox(), 'hose');
    await waitFor(() => expect(screen.queryByText('Watering can')).not.toBeInTheDocument(), WAIT);

    await userEvent.click(screen.getByRole('button', { name: 'Export' }));

    expect(await screen.findByText('Exported 2 rows.', {}, WAIT)).toBeInTheDocument();
    expect(JSON.parse(requested[0]!.searchParams.get('filter')!)).toEqual({ q: 'hose' });
    expect(JSON.parse(requested[0]!.searchParams.get('sort')!)).toEqual(['name', 'ASC']);
    expect(names).toEqual(['products-2025-03-01.csv']);
    // With a byte-order mark, so spreadsheet programs read umlauts as UTF-8.
    const bytes = new Uint8Array(await files[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toBe(csv);
  });
});
