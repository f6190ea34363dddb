import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderWithAdmin } from '../test/renderWithAdmin';
import { server } from '../test/server';
import { GlobalSearch } from './GlobalSearch';

const WAIT = { timeout: 5000 };

/** Answers like the API: the order hit exact for its number, a product by name. */
function serveSearch() {
  const asked: string[] = [];
  server.use(
    http.get('/api/search', ({ request }) => {
      const q = new URL(request.url).searchParams.get('q') ?? '';
      asked.push(q);
      const order = { id: 7, title: 'KT-100007', subtitle: 'Grete Berger', exact: q === 'KT-100007' };
      const product = {
        id: 3,
        title: 'Kaffeebecher',
        subtitle: 'KB-01 · 4006381333931',
        exact: q === '4006381333931',
      };
      return HttpResponse.json({
        groups: [
          ...(q.startsWith('KT') ? [{ kind: 'orders', hits: [order], more: false }] : []),
          ...(q.startsWith('Ka') || q === '4006381333931'
            ? [{ kind: 'products', hits: [product], more: false }]
            : []),
        ],
        exact:
          q === 'KT-100007'
            ? { kind: 'orders', id: 7 }
            : q === '4006381333931'
              ? { kind: 'products', id: 3 }
              : null,
      });
    }),
  );
  return asked;
}

function renderSearch() {
  const locations: string[] = [];
  renderWithAdmin(<GlobalSearch />, {
    onLocationChange: (location) => locations.push(`${location.pathname}${location.search}`),
  });
  return locations;
}

describe('GlobalSearch', () => {
  it('lists hits grouped by kind and opens the one picked with the keyboard', async () => {
    serveSearch();
    const locations = renderSearch();
    const box = await screen.findByRole('combobox', { name: 'Search everything (Ctrl+K)' });
    await userEvent.type(box, 'Kaff');
    expect(await screen.findByText('Kaffeebecher', {}, WAIT)).toBeInTheDocument();
    expect(screen.getByText('Products')).toBeInTheDocument();
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await waitFor(() => expect(locations.at(-1)).toBe('/products/3/show'), WAIT);
  });

  it('opens a scanned barcode directly on Enter, without waiting for the list', async () => {
    const asked = serveSearch();
    const locations = renderSearch();
    const box = await screen.findByRole('combobox', { name: 'Search everything (Ctrl+K)' });
    // A scanner types faster than the box waits before it searches.
    fireEvent.change(box, { target: { value: '4006381333931' } });
    await userEvent.type(box, '{Enter}');
    await waitFor(() => expect(locations.at(-1)).toBe('/products/3/show'), WAIT);
    expect(asked).toContain('4006381333931');
  });

  it('is focused by Ctrl+K from anywhere', async () => {
    serveSearch();
    renderSearch();
    const box = await screen.findByRole('combobox', { name: 'Search everything (Ctrl+K)' });
    expect(box).not.toHaveFocus();
    await userEvent.keyboard('{Control>}k{/Control}');
    expect(box).toHaveFocus();
  });
});
