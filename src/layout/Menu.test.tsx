import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Inventory from '@mui/icons-material/Inventory2';
import LocalOffer from '@mui/icons-material/LocalOffer';
import People from '@mui/icons-material/People';
import Warehouse from '@mui/icons-material/Warehouse';
import { describe, expect, it } from 'vitest';
import type { ResourceDefinition } from '../resources';
import { renderWithAdmin } from '../test/renderWithAdmin';
import { Menu } from './Menu';

/** Stand-ins, so the test does not depend on which resources exist yet. */
const placeholders: ResourceDefinition[] = [
  { name: 'products', group: 'catalog', icon: Inventory },
  { name: 'promotions', group: 'catalog', icon: LocalOffer },
  { name: 'stock-levels', group: 'inventory', icon: Warehouse },
  { name: 'users', group: 'admin', icon: People },
];

function link(path: string) {
  return document.querySelector(`a[href="${path}"]`);
}

describe('Menu', () => {
  it('hides Users and Promotions from a warehouse user', async () => {
    renderWithAdmin(<Menu resources={placeholders} />, { role: 'warehouse' });
    await waitFor(() => expect(link('/products')).not.toBeNull());
    expect(link('/')).toHaveTextContent('Dashboard');
    expect(link('/stock-levels')).not.toBeNull();
    expect(link('/promotions')).toBeNull();
    expect(link('/users')).toBeNull();
    expect(screen.queryByText('Administration')).toBeNull();
    expect(screen.getByText('Catalog')).toBeInTheDocument();
  });

  it('shows Users under Administration to an admin, with German group names', async () => {
    renderWithAdmin(<Menu resources={placeholders} />, { role: 'admin', locale: 'de' });
    await waitFor(() => expect(link('/users')).not.toBeNull());
    expect(link('/promotions')).not.toBeNull();
    expect(screen.getByText('Verwaltung')).toBeInTheDocument();
    expect(link('/')).toHaveTextContent('Übersicht');
  });

  it('folds a group away and back', async () => {
    renderWithAdmin(<Menu resources={placeholders} />, { role: 'admin' });
    const catalog = await screen.findByRole('menuitem', { name: 'Show or hide Catalog' });
    expect(catalog).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(catalog);
    expect(catalog).toHaveAttribute('aria-expanded', 'false');
    expect(link('/products')).toBeNull();
    expect(link('/users')).not.toBeNull();
    await userEvent.click(catalog);
    expect(link('/products')).not.toBeNull();
  });
});
