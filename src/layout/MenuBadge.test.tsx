import { screen, waitFor } from '@testing-library/react';
import Inventory from '@mui/icons-material/Inventory2';
import Warehouse from '@mui/icons-material/Warehouse';
import { describe, expect, it } from 'vitest';
import type { ResourceDefinition } from '../resources';
import { renderWithAdmin } from '../test/renderWithAdmin';
import { Menu } from './Menu';

function withBadge(count: number | undefined): ResourceDefinition[] {
  return [
    { name: 'products', group: 'catalog', icon: Inventory },
    { name: 'stock-levels', group: 'inventory', icon: Warehouse, useBadge: () => count },
  ];
}

const link = (path: string) => document.querySelector<HTMLElement>(`a[href="${path}"]`);

describe('Menu badges', () => {
  it('shows a resource’s count on its entry, saying what it counts', async () => {
    renderWithAdmin(<Menu resources={withBadge(7)} />, { role: 'warehouse' });
    await waitFor(() => expect(link('/stock-levels')).not.toBeNull());
    expect(link('/stock-levels')).toHaveTextContent('7');
    expect(screen.getByLabelText('7 at or below the reorder point')).toHaveTextContent('7');
    expect(link('/products')).not.toHaveTextContent(/\d/);
  });

  it('shows nothing while the count is unknown or zero', async () => {
    for (const count of [undefined, 0]) {
      const { unmount } = renderWithAdmin(<Menu resources={withBadge(count)} />, { role: 'warehouse' });
      await waitFor(() => expect(link('/stock-levels')).not.toBeNull());
      expect(link('/stock-levels')).not.toHaveTextContent(/\d/);
      unmount();
    }
  });
});
