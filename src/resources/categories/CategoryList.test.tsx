import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderWithAdmin } from '../../test/renderWithAdmin';
import { server } from '../../test/server';
import { makeCategory, serveCollection, WAIT, WithResources } from '../testing';
import CategoryList from './CategoryList';
import { categoryTree } from './categoryTree';

const garden = { ...makeCategory({ id: 1, name: 'Garden', position: 1 }), productCount: 12 };
const kitchen = { ...makeCategory({ id: 2, name: 'Kitchen', position: 0 }), productCount: 3 };
const tools = { ...makeCategory({ id: 3, name: 'Tools', parentId: 1, position: 1 }), productCount: 7 };
const hoses = { ...makeCategory({ id: 4, name: 'Hoses', parentId: 1, position: 0 }), productCount: 5 };
const categories = [garden, kitchen, tools, hoses];

describe('categoryTree', () => {
  it('orders parents by position, each followed by its children, and keeps orphans at the top level', () => {
    const orphan = makeCategory({ id: 9, name: 'Orphan', parentId: 77, position: 5 });
    const nodes = categoryTree([...categories, orphan]);
    expect(nodes.map(({ category, depth, first, last }) => [category.name, depth, first, last])).toEqual([
      ['Kitchen', 0, true, false],
      ['Garden', 0, false, false],
      ['Hoses', 1, true, false],
      ['Tools', 1, false, true],
      ['Orphan', 0, false, true],
    ]);
  });
});

function renderList(role: 'merchandiser' | 'manager' = 'merchandiser') {
  const seen = serveCollection('categories', categories);
  renderWithAdmin(
    <WithResources>
      <CategoryList />
    </WithResources>,
    { resource: 'categories', role },
  );
  return seen;
}

const rowOf = (name: string) => screen.getByText(name).closest('li')!;

describe('CategoryList', () => {
  it('shows the tree with product counts and moves a category with the API’s move', async () => {
    const moves: unknown[] = [];
    server.use(
      http.post('/api/categories/:id/move', async ({ params, request }) => {
        moves.push({ id: params.id, ...((await request.json()) as object) });
        return HttpResponse.json(tools);
      }),
    );
    const seen = renderList();

    const tree = await screen.findByRole('list', { name: 'Categories and their subcategories' }, WAIT);
    const items = await within(tree).findAllByRole('listitem', {}, WAIT);
    const names = items.map((item) => item.querySelector('a')?.textContent);
    expect(names).toEqual(['Kitchen', 'Garden', 'Hoses', 'Tools']);
    expect(within(rowOf('Garden')).getByText('12 products')).toBeInTheDocument();
    expect(within(rowOf('Hoses')).getByRole('button', { name: 'Move Hoses up' })).toBeDisabled();
    expect(
      within(rowOf('Garden')).getByRole('link', { name: 'Add a subcategory to Garden' }),
    ).toBeInTheDocument();
    expect(within(rowOf('Tools')).queryByRole('link', { name: /Add a subcategory/ })).not.toBeInTheDocument();

    const requestsBefore = seen.length;
    await userEvent.click(within(rowOf('Tools')).getByRole('button', { name: 'Move Tools up' }));

    await waitFor(() => expect(moves).toEqual([{ id: '3', direction: 'up' }]), WAIT);
    await waitFor(() => expect(seen.length).toBeGreaterThan(requestsBefore), WAIT);
  });

  it('shows the API’s reason when it refuses to delete a category in use', async () => {
    const message = 'Cannot delete: 2 categories still refer to this record.';
    server.use(http.delete('/api/categories/1', () => HttpResponse.json({ message }, { status: 409 })));
    renderList();
    await screen.findByText('Garden', {}, WAIT);

    await userEvent.click(within(rowOf('Garden')).getByRole('button', { name: 'Delete Garden' }));
    const dialog = await screen.findByRole('dialog', {}, WAIT);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Confirm' }));

    expect(await screen.findByText(message, {}, WAIT)).toBeInTheDocument();
    expect(screen.getByText('Garden')).toBeInTheDocument();
  });

  it('offers no changes to roles that may only read categories', async () => {
    renderList('manager');
    await screen.findByText('Garden', {}, WAIT);
    await screen.findByRole('button', { name: 'Export' }, WAIT);
    expect(screen.queryByRole('button', { name: /Move .* up/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Delete/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Garden' })).not.toBeInTheDocument();
  });
});
